"""`stories --since --sort`: spans, and stories ranked by size, recency, growth and outlets."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from spacy.language import Language

from newsprism.errors import InputError
from newsprism.ingest.metadata import parse_published
from newsprism.model import Article
from newsprism.ranking import parse_span, rank_stories
from newsprism.store import Store, add_articles


@pytest.mark.parametrize("text,expected", [("30m", timedelta(minutes=30)), ("24h", timedelta(hours=24)),
                                           ("7d", timedelta(days=7)), ("2w", timedelta(weeks=2)),
                                           ("1.5h", timedelta(minutes=90))])
def test_parse_span(text: str, expected: timedelta) -> None:
    assert parse_span(text) == expected


@pytest.mark.parametrize("text", ["", "24", "h", "tomorrow", "-3h"])
def test_bad_spans_are_refused(text: str) -> None:
    with pytest.raises(InputError):
        parse_span(text)


def article(source: str, outlet: str, when: str, title: str, text: str) -> Article:
    return Article(source=source, text=text, title=title, outlet=outlet, published=parse_published(when))


@pytest.fixture()
def store(tmp_path: Path, nl_nlp: Language) -> Store:
    store = Store(tmp_path / "news.db")
    fire = "In een loods aan de Industrieweg in Veendam woedt een grote brand. De brandweer blust."
    housing = "Minister De Wit trekt 2 miljard euro uit om 100.000 woningen per jaar te bouwen."
    add_articles(store, [
        article("h1", "Dagkrant", "2031-03-01T09:00:00+00:00", "Kabinet wil 100.000 woningen", housing),
        article("h2", "Stadsblad", "2031-03-01T10:00:00+00:00", "Minister De Wit: 100.000 woningen",
                housing + " Gemeenten twijfelen."),
        article("h3", "Dagkrant", "2031-03-02T09:00:00+00:00", "Woningbouwplan De Wit: 100.000 huizen",
                housing + " Starters hopen."),
        article("f1", "Noorderbode", "2031-03-05T07:00:00+00:00", "Grote brand in loods Veendam", fire),
        article("f2", "Dagkrant", "2031-03-05T08:00:00+00:00", "Brand loods Veendam Industrieweg",
                fire + " Omwonenden ramen dicht."),
    ], nlp=nl_nlp)
    return store


def titles(stories: list) -> list[str]:  # type: ignore[type-arg]
    return [s.title for s in stories]


def test_sorts(store: Store) -> None:
    by_size = rank_stories(store, sort="size")
    assert [s.size for s in by_size] == [3, 2]
    assert [len(s.outlets) for s in rank_stories(store, sort="outlets")] == [2, 2]
    assert [s.size for s in rank_stories(store, sort="recent")] == [2, 3]
    growth = rank_stories(store, parse_span("24h"), sort="growth")
    assert [(s.size, s.recent) for s in growth] == [(2, 2)]


def test_unknown_sort_is_refused(store: Store) -> None:
    with pytest.raises(InputError):
        rank_stories(store, sort="loudest")
