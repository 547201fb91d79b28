"""The two Kazakhstan sample articles: one entity per person, place and organisation."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.analyse import analyse_doc
from newsprism.lang import get_language
from newsprism.link import link_entities
from newsprism.model import Article, Entity
from newsprism.nlp import load

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples" / "kazakhstan-2022"


@pytest.mark.corpus
def test_sample_entities() -> None:
    paths = sorted(SAMPLES.glob("*.txt"))
    nlp = load("nl")
    articles = []
    for number, path in enumerate(paths, start=1):
        article = Article(str(path), path.read_text(encoding="utf-8"), id=f"a{number}")
        articles.append(analyse_doc(nlp(article.text), article))
    entities = link_entities(articles, get_language("nl"))

    def entity(form: str) -> Entity:
        return next(e for e in entities if form in e.variants)

    def articles_of(form: str) -> set[str]:
        return {m.article for m in entity(form).mentions}

    assert entity("Tokayev") is entity("Tokajev")
    assert entity("Tokayev").type == "PER"
    assert articles_of("Poetin") == {"a1", "a2"}
    assert entity("Almaty").type == "LOC"
    assert (entity("CSTO").type, entity("NAVO").type) == ("ORG", "ORG")
    assert entity("Alexander Groesjko").type == "PER"
    assert articles_of("Alexander Groesjko") == {"a2"}
    assert entity("Alexander Groesjko").variants == ["Alexander Groesjko"]
