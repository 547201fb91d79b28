"""Articles per second and peak memory of the whole analysis and comparison on real Dutch news.

Builds news-length articles (about 350 words) from the paragraphs of
../shared/data/dutch-text/nl-news-rss-2016-2019.txt.gz (read at run time, never copied),
then times `newsprism.compare_articles` (analysis with the shipped pipeline on all cores,
story clustering, comparison). Usage:

    .venv/bin/python benchmarks/pipeline_speed.py [--articles 400] [--processes 2]
"""

from __future__ import annotations

import argparse
import gzip
import resource
import time
from pathlib import Path

from newsprism import compare_articles
from newsprism.model import Article
from newsprism.nlp import load

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "dutch-text" / "nl-news-rss-2016-2019.txt.gz"


def build_articles(count: int, words_per_article: int = 350) -> list[Article]:
    """Return `count` articles of consecutive paragraphs from the news corpus."""
    articles: list[Article] = []
    paragraphs: list[str] = []
    words = 0
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if not line:
                continue
            paragraphs.append(line)
            words += len(line.split())
            if words >= words_per_article:
                articles.append(Article(f"corpus:{len(articles)}", "\n\n".join(paragraphs)))
                paragraphs, words = [], 0
                if len(articles) == count:
                    break
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--processes", type=int, default=2)
    args = parser.parse_args()
    import os

    os.environ["NEWSPRISM_N_PROCESS"] = str(args.processes)
    articles = build_articles(args.articles)
    words = sum(len(a.text.split()) for a in articles)
    nlp = load("nl")
    compare_articles(build_articles(20)[:20], nlp=nlp)  # warm-up: model loaded, caches filled
    start = time.perf_counter()
    stories = compare_articles(articles, nlp=nlp)
    elapsed = time.perf_counter() - start
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"pipeline: {', '.join(nlp.pipe_names) or 'rule-based (no trained model)'}")
    print(f"{len(articles)} articles, {words} words, {len(stories)} stories, {args.processes} processes")
    print(f"{len(articles) / elapsed:.1f} articles/second ({words / elapsed:,.0f} words/second), {elapsed:.2f} s")
    print(f"peak memory: {own:.0f} MB main process, {children:.0f} MB largest worker")


if __name__ == "__main__":
    main()
