"""Score `find_quotes` on our Dutch fixture sets: precision/recall of quote spans, kind and speaker accuracy.

Usage: PYTHONPATH=src python benchmarks/quotes_fixtures.py

Each fixture line is {"text": ..., "quotes": [[quoted words, kind, speaker_text or null], ...]};
a predicted quote is right when its span is exactly the gold span.
"""

from __future__ import annotations

import json
from pathlib import Path

from newsprism import nlp as nlp_loader
from newsprism.analyse import analyse_doc
from newsprism.model import Article

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures"
FIXTURE_SETS = ("quotes_nl.jsonl", "quotes_nl_heldout.jsonl")


def score(name: str) -> dict[str, float]:
    """Return precision, recall, kind and speaker accuracy (on matched spans) for one fixture set."""
    nlp = nlp_loader.load("nl")
    right = wrong = missed = kind_right = speaker_right = 0
    for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        text = item["text"]
        gold = {}
        for words, kind, speaker in item["quotes"]:
            start = text.find(words)
            gold[(start, start + len(words))] = (kind, speaker)
        article = Article(name, text, id="a1")
        predicted = {(q.start, q.end): (q.kind, q.speaker_text) for q in analyse_doc(nlp(text), article).quotes}
        for span, (kind, speaker) in gold.items():
            if span not in predicted:
                missed += 1
                continue
            right += 1
            kind_right += predicted[span][0] == kind
            speaker_right += predicted[span][1] == speaker
        wrong += sum(span not in gold for span in predicted)
    return {"precision": right / max(1, right + wrong), "recall": right / max(1, right + missed),
            "kind": kind_right / max(1, right), "speaker": speaker_right / max(1, right),
            "gold": float(right + missed)}


if __name__ == "__main__":
    for fixture_set in FIXTURE_SETS:
        scores = score(fixture_set)
        print(fixture_set, " ".join(f"{name}={value:.3f}" for name, value in scores.items()))
