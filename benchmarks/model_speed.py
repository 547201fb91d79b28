"""Print the speed (words per second, one core, whole pipeline via nlp.pipe) and peak memory
of a spaCy pipeline on Dutch news paragraphs.

    python benchmarks/model_speed.py [--model PATH_OR_NAME] [--text FILE[.gz]] [--limit N]

Defaults: the shipped model (src/newsprism/models/nl) and the first 5,000 paragraphs of
../shared/data/dutch-text/nl-news-rss-2016-2019.txt.gz.
"""

from __future__ import annotations

import os

# One core: set before numpy / thinc load their BLAS.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import gzip  # noqa: E402
import resource  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import spacy  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_MODEL = ROOT / "src" / "newsprism" / "models" / "nl"
DEFAULT_TEXT = ROOT.parent / "shared" / "data" / "dutch-text" / "nl-news-rss-2016-2019.txt.gz"


def read_paragraphs(path: Path, limit: int) -> list[str]:
    """Return the first ``limit`` non-empty lines of a (gzipped) text file."""
    opener = gzip.open if path.suffix == ".gz" else open
    paragraphs: list[str] = []
    with opener(path, "rt", encoding="utf8") as lines:
        for line in lines:
            if line.strip():
                paragraphs.append(line.strip())
            if len(paragraphs) >= limit:
                break
    return paragraphs


def main() -> None:
    """Time the whole pipeline on the paragraphs and print words/s and peak memory."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=str(DEFAULT_MODEL))
    parser.add_argument("--text", type=Path, default=DEFAULT_TEXT)
    parser.add_argument("--limit", type=int, default=5000)
    parser.add_argument("--batch-size", type=int, default=256)
    args = parser.parse_args()
    nlp = spacy.load(args.model)
    texts = read_paragraphs(args.text, args.limit)
    list(nlp.pipe(texts[:50]))  # warm-up
    start, cpu_start = time.perf_counter(), time.process_time()
    words = sum(len(doc) for doc in nlp.pipe(texts, batch_size=args.batch_size))
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"model      {args.model}")
    print(f"pipeline   {', '.join(nlp.pipe_names)}")
    print(f"texts      {len(texts)} paragraphs, {words} tokens")
    print(f"time       {elapsed:.1f} s")
    print(f"cpu time   {cpu:.1f} s")
    print(f"speed      {words / elapsed:,.0f} words/s wall clock (one thread)")
    print(f"speed      {words / cpu:,.0f} words per CPU second (unaffected by other load)")
    print(f"peak RSS   {peak_mb:,.0f} MB")


if __name__ == "__main__":
    main()
