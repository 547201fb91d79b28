"""Fit the pair model (logistic regression over similarity features) on labelled streams.

    python training/cluster/fit_pair_model.py STREAM.jsonl... [-o src/newsprism/cluster/pair_model.json]
        [--threshold 0.5] [--single-outlet-threshold 0.5] [--C 1.0]

Each STREAM is JSONL with title, text, published and a gold `story` per item. The stream is
replayed in publication order with the gold stories as the story profiles: every story
open when an article arrives gives one (features, same-story?) pair. Cross-validation over stories (no story in both folds) prints
the held-out log-loss and accuracy before the final fit on everything.
The thresholds are not fitted here: choose them with `benchmarks/cluster_eval.py --sweep`.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss
from sklearn.model_selection import GroupKFold

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from benchmarks.cluster_eval import item_features, load_items  # noqa: E402

from newsprism.cluster.features import ArticleFeatures  # noqa: E402
from newsprism.cluster.online import OnlineClusterer, StoryProfile, pair_features  # noqa: E402
from newsprism.cluster.pair_model import FEATURE_NAMES, PairModel  # noqa: E402


def gold_pairs(features: list[ArticleFeatures], gold: list[str]) -> tuple[list[tuple[float, ...]], list[int],
                                                                          list[str]]:
    """Return (features, label, group) rows from replaying a stream with its gold stories."""
    doc_freq: Counter[str] = Counter()
    for f in features:
        doc_freq.update(f.distinct_terms)
    clusterer = OnlineClusterer(doc_freq, len(features), learn_frequencies=False,
                                model=PairModel((0.0,) * len(FEATURE_NAMES), 0.0, 1.0))
    for f in features:
        clusterer.observe_outlet(f)
    order = sorted(range(len(features)), key=lambda i: (features[i].published is None, features[i].published or 0, i))
    rows, labels, groups = [], [], []
    for index in order:
        article = clusterer.vectors(features[index])
        own = gold[index]
        # Every open story is a candidate: small labelled streams give few near misses otherwise.
        candidates = set(clusterer.stories)
        if own in clusterer.stories:
            candidates.add(own)
        for key in sorted(candidates):
            rows.append(pair_features(article, clusterer.stories[key]))
            labels.append(int(key == own))
            groups.append(own)
        if own not in clusterer.stories:
            clusterer.stories[own] = StoryProfile(own)
        clusterer.absorb(own, article)
    return rows, labels, groups


def main() -> None:
    """Fit, cross-validate and write the pair model."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("streams", nargs="+", type=Path)
    parser.add_argument("-o", "--output", type=Path)
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--single-outlet-threshold", type=float, default=-1.0,
                        help="what a story told only by the article's own outlet needs (default: --threshold)")
    parser.add_argument("--C", type=float, default=1.0)
    args = parser.parse_args()
    x_rows, y, groups = [], [], []
    for stream in args.streams:
        items = load_items(stream)
        rows, labels, gs = gold_pairs(item_features(items), [item["story"] for item in items])
        x_rows += rows
        y += labels
        groups += [f"{stream.name}:{g}" for g in gs]
    x, target = np.array(x_rows), np.array(y)
    print(f"{len(target)} pairs, {int(target.sum())} same-story")
    folds = GroupKFold(n_splits=min(5, len(set(groups))))
    losses, accuracies = [], []
    for train, test in folds.split(x, target, groups):
        if len(set(target[train])) < 2:
            continue
        fold_model = LogisticRegression(C=args.C, class_weight="balanced", max_iter=1000).fit(x[train], target[train])
        losses.append(log_loss(target[test], fold_model.predict_proba(x[test])[:, 1], labels=[0, 1]))
        accuracies.append(float((fold_model.predict(x[test]) == target[test]).mean()))
    print(f"cross-validated over stories: log-loss {np.mean(losses):.3f}, accuracy {np.mean(accuracies):.3f}")
    final = LogisticRegression(C=args.C, class_weight="balanced", max_iter=1000).fit(x, target)
    model = PairModel(tuple(float(w) for w in final.coef_[0]), float(final.intercept_[0]), args.threshold,
                      trained_on=", ".join(s.name for s in args.streams) + f" ({len(target)} pairs, C={args.C})",
                      single_outlet_threshold=args.single_outlet_threshold)
    for name, weight in zip(FEATURE_NAMES, model.weights):
        print(f"  {name:15s} {weight:+.3f}")
    print(f"  {'bias':15s} {model.bias:+.3f}")
    if args.output:
        args.output.write_text(model.to_json(), encoding="utf-8")
        print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
