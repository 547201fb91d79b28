"""Read every SOURCE a user names (file, directory, JSONL, feed, URL) into Articles."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from xml.sax import SAXException

from newsprism.config import int_setting
from newsprism.errors import EmptyInput, FetchFailed, InputError, MalformedInput, TooLarge, UnsupportedFormat
from newsprism.ingest.decode import decode_text
from newsprism.ingest.fetch import Fetcher, HttpFetcher
from newsprism.ingest.metadata import outlet_from_url
from newsprism.ingest.normalise import normalise_text
from newsprism.ingest.published import published_from_text
from newsprism.ingest.readers import (
    article_from_html,
    article_from_text,
    feed_entry_html,
    feed_entry_published,
    feed_entry_source,
    html_fragment_to_text,
    iter_jsonl,
    looks_like_feed,
    parse_feed,
)
from newsprism.lang import get_language
from newsprism.model import Article, InputFailure

TEXT_SUFFIXES = (".txt", ".text", ".md")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
FEED_SUFFIXES = (".xml", ".rss", ".atom", ".feed")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + FEED_SUFFIXES
# A feed entry shorter than this is taken as a summary and its linked page is fetched.
SUMMARY_MAX_CHARS = 600


@dataclass
class IngestResult:
    """Articles read, and inputs that could not be read with the reason."""

    articles: list[Article] = field(default_factory=list)
    failures: list[InputFailure] = field(default_factory=list)

    def extend(self, other: IngestResult) -> None:
        """Add another result's articles and failures to this one."""
        self.articles.extend(other.articles)
        self.failures.extend(other.failures)


def read_sources(
    sources: Sequence[str],
    *,
    fetcher: Fetcher | None = None,
    outlet: str | None = None,
    published: datetime | None = None,
    on_source_done: Callable[[str], None] | None = None,
) -> IngestResult:
    """Return the articles of every source and a failure for every input that could not be read."""
    result = IngestResult()
    lazy_fetcher = _LazyFetcher(fetcher)
    for source in sources:
        for item in _read_one(source, lazy_fetcher):
            if isinstance(item, InputError):
                result.failures.append(InputFailure(item.source, item.reason))
            else:
                _apply_defaults(item, outlet, published)
                result.articles.append(item)
        if on_source_done:
            on_source_done(source)
    return result


def _apply_defaults(article: Article, outlet: str | None, published: datetime | None) -> None:
    if outlet and not article.outlet:
        article.outlet = outlet
    if published and not article.published:
        article.published = published
        article.published_from = "flag"
    if not article.published:
        from_text = published_from_text(article.text, get_language(article.language))
        if from_text is not None:
            article.published = from_text
            article.published_from = "text"
    max_chars = int_setting("max_article_chars")
    if len(article.text) > max_chars:
        article.text = article.text[:max_chars].rsplit("\n", 1)[0]


class _LazyFetcher:
    """Create the HTTP client only when a URL is actually met."""

    def __init__(self, fetcher: Fetcher | None) -> None:
        self._fetcher = fetcher

    def get(self) -> Fetcher:
        if self._fetcher is None:
            self._fetcher = HttpFetcher()
        return self._fetcher


def _read_one(source: str, fetcher: _LazyFetcher) -> Iterator[Article | InputError]:
    try:
        if source.startswith(("http://", "https://")):
            yield from _read_url(source, fetcher)
            return
        path = Path(source)
        if path.is_dir():
            yield from _read_directory(path, fetcher)
        elif path.is_file():
            yield from _read_file(path, source, fetcher)
        elif not path.exists():
            yield InputError(source, "no such file or directory")
        else:
            yield UnsupportedFormat(source, "not a regular file")
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield InputError(source, f"cannot be read: {exc.strerror or exc}")


def _read_directory(path: Path, fetcher: _LazyFetcher) -> Iterator[Article | InputError]:
    files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
                   and not any(part.startswith(".") for part in p.relative_to(path).parts))
    if not files:
        yield EmptyInput(str(path), "the directory holds no .txt, .html, .jsonl or feed files")
    for file in files:
        yield from _read_one(str(file), fetcher)


