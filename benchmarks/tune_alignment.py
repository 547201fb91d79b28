"""Choose the alignment thresholds on the fixture stories: grid search for the best pairwise F1.

Run: PYTHONPATH=src python benchmarks/tune_alignment.py
Prints precision, recall and F1 of cross-article sentence pairs (all fixture stories pooled)
for every (pair threshold, group threshold), the best setting, and the best setting that
holds the precision and recall floors of tests/compare/test_alignment.py (the one to ship);
ties go to the higher thresholds (fewer false merges on unseen stories).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "compare"))

from story_fixtures import STORY_NAMES, load_story, pair_counts, status_hits  # noqa: E402
from test_alignment import PAIR_PRECISION_FLOOR, PAIR_RECALL_FLOOR  # noqa: E402

from newsprism import nlp as nlp_loader  # noqa: E402
from newsprism.compare.alignment import align_passages  # noqa: E402

GRID = [round(x, 2) for x in np.arange(0.08, 0.42, 0.02)]


def main() -> None:
    """Print the grid and the best thresholds."""
    nlp = nlp_loader.load("nl")
    stories = [load_story(name, nlp) for name in STORY_NAMES]
    best: tuple[float, float, float, float, float] | None = None
    within: tuple[float, float, float, float, float] | None = None
    for pair in GRID:
        for group in GRID:
            if group > pair + 0.1:
                continue
            tp = predicted = gold = hits = total = 0
            for story in stories:
                voices = {a.article.id: story.copies.get(a.article.id, a.article.id) for a in story.articles}
                passages = align_passages(story.articles, voices, pair, group)
                counts = pair_counts(story, passages)
                tp, predicted, gold = tp + counts[0], predicted + counts[1], gold + counts[2]
                status = status_hits(story, passages)
                hits, total = hits + status[0], total + status[1]
            precision = tp / predicted if predicted else 0.0
            recall = tp / gold if gold else 0.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            print(f"pair={pair:.2f} group={group:.2f} P={precision:.3f} R={recall:.3f} F1={f1:.3f} "
                  f"status={hits}/{total}")
            if best is None or (f1, pair, group) >= (best[0], best[3], best[4]):
                best = (f1, precision, recall, pair, group)
            if precision >= PAIR_PRECISION_FLOOR and recall >= PAIR_RECALL_FLOOR \
                    and (within is None or (f1, pair, group) >= (within[0], within[3], within[4])):
                within = (f1, precision, recall, pair, group)
    if best:
        print(f"BEST pair={best[3]:.2f} group={best[4]:.2f} P={best[1]:.3f} R={best[2]:.3f} F1={best[0]:.3f}")
    if within:
        print(f"BEST WITHIN FLOORS pair={within[3]:.2f} group={within[4]:.2f} P={within[1]:.3f} "
              f"R={within[2]:.3f} F1={within[0]:.3f}")


if __name__ == "__main__":
    main()
