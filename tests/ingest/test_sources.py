"""Every input kind newsprism reads, and every kind of bad input, each with one clear reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprism.errors import FetchFailed
from newsprism.ingest import read_sources
from newsprism.ingest.fetch import FetchResponse

FIXTURES = Path(__file__).parents[1] / "fixtures" / "articles"

RSS_FULL = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Gelderse Bode</title>
<item><title>Brug dicht</title><link>https://example.org/brug</link>
<pubDate>Tue, 03 Feb 2026 08:00:00 +0100</pubDate>
<content:encoded><![CDATA[<p>Een vrachtschip voer maandagavond tegen de IJsselbrug bij Zutphen. Drie mensen raakten
gewond. De brug blijft minstens een week dicht, zegt Rijkswaterstaat. Automobilisten moeten omrijden.</p>]]></content:encoded>
</item></channel></rss>"""

ATOM_SUMMARY = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Rivierenland Nieuws</title><id>urn:x</id><updated>2026-02-03T10:00:00Z</updated>
<entry><title>Aanvaring IJsselbrug</title><id>urn:1</id><link href="https://example.org/aanvaring"/>
<updated>2026-02-03T10:00:00Z</updated><summary>Schip tegen brug bij Zutphen.</summary></entry></feed>"""

PAGE = (FIXTURES / "brug-b.html").read_text(encoding="utf-8")


class FakeFetcher:
    """Answers from a dict of URL -> (content type, body); unknown URLs fail like an offline machine."""

    def __init__(self, pages: dict[str, tuple[str, str]]) -> None:
        self.pages = pages
        self.requested: list[str] = []

    def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> FetchResponse:
        self.requested.append(url)
        if url not in self.pages:
            raise FetchFailed(url, "cannot connect (offline or host unknown)")
        content_type, body = self.pages[url]
        return FetchResponse(url, 200, body.encode("utf-8"), content_type)


def test_text_file_utf8() -> None:
    result = read_sources([str(FIXTURES / "brug-a.txt")])
    assert not result.failures
    article = result.articles[0]
    assert article.title == "Brug bij Zutphen dicht na aanvaring"
    assert article.text.startswith("Brug bij Zutphen")
    assert "\n\n" in article.text


def test_text_file_in_another_encoding(tmp_path: Path) -> None:
    path = tmp_path / "oud.txt"
    path.write_bytes("Café in Zürich: de één na de ander zegt dat het ‘prima’ gaat met de reünie.".encode("cp1252"))
    result = read_sources([str(path)])
    assert not result.failures
    assert "Café" in result.articles[0].text and "reünie" in result.articles[0].text


def test_html_file_keeps_text_drops_scripts() -> None:
    result = read_sources([str(FIXTURES / "brug-b.html")])
    assert not result.failures
    article = result.articles[0]
    assert "IJsselbrug bij Zutphen" in article.text
    assert "alert" not in article.text and "tracker" not in article.text and "Home | Nieuws" not in article.text
    assert article.title == "IJsselbrug week dicht na aanvaring"
    assert article.outlet == "Gelderse Bode"
    assert article.published is not None and article.published.date().isoformat() == "2026-02-03"


def test_jsonl_rows_and_broken_lines(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    rows = [
        json.dumps({"text": "Eerste bericht over de brug bij Zutphen.", "outlet": "A", "published": "2026-02-03",
                    "url": "https://a.example/1"}),
        json.dumps({"outlet": "B", "url": "https://b.example/2"}),
        '{"text": "afgebroken regel',
        json.dumps({"text": "Tweede bericht.", "published": "gisteren"}),
        json.dumps({"text": "Derde bericht, zonder eigen naam."}),
        json.dumps({"text": "", "title": "Video: brug bij Zutphen dicht", "url": "https://c.example/3"}),
        json.dumps({"text": " ", "title": ""}),
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = read_sources([str(path)])
    assert [a.source for a in result.articles] == ["https://a.example/1", f"{path}:5", "https://c.example/3"]
    assert result.articles[0].outlet == "A" and result.articles[0].published is not None
    # a headline-only item (a video) is a news item: its title stands in as its text
    assert result.articles[2].text == result.articles[2].title == "Video: brug bij Zutphen dicht"
    reasons = {f.source: f.error for f in result.failures}
    assert set(reasons) == {"https://b.example/2", f"{path}:3", f"{path}:4", f"{path}:7"}
    assert "no 'text'" in reasons["https://b.example/2"]
    assert "truncated" in reasons[f"{path}:3"]
    assert "ISO 8601" in reasons[f"{path}:4"]
    assert "empty" in reasons[f"{path}:7"]


def test_feed_file_with_full_content(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(RSS_FULL, encoding="utf-8")
    fetcher = FakeFetcher({})
    result = read_sources([str(path)], fetcher=fetcher)
    assert not result.failures
    article = result.articles[0]
    assert article.source == "https://example.org/brug"
    assert article.outlet == "Gelderse Bode" and article.title == "Brug dicht"
    assert article.published is not None and article.published.hour == 7  # 08:00+01:00 in UTC
    assert fetcher.requested == []  # full content: no page fetched


def test_feed_url_with_summary_fetches_the_linked_page() -> None:
    fetcher = FakeFetcher({
        "https://example.org/feed": ("application/atom+xml", ATOM_SUMMARY),
        "https://example.org/aanvaring": ("text/html", PAGE),
    })
    result = read_sources(["https://example.org/feed"], fetcher=fetcher)
    assert not result.failures
    assert "Automobilisten moeten omrijden" in result.articles[0].text
    assert result.articles[0].title == "Aanvaring IJsselbrug"


def test_feed_entry_keeps_summary_when_page_is_unreachable() -> None:
    fetcher = FakeFetcher({"https://example.org/feed": ("application/atom+xml", ATOM_SUMMARY)})
    result = read_sources(["https://example.org/feed"], fetcher=fetcher)
    assert result.articles[0].text == "Schip tegen brug bij Zutphen."


def test_headline_only_feed_entry_whose_page_is_unreachable_keeps_its_title_as_text() -> None:
    feed = ATOM_SUMMARY.replace("<summary>Schip tegen brug bij Zutphen.</summary>", "")
    fetcher = FakeFetcher({"https://example.org/feed": ("application/atom+xml", feed)})
    result = read_sources(["https://example.org/feed"], fetcher=fetcher)
    assert not result.failures
    assert result.articles[0].text == result.articles[0].title == "Aanvaring IJsselbrug"


def test_feed_cut_off_keeps_the_entries_before_the_break_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "afgebroken.xml"
    path.write_text(RSS_FULL.split("</item>")[0] + "</item><item><title>Tweede bericht</title><desc", encoding="utf-8")
    result = read_sources([str(path)], fetcher=FakeFetcher({}))
    # the complete entry is read; the headline of the entry cut in half is not taken for a whole item
    assert [a.title for a in result.articles] == ["Brug dicht"]
    assert any(f.source == str(path) and "cut off" in f.error and "entries read before it: 1" in f.error for f in result.failures)


def test_article_url() -> None:
    fetcher = FakeFetcher({"https://www.gelderse.example/nieuws/1": ("text/html; charset=utf-8", PAGE)})
    result = read_sources(["https://www.gelderse.example/nieuws/1"], fetcher=fetcher)
    assert result.articles[0].outlet == "Gelderse Bode"
    assert "Zutphen" in result.articles[0].text


def test_directory_reads_every_supported_file() -> None:
    result = read_sources([str(FIXTURES)])
    assert sorted(Path(a.source).name for a in result.articles) == ["brug-a.txt", "brug-b.html"]


def test_outlet_and_published_flags_fill_missing_metadata() -> None:
    from newsprism.ingest.metadata import parse_published

    result = read_sources([str(FIXTURES / "brug-a.txt")], outlet="Stentor", published=parse_published("2026-02-03"))
    assert result.articles[0].outlet == "Stentor"
    assert result.articles[0].published_from == "flag"


@pytest.mark.parametrize("name,content,reason", [
    ("leeg.txt", b"", "empty"),
    ("spaties.txt", b"   \n\n  ", "empty"),
    ("binair.txt", bytes(range(256)) * 40, "binary"),
    ("rapport.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    ("plaatje.html", b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
    ("kapot.xml", b"<?xml version='1.0'?><rss><channel><item><title>x</title>", "feed"),
    ("geen-feed.xml", b"<html><body>geen feed</body></html>", "feed"),
    ("leeg.html", b"<html><body><script>alert(1)</script></body></html>", "no article text"),
    ("data.csv", b"a,b\n1,2\n", "unsupported file type"),
])
def test_bad_files_get_one_clear_reason(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    good = FIXTURES / "brug-a.txt"
    result = read_sources([str(path), str(good)])
    assert [f.source for f in result.failures] == [str(path)]
    assert reason.lower() in result.failures[0].error.lower()
    assert [a.source for a in result.articles] == [str(good)]  # the other input is still read


def test_invalid_utf8_is_decoded_or_refused_never_garbled(tmp_path: Path) -> None:
    path = tmp_path / "mix.txt"
    path.write_bytes("De minister zei dat het goed ging met de reünie in Café Noord.".encode("latin-1") + b"\xff\xfe\x81")
    result = read_sources([str(path)])
    if result.articles:
        assert "reünie" in result.articles[0].text
    else:
        assert result.failures[0].source == str(path)


def test_file_of_50_megabytes_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "groot.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    result = read_sources([str(path)])
    assert result.failures[0].source == str(path)
    assert "cap" in result.failures[0].error


def test_unreachable_url_and_missing_path() -> None:
    result = read_sources(["https://offline.example/x", "/no/such/file.txt"], fetcher=FakeFetcher({}))
    reasons = {f.source: f.error for f in result.failures}
    assert "offline" in reasons["https://offline.example/x"]
    assert "no such file" in reasons["/no/such/file.txt"]


def test_http_fetcher_reports_connection_errors_and_size_cap() -> None:
    import httpx

    from newsprism.errors import TooLarge
    from newsprism.ingest.fetch import HttpFetcher

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("no route to host", request=request)

    with pytest.raises(FetchFailed, match="cannot connect"):
        HttpFetcher(transport=httpx.MockTransport(refuse)).fetch("https://nowhere.example/")

    def huge(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"x" * 5000)

    with pytest.raises(TooLarge):
        HttpFetcher(max_bytes=1000, transport=httpx.MockTransport(huge)).fetch("https://big.example/")

    def missing(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404)

    with pytest.raises(FetchFailed, match="404"):
        HttpFetcher(transport=httpx.MockTransport(missing)).fetch("https://gone.example/")
