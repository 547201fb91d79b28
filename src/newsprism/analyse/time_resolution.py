"""Date arithmetic for time expressions: weekdays, shifted periods, years of dates without one.

Values are ISO 8601 strings at the granularity of the expression:
day `2022-01-06`; part of day an ISO interval `2022-01-07T06:00/12:00` (night crosses
midnight: `2022-01-06T22:00/2022-01-07T06:00`); week `2022-W01`; weekend `2022-W01-WE`
(TIMEX3 style); month `2022-01`; year `2022`. Every value starts with its year, and
`period_bounds` turns any of them into the first and last day it covers.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Literal

# present: a present-tense clause without past or future marks (`Vrijdag begint het festival`).
Tense = Literal["past", "present", "future"]

# Hours each part of the day covers; night runs from 22:00 into the next day.
_PART_HOURS: dict[str, tuple[int, int]] = {
    "morning": (6, 12), "afternoon": (12, 18), "evening": (18, 24), "night": (22, 6),
}
# How far (in months) a date without a year may lie from the anchor before the other year wins.
_NEAREST_MONTHS = 6


def day_value(day: date, part: str | None = None) -> str:
    """Return the ISO value of a day, or of one part of it as an ISO interval."""
    if part is None or part not in _PART_HOURS:
        return day.isoformat()
    first, last = _PART_HOURS[part]
    if last < first:
        return f"{day.isoformat()}T{first:02d}:00/{(day + timedelta(days=1)).isoformat()}T{last:02d}:00"
    return f"{day.isoformat()}T{first:02d}:00/{last:02d}:00"


def week_value(day: date) -> str:
    """Return the ISO week (`2022-W01`) the day falls in."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def weekend_value(saturday: date) -> str:
    """Return the TIMEX3 weekend value (`2022-W01-WE`) of the weekend starting on `saturday`."""
    return week_value(saturday) + "-WE"


def month_value(year: int, month: int) -> str:
    """Return `YYYY-MM`."""
    return f"{year:04d}-{month:02d}"


def weekday_near(anchor: date, weekday: int, direction: int, inclusive: bool) -> date:
    """Return the closest day with `weekday` before (direction -1) or after (1) the anchor."""
    if direction < 0:
        back = (anchor.weekday() - weekday) % 7
        if back == 0 and not inclusive:
            back = 7
        return anchor - timedelta(days=back)
    ahead = (weekday - anchor.weekday()) % 7
    if ahead == 0 and not inclusive:
        ahead = 7
    return anchor + timedelta(days=ahead)


def weekday_in_week(anchor: date, weekday: int, week_shift: int) -> date:
    """Return the day with `weekday` in the ISO week `week_shift` weeks from the anchor's."""
    monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=week_shift)
    return monday + timedelta(days=weekday)


def shift_months(year: int, month: int, months: int) -> tuple[int, int]:
    """Return (year, month) `months` months from the given month."""
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def shifted_period(anchor: date, unit: str, shift: int) -> str | None:
    """Return the value of the day, week, weekend, month or year `shift` units from the anchor."""
    if unit == "day":
        return (anchor + timedelta(days=shift)).isoformat()
    if unit == "week":
        return week_value(anchor + timedelta(weeks=shift))
    if unit == "month":
        return month_value(*shift_months(anchor.year, anchor.month, shift))
    if unit == "year":
        return f"{anchor.year + shift:04d}"
    if unit == "weekend":
        return weekend_value(_weekend_saturday(anchor, shift))
    return None


def _weekend_saturday(anchor: date, shift: int) -> date:
    """Return the Saturday of the past (-1), current (0) or coming (1) weekend."""
    if shift < 0:
        # The weekend that ended before the anchor: its Sunday lies strictly before it.
        return weekday_near(anchor - timedelta(days=1), 6, -1, True) - timedelta(days=1)
    if shift > 0:
        return weekday_near(anchor, 5, 1, anchor.weekday() != 6)
    return weekday_in_week(anchor, 5, 0)


def year_for(month: int, day: int, anchor: date, tense: Tense | None) -> int:
    """Return the year of a dateless day and month: past on or before the anchor, future after, else nearest."""
    this_year = (month, day)
    before = anchor.year if this_year <= (anchor.month, anchor.day) else anchor.year - 1
    after = anchor.year if this_year >= (anchor.month, anchor.day) else anchor.year + 1
    if tense == "past":
        return before
    if tense == "future":
        return after
    months_back = (anchor.year - before) * 12 + anchor.month - month
    return before if months_back <= _NEAREST_MONTHS else after


def add_duration(day: date, amount: int, unit: str) -> date:
    """Return the day `amount` days, weeks, months or years after `day` (negative: before)."""
    if unit == "day":
        return day + timedelta(days=amount)
    if unit == "week":
        return day + timedelta(weeks=amount)
    months = amount * (12 if unit == "year" else 1)
    year, month = shift_months(day.year, day.month, months)
    last_day = _month_length(year, month)
    return date(year, month, min(day.day, last_day))


def value_at(day: date, unit: str) -> str:
    """Return the value of the period of size `unit` that holds `day`."""
    if unit == "week":
        return week_value(day)
    if unit == "month":
        return month_value(day.year, day.month)
    if unit == "year":
        return f"{day.year:04d}"
    return day.isoformat()


def _month_length(year: int, month: int) -> int:
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - timedelta(days=1)).day


_WEEK = re.compile(r"^(\d{4})-W(\d\d)(-WE)?$")
_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_YEAR = re.compile(r"^(\d{4})$")


def period_bounds(value: str) -> tuple[date, date] | None:
    """Return the first and last day a value covers, or None when it is not one of ours."""
    week = _WEEK.match(value)
    if week:
        monday = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        if week.group(3):
            return monday + timedelta(days=5), monday + timedelta(days=6)
        return monday, monday + timedelta(days=6)
    day = _DAY.match(value)
    if day:
        first = date(int(day.group(1)), int(day.group(2)), int(day.group(3)))
        return first, first
    month = _MONTH.match(value)
    if month:
        year, number = int(month.group(1)), int(month.group(2))
        return date(year, number, 1), date(year, number, _month_length(year, number))
    year_match = _YEAR.match(value)
    if year_match:
        year = int(year_match.group(1))
        return date(year, 1, 1), date(year, 12, 31)
    return None
