"""A section with nothing in it says so in every format, instead of showing an empty table."""

from __future__ import annotations

from rich.console import Console

from newsprism import compare_articles
from newsprism.model import Article
from newsprism.report.html import render_html
from newsprism.report.markdown import render_markdown
from newsprism.report.text import print_stories

PLAIN = "De fondsen zijn tevreden met wat er nu op tafel ligt."
COUNTED = 'In Zwolle kwamen 40 bezoekers. "Het was druk," zei burgemeester Jansen.'


def _text_report(article: Article) -> str:
    console = Console(record=True, width=100)
    print_stories(console, compare_articles([article]), [])
    return console.export_text()


def test_a_story_without_numbers_quotes_or_names_says_so() -> None:
    stories = compare_articles([Article("plain.txt", PLAIN)])
    markdown = render_markdown(stories, [])
    assert "_No counted facts found._" in markdown and "_No quotes found._" in markdown
    assert "_No names found._" in markdown and "| status | claim |" not in markdown
    page = render_html(stories, [])
    assert '<p class="muted">No counted facts found.</p>' in page and '<table class="claims">' not in page
    assert '<p class="muted">No quotes found.</p>' in page and '<table class="quotes">' not in page
    text = _text_report(Article("plain.txt", PLAIN))
    assert "Numbers: No counted facts found." in text and "Quotes: No quotes found." in text


def test_a_story_with_numbers_and_quotes_shows_its_tables() -> None:
    stories = compare_articles([Article("counted.txt", COUNTED)])
    markdown = render_markdown(stories, [])
    assert "| status | claim | as reported |" in markdown and "No counted facts found" not in markdown
    assert "No quotes found" not in markdown and "No names found" not in markdown
    assert "No counted facts found" not in render_html(stories, [])
    assert "No counted facts found" not in _text_report(Article("counted.txt", COUNTED))
