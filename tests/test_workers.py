"""Work in forked processes: the same results, in the same order, as in one process."""

from __future__ import annotations

import copy
import os
import threading
from dataclasses import replace

import pytest
from spacy.language import Language
from tests.compare.story_fixtures import STORY_NAMES, load_story

from newsprism.analyse import analyse_articles, pipeline
from newsprism.model import AnalysedArticle, Article
from newsprism.workers import fork_map


def _tag(shared: dict[str, object], item: int) -> tuple[int, int, bool]:
    return item, os.getpid(), shared["lock"] is not None


def test_fork_map_keeps_order_and_shares_unpicklable_state() -> None:
    # A lock cannot be pickled: it reaches the workers by fork or not at all.
    shared = {"lock": threading.Lock()}
    results = list(fork_map(_tag, shared, list(range(40)), processes=2))
    assert [item for item, _, _ in results] == list(range(40))
    assert all(has_lock for _, _, has_lock in results)
    assert os.getpid() not in {pid for _, pid, _ in results}


def _fail_on_three(shared: None, item: int) -> int:
    if item == 3:
        raise ValueError("item three")
    return item


def test_fork_map_raises_a_worker_error_in_the_caller() -> None:
    with pytest.raises(ValueError, match="item three"):
        list(fork_map(_fail_on_three, None, list(range(6)), processes=2))


@pytest.fixture(scope="module")
def fixture_articles(nl_nlp: Language) -> list[Article]:
    """The articles of every fixture story, with ids unique across the batch."""
    articles = []
    for name in STORY_NAMES:
        for analysed in load_story(name, nl_nlp).articles:
            articles.append(replace(analysed.article, id=f"{name}-{analysed.article.id}"))
    return articles


@pytest.fixture(scope="module")
def analysed_alone(fixture_articles: list[Article], nl_nlp: Language) -> list[AnalysedArticle]:
    return analyse_articles(copy.deepcopy(fixture_articles), nlp=nl_nlp, n_process=1)


def test_analysis_in_processes_equals_analysis_in_one(fixture_articles: list[Article], nl_nlp: Language,
                                                      analysed_alone: list[AnalysedArticle],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "_MIN_ARTICLES_FOR_PROCESSES", 2)
    monkeypatch.setattr(pipeline, "_CHUNK_SIZE", 3)
    forked = analyse_articles(copy.deepcopy(fixture_articles), nlp=nl_nlp, n_process=2)
    assert [a.article.id for a in forked] == [a.id for a in fixture_articles]
    assert forked == analysed_alone
