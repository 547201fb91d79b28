"""One SQLite connection in WAL mode; every write a short BEGIN IMMEDIATE transaction."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsprism.cluster.online import StoryProfile
from newsprism.config import setting
from newsprism.errors import StoreError
from newsprism.ingest.metadata import parse_published
from newsprism.model import AnalysedArticle, Article
from newsprism.store.migrations import migrate
from newsprism.store.serialise import analysed_from_json, article_from_row


def default_db_path() -> Path:
    """Return the store path from $NEWSPRISM_DB or the default under ~/.local/share."""
    return Path(str(setting("db"))).expanduser()


def utc_now() -> str:
    """Return the current UTC time in ISO 8601."""
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """The embedded store of articles, analyses and stories."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path).expanduser() if path else default_db_path()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.schema_version = migrate(self.db)
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"cannot open the store at {self.path}: {exc}") from exc

    def close(self) -> None:
        """Close the connection."""
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run the block in one BEGIN IMMEDIATE transaction; roll back on any error."""
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write to the store at {self.path}: {exc}") from exc
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        else:
            self.db.execute("COMMIT")

    def has_hash(self, content_hash: str) -> bool:
        """Return True when an article with exactly this text is stored."""
        return self.db.execute("SELECT 1 FROM articles WHERE content_hash = ?", (content_hash,)).fetchone() is not None

    def articles_with_bands(self, bands: list[str]) -> list[sqlite3.Row]:
        """Return stored articles sharing an LSH band with a signature (candidate copies)."""
        marks = ",".join("?" * len(bands))
        return self.db.execute(
            f"SELECT DISTINCT a.id, a.signature, a.story_id, a.duplicate_of FROM article_bands b "
            f"JOIN articles a ON a.id = b.article_id WHERE b.band IN ({marks}) ORDER BY a.id", bands).fetchall()

    def term_stats(self) -> tuple[Counter[str], int]:
        """Return the stored document frequencies and document count."""
        counts: Counter[str] = Counter({row[0]: row[1] for row in self.db.execute("SELECT term, df FROM term_stats")})
        row = self.db.execute("SELECT value FROM meta WHERE key = 'n_docs'").fetchone()
        return counts, int(row[0]) if row else 0

    def outlet_term_stats(self, outlets: set[str]) -> tuple[dict[str, Counter[str]], Counter[str]]:
        """Return the stored document frequencies and document counts of the given outlets."""
        freqs: dict[str, Counter[str]] = {}
        docs: Counter[str] = Counter()
        for outlet in sorted(outlets):
            freqs[outlet] = Counter({row[0]: row[1] for row in self.db.execute(
                "SELECT term, df FROM outlet_term_stats WHERE outlet = ?", (outlet,))})
            row = self.db.execute("SELECT n_docs FROM outlet_docs WHERE outlet = ?", (outlet,)).fetchone()
            docs[outlet] = int(row[0]) if row else 0
        return freqs, docs

    def active_story_profiles(self, since: str | None, limit: int = 5000) -> list[StoryProfile]:
        """Return the profiles of the most recent stories (the clusterer's active window)."""
        rows = self.db.execute(
            "SELECT id, profile, size, first_published, last_published FROM stories WHERE (? IS NULL "
            "OR last_published IS NULL OR last_published >= ?) ORDER BY COALESCE(last_published, updated_at) DESC "
            "LIMIT ?", (since, since, limit)).fetchall()
        return [StoryProfile.from_json(
            str(row["id"]), json.loads(row["profile"]), row["size"],
            parse_published(row["first_published"]) if row["first_published"] else None,
            parse_published(row["last_published"]) if row["last_published"] else None) for row in rows]

    def list_stories(self, limit: int = 50) -> list[dict[str, Any]]:
        """Return the stored stories, biggest and most recent first, with outlets and time span."""
        rows = self.db.execute(
            "SELECT s.id, s.title, s.size, s.first_published, s.last_published, "
            "GROUP_CONCAT(DISTINCT COALESCE(a.outlet, '?')) AS outlets FROM stories s "
            "JOIN articles a ON a.story_id = s.id GROUP BY s.id "
            "ORDER BY s.size DESC, s.last_published DESC, s.id LIMIT ?", (limit,)).fetchall()
        return [dict(row) for row in rows]

    def story_articles(self, story_id: int, limit: int | None = None) -> list[AnalysedArticle]:
        """Return the analysed articles of a stored story, oldest first (the first `limit` of them)."""
        rows = self.db.execute(
            "SELECT * FROM articles WHERE story_id = ? ORDER BY published IS NULL, published, id LIMIT ?",
            (story_id, -1 if limit is None else limit)).fetchall()
        return [analysed_from_json(article_from_row(row), row["analysis"]) for row in rows]

    def duplicates_in_story(self, story_id: int) -> dict[str, str]:
        """Return {article id: id of the article it copies} within a stored story."""
        rows = self.db.execute("SELECT id, duplicate_of FROM articles WHERE story_id = ? AND duplicate_of IS NOT NULL",
                               (story_id,)).fetchall()
        return {f"a{row['id']}": f"a{row['duplicate_of']}" for row in rows}

    def count_articles(self) -> int:
        """Return the number of stored articles."""
        return int(self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    def find_article(self, article: Article) -> int | None:
        """Return the row id of a stored article with the same text, if any."""
        row = self.db.execute("SELECT id FROM articles WHERE content_hash = ?", (article.content_hash,)).fetchone()
        return int(row[0]) if row else None

    def story_activity(self, recent_since: str, active_since: str | None = None) -> list[dict[str, Any]]:
        """Return every story (last article at or after `active_since`) with its outlets and recent articles."""
        rows = self.db.execute(
            "SELECT s.id, s.title, s.size, s.first_published, s.last_published, "
            "COUNT(DISTINCT COALESCE(a.outlet, '?')) AS outlet_count, "
            "GROUP_CONCAT(DISTINCT COALESCE(a.outlet, '?')) AS outlets, "
            "SUM(CASE WHEN a.published >= ? THEN 1 ELSE 0 END) AS recent "
            "FROM stories s JOIN articles a ON a.story_id = s.id "
            "WHERE (? IS NULL OR s.last_published >= ?) GROUP BY s.id ORDER BY s.id",
            (recent_since, active_since, active_since)).fetchall()
        return [dict(row) for row in rows]

    def newest_published(self) -> str | None:
        """Return the publication time of the newest stored article (ISO 8601), if any."""
        row = self.db.execute("SELECT MAX(published) FROM articles").fetchone()
        return str(row[0]) if row and row[0] else None

    def feed_state(self, url: str) -> tuple[str | None, str | None]:
        """Return the (ETag, Last-Modified) last received for a feed."""
        row = self.db.execute("SELECT etag, last_modified FROM feeds WHERE url = ?", (url,)).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def seen_feed_entries(self, url: str, keys: list[str]) -> set[str]:
        """Return which of `keys` were already taken from the feed at `url`."""
        seen: set[str] = set()
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            marks = ",".join("?" * len(chunk))
            seen.update(row[0] for row in self.db.execute(
                f"SELECT entry_key FROM feed_entries WHERE feed_url = ? AND entry_key IN ({marks})", [url, *chunk]))
        return seen

    def record_feed_poll(self, url: str, status: int, etag: str | None, last_modified: str | None,
                         new_keys: list[str]) -> None:
        """Remember a poll of a feed: its validators and the entries taken from it."""
        now = utc_now()
        with self.transaction() as db:
            db.execute(
                "INSERT INTO feeds (url, etag, last_modified, last_polled, last_status, entries) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, "
                "last_modified = excluded.last_modified, last_polled = excluded.last_polled, "
                "last_status = excluded.last_status, entries = feeds.entries + excluded.entries",
                (url, etag, last_modified, now, status, len(new_keys)))
            db.executemany("INSERT OR IGNORE INTO feed_entries (feed_url, entry_key, seen_at) VALUES (?, ?, ?)",
                           [(url, key, now) for key in new_keys])
