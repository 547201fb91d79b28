"""Publication dates and outlet names from the forms metadata arrives in."""

from __future__ import annotations

from datetime import date, datetime, time
from urllib.parse import urlparse
from zoneinfo import ZoneInfo

DEFAULT_TIMEZONE = ZoneInfo("Europe/Amsterdam")


def parse_published(value: str) -> datetime:
    """Return an aware datetime for an ISO 8601 date or datetime (Europe/Amsterdam when no zone)."""
    raw = value.strip()
    if raw.endswith("Z"):
        raw = raw[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(raw)
    except ValueError:
        parsed = datetime.combine(date.fromisoformat(raw), time())
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=DEFAULT_TIMEZONE)
    return parsed


def outlet_from_url(url: str | None) -> str | None:
    """Return the site name of a URL (`nos.nl` for https://www.nos.nl/artikel/1)."""
    if not url:
        return None
    host = urlparse(url).hostname or ""
    if host.startswith("www."):
        host = host[4:]
    return host or None
