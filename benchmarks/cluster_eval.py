"""Score story clustering on a labelled stream: pairwise precision/recall/F1 and BCubed F1.

    python benchmarks/cluster_eval.py [ITEMS.jsonl] [--sweep] [--model pair_model.json]

ITEMS defaults to ../shared/data/stream-dev/items.jsonl (one JSON object per line with title,
text, outlet, published and its gold `story`). Articles are analysed with the default Dutch
pipeline and clustered with exactly what `compare` and `add` use. `--sweep` also prints the
scores over a range of join thresholds, then over a range of single-outlet thresholds (what a
story told only by the article's own outlet needs), to choose the shipped ones on data.

A second labelled stream, written by us (invented outlets and events, 216 items in 95
stories over three days, most of them hard cases: several matches of one tournament, market
reports, template police notices, the same footballer in two stories):
`python benchmarks/cluster_eval.py tests/fixtures/cluster/stream-large.jsonl`.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from dataclasses import replace
from itertools import combinations
from pathlib import Path

from newsprism import nlp as nlp_loader
from newsprism.analyse import analyse_articles
from newsprism.cluster.features import ArticleFeatures
from newsprism.cluster.pair_model import PairModel, load_pair_model
from newsprism.cluster.stories import article_features, cluster_features
from newsprism.ingest.metadata import parse_published
from newsprism.model import Article

DEFAULT_ITEMS = Path(__file__).resolve().parents[2] / "shared" / "data" / "stream-dev" / "items.jsonl"


def load_items(path: Path) -> list[dict[str, str]]:
    """Return the labelled items of a JSONL stream."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def item_features(items: list[dict[str, str]]) -> list[ArticleFeatures]:
    """Return the clustering features of the items, analysed with the default pipeline."""
    articles = [Article(source=item.get("id", str(n)), text=item.get("text") or item.get("title") or "",
                        title=item.get("title"), outlet=item.get("outlet"),
                        published=parse_published(item["published"]) if item.get("published") else None,
                        id=f"a{n}") for n, item in enumerate(items)]
    return [article_features(a) for a in analyse_articles(articles, nlp=nlp_loader.load("nl"))]


def pairwise(gold: list[str], predicted: list[int]) -> tuple[float, float, float]:
    """Return pairwise precision, recall and F1 over all pairs of items."""
    tp = fp = fn = 0
    for i, j in combinations(range(len(gold)), 2):
        same_gold, same_pred = gold[i] == gold[j], predicted[i] == predicted[j]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def bcubed(gold: list[str], predicted: list[int]) -> tuple[float, float, float]:
    """Return BCubed precision, recall and F1."""
    pair_counts = Counter(zip(gold, predicted))
    gold_sizes, pred_sizes = Counter(gold), Counter(predicted)
    p = sum(pair_counts[(g, c)] / pred_sizes[c] for g, c in zip(gold, predicted)) / len(gold)
    r = sum(pair_counts[(g, c)] / gold_sizes[g] for g, c in zip(gold, predicted)) / len(gold)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def score(features: list[ArticleFeatures], gold: list[str], model: PairModel) -> dict[str, float]:
    """Return the pairwise and BCubed scores of clustering `features` with `model`."""
    predicted = cluster_features(features, model)
    p, r, f = pairwise(gold, predicted)
    bp, br, bf = bcubed(gold, predicted)
    return {"pairwise_p": p, "pairwise_r": r, "pairwise_f1": f, "bcubed_p": bp, "bcubed_r": br, "bcubed_f1": bf,
            "stories": len(set(predicted))}


def main() -> None:
    """Print the scores on a labelled stream (and a threshold sweep with --sweep)."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("items", nargs="?", type=Path, default=DEFAULT_ITEMS)
    parser.add_argument("--model", help="pair model JSON (default: the shipped one)")
    parser.add_argument("--sweep", action="store_true", help="also score thresholds 0.10..0.99 in steps of 0.01")
    args = parser.parse_args()
    if not args.items.exists():
        sys.exit(f"no labelled stream at {args.items}")
    items = load_items(args.items)
    gold = [item["story"] for item in items]
    started = time.perf_counter()
    features = item_features(items)
    model = load_pair_model(args.model)
    print(f"{len(items)} items, {len(set(gold))} gold stories; analysed in {time.perf_counter() - started:.1f} s")
    result = score(features, gold, model)
    print("threshold {:.3f} (single outlet {:.3f}): pairwise P {pairwise_p:.3f} R {pairwise_r:.3f} F1 {pairwise_f1:.3f} | "
          "BCubed P {bcubed_p:.3f} R {bcubed_r:.3f} F1 {bcubed_f1:.3f} | {stories} stories".format(
              model.threshold, model.single_outlet_threshold, **result))
    if args.sweep:
        for step in range(10, 100):
            threshold = step / 100
            r = score(features, gold, replace(model, threshold=threshold, single_outlet_threshold=threshold))
            print(f"  threshold {threshold:.2f}: pairwise F1 {r['pairwise_f1']:.3f} "
                  f"(P {r['pairwise_p']:.3f} R {r['pairwise_r']:.3f}) BCubed F1 {r['bcubed_f1']:.3f}")
        for step in range(int(model.threshold * 100), 100):
            single = step / 100
            r = score(features, gold, replace(model, single_outlet_threshold=single))
            print(f"  threshold {model.threshold:.2f}, single outlet {single:.2f}: pairwise F1 {r['pairwise_f1']:.3f} "
                  f"(P {r['pairwise_p']:.3f} R {r['pairwise_r']:.3f}) BCubed F1 {r['bcubed_f1']:.3f}")


if __name__ == "__main__":
    main()
