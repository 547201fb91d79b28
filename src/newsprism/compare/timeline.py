"""The story timeline: every dated sentence of every article, ordered by the time it names."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from newsprism.analyse.time_resolution import period_bounds
from newsprism.model import AnalysedArticle, Sentence, TimelineEntry, TimeRef


def build_timeline(story_articles: Sequence[AnalysedArticle], times: Sequence[TimeRef]) -> list[TimelineEntry]:
    """Return one entry per sentence and distinct resolved time in it, earliest first (finer before coarser)."""
    sentences = {a.article.id: a.sentences for a in story_articles}
    order = {a.article.id: index for index, a in enumerate(story_articles)}
    entries: list[TimelineEntry] = []
    seen: set[tuple[str, int, str]] = set()
    for ref in times:
        if ref.value is None or period_bounds(ref.value) is None or ref.article not in sentences:
            continue
        sentence = _sentence_holding(sentences[ref.article], ref)
        if sentence is None:
            continue
        key = (ref.article, sentence.start, ref.value)
        if key in seen:
            continue
        seen.add(key)
        entries.append(TimelineEntry(value=ref.value, granularity=ref.granularity, article=ref.article,
                                     start=sentence.start, end=sentence.end, text=sentence.text, time=ref))
    entries.sort(key=lambda e: (*_time_key(e.value), order.get(e.article, 0), e.start, e.time.start))
    return entries


def _time_key(value: str) -> tuple[date, int, str]:
    """Sort by the first day covered, then the shorter period first, then the value (part of day)."""
    bounds = period_bounds(value)
    if bounds is None:
        return date.max, 0, value
    first, last = bounds
    return first, (last - first).days, value


def _sentence_holding(sentences: Sequence[Sentence], ref: TimeRef) -> Sentence | None:
    return next((s for s in sentences if s.start <= ref.start < s.end), None)
