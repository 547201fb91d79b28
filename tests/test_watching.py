"""`watch`: conditional polling through a fake fetcher, new entries only, resume without duplicates."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from newsprism.errors import FetchFailed
from newsprism.ingest.fetch import FetchResponse
from newsprism.store import Store
from newsprism.watching import FeedPoll, poll_feed, watch

FEED_URL = "https://nieuws.example/rss"
ITEMS = {
    "n1": ("Grote brand in loods Veendam", "In een loods aan de Industrieweg in Veendam is een grote brand uitgebroken.",
           "Mon, 10 Mar 2031 07:10:00 +0100"),
    "n2": ("Kabinet wil 100.000 woningen per jaar", "Minister De Wit trekt 2 miljard euro uit voor woningbouw.",
           "Mon, 10 Mar 2031 08:00:00 +0100"),
    "n3": ("Asbest gevonden na brand in Veendam", "Na de brand in de loods in Veendam is asbest gevonden.",
           "Tue, 11 Mar 2031 11:20:00 +0100"),
}


def rss(keys: list[str]) -> bytes:
    entries = "".join(
        f"<item><guid>https://nieuws.example/{k}</guid><link>https://nieuws.example/{k}</link>"
        f"<title>{ITEMS[k][0]}</title><description>{ITEMS[k][1]}</description><pubDate>{ITEMS[k][2]}</pubDate></item>"
        for k in keys)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Nieuws</title>{entries}</channel></rss>').encode()


class FakeFetcher:
    """Serves one feed; answers 304 to a request carrying the current ETag."""

    def __init__(self, keys: list[str], etag: str) -> None:
        self.keys, self.etag = keys, etag
        self.requests: list[tuple[str, str | None]] = []

    def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> FetchResponse:
        self.requests.append((url, etag))
        if url != FEED_URL:
            raise FetchFailed(url, "unknown host")
        if etag == self.etag:
            return FetchResponse(url, 304, b"", etag=etag)
        return FetchResponse(url, 200, rss(self.keys), "application/rss+xml", etag=self.etag)


def test_poll_adds_entries_then_gets_304(tmp_path: Path, nl_nlp: Language) -> None:
    store = Store(tmp_path / "news.db")
    fetcher = FakeFetcher(["n1", "n2"], etag='"v1"')
    first = poll_feed(store, fetcher, FEED_URL, nlp=nl_nlp)
    assert (first.status, first.new_entries, first.added) == (200, 2, 2)
    second = poll_feed(store, fetcher, FEED_URL, nlp=nl_nlp)
    assert (second.status, second.new_entries, second.added) == (304, 0, 0)
    assert fetcher.requests == [(FEED_URL, None), (FEED_URL, '"v1"')]
    assert store.count_articles() == 2


def test_resume_adds_only_new_entries(tmp_path: Path, nl_nlp: Language) -> None:
    store = Store(tmp_path / "news.db")
    poll_feed(store, FakeFetcher(["n1", "n2"], etag='"v1"'), FEED_URL, nlp=nl_nlp)
    store.close()
    resumed = Store(tmp_path / "news.db")
    poll = poll_feed(resumed, FakeFetcher(["n3", "n2", "n1"], etag='"v2"'), FEED_URL, nlp=nl_nlp)
    assert (poll.new_entries, poll.added) == (1, 1)
    assert resumed.count_articles() == 3
    stories = {row["source"].rsplit("/", 1)[1]: row["story_id"]
               for row in resumed.db.execute("SELECT source, story_id FROM articles")}
    assert stories["n3"] == stories["n1"] != stories["n2"]
    assert poll.story_ids == {stories["n3"]}


def test_an_unreachable_feed_is_reported_not_raised(tmp_path: Path) -> None:
    store = Store(tmp_path / "news.db")
    poll = poll_feed(store, FakeFetcher([], etag="x"), "https://elders.example/rss")
    assert poll.status == 0 and poll.error is not None and "unknown host" in poll.error


def test_watch_runs_rounds_and_sleeps_between(tmp_path: Path, nl_nlp: Language) -> None:
    store = Store(tmp_path / "news.db")
    sleeps: list[float] = []
    rounds: list[list[FeedPoll]] = []
    done = watch(store, FakeFetcher(["n1"], etag='"v1"'), [FEED_URL], every=60.0, nlp=nl_nlp, rounds=3,
                 on_round=rounds.append, sleep=sleeps.append)
    assert done == 3 and sleeps == [60.0, 60.0]
    assert [poll.status for polls in rounds for poll in polls] == [200, 304, 304]
