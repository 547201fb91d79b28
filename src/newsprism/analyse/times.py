"""Dates in an article (weekdays, `gisteren`, `28 april`), resolved against the publication date."""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc

from newsprism.lang import LanguageData
from newsprism.model import Article, TimeRef


def find_times(doc: Doc, article: Article, lang: LanguageData) -> list[TimeRef]:
    """Return the date expressions of `doc`, each resolved when the article has a publication date."""
    text = doc.text
    anchor = article.published.date() if article.published else None
    found: list[TimeRef] = []
    taken: list[tuple[int, int]] = []
    for match in _absolute_date_pattern(lang).finditer(text):
        value = _absolute_date(match, lang, anchor)
        found.append(TimeRef(article.id, match.start(), match.end(), match.group(0), value=value,
                             anchor=("published" if value and not match.group("year") else "text") if value else None))
        taken.append((match.start(), match.end()))
    for match in _relative_word_pattern(lang).finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        word = match.group(0).lower()
        day_offset, part = _relative_meaning(word, lang)
        value = None
        granularity = "part_of_day" if part else "day"
        if anchor is not None:
            if day_offset is not None:
                resolved = anchor + timedelta(days=day_offset)
            else:
                resolved = _weekday_on_or_before(anchor, _weekday_of(word, lang))
            value = resolved.isoformat() + (f"T{part}" if part else "")
        found.append(TimeRef(article.id, match.start(), match.end(), match.group(0), value=value,
                             anchor="published" if value else None, granularity=granularity))
    found.sort(key=lambda t: t.start)
    return found


def _absolute_date_pattern(lang: LanguageData) -> re.Pattern[str]:
    months = "|".join(sorted((re.escape(m) for m in lang.months), key=len, reverse=True))
    return re.compile(rf"\b(?P<day>[0-3]?\d)\s+(?P<month>{months})(?:\s+(?P<year>(?:1[89]|20)\d\d))?(?!\w)",
                      re.IGNORECASE)


def _absolute_date(match: re.Match[str], lang: LanguageData, anchor: date | None) -> str | None:
    month = lang.months[match.group("month").lower()]
    day = int(match.group("day"))
    if match.group("year"):
        year = int(match.group("year"))
    elif anchor is not None:
        year = anchor.year if (month, day) <= (anchor.month, anchor.day) or month - anchor.month < 3 \
            else anchor.year - 1
    else:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _relative_word_pattern(lang: LanguageData) -> re.Pattern[str]:
    days = "|".join(sorted(lang.weekdays, key=len, reverse=True))
    parts = "|".join(sorted(lang.day_parts, key=len, reverse=True))
    relative = "|".join(sorted((re.escape(w) for w in lang.relative_days), key=len, reverse=True))
    return re.compile(rf"\b(?:(?:{days})(?:{parts})?|{relative})\b", re.IGNORECASE)


def _relative_meaning(word: str, lang: LanguageData) -> tuple[int | None, str | None]:
    """Return (day offset, part of day) of a relative day word; offset None for a weekday."""
    if word in lang.relative_days:
        part = next((lang.day_parts[p] for p in lang.day_parts if word.endswith(p) and word != p), None)
        return lang.relative_days[word], part
    rest = word[len(next(day for day in lang.weekdays if word.startswith(day))):]
    return None, lang.day_parts.get(rest) if rest else None


def _weekday_of(word: str, lang: LanguageData) -> int:
    return next(number for day, number in lang.weekdays.items() if word.startswith(day))


def _weekday_on_or_before(anchor: date, weekday: int) -> date:
    """Return the most recent day with that weekday on or before the anchor (news past tense)."""
    return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)
