"""Score quantity extraction on the hand-written fixture set (`tests/fixtures/quantities_nl.txt`)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from newsprism.model import AnalysedArticle, Quantity

Bounds = tuple[float | None, float | None, float | None]


@dataclass
class Expected:
    """One quantity a fixture sentence must yield."""

    bounds: Bounds
    counted: str | None


@dataclass
class Case:
    """One fixture sentence with every quantity it must yield (none for a trap)."""

    text: str
    expected: list[Expected] = field(default_factory=list)


@dataclass
class Score:
    """Counts and rates of one evaluation run."""

    predicted: int
    expected: int
    matched: int
    counted_right: int
    misses: list[str]
    extras: list[str]

    @property
    def precision(self) -> float:
        """Return the share of reported quantities that were expected with these bounds."""
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """Return the share of expected quantities reported with the right bounds."""
        return self.matched / self.expected if self.expected else 1.0

    @property
    def counted_accuracy(self) -> float:
        """Return the share of matched quantities whose `counted` is right too."""
        return self.counted_right / self.matched if self.matched else 1.0


def _number(raw: str) -> float | None:
    return None if raw == "-" else float(raw)


def read_cases(path: Path) -> list[Case]:
    """Return the cases of a fixture file in the documented format."""
    cases: list[Case] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("  "):
            numbers, _, counted = line.strip().partition("|")
            value, low, high = numbers.split()
            counted = counted.strip()
            cases[-1].expected.append(Expected((_number(value), _number(low), _number(high)),
                                               None if counted == "-" else counted))
        else:
            cases.append(Case(line.strip()))
    return cases


def fixture_hash(path: Path) -> str:
    """Return the SHA-256 of a fixture file, pinned next to its score floors."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _bounds(quantity: Quantity) -> Bounds:
    return quantity.value, quantity.low, quantity.high


def score_cases(cases: list[Case], analyse: Callable[[str], AnalysedArticle]) -> Score:
    """Return how many expected quantities were found with the right bounds and counted words."""
    score = Score(0, 0, 0, 0, [], [])
    for case in cases:
        found = analyse(case.text).quantities
        score.predicted += len(found)
        score.expected += len(case.expected)
        unmatched = list(found)
        for expected in case.expected:
            match = next((q for q in unmatched if _bounds(q) == expected.bounds), None)
            if match is None:
                score.misses.append(f"{case.text} -> {expected}")
                continue
            unmatched.remove(match)
            score.matched += 1
            score.counted_right += match.counted == expected.counted
            if match.counted != expected.counted:
                score.misses.append(f"{case.text} -> counted {match.counted!r}, expected {expected.counted!r}")
        score.extras += [f"{case.text} -> {q.text!r} {_bounds(q)}" for q in unmatched]
    return score
