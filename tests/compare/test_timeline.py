"""The story timeline orders dated sentences of all articles (compare/timeline.py)."""

from __future__ import annotations

from collections.abc import Callable

from newsprism.compare.timeline import build_timeline
from newsprism.model import AnalysedArticle

Analyse = Callable[..., AnalysedArticle]


def test_two_outlets_a_day_apart_meet_on_the_same_day(analyse_text: Analyse) -> None:
    first = analyse_text("Poetin stuurde donderdag troepen. Vrijdagochtend sprak Tokajev.", "2022-01-07", "a1")
    second = analyse_text("Gisteren sprak Tokajev. Vorig jaar was het rustig.", "2022-01-08", "a2")
    articles = [first, second]
    timeline = build_timeline(articles, [t for a in articles for t in a.times])
    assert [(e.value, e.article, e.time.text) for e in timeline] == [
        ("2021", "a2", "Vorig jaar"),
        ("2022-01-06", "a1", "donderdag"),
        ("2022-01-07", "a2", "Gisteren"),
        ("2022-01-07T06:00/12:00", "a1", "Vrijdagochtend"),
    ]
    assert [e.text for e in timeline][1] == "Poetin stuurde donderdag troepen."


def test_week_sorts_by_its_first_day_and_unresolved_times_stay_out(analyse_text: Analyse) -> None:
    dated = analyse_text("Deze week was het onrustig. Op 2 januari begon het.", "2022-01-07", "a1")
    undated = analyse_text("Donderdag werd er geschoten.", None, "a2")
    articles = [dated, undated]
    timeline = build_timeline(articles, [t for a in articles for t in a.times])
    assert [(e.value, e.granularity) for e in timeline] == [("2022-01-02", "day"), ("2022-W01", "week")]


def test_one_entry_per_sentence_and_value(analyse_text: Analyse) -> None:
    article = analyse_text("Donderdag en donderdag en vrijdag.", "2022-01-07", "a1")
    timeline = build_timeline([article], article.times)
    assert [(e.value, e.start, e.end) for e in timeline] == [("2022-01-06", 0, 34), ("2022-01-07", 0, 34)]