def _read_file(path: Path, source: str, fetcher: _LazyFetcher) -> Iterator[Article | InputError]:
    suffix = path.suffix.lower()
    size = path.stat().st_size
    if suffix in JSONL_SUFFIXES:
        cap = int_setting("max_jsonl_bytes")
        if size > cap:
            raise TooLarge(source, f"{size:,} bytes is over the {cap:,}-byte cap for JSONL files")
        if size == 0:
            raise EmptyInput(source, "the file is empty")
        with path.open("rb") as handle:
            yield from iter_jsonl(iter(handle), source)
        return
    cap = int_setting("max_input_bytes")
    if size > cap:
        raise TooLarge(source, f"{size:,} bytes is over the {cap:,}-byte cap "
                               "(set NEWSPRISM_MAX_INPUT_BYTES to raise it)")
    data = path.read_bytes()
    if suffix in FEED_SUFFIXES or (suffix not in SUPPORTED_SUFFIXES and looks_like_feed(data)):
        decode_text(data, source)  # rejects empty and binary files with a clear reason
        yield from _read_feed(data, source, fetcher)
    elif suffix in HTML_SUFFIXES:
        yield article_from_html(decode_text(data, source), source)
    elif suffix in TEXT_SUFFIXES:
        yield article_from_text(decode_text(data, source), source)
    else:
        raise UnsupportedFormat(source, f"unsupported file type {suffix or '(no extension)'!r}; "
                                        "use .txt, .html, .jsonl or an RSS/Atom .xml file")


def _read_url(url: str, fetcher: _LazyFetcher) -> Iterator[Article | InputError]:
    response = fetcher.get().fetch(url)
    if looks_like_feed(response.content) or "rss" in response.content_type or "atom" in response.content_type:
        yield from _read_feed(response.content, url, fetcher)
        return
    text = decode_text(response.content, url)
    if "html" in response.content_type or text.lstrip()[:1] == "<":
        article = article_from_html(text, url, url=response.url)
    else:
        article = article_from_text(text, url)
        article.url = response.url
    article.outlet = article.outlet or outlet_from_url(response.url)
    yield article


def _read_feed(data: bytes, source: str, fetcher: _LazyFetcher) -> Iterator[Article | InputError]:
    parsed = parse_feed(data, source)
    feed_title = parsed.feed.get("title") or None
    problem = parsed.get("bozo_exception")
    # Cut off or not well-formed: the entries read before the break are kept, and the feed is reported.
    broken = isinstance(problem, SAXException)
    results: list[Article | InputError] = []
    for index, entry in enumerate(parsed.entries, start=1):
        entry_source = feed_entry_source(entry, source, index)
        try:
            results.append(_article_from_entry(entry, entry_source, feed_title, fetcher, title_as_text=not broken))
        except InputError as exc:
            results.append(exc)
    read = sum(isinstance(item, Article) for item in results)
    if not read:
        reason = f"not a valid RSS/Atom feed: {problem}" if problem else "the feed has no entry with text"
        raise UnsupportedFormat(source, reason)
    if broken:
        results.append(MalformedInput(source, f"the feed is cut off or not well-formed ({problem}); "
                                              f"entries read before it: {read}"))
    yield from results


def _article_from_entry(entry: object, source: str, feed_title: str | None,
                        fetcher: _LazyFetcher, title_as_text: bool = True) -> Article:
    html, only_summary = feed_entry_html(entry)
    link = entry.get("link")  # type: ignore[attr-defined]
    text = html_fragment_to_text(html) if html else ""
    article: Article | None = None
    if (only_summary or not text) and len(text) < SUMMARY_MAX_CHARS and isinstance(link, str) \
            and link.startswith(("http://", "https://")):
        try:
            response = fetcher.get().fetch(link)
            article = article_from_html(decode_text(response.content, link), source, url=response.url)
        except (FetchFailed, InputError):
            article = None  # the summary below still carries the entry
    title = entry.get("title")  # type: ignore[attr-defined]
    if article is None:
        # A headline-only entry (a video, a live blog) whose page cannot be read: its title is its text
        # (not in a feed cut off mid-entry, where the headline may be all that survived of it).
        if title_as_text and not text and isinstance(title, str):
            text = normalise_text(title)
        if not text:
            raise EmptyInput(source, "the feed entry has no text and its page could not be read")
        article = Article(source=source, text=text, url=link if isinstance(link, str) else None)
    article.title = title or article.title
    published = feed_entry_published(entry)
    if published is not None:
        article.published = published
        article.published_from = "feed"
    article.outlet = article.outlet or feed_title or outlet_from_url(article.url)
    return article
