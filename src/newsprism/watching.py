"""Poll feeds with conditional requests and add their new entries to the store's stories.

Each feed's ETag / Last-Modified and the keys of the entries already taken are kept in the
store (tables `feeds` and `feed_entries`), so a watch stopped with Ctrl-C resumes where it
left off without adding anything twice. The network is reached only through a `Fetcher`.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from newsprism.errors import FetchFailed, InputError
from newsprism.ingest.fetch import Fetcher, FetchResponse
from newsprism.ingest.metadata import outlet_from_url
from newsprism.ingest.readers import feed_entry_html, feed_entry_published, html_fragment_to_text, parse_feed
from newsprism.model import Article
from newsprism.store.adding import add_articles
from newsprism.store.database import Store


@dataclass
class FeedPoll:
    """What one poll of one feed brought."""

    url: str
    status: int  # HTTP status; 304 when nothing changed, 0 when the poll failed
    new_entries: int = 0
    added: int = 0
    story_ids: set[int] = field(default_factory=set)
    error: str | None = None


def entry_key(entry: Any) -> str:
    """Return a stable key of a feed entry: its id, else its link, else a hash of its title and summary."""
    for name in ("id", "link"):
        value = entry.get(name)
        if value:
            return str(value)
    raw = f"{entry.get('title', '')}\n{entry.get('summary', '')}".encode()
    return "sha1:" + hashlib.sha1(raw).hexdigest()


def entry_article(entry: Any, feed_url: str, feed_title: str | None) -> Article | None:
    """Return the article a feed entry carries (title and summary or content), or None when it has no text."""
    html, _ = feed_entry_html(entry)
    text = html_fragment_to_text(html) if html else ""
    title = str(entry.get("title") or "")
    if not text and not title:
        return None
    link = entry.get("link")
    published = feed_entry_published(entry)
    return Article(source=str(link or entry_key(entry)), text=text or title, title=title or None,
                   url=str(link) if link else None, published=published,
                   published_from="feed" if published else None,
                   outlet=outlet_from_url(str(link)) if link else (feed_title or outlet_from_url(feed_url)))


def poll_feed(store: Store, fetcher: Fetcher, url: str, *, nlp: Language | None = None) -> FeedPoll:
    """Fetch a feed once (conditionally), add its unseen entries and remember what was taken."""
    etag, last_modified = store.feed_state(url)
    try:
        response = fetcher.fetch(url, etag=etag, last_modified=last_modified)
    except InputError as exc:
        return FeedPoll(url, 0, error=str(exc))
    if response.not_modified:
        store.record_feed_poll(url, 304, etag, last_modified, [])
        return FeedPoll(url, 304)
    try:
        parsed = parse_feed(response.content, url)
    except InputError as exc:
        return FeedPoll(url, response.status, error=str(exc))
    feed_title = parsed.feed.get("title") or None
    keyed = [(entry_key(entry), entry) for entry in parsed.entries]
    seen = store.seen_feed_entries(url, [key for key, _ in keyed])
    fresh_keys, articles = [], []
    for key, entry in keyed:
        if key in seen or key in fresh_keys:
            continue
        fresh_keys.append(key)
        article = entry_article(entry, url, feed_title)
        if article is not None:
            articles.append(article)
    report = add_articles(store, articles, nlp=nlp) if articles else None
    # Validators are saved only after the entries are stored: an interrupted poll is simply redone.
    store.record_feed_poll(url, response.status, response.etag, response.last_modified, fresh_keys)
    return FeedPoll(url, response.status, len(fresh_keys), report.added if report else 0,
                    set(report.story_ids) if report else set())


def watch(store: Store, fetcher: Fetcher, urls: Sequence[str], *, every: float = 600.0, nlp: Language | None = None,
          rounds: int | None = None, on_round: Callable[[list[FeedPoll]], None] | None = None,
          sleep: Callable[[float], None] = time.sleep) -> int:
    """Poll every feed each `every` seconds (for `rounds` rounds, or until interrupted); return rounds done."""
    done = 0
    while rounds is None or done < rounds:
        polls = [poll_feed(store, fetcher, url, nlp=nlp) for url in urls]
        done += 1
        if on_round is not None:
            on_round(polls)
        if rounds is not None and done >= rounds:
            break
        sleep(every)
    return done


class FileOrHttpFetcher:
    """A fetcher that reads local feed files itself (their modification time as Last-Modified)."""

    def __init__(self, http: Fetcher) -> None:
        self.http = http

    def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> FetchResponse:
        """Return the file's content (304 when unchanged since `last_modified`) or the HTTP response."""
        if url.startswith(("http://", "https://")):
            return self.http.fetch(url, etag=etag, last_modified=last_modified)
        path = Path(url).expanduser()
        try:
            stamp = str(path.stat().st_mtime_ns)
            if stamp == last_modified:
                return FetchResponse(url, 304, b"", last_modified=stamp)
            return FetchResponse(url, 200, path.read_bytes(), "application/rss+xml", last_modified=stamp)
        except OSError as exc:
            raise FetchFailed(url, f"cannot read the feed file: {exc}") from exc
