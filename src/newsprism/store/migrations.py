"""Numbered schema migrations, each applied once and recorded in `schema_migrations`."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable


def _run_statements(db: sqlite3.Connection, script: str) -> None:
    """Run `;`-separated DDL inside the open transaction (executescript would commit it)."""
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def _initial_schema(db: sqlite3.Connection) -> None:
    _run_statements(db, """
        CREATE TABLE stories (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            first_published TEXT,
            last_published TEXT,
            size INTEGER NOT NULL DEFAULT 0,
            profile TEXT NOT NULL DEFAULT '{}'
        );
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            url TEXT,
            outlet TEXT,
            title TEXT,
            published TEXT,
            published_from TEXT,
            language TEXT NOT NULL,
            text TEXT NOT NULL,
            added_at TEXT NOT NULL,
            story_id INTEGER REFERENCES stories(id),
            duplicate_of INTEGER REFERENCES articles(id),
            signature TEXT NOT NULL,
            analysis TEXT NOT NULL
        );
        CREATE INDEX articles_story ON articles(story_id);
        CREATE INDEX articles_published ON articles(published);
        CREATE TABLE article_bands (
            band TEXT NOT NULL,
            article_id INTEGER NOT NULL REFERENCES articles(id),
            PRIMARY KEY (band, article_id)
        ) WITHOUT ROWID;
        CREATE TABLE term_stats (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE INDEX stories_last_published ON stories(last_published);
    """)


def _feeds_and_story_activity(db: sqlite3.Connection) -> None:
    _run_statements(db, """
        CREATE TABLE feeds (
            url TEXT PRIMARY KEY,
            etag TEXT,
            last_modified TEXT,
            last_polled TEXT,
            last_status INTEGER,
            entries INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE feed_entries (
            feed_url TEXT NOT NULL REFERENCES feeds(url),
            entry_key TEXT NOT NULL,
            seen_at TEXT NOT NULL,
            PRIMARY KEY (feed_url, entry_key)
        ) WITHOUT ROWID;
        CREATE INDEX articles_story_published ON articles(story_id, published)
    """)


def _outlet_term_stats(db: sqlite3.Connection) -> None:
    _run_statements(db, """
        CREATE TABLE outlet_term_stats (
            outlet TEXT NOT NULL,
            term TEXT NOT NULL,
            df INTEGER NOT NULL,
            PRIMARY KEY (outlet, term)
        ) WITHOUT ROWID;
        CREATE TABLE outlet_docs (outlet TEXT PRIMARY KEY, n_docs INTEGER NOT NULL)
    """)


MIGRATIONS: tuple[tuple[int, str, Callable[[sqlite3.Connection], None]], ...] = (
    (1, "initial schema", _initial_schema),
    (2, "feed polling state and story activity index", _feeds_and_story_activity),
    (3, "per-outlet document frequencies (outlet boilerplate)", _outlet_term_stats),
)


def migrate(db: sqlite3.Connection) -> int:
    """Apply every migration not yet recorded; return the schema version reached."""
    db.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
               "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)")
    done = {row[0] for row in db.execute("SELECT version FROM schema_migrations")}
    for version, name, apply in MIGRATIONS:
        if version in done:
            continue
        db.execute("BEGIN IMMEDIATE")
        try:
            apply(db)
            db.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", (version, name))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
    return max((v for v, _, _ in MIGRATIONS), default=0)
