"""The whole job in one call: read sources, analyse, group into stories, compare each story."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from spacy.language import Language

from newsprism.analyse import analyse_articles
from newsprism.cluster import group_into_stories
from newsprism.compare import build_story
from newsprism.ingest import read_sources
from newsprism.ingest.fetch import Fetcher
from newsprism.model import AnalysedArticle, Article, InputFailure, Story


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
    """Return the stories of analysed articles: clustered, then compared."""
    groups = group_into_stories(analysed)
    return [build_story(f"s{number}", group, summary_length) for number, group in enumerate(groups, start=1)]


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
