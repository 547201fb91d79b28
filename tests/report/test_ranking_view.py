"""The `stories` table: readable in an 80-column terminal, with a short time span."""

from __future__ import annotations

import pytest
from rich.console import Console

from newsprism.ranking import RankedStory
from newsprism.report.ranking_view import stories_table, time_span


@pytest.mark.parametrize("first,last,shown", [
    ("2031-03-10T08:00:00+00:00", "2031-03-10T19:48:00+00:00", "2031-03-10\n08:00–19:48"),
    ("2031-03-10T08:00:00+00:00", "2031-03-10T08:00:00+00:00", "2031-03-10\n08:00"),
    ("2031-03-08T08:00:00+00:00", "2031-03-10T19:48:00+00:00", "03-08 08:00 –\n03-10 19:48"),
    ("2030-12-30T08:00:00+00:00", "2031-01-02T09:00:00+00:00", "2030-12-30 –\n2031-01-02"),
    (None, None, ""),
])
def test_time_span_is_short(first: str | None, last: str | None, shown: str) -> None:
    assert time_span(first, last) == shown


def test_the_table_fits_80_columns_and_keeps_the_whole_title() -> None:
    story = RankedStory(7, "Verwoestende explosie in de Jan van der Heijdenstraat veroorzaakt door een scheur",
                        12, ["nos.nl", "omroepwest.nl", "telegraaf.nl"], "2031-03-10T10:27:00+00:00",
                        "2031-03-10T15:46:00+00:00", 12)
    console = Console(width=80, record=True)
    console.print(stories_table([story]))
    lines = console.export_text().splitlines()
    assert all(len(line) <= 80 for line in lines)
    title_words = " ".join(line.split("│")[-2].strip() for line in lines if line.count("│") > 2).split()
    assert " ".join(title_words) == story.title
