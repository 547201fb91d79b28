"""Time expressions in an article (`donderdag`, `gisteren`, `begin dit jaar`), resolved against its publication date.

News conventions: a bare weekday is the most recent such day on or before the publication
day, unless its clause is future or present tense (then the next one on or after); `afgelopen`/`vorige`
look strictly back, `komende`/`volgende` strictly ahead; a date or month without a year is
the nearest one (past tense: on or before, future: on or after). Without a publication date
relative expressions are still listed, with value None. Value formats: `time_resolution`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from spacy.tokens import Doc

from newsprism.analyse import time_resolution as res
from newsprism.analyse.doc_cache import text_of
from newsprism.analyse.time_patterns import Candidate, find_candidates, number_value
from newsprism.analyse.time_tense import clause_tense
from newsprism.lang import LanguageData
from newsprism.model import Article, TimeRef

_TWO_DIGIT_YEAR_PIVOT = 50


@dataclass
class _Resolved:
    value: str | None
    anchor: str | None
    granularity: str
    part: str | None = None
    modifier: str | None = None


def find_times(doc: Doc, article: Article, lang: LanguageData) -> list[TimeRef]:
    """Return the time expressions of `doc` in text order, each resolved when the article has a publication date."""
    text = text_of(doc)
    anchor = publication_day(article, lang)
    candidates = _merge_anchored_durations(find_candidates(text, lang), text)
    found: list[TimeRef] = []
    previous: TimeRef | None = None
    for candidate, anchor_candidate in candidates:
        context = _Context(doc, candidate, lang, anchor)
        resolved: _Resolved | None
        if anchor_candidate is not None:
            target = _resolve(_Context(doc, anchor_candidate, lang, anchor))
            resolved = _resolve_anchored_duration(candidate, target, lang)
            start, end = candidate.start, anchor_candidate.end
        else:
            resolved = _resolve(context, previous)
            start, end = candidate.start, candidate.end
        if resolved is None:
            continue
        ref = TimeRef(article.id, start, end, text[start:end], value=resolved.value,
                      anchor=resolved.anchor if resolved.value else None, granularity=resolved.granularity,
                      part=resolved.part, modifier=resolved.modifier)
        found.append(ref)
        if ref.value is not None:
            previous = ref
    return found


def publication_day(article: Article, lang: LanguageData) -> date | None:
    """Return the outlet's local calendar day of publication (a UTC time is moved to the language's zone)."""
    published = article.published
    if published is None:
        return None
    offset = published.utcoffset()
    if offset is not None and not offset:
        published = published.astimezone(ZoneInfo(lang.timezone))
    return published.date()


def _merge_anchored_durations(candidates: list[Candidate], text: str) -> list[tuple[Candidate, Candidate | None]]:
    """Pair `drie jaar na` with the time expression right after it; that expression is consumed."""
    merged: list[tuple[Candidate, Candidate | None]] = []
    index = 0
    while index < len(candidates):
        current = candidates[index]
        following = candidates[index + 1] if index + 1 < len(candidates) else None
        if current.kind == "duration_anchored" and following is not None \
                and not text[current.end:following.start].strip() and not following.kind.startswith("duration"):
            merged.append((current, following))
            index += 2
            continue
        merged.append((current, None))
        index += 1
    return merged


class _Context:
    """One candidate with what resolving it needs; the clause tense is computed only when asked."""

    def __init__(self, doc: Doc, candidate: Candidate, lang: LanguageData, anchor: date | None) -> None:
        self.doc, self.candidate, self.lang, self.anchor = doc, candidate, lang, anchor
        self._tense: res.Tense | None = None
        self._tense_known = False

    def part(self, name: str) -> str | None:
        value = self.candidate.parts.get(name)
        return value.lower() if value else None

    @property
    def tense(self) -> res.Tense | None:
        if not self._tense_known:
            self._tense = clause_tense(self.doc, self.candidate.start, self.candidate.end, self.lang)
            self._tense_known = True
        return self._tense


def _resolve(ctx: _Context, previous: TimeRef | None = None) -> _Resolved | None:
    kind = ctx.candidate.kind
    if kind in ("date", "numeric_date", "iso_date"):
        return _resolve_date(ctx)
    if kind == "month":
        return _resolve_month(ctx)
    if kind == "year":
        year = ctx.part("year") or ""
        return _Resolved(year, "text", "year", modifier=_position(ctx))
    if kind == "period":
        return _resolve_period(ctx)
    if kind == "weekday_of_shifted_week":
        return _resolve_period(ctx)
    if kind in ("shifted_weekday", "weekday"):
        return _resolve_weekday(ctx)
    if kind == "relative":
        return _resolve_relative(ctx)
    if kind == "duration_anchored":
        # `drie jaar na de annexatie`: counted from an event, not a date; listed unresolved.
        if (ctx.part("dir") or "") in ctx.lang.duration_before_anchor:
            return None
        return _Resolved(None, None, _unit_granularity(ctx))
    return _resolve_duration(ctx, previous)


def _position(ctx: _Context) -> str | None:
    word = ctx.part("pos")
    return ctx.lang.period_positions.get(word) if word else None


def _part_of_day(ctx: _Context) -> str | None:
    word = ctx.part("part")
    return ctx.lang.day_parts.get(word) if word else None


def _day_result(day: date, part: str | None, anchor: str) -> _Resolved:
    return _Resolved(res.day_value(day, part), anchor, "part_of_day" if part else "day", part=part)


def _resolve_date(ctx: _Context) -> _Resolved | None:
    month_word = ctx.part("month") or ""
    month = int(month_word) if month_word.isdigit() else ctx.lang.months.get(month_word)
    day = int(ctx.part("day") or 0)
    if month is None or not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    year_word = ctx.part("year")
    if year_word:
        year = int(year_word)
        if len(year_word) == 2:
            year += 2000 if year < _TWO_DIGIT_YEAR_PIVOT else 1900
        anchor = "text"
    elif ctx.anchor is None:
        return _Resolved(None, None, "day")
    else:
        year = _shifted_year(ctx, ctx.anchor) or _year_matching_weekday(ctx, ctx.anchor, month, day)
        anchor = "published"
    try:
        return _day_result(date(year, month, day), _part_of_day(ctx), anchor)
    except ValueError:
        return None


def _shifted_year(ctx: _Context, anchor: date) -> int | None:
    """Return the year a shift after a month names (`april volgend jaar`: the next year), if there is one."""
    shift_word = ctx.part("shift")
    return anchor.year + ctx.lang.period_shifts[shift_word.lower()] if shift_word else None


def _year_matching_weekday(ctx: _Context, anchor: date, month: int, day: int) -> int:
    """Return the year of a date written without one; a weekday named with it picks between two candidates."""
    weekday_word = ctx.part("wd")
    if weekday_word:
        weekday = ctx.lang.weekdays[weekday_word]
        for year in (anchor.year, anchor.year - 1, anchor.year + 1):
            try:
                if date(year, month, day).weekday() == weekday:
                    return year
            except ValueError:
                continue
    return res.year_for(month, day, anchor, ctx.tense)


def _resolve_month(ctx: _Context) -> _Resolved:
    month = ctx.lang.months[ctx.part("month") or ""]
    modifier = _position(ctx)
    year_word = ctx.part("year")
    if year_word:
        return _Resolved(res.month_value(int(year_word), month), "text", "month", modifier=modifier)
    if ctx.anchor is None:
        return _Resolved(None, None, "month", modifier=modifier)
    year = _shifted_year(ctx, ctx.anchor) or res.year_for(month, 28 if ctx.tense == "future" else 1, ctx.anchor,
                                                          ctx.tense)
    return _Resolved(res.month_value(year, month), "published", "month", modifier=modifier)


def _resolve_period(ctx: _Context) -> _Resolved:
    shift = ctx.lang.period_shifts[ctx.part("shift") or ""]
    unit = ctx.lang.period_units[ctx.part("unit") or ""]
    weekday_word = ctx.part("wd")
    modifier = _position(ctx)
    if weekday_word and unit == "week":
        part = _part_of_day(ctx)
        if ctx.anchor is None:
            return _Resolved(None, None, "part_of_day" if part else "day", part=part)
        day = res.weekday_in_week(ctx.anchor, ctx.lang.weekdays[weekday_word], shift)
        return _day_result(day, part, "published")
    if ctx.anchor is None:
        return _Resolved(None, None, unit, modifier=modifier)
    return _Resolved(res.shifted_period(ctx.anchor, unit, shift), "published", unit, modifier=modifier)


def _resolve_weekday(ctx: _Context) -> _Resolved:
    part = _part_of_day(ctx)
    if ctx.anchor is None:
        return _Resolved(None, None, "part_of_day" if part else "day", part=part)
    weekday = ctx.lang.weekdays[ctx.part("wd") or ""]
    shift_word = ctx.part("shift")
    if shift_word is not None:
        shift = ctx.lang.period_shifts[shift_word]
        if shift == 0:
            day = res.weekday_in_week(ctx.anchor, weekday, 0)
        else:
            day = res.weekday_near(ctx.anchor, weekday, shift, inclusive=False)
    else:
        # In news a bare weekday in the present tense is ahead (`Vrijdag begint het festival`,
        # `de rechtbank beslist vrijdag`): 16 of the 17 such clauses in a day of Dutch news.
        direction = 1 if ctx.tense in ("future", "present") else -1
        day = res.weekday_near(ctx.anchor, weekday, direction, inclusive=True)
    return _day_result(day, part, "published")


def _resolve_relative(ctx: _Context) -> _Resolved:
    word = ctx.part("rel") or ""
    lang = ctx.lang
    part = lang.relative_day_parts.get(word)
    if ctx.anchor is None:
        return _Resolved(None, None, "part_of_day" if part else "day", part=part)
    if word in lang.tense_dependent_days:
        past, future = lang.tense_dependent_days[word]
        offset = future if ctx.tense == "future" else past
    else:
        offset = lang.relative_days[word]
    return _day_result(res.add_duration(ctx.anchor, offset, "day"), part, "published")


def _unit_granularity(ctx: _Context) -> str:
    return ctx.lang.duration_units[ctx.part("dunit") or ""]


def _resolve_duration(ctx: _Context, previous: TimeRef | None) -> _Resolved | None:
    amount = number_value(ctx.part("num") or "", ctx.lang)
    unit = _unit_granularity(ctx)
    direction_word = ctx.part("dir") or ""
    if amount is None:
        return None
    lang = ctx.lang
    if direction_word in lang.duration_ago or ctx.candidate.kind == "duration_from_now":
        if ctx.anchor is None:
            return _Resolved(None, None, unit)
        sign = -1 if direction_word in lang.duration_ago else 1
        return _Resolved(res.value_at(res.add_duration(ctx.anchor, sign * amount, unit), unit), "published", unit)
    bounds = res.period_bounds(previous.value) if previous is not None and previous.value else None
    if bounds is None:
        return _Resolved(None, None, unit)
    sign = 1 if direction_word in lang.duration_after_previous else -1
    return _Resolved(res.value_at(res.add_duration(bounds[0], sign * amount, unit), unit), "text", unit)


def _resolve_anchored_duration(candidate: Candidate, target: _Resolved | None, lang: LanguageData) -> _Resolved:
    """Return `drie jaar na 2014` counted from the expression it names."""
    unit = lang.duration_units[(candidate.parts.get("dunit") or "").lower()]
    amount = number_value(candidate.parts.get("num") or "", lang)
    bounds = res.period_bounds(target.value) if target is not None and target.value else None
    if bounds is None or amount is None or target is None:
        return _Resolved(None, None, unit)
    sign = 1 if (candidate.parts.get("dir") or "").lower() in lang.duration_after_anchor else -1
    day = res.add_duration(bounds[0], sign * amount, unit)
    return _Resolved(res.value_at(day, unit), target.anchor, unit)
