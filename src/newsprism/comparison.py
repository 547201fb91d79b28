"""The whole job in one call: read sources, analyse, group into stories, compare each story."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from spacy.language import Language

from newsprism.analyse import analyse_articles
from newsprism.cluster import group_into_stories
from newsprism.compare import build_story
from newsprism.config import int_setting
from newsprism.ingest import read_sources
from newsprism.ingest.fetch import Fetcher
from newsprism.model import AnalysedArticle, Article, InputFailure, Story
from newsprism.workers import fork_map

# Below this many articles, starting worker processes for the comparison costs more than it saves.
_MIN_ARTICLES_FOR_PROCESSES = 40
# Stories are sent to the workers in tasks of at least this many articles.
_ARTICLES_PER_TASK = 16


@dataclass
class Comparison:
    """The stories found in a set of inputs, and the inputs that could not be read."""

    stories: list[Story] = field(default_factory=list)
    failures: list[InputFailure] = field(default_factory=list)


def compare_articles(articles: Sequence[Article], *, nlp: Language | None = None,
                     summary_length: int | None = None,
                     on_article_done: Callable[[Article], None] | None = None) -> list[Story]:
    """Return the stories of already-read articles, each compared across its articles."""
    for number, article in enumerate(articles, start=1):
        article.id = article.id or f"a{number}"
    analysed = analyse_articles(articles, nlp=nlp, on_article_done=on_article_done)
    return stories_from_analysed(analysed, summary_length=summary_length)


def stories_from_analysed(analysed: list[AnalysedArticle], *, summary_length: int | None = None) -> list[Story]:
    """Return the stories of analysed articles: clustered, then compared (in parallel for big batches)."""
    groups = group_into_stories(analysed)
    processes = int_setting("n_process")
    if processes < 2 or len(analysed) < _MIN_ARTICLES_FOR_PROCESSES:
        return _build_stories((groups, summary_length), range(len(groups)))
    # The workers inherit the groups by fork; only story numbers go out, built stories come back.
    tasks: list[range] = []
    start = size = 0
    for number, group in enumerate(groups):
        size += len(group)
        if size >= _ARTICLES_PER_TASK or number == len(groups) - 1:
            tasks.append(range(start, number + 1))
            start, size = number + 1, 0
    return [story for built in fork_map(_build_stories, (groups, summary_length), tasks, processes) for story in built]


def _build_stories(work: tuple[list[list[AnalysedArticle]], int | None], numbers: range) -> list[Story]:
    groups, summary_length = work
    return [build_story(f"s{number + 1}", groups[number], summary_length) for number in numbers]


def compare_sources(sources: Sequence[str], *, fetcher: Fetcher | None = None, outlet: str | None = None,
                    published: datetime | None = None, nlp: Language | None = None,
                    summary_length: int | None = None,
                    on_source_done: Callable[[str], None] | None = None,
                    on_article_done: Callable[[Article], None] | None = None) -> Comparison:
    """Return the stories in `sources` and a failure for each input that could not be read."""
    ingested = read_sources(sources, fetcher=fetcher, outlet=outlet, published=published,
                            on_source_done=on_source_done)
    stories = compare_articles(ingested.articles, nlp=nlp, summary_length=summary_length,
                               on_article_done=on_article_done) if ingested.articles else []
    return Comparison(stories, ingested.failures)


def compare(sources: Sequence[str], **options: object) -> list[Story]:
    """Return the stories found in `sources` (files, directories, JSONL, feeds, URLs)."""
    return compare_sources(sources, **options).stories  # type: ignore[arg-type]
