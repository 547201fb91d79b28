"""Turn one kind of input (text, HTML, JSONL row, feed entry) into Articles."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import feedparser
import trafilatura

from newsprism.errors import EmptyInput, InputError, MalformedInput, UnsupportedFormat
from newsprism.ingest.metadata import outlet_from_url, parse_published
from newsprism.ingest.normalise import normalise_text
from newsprism.ingest.published import published_from_html
from newsprism.model import Article

_TITLE_MAX_CHARS = 150


def article_from_text(text: str, source: str) -> Article:
    """Return an Article for plain text; a short first line without a full stop is its title."""
    body = normalise_text(text)
    if not body:
        raise EmptyInput(source, "the text is empty")
    first_line = body.split("\n", 1)[0]
    title = None
    if "\n" in body and len(first_line) <= _TITLE_MAX_CHARS and not first_line.endswith((".", ":", ",")):
        title = first_line
    return Article(source=source, text=body, title=title)


def article_from_html(html: str, source: str, url: str | None = None) -> Article:
    """Return an Article with the main text, title, date and site name trafilatura finds."""
    document = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    text = normalise_text(getattr(document, "text", None) or "") if document is not None else ""
    if not text:
        raise EmptyInput(source, "no article text found in the HTML page")
    article = Article(source=source, text=text, url=url or getattr(document, "url", None))
    article.title = getattr(document, "title", None) or None
    article.outlet = getattr(document, "sitename", None) or outlet_from_url(article.url)
    published = published_from_html(html, fallback=getattr(document, "date", None))
    if published is not None:
        article.published = published
        article.published_from = "html"
    return article


def article_from_record(record: Any, source: str) -> Article:
    """Return an Article for one JSONL record (`text`, or for a headline-only item `title`; source/url/id, outlet, published).

    A feed item with a headline and no description (a video, a live blog) is still a news item:
    its title stands in as its text.
    """
    if not isinstance(record, dict):
        raise MalformedInput(source, "the line is not a JSON object")
    text, title = record.get("text"), record.get("title")
    if text is not None and not isinstance(text, str):
        raise MalformedInput(source, "'text' is not a string")
    body = normalise_text(text or "") or (normalise_text(title) if isinstance(title, str) else "")
    if not body:
        if text is None and title is None:
            raise MalformedInput(source, "the record has no 'text' (nor a 'title')")
        raise EmptyInput(source, "the record's text and title are empty")
    url = record.get("url") if isinstance(record.get("url"), str) else None
    article = Article(source=source, text=body, url=url)
    for name in ("title", "outlet"):
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise MalformedInput(source, f"'{name}' is not a string")
        setattr(article, name, value or None)
    article.outlet = article.outlet or outlet_from_url(url)
    published = record.get("published")
    if published:
        if not isinstance(published, str):
            raise MalformedInput(source, "'published' is not an ISO 8601 string")
        try:
            article.published = parse_published(published)
        except ValueError as exc:
            raise MalformedInput(source, f"'published' is not an ISO 8601 date: {published!r}") from exc
        article.published_from = "metadata"
    if isinstance(record.get("language"), str):
        article.language = record["language"]
    return article


def record_source(record: Any, path: str, line_number: int) -> str:
    """Return the source name of a JSONL row: its own source/url/id field, else FILE:LINE."""
    if isinstance(record, dict):
        for key in ("source", "url", "id"):
            value = record.get(key)
            if isinstance(value, (str, int)) and str(value):
                return str(value)
    return f"{path}:{line_number}"


def iter_jsonl(lines: Iterator[bytes], path: str) -> Iterator[Article | InputError]:
    """Yield an Article, or the error that stopped it, for every non-blank line of a JSONL file."""
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        fallback = f"{path}:{number}"
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            yield MalformedInput(fallback, "the line is not valid UTF-8")
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield MalformedInput(fallback, f"not valid JSON (truncated line?): {exc.msg}")
            continue
        source = record_source(record, path, number)
        try:
            yield article_from_record(record, source)
        except InputError as exc:
            yield exc


def looks_like_feed(data: bytes) -> bool:
    """Return True when the bytes start like an RSS or Atom document."""
    head = data[:2048].lstrip().lower()
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    return head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf")) and (
        b"<rss" in head or b"<feed" in head or b"<rdf" in head or b"<channel" in head)


def parse_feed(data: bytes, source: str) -> Any:
    """Return the feedparser result, or raise UnsupportedFormat for a document that is no feed."""
    parsed = feedparser.parse(data)
    version = parsed.get("version", "")
    if not parsed.entries and (parsed.bozo or not version):
        reason = parsed.get("bozo_exception") or "no RSS or Atom entries"
        raise UnsupportedFormat(source, f"not a valid RSS/Atom feed: {reason}")
    return parsed


def feed_entry_source(entry: Any, source: str, index: int) -> str:
    """Return the source name of a feed entry: its link or id, else FEED#N."""
    return str(entry.get("link") or entry.get("id") or f"{source}#{index}")


def feed_entry_published(entry: Any) -> datetime | None:
    """Return the entry's publication time as an aware datetime, if it has one."""
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    year, month, day, hour, minute, second = parsed[:6]
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


def feed_entry_html(entry: Any) -> tuple[str, bool]:
    """Return the entry's HTML body and whether it is only a summary."""
    contents = entry.get("content") or []
    full = max((c.get("value", "") for c in contents), key=len, default="")
    if full:
        return full, False
    return str(entry.get("summary") or entry.get("description") or ""), True


def html_fragment_to_text(fragment: str) -> str:
    """Return the plain text of a small HTML fragment (a feed summary)."""
    if "<" not in fragment:
        return normalise_text(fragment)
    text = trafilatura.extract(f"<html><body><article>{fragment}</article></body></html>",
                               include_comments=False, favor_recall=True)
    if text:
        return normalise_text(text)
    import lxml.html  # trafilatura's own dependency; strips tags of fragments it declines

    return normalise_text(lxml.html.fromstring(fragment).text_content())
