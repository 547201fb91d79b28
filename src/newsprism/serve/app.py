"""A thin FastAPI app over the store and the comparison; every answer is story JSON or a list."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field

from newsprism.compare import build_story
from newsprism.comparison import compare_articles
from newsprism.errors import InputError
from newsprism.ingest.metadata import parse_published
from newsprism.ingest.normalise import normalise_text
from newsprism.model import Article, InputFailure
from newsprism.report.html import render_html
from newsprism.report.story_json import comparison_to_json
from newsprism.store import Store
from newsprism.version import __version__

# Largest article text the API accepts, in characters.
MAX_TEXT_CHARS = 1_000_000
MAX_ARTICLES = 500


class ArticleIn(BaseModel):
    """One article posted for comparison (the JSONL fields)."""

    text: str = Field(max_length=MAX_TEXT_CHARS)
    source: str | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None


class CompareRequest(BaseModel):
    """Articles to compare."""

    articles: list[ArticleIn] = Field(max_length=MAX_ARTICLES)


def create_app(db: str | Path | None = None) -> FastAPI:
    """Return the API app reading the store at `db` (default: the configured store)."""
    app = FastAPI(title="newsprism", version=__version__)

    def store() -> Store:
        return Store(db)

    @app.get("/stories")
    def list_stories(limit: int = 50) -> list[dict[str, Any]]:
        """Return the stored stories, biggest first."""
        return store().list_stories(min(max(limit, 1), 1000))

    @app.get("/stories/{story_id}.html", response_class=HTMLResponse)
    def story_page(story_id: int) -> str:
        """Return one stored story as the HTML report."""
        analysed = store().story_articles(story_id)
        if not analysed:
            raise HTTPException(404, f"story {story_id} is not in the store")
        return render_html([build_story(f"s{story_id}", analysed)], [])

    @app.get("/stories/{story_id}")
    def story(story_id: int) -> dict[str, Any]:
        """Return one stored story as story JSON."""
        opened = store()
        analysed = opened.story_articles(story_id)
        if not analysed:
            raise HTTPException(404, f"story {story_id} is not in the store")
        built = build_story(f"s{story_id}", analysed)
        built.duplicates.update(opened.duplicates_in_story(story_id))
        return json.loads(comparison_to_json([built], []))  # type: ignore[no-any-return]

    @app.post("/compare")
    def compare(request: CompareRequest) -> dict[str, Any]:
        """Compare posted articles; unreadable ones come back in `errors`."""
        articles: list[Article] = []
        failures: list[InputFailure] = []
        for number, item in enumerate(request.articles, start=1):
            source = item.source or item.url or f"request:{number}"
            try:
                articles.append(_article(item, source))
            except InputError as exc:
                failures.append(InputFailure(exc.source, exc.reason))
        stories = compare_articles(articles) if articles else []
        return json.loads(comparison_to_json(stories, failures))  # type: ignore[no-any-return]

    return app


def _article(item: ArticleIn, source: str) -> Article:
    text = normalise_text(item.text)
    if not text:
        raise InputError(source, "the text is empty")
    article = Article(source=source, text=text, title=item.title, outlet=item.outlet, url=item.url)
    if item.published:
        try:
            article.published = parse_published(item.published)
        except ValueError as exc:
            raise InputError(source, f"'published' is not an ISO 8601 date: {item.published!r}") from exc
        article.published_from = "metadata"
    return article
