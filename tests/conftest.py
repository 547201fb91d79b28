"""Shared fixtures: the Dutch pipeline (loaded once) and a helper that analyses one text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from spacy.language import Language

from newsprism import nlp as nlp_loader
from newsprism.analyse import analyse_doc
from newsprism.ingest.metadata import parse_published
from newsprism.ingest.normalise import normalise_text
from newsprism.model import AnalysedArticle, Article

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SAMPLES = SHARED / "samples" / "kazakhstan-2022"


@pytest.fixture(scope="session")
def nl_nlp() -> Language:
    """The Dutch pipeline newsprism uses by default."""
    return nlp_loader.load("nl")


@pytest.fixture(scope="session")
def analyse_text(nl_nlp: Language) -> Callable[..., AnalysedArticle]:
    """Return a function that analyses one Dutch text as article `article_id`."""

    def run(text: str, published: str | datetime | None = None, article_id: str = "a1") -> AnalysedArticle:
        when = parse_published(published) if isinstance(published, str) else published
        article = Article(source=article_id, text=normalise_text(text), published=when, id=article_id)
        return analyse_doc(nl_nlp(article.text), article)

    return run
