"""What is big right now: stored stories ranked by size, recency, growth or number of outlets."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from newsprism.errors import InputError
from newsprism.ingest.metadata import parse_published
from newsprism.store.database import Store

SORTS = ("size", "recent", "growth", "outlets")
_SPAN = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([mhdw])\s*$")
_UNIT = {"m": timedelta(minutes=1), "h": timedelta(hours=1), "d": timedelta(days=1), "w": timedelta(weeks=1)}


@dataclass
class RankedStory:
    """One stored story with what it is ranked by."""

    id: int
    title: str
    size: int
    outlets: list[str]
    first_published: str | None
    last_published: str | None
    recent: int  # articles published within the `since` span

    @property
    def growth(self) -> float:
        """Return the share of the story's articles published within the span (1.0: all of it is new)."""
        return self.recent / self.size if self.size else 0.0


def parse_span(text: str) -> timedelta:
    """Return the time span written as `30m`, `24h`, `7d` or `2w`."""
    match = _SPAN.match(text)
    if not match:
        raise InputError(text, "not a time span: write a number and m, h, d or w (e.g. 24h)")
    return float(match.group(1)) * _UNIT[match.group(2)]


def _sort_key(sort: str, story: RankedStory) -> tuple[float | str, ...]:
    last = story.last_published or ""
    if sort == "recent":
        return (last, story.size)
    if sort == "growth":
        return (story.recent, len(story.outlets), story.growth, last)
    if sort == "outlets":
        return (len(story.outlets), story.size, last)
    return (story.size, len(story.outlets), last)


def rank_stories(store: Store, since: timedelta | None = None, sort: str = "size", limit: int = 30,
                 now: datetime | None = None) -> list[RankedStory]:
    """Return the stories active within `since` (all when None), best first by `sort`.

    The span ends at `now`, by default the publication time of the newest stored article, so a
    store filled from an archive ranks the way it would have at the time.
    """
    if sort not in SORTS:
        raise InputError(sort, f"unknown sort; use one of {', '.join(SORTS)}")
    newest = now.isoformat() if now else store.newest_published()
    if newest is None:
        return []
    start = (parse_published(newest) - since).isoformat() if since else None
    rows = store.story_activity(start or "", start)
    stories = [RankedStory(row["id"], row["title"] or "", row["size"], sorted((row["outlets"] or "").split(",")),
                           row["first_published"], row["last_published"], int(row["recent"] or 0)) for row in rows]
    stories.sort(key=lambda s: (_sort_key(sort, s), -s.id), reverse=True)
    return stories[:limit]
