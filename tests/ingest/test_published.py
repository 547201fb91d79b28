"""Publication dates from HTML meta data and from the text itself (ingest/published.py)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from newsprism.ingest.published import published_from_html, published_from_text
from newsprism.ingest.sources import read_sources
from newsprism.lang import get_language

NL = get_language("nl")
AMSTERDAM_WINTER = timezone(timedelta(hours=1))


def _page(head: str, body: str = "<p>De politie greep in.</p>") -> str:
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>"


@pytest.mark.parametrize("head,expected", [
    ('<meta property="article:published_time" content="2022-01-07T09:30:00+01:00">',
     "2022-01-07T09:30:00+01:00"),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2022-01-07T08:30:00Z"}'
     "</script>", "2022-01-07T08:30:00+00:00"),
    ('<meta name="date" content="2022-01-07T10:15:00">', "2022-01-07T10:15:00+01:00"),
    ('<meta property="og:published_time" content="2022-01-08">', "2022-01-08T00:00:00+01:00"),
])
def test_html_meta_data_keeps_time_and_zone(head: str, expected: str) -> None:
    published = published_from_html(_page(head))
    assert published is not None and published.isoformat() == expected


def test_html_falls_back_to_trafilaturas_date() -> None:
    published = published_from_html(_page(""), fallback="2022-01-07")
    assert published == datetime(2022, 1, 7, tzinfo=AMSTERDAM_WINTER)


@pytest.mark.parametrize("text,expected", [
    ("AMSTERDAM, 7 januari 2022 - De politie greep in.", "2022-01-07T00:00:00+01:00"),
    ("Onrust in Almaty\nGepubliceerd: 8 januari 2022 10:15\nDe politie greep in.", "2022-01-08T10:15:00+01:00"),
    ("De politie greep in.\n\nGeplaatst op 08-01-2022", "2022-01-08T00:00:00+01:00"),
    ("DEN HAAG, zaterdag 8 januari 2022 - Het kabinet beslist.", "2022-01-08T00:00:00+01:00"),
])
def test_text_dateline_or_label(text: str, expected: str) -> None:
    published = published_from_text(text, NL)
    assert published is not None and published.isoformat() == expected


@pytest.mark.parametrize("text", [
    "Hij zei, 7 januari 2022 - zo ging het.",  # not a place in capitals at the start of a line
    "Op 7 januari 2022 greep de politie in.",  # a date in the story, not a dateline
])
def test_dates_in_the_story_are_not_publication_dates(text: str) -> None:
    assert published_from_text(text, NL) is None


def test_reading_a_text_file_records_a_dateline_as_source(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("ALMATY, 7 januari 2022 - Donderdag werd er geschoten.", encoding="utf-8")
    article = read_sources([str(path)]).articles[0]
    assert (article.published_from, article.published) == ("text", datetime(2022, 1, 7, tzinfo=AMSTERDAM_WINTER))


def test_a_flag_wins_over_the_text(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("ALMATY, 7 januari 2022 - Donderdag werd er geschoten.", encoding="utf-8")
    flag = datetime(2022, 1, 8, tzinfo=AMSTERDAM_WINTER)
    article = read_sources([str(path)], published=flag).articles[0]
    assert (article.published_from, article.published) == ("flag", flag)
