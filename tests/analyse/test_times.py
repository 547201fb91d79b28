"""Time expressions found and resolved against the publication day (analyse/times.py)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from newsprism.model import AnalysedArticle, TimeRef

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FIXTURE_SET = FIXTURES / "times_nl.jsonl"
BASELINE = FIXTURES / "times_nl.baseline.json"
SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples" / "kazakhstan-2022"

Analyse = Callable[..., AnalysedArticle]


def _times(analyse_text: Analyse, text: str, published: str | None) -> list[TimeRef]:
    return analyse_text(text, published).times


def _value_of(times: list[TimeRef], expression: str) -> str | None:
    found = [t for t in times if t.text.lower() == expression.lower()]
    if not found:
        raise LookupError(f"{expression!r} not found among {[t.text for t in times]}")
    return found[0].value


def score_fixture_set(analyse_text: Analyse) -> tuple[int, int, int, list[str]]:
    """Return (expressions resolved as expected, expected expressions, spurious finds, failures)."""
    correct = total = spurious = 0
    failures: list[str] = []
    for line in FIXTURE_SET.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        times = _times(analyse_text, case["text"], case["published"])
        expected = {e["text"].lower(): e["value"] for e in case["times"]}
        spurious += sum(1 for t in times if t.text.lower() not in expected)
        for text, value in expected.items():
            total += 1
            got = [t.value for t in times if t.text.lower() == text]
            if got and got[0] == value:
                correct += 1
            else:
                failures.append(f"{case['published']} {case['text']!r}: {text!r} -> {got} (expected {value})")
    return correct, total, spurious, failures


@pytest.mark.parametrize("text,published,expression,value,granularity", [
    ("De politie greep donderdag in.", "2022-01-07", "donderdag", "2022-01-06", "day"),
    ("Het kabinet nam vrijdag een besluit.", "2022-01-05", "vrijdag", "2021-12-31", "day"),
    ("Het kabinet zal vrijdag een besluit nemen.", "2022-01-05", "vrijdag", "2022-01-07", "day"),
    ("Tokayev zei vrijdagochtend dat het leger mag schieten.", "2022-01-07", "vrijdagochtend",
     "2022-01-07T06:00/12:00", "part_of_day"),
    ("Maandagnacht werd een winkel beroofd.", "2022-01-05", "Maandagnacht",
     "2022-01-03T22:00/2022-01-04T06:00", "part_of_day"),
    ("Gisteren trad de politie hard op.", "2022-01-08", "Gisteren", "2022-01-07", "day"),
    ("Deze week werden de maatregelen versoepeld.", "2021-01-01", "Deze week", "2020-W53", "week"),
    ("Vorige maand stegen de prijzen.", "2022-01-07", "Vorige maand", "2021-12", "month"),
    ("Eind vorig jaar liepen de spanningen op.", "2022-01-07", "Eind vorig jaar", "2021", "year"),
    ("Op 30 december werd de prijs verhoogd.", "2022-01-03", "30 december", "2021-12-30", "day"),
    ("Afgelopen weekend werd er betoogd.", "2022-01-05", "Afgelopen weekend", "2021-W52-WE", "weekend"),
    ("Drie jaar na 2014 werd het verdrag getekend.", "2022-01-07", "Drie jaar na 2014", "2017", "year"),
    # A bare weekday in the present tense lies ahead in news; in the past tense, behind.
    ("Vrijdag begint het festival.", "2022-01-05", "Vrijdag", "2022-01-07", "day"),
    ("De rechtbank beslist maandagmiddag over de zaak.", "2022-01-05", "maandagmiddag",
     "2022-01-10T12:00/18:00", "part_of_day"),
    ("Vrijdag begon het festival.", "2022-01-05", "Vrijdag", "2021-12-31", "day"),
    # A weekday with a part of the day before a date is that date (police notices).
    ("Op zondagmorgen 13 januari breekt een man in bij een winkel.", "2022-06-06", "zondagmorgen 13 januari",
     "2022-01-13T06:00/12:00", "part_of_day"),
    # A month or date with a shifted year is in that year, as one expression.
    ("Zo opent in april volgend jaar een nieuwe fabriekshal.", "2019-06-06", "april volgend jaar", "2020-04", "month"),
    ("In september van vorig jaar sloot de fabriek.", "2019-06-06", "september van vorig jaar", "2018-09", "month"),
    ("Op 11 april van dit jaar werd hij opgepakt.", "2019-06-06", "11 april van dit jaar", "2019-04-11", "day"),
])
def test_resolves_expression(analyse_text: Analyse, text: str, published: str, expression: str,
                             value: str, granularity: str) -> None:
    times = _times(analyse_text, text, published)
    ref = next(t for t in times if t.text == expression)
    assert (ref.value, ref.granularity) == (value, granularity)
    assert text[ref.start:ref.end] == expression


@pytest.mark.parametrize("text,expression,anchor,modifier", [
    ("Begin dit jaar was de prijs verdubbeld.", "Begin dit jaar", "published", "start"),
    ("Eerder deze maand werd de prijs verhoogd.", "Eerder deze maand", "published", "earlier"),
    ("Op 3 april 2016 verschenen de Panama Papers.", "3 april 2016", "text", None),
])
def test_anchor_and_modifier(analyse_text: Analyse, text: str, expression: str, anchor: str,
                             modifier: str | None) -> None:
    ref = next(t for t in _times(analyse_text, text, "2022-01-07") if t.text == expression)
    assert (ref.anchor, ref.modifier) == (anchor, modifier)


def test_without_publication_date_expressions_are_listed_unresolved(analyse_text: Analyse) -> None:
    times = _times(analyse_text, "Donderdag werd er geschoten en gisteren was het stil.", None)
    assert [(t.text, t.value, t.anchor) for t in times] == [("Donderdag", None, None), ("gisteren", None, None)]


def test_noun_use_of_morgen_is_not_a_date(analyse_text: Analyse) -> None:
    assert _times(analyse_text, "De volgende morgen was alles rustig.", "2022-01-07") == []


def test_a_recurring_weekday_is_not_a_date(analyse_text: Analyse) -> None:
    times = _times(analyse_text, "Het blad ligt in de winkel (elke zaterdag bij de krant) en iedere maandag online.",
                   "2022-01-07")
    assert times == []


def test_utc_publication_time_is_read_in_the_outlets_zone(analyse_text: Analyse) -> None:
    # 23:30 UTC on 6 January is 00:30 on 7 January in Amsterdam: `gisteren` is 6 January.
    times = _times(analyse_text, "Gisteren werd er geschoten.", "2022-01-06T23:30:00+00:00")
    assert _value_of(times, "Gisteren") == "2022-01-06"


def test_fixture_set_accuracy_stays_above_its_floor(analyse_text: Analyse) -> None:
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    digest = hashlib.sha256(FIXTURE_SET.read_bytes()).hexdigest()
    assert digest == baseline["sha256"], "the fixture set changed: re-measure and commit a new baseline"
    correct, total, _, failures = score_fixture_set(analyse_text)
    assert total >= 60
    assert correct / total >= baseline["accuracy_floor"], "\n".join(failures)


@pytest.mark.corpus
@pytest.mark.parametrize("name,published,expected", [
    ("000_02d448970937effb.txt", "2022-01-07",
     {"donderdag": "2022-01-06", "vrijdagochtend": "2022-01-07T06:00/12:00", "vrijdag": "2022-01-07"}),
    ("003_a9dfe59857bd2572.txt", "2022-01-08",
     {"donderdag": "2022-01-06", "gisteren": "2022-01-07", "vrijdag": "2022-01-07"}),
])
def test_samples_resolve_to_the_same_days(analyse_text: Analyse, name: str, published: str,
                                          expected: dict[str, str]) -> None:
    times = _times(analyse_text, (SAMPLES / name).read_text(encoding="utf-8"), published)
    for expression, value in expected.items():
        assert {t.value for t in times if t.text.lower() == expression} == {value}
