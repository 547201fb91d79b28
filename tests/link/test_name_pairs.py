"""Score cross-article merging on the name pairs of `tests/fixtures/name_pairs.tsv` against pinned floors.

Run as a script to print the scores and the pairs linking gets wrong:
`PYTHONPATH=src python tests/link/test_name_pairs.py`. Raising a floor is a commit of its own.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from newsprism.lang import get_language
from newsprism.link import link_entities
from newsprism.model import AnalysedArticle, Article, EntityType, Mention

PAIRS_FILE = Path(__file__).resolve().parents[1] / "fixtures" / "name_pairs.tsv"
BASELINE_FILE = PAIRS_FILE.with_name("name_pairs_baseline.json")


@dataclass
class NamePair:
    """Two forms of a name, from two articles, and whether they name one entity."""

    first: str
    second: str
    labels: tuple[EntityType, EntityType]
    merge: bool
    why: str


def read_pairs(path: Path = PAIRS_FILE) -> list[NamePair]:
    """Return the pairs of the fixture file."""
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        first, second, types, expected, why = line.split("\t")
        labels = types.split(",")
        pairs.append(NamePair(first, second, (labels[0], labels[-1]), expected == "merge", why))  # type: ignore[arg-type]
    return pairs


def _article(article_id: str, name: str, label: EntityType) -> AnalysedArticle:
    text = f"{name} zei het."
    mention = Mention(article_id, 0, len(name), name, label=label)
    return AnalysedArticle(Article(article_id, text, id=article_id), mentions=[mention])


def linked_as_one(pair: NamePair) -> bool:
    """Return True if linking puts the two forms, each in its own article, in one entity."""
    articles = [_article("a1", pair.first, pair.labels[0]), _article("a2", pair.second, pair.labels[1])]
    link_entities(articles, get_language("nl"))
    return articles[0].mentions[0].entity == articles[1].mentions[0].entity


def precision_recall(pairs: list[NamePair]) -> tuple[float, float, list[NamePair]]:
    """Return precision and recall of merging, and the pairs linking got wrong."""
    wrong = [p for p in pairs if linked_as_one(p) != p.merge]
    true_merges = sum(1 for p in pairs if p.merge and p not in wrong)
    predicted = true_merges + sum(1 for p in wrong if not p.merge)
    expected = sum(1 for p in pairs if p.merge)
    return (true_merges / predicted if predicted else 0.0), true_merges / expected, wrong


def test_fixture_is_balanced_and_large_enough() -> None:
    pairs = read_pairs()
    merges = sum(p.merge for p in pairs)
    assert len(pairs) >= 60
    assert merges == len(pairs) - merges


def test_baseline_belongs_to_this_fixture() -> None:
    baseline = json.loads(BASELINE_FILE.read_text(encoding="utf-8"))
    assert hashlib.sha256(PAIRS_FILE.read_bytes()).hexdigest() == baseline["data_sha256"]


def test_merging_keeps_its_floors() -> None:
    baseline = json.loads(BASELINE_FILE.read_text(encoding="utf-8"))
    precision, recall, _ = precision_recall(read_pairs())
    assert precision >= baseline["precision"]
    assert recall >= baseline["recall"]


@pytest.mark.parametrize("first,second,merge", [
    ("Tokayev", "Tokajev", True),
    ("Vladimir Poetin", "Vladimir Putin", True),
    ("Abdelaziz Bouteflika", "Saïd Bouteflika", False),
    ("Openbaar Ministerie", "OM", True),
    ("Tokajev", "Tokarev", False),
    ("Navalny", "Navalnaja", False),
    ("Aleksej Navalny", "Navalnaja", False),
    ("Olena Zelenska", "Zelenski", False),
    ("Navalnyj", "Navalny", True),
    ("Zelensky", "Zelenski", True),
])
def test_key_pairs(first: str, second: str, merge: bool) -> None:
    label: EntityType = "ORG" if second.isupper() else "PER"
    assert linked_as_one(NamePair(first, second, (label, label), merge, "")) is merge


if __name__ == "__main__":
    all_pairs = read_pairs()
    precision, recall, errors = precision_recall(all_pairs)
    merges = sum(p.merge for p in all_pairs)
    print(f"pairs={len(all_pairs)} merge={merges} precision={precision:.3f} recall={recall:.3f}")
    for pair in errors:
        print("WRONG", pair.first, "|", pair.second, "expected", "merge" if pair.merge else "apart", "-", pair.why)
