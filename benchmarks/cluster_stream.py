"""Clustering speed and memory on a long synthetic stream built from real Dutch news text.

    python benchmarks/cluster_stream.py [--articles 100000] [--text PATH]

Stories are made from the paragraphs of ../shared/data/dutch-text/nl-news-rss-2016-2019.txt.gz:
each story owns a few consecutive paragraphs; each of its articles takes one of them as title
and two or three of them (shuffled, cut) as body. Story sizes are long-tailed (most stories
have one article), stories start at random times over ten weeks and their articles follow
within three days. Features come from the cheap regex tokenizer (the spaCy analysis is not
what is measured), are built lazily while streaming, and only `OnlineClusterer.place` is timed.
Printed at 10k, 50k and 100k articles: articles/second of the clustering step, the peak and
current resident memory of the process, open stories and index size, so flat memory shows.
"""

from __future__ import annotations

import argparse
import gzip
import heapq
import random
import resource
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from newsprism.cluster.features import ArticleFeatures, features_from_text
from newsprism.cluster.online import OnlineClusterer

DEFAULT_TEXT = Path(__file__).resolve().parents[2] / "shared" / "data" / "dutch-text" / "nl-news-rss-2016-2019.txt.gz"
CHECKPOINTS = (10_000, 50_000, 100_000)
# Outlets the synthetic articles are spread over (each keeps its own document frequencies).
OUTLETS = 12
START = datetime(2019, 1, 7, tzinfo=UTC)


def read_paragraphs(path: Path) -> list[str]:
    """Return the corpus paragraphs with at least a few words."""
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return [line.strip() for line in lines if len(line.split()) >= 4]


def synthetic_stream(paragraphs: list[str], n_articles: int, seed: int = 7) -> Iterator[tuple[int, ArticleFeatures]]:
    """Yield (story number, features) of `n_articles` articles in publication order."""
    rng = random.Random(seed)
    outlets = random.Random(seed + 1)  # its own generator: the articles stay those of earlier runs
    span = timedelta(weeks=10).total_seconds()
    pending: list[tuple[float, int, int, str, str]] = []  # (time, tiebreak, story, title, body)
    made, story, cursor, serial = 0, 0, 0, 0
    story_rate = n_articles / 2.2  # mean story size is about 2.2 articles
    while made < n_articles:
        start = story / story_rate * span
        size = min(int(rng.paretovariate(1.6)) + (rng.random() < 0.3), 40)
        pool = paragraphs[cursor:cursor + 4] if cursor + 4 <= len(paragraphs) else paragraphs[:4]
        cursor = (cursor + 4) % max(len(paragraphs) - 4, 1)
        for index in range(size):
            when = start + (min(rng.expovariate(1 / 10), 72.0) * 3600 if index else 0.0)
            body = rng.sample(pool, k=min(len(pool), rng.choice((2, 3))))
            text = " ".join(p[: rng.randint(150, 600)] for p in body)
            heapq.heappush(pending, (when, serial, story, rng.choice(pool)[:90], text))
            serial += 1
            made += 1
        story += 1
        while pending and pending[0][0] <= start:
            when, _, number, title, text = heapq.heappop(pending)
            yield number, features_from_text(title, text, START + timedelta(seconds=when),
                                             outlet=f"outlet-{outlets.randrange(OUTLETS)}")
    while pending:
        when, _, number, title, text = heapq.heappop(pending)
        yield number, features_from_text(title, text, START + timedelta(seconds=when),
                                         outlet=f"outlet-{outlets.randrange(OUTLETS)}")


def resident_mb() -> float:
    """Return the current resident memory of this process in MB."""
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * resource.getpagesize() / 2**20


def main() -> None:
    """Stream the synthetic articles through the clusterer and print speed and memory at checkpoints."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=CHECKPOINTS[-1])
    parser.add_argument("--text", type=Path, default=DEFAULT_TEXT)
    args = parser.parse_args()
    paragraphs = read_paragraphs(args.text)
    print(f"{len(paragraphs):,} paragraphs read; resident {resident_mb():.0f} MB before clustering")
    clusterer = OnlineClusterer()
    clustering_seconds = 0.0
    done = 0
    last_done, last_seconds = 0, 0.0
    checkpoints = [c for c in CHECKPOINTS if c <= args.articles] or [args.articles]
    for _, features in synthetic_stream(paragraphs, args.articles):
        started = time.perf_counter()
        clusterer.place(features, f"s{done}")
        clustering_seconds += time.perf_counter() - started
        done += 1
        if done in checkpoints:
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            segment = (done - last_done) / max(clustering_seconds - last_seconds, 1e-9)
            last_done, last_seconds = done, clustering_seconds
            print(f"{done:>7,} articles: {done / clustering_seconds:,.0f} articles/s clustering "
                  f"({segment:,.0f}/s since the last checkpoint); "
                  f"peak {peak:.0f} MB, resident {resident_mb():.0f} MB; open stories {len(clusterer.stories):,}, "
                  f"closed {clusterer.closed_count:,}, index terms {len(clusterer._index):,}, "
                  f"vocabulary {len(clusterer.doc_freq):,}")


if __name__ == "__main__":
    main()
