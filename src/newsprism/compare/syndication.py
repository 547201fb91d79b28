"""Syndicated copy: near-duplicate articles count as one voice, however many outlets run them."""

from __future__ import annotations

from collections.abc import Iterable

from newsprism.cluster.duplicates import find_near_duplicates
from newsprism.model import AnalysedArticle


def find_voices(articles: list[AnalysedArticle]) -> dict[str, str]:
    """Return {article id: voice id}; a voice is the id of the earliest article of a set of copies."""
    copies = find_near_duplicates([a.article.text for a in articles])
    return {a.article.id: articles[copies.get(index, index)].article.id for index, a in enumerate(articles)}


def copies_of(voices: dict[str, str]) -> dict[str, str]:
    """Return {article id: id of the article it copies} for the articles that are copies."""
    return {article: voice for article, voice in voices.items() if article != voice}


def count_voices(article_ids: Iterable[str], voices: dict[str, str]) -> int:
    """Return how many distinct voices the given articles speak with (copies count once)."""
    return len({voices.get(article, article) for article in article_ids})
