"""Benchmark: compare 50 articles of one story (target: under 10 seconds on the dev machine).

Run: PYTHONPATH=src python benchmarks/compare_story.py [--samples] [--articles 50]
Each synthetic article takes 15-25 sentences drawn (seeded) from one story's sentences: the
invented fixture story `brandstofprotest` by default, or with --samples the Kazakhstan samples
read from ../shared at run time (never copied into the repository). Prints the time of the
analysis and of `build_story` (alignment, summary, framing, ...) separately.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time
from pathlib import Path

from newsprism import nlp as nlp_loader
from newsprism.analyse import analyse_articles
from newsprism.compare import build_story
from newsprism.model import Article

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "stories_nl" / "brandstofprotest.json"
SAMPLES = ROOT.parent / "shared" / "samples" / "kazakhstan-2022"
_SENTENCE_END = re.compile(r"(?<=[.!?”\"])\s+(?=[A-Z“\"‘])")


def story_sentences(use_samples: bool) -> list[str]:
    """Return the sentences the synthetic articles are drawn from."""
    if use_samples:
        return [s for path in sorted(SAMPLES.glob("*.txt"))
                for s in _SENTENCE_END.split(path.read_text(encoding="utf-8").replace("\n", " ")) if s.strip()]
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    return [s["text"] for a in data["articles"] for s in a["sentences"]]


def main() -> None:
    """Build the articles, then time analysis and comparison."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--samples", action="store_true")
    parser.add_argument("--articles", type=int, default=50)
    options = parser.parse_args()
    sentences = story_sentences(options.samples)
    rng = random.Random(8)
    articles = []
    for number in range(1, options.articles + 1):
        count = min(len(sentences), rng.randint(15, 25))
        text = " ".join(rng.sample(sentences, count))
        articles.append(Article(source=f"bench{number}", text=text, outlet=f"outlet{number % 17}.example",
                                id=f"a{number}"))
    nlp = nlp_loader.load("nl")
    started = time.perf_counter()
    analysed = analyse_articles(articles, nlp=nlp, n_process=1)
    analysed_at = time.perf_counter()
    story = build_story("s1", analysed)
    done = time.perf_counter()
    sentence_count = sum(len(a.sentences) for a in analysed)
    print(f"articles={len(articles)} sentences={sentence_count} passages={len(story.passages)} "
          f"shared={sum(p.status == 'shared' for p in story.passages)}")
    print(f"analyse={analysed_at - started:.2f}s build_story={done - analysed_at:.2f}s total={done - started:.2f}s")


if __name__ == "__main__":
    main()
