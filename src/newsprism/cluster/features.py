"""The clustering features of one article, computed once: title terms, body terms, names, numbers, time.

Two ways in, giving the same kind of features: from an analysed article (content lemmas and
name mentions, what `compare` and `add` use) and from raw text with a cheap tokenizer (for
benchmarks, where the spaCy analysis is not what is measured).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from newsprism.lang import get_language
from newsprism.link.name_keys import fold_name
from newsprism.model import AnalysedArticle

# Numbers this small (counts like "two", scores) say nothing about which event is meant.
MIN_NUMBER = 3.0
# Four-digit numbers in this range are years, shared by most articles of a season.
YEARS = (1900.0, 2100.0)
# Names are terms of their own vocabulary: this prefix keeps them from ever meeting words.
NAME_PREFIX = "\x00"

_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_CAPITALISED_WORD = r"[A-ZÀ-Ý][\w'’-]*"
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n)\s*$")


@dataclass
class ArticleFeatures:
    """What the clusterer compares: title terms, body terms, names, numbers and the publication time."""

    title_terms: list[str]
    body_terms: list[str]
    names: set[str] = field(default_factory=set)
    numbers: set[str] = field(default_factory=set)
    published: datetime | None = None
    outlet: str | None = None

    @property
    def distinct_terms(self) -> set[str]:
        """Return every distinct term of the title, body and names (what document frequencies count)."""
        return {*self.title_terms, *self.body_terms, *self.name_terms}

    @property
    def name_terms(self) -> list[str]:
        """Return the names as terms of their own vocabulary (prefixed so they never meet words)."""
        return [NAME_PREFIX + name for name in sorted(self.names)]


def title_terms(title: str, language: str = "nl") -> list[str]:
    """Return the lowercased content words of a title (stop words and one-letter words left out)."""
    stop = get_language(language).stop_words
    return [w for w in (m.group().lower() for m in _WORD.finditer(title)) if len(w) > 1 and w not in stop]


def name_keys(name: str, language: str = "nl") -> set[str]:
    """Return the comparable keys of a name: the folded name and, for a multi-word name, its last word."""
    stop = get_language(language).stop_words
    words = [w for w in fold_name(name).split() if w not in stop]
    if not words or (len(words) == 1 and len(words[0]) < 2):
        return set()
    keys = {" ".join(words)}
    if len(words) > 1 and len(words[-1]) > 2:
        keys.add(words[-1])
    return keys


def number_key(value: float) -> str | None:
    """Return a comparable key for a number, or None for small numbers and years."""
    if value < MIN_NUMBER or (YEARS[0] <= value <= YEARS[1] and value == int(value)):
        return None
    return f"{value:g}"


def features_from_analysed(analysed: AnalysedArticle) -> ArticleFeatures:
    """Return the clustering features of an analysed article."""
    article = analysed.article
    names: set[str] = set()
    for mention in analysed.mentions:
        names |= name_keys(mention.key or mention.text, article.language)
    numbers = {key for q in analysed.quantities if q.value is not None and (key := number_key(q.value))}
    return ArticleFeatures(title_terms(article.title or "", article.language), list(analysed.tokens),
                           names, numbers, article.published, article.outlet)


@lru_cache(maxsize=8)
def _capitalised_run(language: str) -> re.Pattern[str]:
    particles = "|".join(sorted(map(re.escape, get_language(language).name_particles), key=len, reverse=True))
    return re.compile(rf"{_CAPITALISED_WORD}(?:[ ]+(?:(?:{particles})[ ]+){{0,2}}{_CAPITALISED_WORD})*")


def cheap_names(text: str, language: str = "nl") -> set[str]:
    """Return name keys from capitalised word runs that do not open a sentence (no NLP model)."""
    names: set[str] = set()
    for match in _capitalised_run(language).finditer(text):
        if _SENTENCE_START.search(text[:match.start()]) and " " not in match.group():
            continue
        names |= name_keys(match.group(), language)
    return names


def cheap_numbers(text: str) -> set[str]:
    """Return number keys of the digit groups in a text (Dutch thousands dots and decimal commas)."""
    numbers = set()
    for match in _NUMBER.finditer(text):
        raw = match.group()
        plain = raw.replace(".", "").replace(",", ".") if re.search(r"\.\d{3}(?!\d)", raw) else raw.replace(",", ".")
        try:
            key = number_key(float(plain))
        except ValueError:
            continue
        if key:
            numbers.add(key)
    return numbers


def features_from_text(title: str, text: str, published: datetime | None = None,
                       language: str = "nl", outlet: str | None = None) -> ArticleFeatures:
    """Return clustering features from raw text with a regex tokenizer (no NLP model, for benchmarks)."""
    stop = get_language(language).stop_words
    body = [w for w in (m.group().lower() for m in _WORD.finditer(text)) if len(w) > 1 and w not in stop]
    return ArticleFeatures(title_terms(title, language), body, cheap_names(title + "\n" + text, language),
                           cheap_numbers(title + " " + text), published, outlet)
