"""Find the stretches of text that are time expressions, built from the calendar words of a language."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from newsprism.lang import LanguageData

# Kinds of expression, in the order a tie between equally long matches is broken.
KINDS: tuple[str, ...] = (
    "date", "numeric_date", "iso_date", "period", "weekday_of_shifted_week", "shifted_weekday", "month",
    "year", "weekday", "relative", "duration", "duration_from_now", "duration_anchored",
)
_YEAR = r"(?:1[89]\d\d|20\d\d)"
# A year written with a day and month may lie further back (`5 december 1391`).
_YEAR_OF_DATE = r"(?:1\d\d\d|20\d\d)"
_MAX_NUMBER_WORD = 100


@dataclass
class Candidate:
    """A time expression found in the text, with the named parts of its match."""

    start: int
    end: int
    kind: str
    parts: dict[str, str | None]

    @property
    def length(self) -> int:
        """Return the number of characters covered."""
        return self.end - self.start


def find_candidates(text: str, lang: LanguageData) -> list[Candidate]:
    """Return non-overlapping time expressions in text order; the longest wins an overlap."""
    found: list[Candidate] = []
    for kind, pattern in _patterns(lang):
        for match in pattern.finditer(text):
            if kind == "relative" and _blocked(text, match.start(), lang.relative_day_blockers):
                continue
            if kind == "weekday" and _blocked(text, match.start(), lang.recurrence_markers):
                continue
            found.append(Candidate(match.start(), match.end(), kind, match.groupdict()))
    chosen: list[Candidate] = []
    for candidate in sorted(found, key=lambda c: (-c.length, KINDS.index(c.kind), c.start)):
        if all(candidate.end <= other.start or candidate.start >= other.end for other in chosen):
            chosen.append(candidate)
    return sorted(chosen, key=lambda c: c.start)


def number_value(word: str, lang: LanguageData) -> int | None:
    """Return the value of a count written in digits or as a number word."""
    if word.isdigit():
        return int(word)
    return lang.number_units.get(word.lower())


def _blocked(text: str, start: int, blockers: tuple[str, ...]) -> bool:
    """Return True when the word before a day word makes it no day (`de volgende morgen`, `elke zaterdag`)."""
    before = re.findall(r"\w+", text[max(0, start - 30):start])
    return bool(before) and before[-1].lower() in blockers


def _alternatives(words: Iterable[str]) -> str:
    escaped = (re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))
    return "|".join(escaped)


def _patterns(lang: LanguageData) -> tuple[tuple[str, re.Pattern[str]], ...]:
    if lang.code not in _COMPILED:
        _COMPILED[lang.code] = _compile(lang)
    return _COMPILED[lang.code]


_COMPILED: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {}


def _compile(lang: LanguageData) -> tuple[tuple[str, re.Pattern[str]], ...]:
    weekday = _alternatives(lang.weekdays)
    part = _alternatives(lang.day_parts)
    month = _alternatives(lang.months)
    full_month = _alternatives(m for m in lang.months if not m.endswith("."))
    shift = _alternatives(lang.period_shifts)
    unit = _alternatives(lang.period_units)
    week = _alternatives(w for w, meaning in lang.period_units.items() if meaning == "week")
    year = _alternatives(w for w, meaning in lang.period_units.items() if meaning == "year")
    # The year after a month may also be the one a shift points at (`april volgend jaar`, `11 april van dit jaar`).
    shifted_year = rf"|\s+(?:(?:{_alternatives(lang.position_links)})\s+)?(?P<shift>{shift})\s+(?P<unit>{year})"
    position = (rf"(?:(?P<pos>{_alternatives(lang.period_positions)})\s+"
                rf"(?:(?:{_alternatives(lang.position_links)})\s+)?)?")
    relative = _alternatives(list(lang.relative_days) + list(lang.tense_dependent_days))
    duration_unit = _alternatives(lang.duration_units)
    number_words = [w for w, v in lang.number_units.items() if 0 < v <= _MAX_NUMBER_WORD]
    number = rf"(?P<num>\d{{1,3}}|{_alternatives(number_words)})"
    from_now = _alternatives(lang.duration_from_now)
    after_duration = _alternatives(lang.duration_ago + lang.duration_after_previous + lang.duration_before_previous)
    anchored = _alternatives(lang.duration_after_anchor + lang.duration_before_anchor)
    sources = {
        "date": rf"(?:(?P<wd>{weekday})(?P<part>{part})?,?\s+)?(?<![\d.,])(?P<day>[0-3]?\d)(?:e|ste|de)?\s+(?P<month>{month})"
                rf"(?:,?\s+(?P<year>{_YEAR_OF_DATE}){shifted_year})?",
        "numeric_date": rf"(?<![\d/.-])(?P<day>[0-3]?\d)[-/](?P<month>[01]?\d)[-/](?P<year>{_YEAR}|\d\d)(?![\d/-])",
        "iso_date": rf"(?<![\d/.-])(?P<year>{_YEAR})-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\d/-])",
        "period": rf"{position}(?P<shift>{shift})\s+(?P<unit>{unit})(?:\s+(?P<wd>{weekday})(?P<part>{part})?)?",
        "weekday_of_shifted_week": rf"(?P<wd>{weekday})(?P<part>{part})?\s+(?P<shift>{shift})\s+(?P<unit>{week})",
        "shifted_weekday": rf"(?P<shift>{shift})\s+(?P<wd>{weekday})(?P<part>{part})?",
        "month": rf"{position}(?P<month>{full_month})(?:,?\s+(?P<year>{_YEAR}){shifted_year})?",
        "year": rf"{position}(?<![\d.,])(?P<year>{_YEAR})(?![.,]?\d)",
        "weekday": rf"(?P<wd>{weekday})(?P<part>{part})?",
        "relative": rf"(?P<rel>{relative})",
        "duration": rf"{number}\s+(?P<dunit>{duration_unit})\s+(?P<dir>{after_duration})",
        "duration_from_now": rf"(?P<dir>{from_now})\s+{number}\s+(?P<dunit>{duration_unit})",
        "duration_anchored": rf"{number}\s+(?P<dunit>{duration_unit})\s+(?P<dir>{anchored})(?=\s)",
    }
    return tuple((kind, re.compile(rf"(?<!\w)(?:{sources[kind]})(?!\w)", re.IGNORECASE)) for kind in KINDS)
