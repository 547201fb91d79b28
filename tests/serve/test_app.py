"""The HTTP API answers with story JSON and reports bad articles in `errors`."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from fastapi.testclient import TestClient

from newsprism.ingest import read_sources
from newsprism.serve import create_app
from newsprism.store import Store, add_articles

DEMO = str(files("newsprism.demo").joinpath("polar-star.jsonl"))


def test_stored_stories_and_story_json(tmp_path: Path) -> None:
    db = tmp_path / "api.db"
    add_articles(Store(db), read_sources([DEMO]).articles)
    client = TestClient(create_app(db))
    listed = client.get("/stories").json()
    assert len(listed) == 1 and listed[0]["size"] == 3
    story = client.get(f"/stories/{listed[0]['id']}").json()
    assert len(story["stories"][0]["articles"]) == 3
    assert client.get("/stories/999").status_code == 404
    page = client.get(f"/stories/{listed[0]['id']}.html")
    assert page.status_code == 200 and "Polar Star" in page.text


def test_post_compare_reports_empty_articles(tmp_path: Path) -> None:
    client = TestClient(create_app(tmp_path / "api.db"))
    answer = client.post("/compare", json={"articles": [
        {"text": "In Zwolle kwamen 40 boeren naar het provinciehuis, zei de politie.", "outlet": "A"},
        {"text": "Veertig boeren protesteerden in Zwolle bij het provinciehuis.", "outlet": "B",
         "published": "2026-02-03"},
        {"text": "   ", "source": "leeg"},
        {"text": "Datum klopt niet.", "source": "fout", "published": "gisteren"},
    ]}).json()
    assert len(answer["stories"]) == 1 and len(answer["stories"][0]["articles"]) == 2
    assert {e["source"] for e in answer["errors"]} == {"leeg", "fout"}
