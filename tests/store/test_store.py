"""The SQLite store: WAL, versioned schema, idempotent adds, copies recorded, never corrupted."""

from __future__ import annotations

import sqlite3
from importlib.resources import files
from pathlib import Path

import pytest

from newsprism.errors import StoreError
from newsprism.ingest import read_sources
from newsprism.model import Article
from newsprism.store import Store, add_articles

DEMO = str(files("newsprism.demo").joinpath("polar-star.jsonl"))


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "news.db")


def test_store_is_wal_and_versioned(store: Store) -> None:
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.schema_version >= 1
    versions = [row[0] for row in store.db.execute("SELECT version FROM schema_migrations")]
    assert versions == list(range(1, store.schema_version + 1))


def test_adding_twice_is_a_no_op(store: Store) -> None:
    articles = read_sources([DEMO]).articles
    first = add_articles(store, articles)
    assert first.added == 3 and first.new_stories == 1
    again = add_articles(store, read_sources([DEMO]).articles)
    assert again.added == 0 and again.unchanged == 3
    assert store.count_articles() == 3
    listed = store.list_stories()
    assert len(listed) == 1 and listed[0]["size"] == 3


def test_near_duplicate_copy_is_recorded(store: Store) -> None:
    original = read_sources([DEMO]).articles[0]
    add_articles(store, [original])
    copy = Article(source="copy.txt", text=original.text.replace("De 22 bemanningsleden", "Alle 22 bemanningsleden")
                   + "\n\n(ANP)", outlet="Copy Courant")
    report = add_articles(store, [copy])
    assert report.copies == 1
    row = store.db.execute("SELECT duplicate_of, story_id FROM articles WHERE source = 'copy.txt'").fetchone()
    first = store.db.execute("SELECT id, story_id FROM articles WHERE source != 'copy.txt'").fetchone()
    assert row["duplicate_of"] == first["id"] and row["story_id"] == first["story_id"]


def test_unrelated_article_starts_its_own_story(store: Store) -> None:
    add_articles(store, read_sources([DEMO]).articles)
    other = Article(source="voetbal.txt", text="Ajax won zondag met 3-1 van Feyenoord in een uitverkochte Johan Cruijff "
                    "ArenA. Trainer Van der Berg was tevreden over de tweede helft van zijn ploeg.")
    report = add_articles(store, [other])
    assert report.new_stories == 1
    assert len(store.list_stories()) == 2


def test_stored_story_renders_from_stored_analysis(store: Store) -> None:
    from newsprism.compare import build_story

    add_articles(store, read_sources([DEMO]).articles)
    story_id = store.list_stories()[0]["id"]
    analysed = store.story_articles(story_id)
    assert len(analysed) == 3 and all(a.sentences for a in analysed)
    story = build_story("s1", analysed)
    assert any(c.status == "agree" for c in story.claims)


def test_failed_add_leaves_the_store_intact(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    add_articles(store, read_sources([DEMO]).articles[:1])
    import newsprism.store.adding as adding

    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(adding, "_save_state", explode)
    with pytest.raises(RuntimeError):
        add_articles(store, read_sources([DEMO]).articles[1:])
    assert store.count_articles() == 1
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_unwritable_store_is_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(StoreError, match="cannot open the store"):
        Store(blocker / "news.db")


def test_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "garbage.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError):
        Store(path)
    assert path.read_bytes().startswith(b"this is not sqlite")
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT 1 FROM sqlite_master").fetchall()
