"""`add` places each new article in a story; separate runs keep growing the same stories."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from newsprism.analyse import analyse_articles
from newsprism.cluster.online import OnlineClusterer
from newsprism.cluster.stories import group_into_stories
from newsprism.ingest.metadata import parse_published
from newsprism.model import Article
from newsprism.store import Store, add_articles

STREAM = Path(__file__).parents[1] / "fixtures" / "cluster" / "stream.jsonl"


def stream_articles() -> list[Article]:
    items = [json.loads(line) for line in STREAM.read_text(encoding="utf-8").splitlines()]
    return [Article(source=item["id"], text=item["text"], title=item["title"], outlet=item["outlet"],
                    published=parse_published(item["published"])) for item in items]


def stories_by_source(store: Store) -> dict[str, int]:
    return {row["source"]: row["story_id"] for row in store.db.execute("SELECT source, story_id FROM articles")}


def test_separate_runs_grow_the_same_stories(tmp_path: Path, nl_nlp: Language) -> None:
    articles = stream_articles()
    one_run = Store(tmp_path / "one.db")
    add_articles(one_run, stream_articles(), nlp=nl_nlp)
    first_day = [a for a in articles if a.published and a.published.day == 10]
    later = [a for a in articles if a.published and a.published.day > 10]
    store = Store(tmp_path / "runs.db")
    add_articles(store, first_day, nlp=nl_nlp)
    store.close()
    reopened = Store(tmp_path / "runs.db")
    report = add_articles(reopened, later, nlp=nl_nlp)
    assert report.added == len(later)
    grown = stories_by_source(reopened)
    # follow-ups one to three days later join the stories of the first run
    assert grown["s32"] == grown["s09"] and grown["s26"] == grown["s02"] and grown["s34"] == grown["s01"]
    assert grown["s18"] == grown["s04"] and grown["s18"] != grown["s02"]
    # the two-run grouping is the one-run grouping
    single = stories_by_source(one_run)
    assert {frozenset(s for s in grown if grown[s] == i) for i in grown.values()} == {
        frozenset(s for s in single if single[s] == i) for i in single.values()}


def test_syndicated_copy_is_marked_and_joins_its_story(tmp_path: Path, nl_nlp: Language) -> None:
    store = Store(tmp_path / "news.db")
    wire = [a for a in stream_articles() if a.source in ("s12", "s13")]
    report = add_articles(store, wire, nlp=nl_nlp)
    assert report.copies == 1 and report.new_stories == 1
    rows = store.db.execute("SELECT id, source, story_id, duplicate_of FROM articles ORDER BY id").fetchall()
    assert rows[1]["duplicate_of"] == rows[0]["id"] and rows[1]["story_id"] == rows[0]["story_id"]


def test_same_input_same_stories(tmp_path: Path, nl_nlp: Language) -> None:
    first, second = Store(tmp_path / "a.db"), Store(tmp_path / "b.db")
    add_articles(first, stream_articles(), nlp=nl_nlp)
    add_articles(second, stream_articles(), nlp=nl_nlp)
    assert stories_by_source(first) == stories_by_source(second)


def _stats(store: Store) -> tuple[dict[str, int], dict[tuple[str, str], int], dict[str, int]]:
    return ({row[0]: row[1] for row in store.db.execute("SELECT term, df FROM term_stats")},
            {(row[0], row[1]): row[2] for row in store.db.execute("SELECT outlet, term, df FROM outlet_term_stats")},
            {row[0]: row[1] for row in store.db.execute("SELECT outlet, n_docs FROM outlet_docs")})


def test_term_and_outlet_counts_survive_separate_runs(tmp_path: Path, nl_nlp: Language) -> None:
    articles = stream_articles()
    one_run = Store(tmp_path / "one.db")
    add_articles(one_run, articles, nlp=nl_nlp)
    runs = Store(tmp_path / "runs.db")
    add_articles(runs, [a for a in articles if a.published and a.published.day == 10], nlp=nl_nlp)
    runs.close()
    runs = Store(tmp_path / "runs.db")
    add_articles(runs, [a for a in articles if a.published and a.published.day > 10], nlp=nl_nlp)
    terms, outlet_terms, outlet_docs = _stats(runs)
    assert (terms, outlet_terms, outlet_docs) == _stats(one_run)
    assert sum(outlet_docs.values()) == len(articles) and len(outlet_docs) > 1


def test_the_whole_batch_counts_before_its_first_article_is_placed(tmp_path: Path, nl_nlp: Language,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    counts_seen: list[int] = []
    place = OnlineClusterer.place

    def spy(self: OnlineClusterer, *args: Any, **kwargs: Any) -> tuple[str, bool]:
        counts_seen.append(self.n_docs)
        return place(self, *args, **kwargs)

    monkeypatch.setattr(OnlineClusterer, "place", spy)
    articles = stream_articles()
    add_articles(Store(tmp_path / "news.db"), articles, nlp=nl_nlp)
    # every article (the syndicated copy too) is counted once, all before the first is placed
    assert counts_seen and set(counts_seen) == {len(articles)}


def test_a_batch_added_to_an_empty_store_falls_into_the_stories_compare_finds(tmp_path: Path,
                                                                              nl_nlp: Language) -> None:
    store = Store(tmp_path / "news.db")
    add_articles(store, stream_articles(), nlp=nl_nlp)
    added = stories_by_source(store)
    compared = group_into_stories(analyse_articles(stream_articles(), nlp=nl_nlp))
    assert {frozenset(a.article.source for a in story) for story in compared} == {
        frozenset(s for s in added if added[s] == i) for i in added.values()}
