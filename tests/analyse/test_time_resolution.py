"""Date arithmetic behind time expressions (analyse/time_resolution.py)."""

from __future__ import annotations

from datetime import date

import pytest

from newsprism.analyse.time_resolution import (
    Tense,
    day_value,
    period_bounds,
    shifted_period,
    weekday_near,
    year_for,
)


@pytest.mark.parametrize("anchor,weekday,direction,inclusive,expected", [
    (date(2022, 1, 7), 3, -1, True, date(2022, 1, 6)),
    (date(2022, 1, 7), 4, -1, True, date(2022, 1, 7)),
    (date(2022, 1, 7), 4, -1, False, date(2021, 12, 31)),
    (date(2021, 12, 30), 0, 1, True, date(2022, 1, 3)),
    (date(2022, 1, 7), 4, 1, False, date(2022, 1, 14)),
])
def test_weekday_near(anchor: date, weekday: int, direction: int, inclusive: bool, expected: date) -> None:
    assert weekday_near(anchor, weekday, direction, inclusive) == expected


@pytest.mark.parametrize("anchor,unit,shift,expected", [
    (date(2022, 1, 1), "week", 0, "2021-W52"),
    (date(2021, 1, 4), "week", -1, "2020-W53"),
    (date(2022, 1, 7), "month", -1, "2021-12"),
    (date(2022, 12, 15), "month", 1, "2023-01"),
    (date(2022, 1, 7), "year", -1, "2021"),
    (date(2022, 1, 5), "weekend", -1, "2021-W52-WE"),
    (date(2022, 1, 9), "weekend", 0, "2022-W01-WE"),
])
def test_shifted_period(anchor: date, unit: str, shift: int, expected: str) -> None:
    assert shifted_period(anchor, unit, shift) == expected


@pytest.mark.parametrize("month,day,tense,expected", [
    (12, 30, None, 2021), (1, 7, "future", 2022), (3, 1, "past", 2021), (3, 1, None, 2022),
])
def test_year_for_a_date_without_year(month: int, day: int, tense: Tense | None, expected: int) -> None:
    assert year_for(month, day, date(2022, 1, 3), tense) == expected


@pytest.mark.parametrize("value,expected", [
    ("2022-01-06", (date(2022, 1, 6), date(2022, 1, 6))),
    ("2022-01-06T22:00/2022-01-07T06:00", (date(2022, 1, 6), date(2022, 1, 6))),
    ("2020-W53", (date(2020, 12, 28), date(2021, 1, 3))),
    ("2021-W52-WE", (date(2022, 1, 1), date(2022, 1, 2))),
    ("2024-02", (date(2024, 2, 1), date(2024, 2, 29))),
    ("2022", (date(2022, 1, 1), date(2022, 12, 31))),
    ("later", None),
])
def test_period_bounds(value: str, expected: tuple[date, date] | None) -> None:
    assert period_bounds(value) == expected


def test_night_crosses_midnight() -> None:
    assert day_value(date(2022, 1, 3), "night") == "2022-01-03T22:00/2022-01-04T06:00"
