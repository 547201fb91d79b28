"""Tests for compare/claims.py: grouping quantities across articles into agree, conflict and single claims."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from newsprism.compare.claims import claim_status, group_claims, quantity_holders, values_agree
from newsprism.lang import get_language
from newsprism.link import link_entities
from newsprism.model import AnalysedArticle, Quantity

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CLAIM_CASES = FIXTURES / "claims_nl.txt"
SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples" / "kazakhstan-2022"


@dataclass
class ClaimCase:
    """Invented articles about one event and the claims their quantities must form."""

    name: str
    articles: dict[str, str] = field(default_factory=dict)
    claims: list[tuple[str, list[tuple[str, str]]]] = field(default_factory=list)


def read_claim_cases(path: Path) -> list[ClaimCase]:
    """Return the cases of the claims fixture file."""
    cases: list[ClaimCase] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("# "):
            continue
        if line.startswith("## "):
            cases.append(ClaimCase(line[3:].strip()))
            continue
        head, _, rest = line.partition(":")
        if head in ("agree", "conflict", "single"):
            members = [tuple(part.strip().split(" ", 1)) for part in rest.split("|")]
            cases[-1].claims.append((head, [(m[0], m[1]) for m in members]))
        else:
            cases[-1].articles[head] = rest.strip()
    return cases


CASES = read_claim_cases(CLAIM_CASES)


def _analysed(case: ClaimCase, analyse_text: Callable[..., AnalysedArticle]) -> list[AnalysedArticle]:
    articles = [analyse_text(text, article_id=article_id) for article_id, text in case.articles.items()]
    for number, quantity in enumerate((q for a in articles for q in a.quantities), start=1):
        quantity.id = f"n{number}"
    return articles


def _quantities(case: ClaimCase, analyse_text: Callable[..., AnalysedArticle]) -> list[Quantity]:
    return [q for a in _analysed(case, analyse_text) for q in a.quantities]


def test_fixture_has_enough_pairs() -> None:
    statuses = [status for case in CASES for status, _ in case.claims]
    assert len(CASES) >= 10
    assert {"agree", "conflict", "single"} <= set(statuses)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_claims_across_invented_articles(analyse_text: Callable[..., AnalysedArticle], case: ClaimCase) -> None:
    articles = _analysed(case, analyse_text)
    link_entities(articles, get_language("nl"))  # as build_story does: holders are linked entities
    quantities = [q for a in articles for q in a.quantities]
    claims = {c.id: c for c in group_claims(quantities, holders=quantity_holders(articles))}
    by_text = {(q.article, q.text): q for q in quantities}
    for status, members in case.claims:
        found = [by_text.get(member) for member in members]
        assert all(found), f"missing {members} in {sorted(by_text)}"
        claim_ids = {q.claim for q in found if q}
        assert len(claim_ids) == 1, f"{members} split over {claim_ids}"
        claim = claims[claim_ids.pop() or ""]
        assert claim.status == status
        assert sorted(claim.quantities) == sorted(q.id for q in found if q)


def test_one_article_never_fills_a_claim_twice(analyse_text: Callable[..., AnalysedArticle]) -> None:
    quantities = _quantities(ClaimCase("x", {"a1": "Er kwamen 12 agenten en later nog 12 agenten.",
                                             "a2": "Er kwamen 12 agenten."}), analyse_text)
    for claim in group_claims(quantities):
        members = [q for q in quantities if q.id in claim.quantities]
        assert len({q.article for q in members}) == len(members)


def _q(article: str, value: float | None, low: float | None, high: float | None, approximate: bool = False) -> Quantity:
    return Quantity(article, 0, 0, "", value=value, low=low, high=high, approximate=approximate)


@pytest.mark.parametrize("first,second,agree", [
    (_q("a1", 1e9, 1e9, 1e9), _q("a2", None, 1e9, None), True),           # ruim een miljard ~ 1 miljard
    (_q("a1", None, 3000, None), _q("a2", 3200, 3200, 3200), True),       # meer dan drieduizend ~ 3.200
    (_q("a1", 26, 26, 26), _q("a2", 40, 40, 40), False),                  # 26 doden vs 40 doden
    (_q("a1", 500, 500, 500, True), _q("a2", 540, 540, 540), True),       # ongeveer 500 ~ 540
    (_q("a1", 500, 500, 500, True), _q("a2", 600, 600, 600), False),
    (_q("a1", None, None, 30, True), _q("a2", 45, 45, 45), False),        # bijna 30 vs 45
    (_q("a1", None, 20, 99, True), _q("a2", 48, 48, 48), True),           # tientallen ~ 48
    (_q("a1", 3800, 3800, 3800), _q("a2", 3830, 3830, 3830), True),       # a round figure ~ the exact one
    (_q("a1", 3800, 3800, 3800), _q("a2", 3900, 3900, 3900), False),
    (_q("a1", 100, 100, 100), _q("a2", 104, 104, 104), False),            # one significant digit: no rounding read
])
def test_values_agree_given_qualifiers(first: Quantity, second: Quantity, agree: bool) -> None:
    assert values_agree(first, second) is agree
    assert claim_status([first, second]) == ("agree" if agree else "conflict")


def test_single_article_claim_is_single() -> None:
    assert claim_status([_q("a1", 5, 5, 5)]) == "single"


@pytest.mark.corpus
def test_kazakhstan_troops_agree_across_both_samples(analyse_text: Callable[..., AnalysedArticle]) -> None:
    first, second = sorted(SAMPLES.glob("*.txt"))
    quantities = [*analyse_text(first.read_text(encoding="utf-8"), article_id="a1").quantities,
                  *analyse_text(second.read_text(encoding="utf-8"), article_id="a2").quantities]
    for number, quantity in enumerate(quantities, start=1):
        quantity.id = f"n{number}"
    claims = {c.id: c for c in group_claims(quantities)}
    troops = [q for q in quantities if q.value == 2500 and q.counted == "militairen"]
    assert {q.article for q in troops} == {"a1", "a2"}
    assert len({q.claim for q in troops}) == 1
    claim = claims[troops[0].claim or ""]
    assert claim.status == "agree"
    assert json.dumps(claim.description)


def test_equal_figures_pair_up_before_conflicting_ones(analyse_text) -> None:  # type: ignore[no-untyped-def]
    """Bug: `22 bemanningsleden` was paired with `drie bemanningsleden` of the other article."""
    from newsprism.compare.claims import group_claims as group
    from newsprism.lang import get_language

    first = analyse_text("De 22 bemanningsleden zijn door de KNRM van boord gehaald. "
                         "Twee bemanningsleden raakten gewond.", article_id="a1")
    second = analyse_text("De 22 bemanningsleden werden in de nacht gered; drie bemanningsleden raakten gewond.",
                          article_id="a2")
    quantities = first.quantities + second.quantities
    for number, quantity in enumerate(quantities, start=1):
        quantity.id = f"n{number}"
    claims = group(quantities, get_language("nl"))
    by_status = {c.status: sorted(q.text for q in quantities if q.claim == c.id) for c in claims}
    assert by_status == {"agree": ["22 bemanningsleden", "22 bemanningsleden"],
                         "conflict": ["Twee bemanningsleden", "drie bemanningsleden"]}
