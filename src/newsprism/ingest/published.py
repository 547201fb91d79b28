"""Publication dates with their time and zone: from HTML meta data, htmldate, or a dateline in the text.

Order of trust for HTML: the page's own meta data (`article:published_time`, JSON-LD
`datePublished`, `<time datetime>`), then htmldate's original-date search, then the date
trafilatura found. For plain text, a labelled date (`Gepubliceerd: 7 januari 2022 09:30`)
or a dateline (`AMSTERDAM, 7 januari 2022 -`) near the top or bottom is the last resort.
A date without a zone is taken in the language's zone (Europe/Amsterdam for Dutch).
"""

from __future__ import annotations

import json
import re
from datetime import datetime, time
from zoneinfo import ZoneInfo

from newsprism.ingest.metadata import parse_published
from newsprism.lang import LanguageData, get_language

_META_KEYS = (
    "article:published_time", "og:published_time", "datepublished", "dc.date.issued",
    "dcterms.created", "date", "pubdate", "publishdate", "sailthru.date", "parsely-pub-date",
)
_META_TAG = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_JSON_LD = re.compile(r"<script[^>]*application/ld\+json[^>]*>(.*?)</script>", re.IGNORECASE | re.DOTALL)
_TIME_TAG = re.compile(r"<time\b[^>]*\bdatetime\s*=\s*[\"']([^\"']+)[\"']", re.IGNORECASE)
_ISO_LIKE = re.compile(r"^\d{4}-\d\d-\d\d")
_ZONE_SUFFIX = re.compile(r"T.*(?:Z|[+-]\d\d:?\d\d)$")
# How far into (and from the end of) a text a dateline may stand.
_DATELINE_REACH = 400


def published_from_html(html: str, lang: LanguageData | None = None,
                        fallback: str | None = None) -> datetime | None:
    """Return the page's publication time (meta data, then htmldate, then `fallback`), zone kept."""
    zone = ZoneInfo((lang or get_language("nl")).timezone)
    for raw in _meta_dates(html):
        parsed = _parse_iso(raw, zone)
        if parsed is not None:
            return parsed
    found = _htmldate(html)
    if found is not None:
        return _parse_iso(found, zone)
    return _parse_iso(fallback, zone) if fallback else None


def published_from_text(text: str, lang: LanguageData) -> datetime | None:
    """Return the date of a publication label or dateline near the top or bottom of the text."""
    zone = ZoneInfo(lang.timezone)
    head, tail = text[:_DATELINE_REACH], text[-_DATELINE_REACH:]
    for pattern in (_labelled_pattern(lang), _dateline_pattern(lang)):
        for region in (head, tail):
            match = pattern.search(region)
            if match:
                parsed = _datetime_from_match(match, lang, zone)
                if parsed is not None:
                    return parsed
    return None


def _meta_dates(html: str) -> list[str]:
    """Return the publication dates the page declares, most specific source first."""
    found: list[tuple[int, str]] = []
    head = html[:200_000]
    for tag in _META_TAG.findall(head):
        attributes = {m.group(1).lower(): m.group(2) if m.group(2) is not None else m.group(3)
                      for m in _ATTRIBUTE.finditer(tag)}
        key = (attributes.get("property") or attributes.get("name") or attributes.get("itemprop") or "").lower()
        content = attributes.get("content")
        if key in _META_KEYS and content:
            found.append((_META_KEYS.index(key), content))
    ordered = [content for _, content in sorted(found)]
    for block in _JSON_LD.findall(head):
        ordered.extend(_json_ld_dates(block))
    ordered.extend(_TIME_TAG.findall(head))
    return ordered


def _json_ld_dates(block: str) -> list[str]:
    try:
        data = json.loads(block)
    except json.JSONDecodeError:
        return []
    items = data if isinstance(data, list) else [data]
    graph = [node for item in items if isinstance(item, dict) for node in item.get("@graph", [])]
    return [str(node["datePublished"]) for node in items + graph
            if isinstance(node, dict) and node.get("datePublished")]


def _htmldate(html: str) -> str | None:
    """Return htmldate's original publication date with time when the page gives one."""
    try:
        from htmldate import find_date
    except ImportError:  # htmldate comes with trafilatura; without it the fallback decides
        return None
    try:
        found = find_date(html, original_date=True, outputformat="%Y-%m-%dT%H:%M:%S%z",
                          extensive_search=False)
    except (ValueError, TypeError):
        return None
    return str(found) if found else None


def _parse_iso(raw: str | None, zone: ZoneInfo) -> datetime | None:
    if not raw or not _ISO_LIKE.match(raw.strip()):
        return None
    value = raw.strip()
    if re.search(r"T.*[+-]\d{4}$", value):  # htmldate's %z has no colon
        value = value[:-2] + ":" + value[-2:]
    try:
        parsed = parse_published(value)
    except ValueError:
        return None
    if not _ZONE_SUFFIX.search(value):
        parsed = parsed.replace(tzinfo=zone)
    return parsed


def _months(lang: LanguageData) -> str:
    return "|".join(re.escape(m) for m in sorted(lang.months, key=len, reverse=True))


_DATE = r"(?P<day>[0-3]?\d)\s+(?P<month>{months})\s+(?P<year>(?:19|20)\d\d)"
_NUMERIC = r"(?P<nday>[0-3]?\d)[-/.](?P<nmonth>[01]?\d)[-/.](?P<nyear>(?:19|20)\d\d)"
_CLOCK = r"(?:,?\s*(?:\w{1,3}\s+)?(?P<hour>[0-2]?\d)[:.](?P<minute>[0-5]\d))?"


def _labelled_pattern(lang: LanguageData) -> re.Pattern[str]:
    labels = "|".join(re.escape(w) for w in sorted(lang.publication_labels, key=len, reverse=True))
    date_part = f"(?:{_DATE.format(months=_months(lang))}|{_NUMERIC})"
    return re.compile(rf"(?<!\w)(?:{labels})\s*:?\s*(?:\w+\s+)?{date_part}{_CLOCK}", re.IGNORECASE)


def _dateline_pattern(lang: LanguageData) -> re.Pattern[str]:
    """A line that opens with a place in capitals, a comma, and a full date (`AMSTERDAM, 7 januari 2022 -`)."""
    date_part = _DATE.format(months=_months(lang))
    return re.compile(rf"(?m)^(?-i:[A-Z][A-Z' -]{{2,}}),?\s+(?:\w+\s+)?{date_part}{_CLOCK}\s*[-–—:]", re.IGNORECASE)


def _datetime_from_match(match: re.Match[str], lang: LanguageData, zone: ZoneInfo) -> datetime | None:
    parts = match.groupdict()
    try:
        if parts.get("month"):
            day, month, year = int(parts["day"]), lang.months[parts["month"].lower()], int(parts["year"])
        else:
            day, month, year = int(parts["nday"]), int(parts["nmonth"]), int(parts["nyear"])
        clock = time(int(parts["hour"]), int(parts["minute"])) if parts.get("hour") else time()
        return datetime(year, month, day, clock.hour, clock.minute, tzinfo=zone)
    except (ValueError, KeyError):
        return None
