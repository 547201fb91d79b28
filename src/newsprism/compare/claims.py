"""Group quantities that state the same fact across articles: agree, conflict or single."""

from __future__ import annotations

import math

from rapidfuzz import fuzz

from newsprism.model import Claim, ClaimStatus, Quantity

# Tolerance for approximate values when checking two quantities for agreement.
APPROXIMATE_TOLERANCE = 0.1
_SAME_COUNTED_SCORE = 85.0


def group_claims(quantities: list[Quantity]) -> list[Claim]:
    """Return one claim per fact; quantities from different articles about one fact share it."""
    claims: list[list[Quantity]] = []
    for quantity in quantities:
        home = None
        for members in claims:
            if any(m.article == quantity.article for m in members):
                continue
            if all(_same_fact(quantity, m) for m in members):
                home = members
                break
        if home is None:
            claims.append([quantity])
        else:
            home.append(quantity)
    result: list[Claim] = []
    for number, members in enumerate(claims, start=1):
        claim_id = f"c{number}"
        for member in members:
            member.claim = claim_id
        result.append(Claim(claim_id, _describe(members), _status(members), [m.id for m in members]))
    return result


def _same_fact(first: Quantity, second: Quantity) -> bool:
    if not first.counted or not second.counted:
        return False
    if (first.unit or "") != (second.unit or ""):
        return False
    return fuzz.ratio(first.counted.lower(), second.counted.lower()) >= _SAME_COUNTED_SCORE


def interval(quantity: Quantity) -> tuple[float, float]:
    """Return the range of values a quantity allows, widened when it is approximate."""
    low = quantity.low if quantity.low is not None else -math.inf
    high = quantity.high if quantity.high is not None else math.inf
    if quantity.approximate:
        low = low * (1 - APPROXIMATE_TOLERANCE) if math.isfinite(low) else low
        high = high * (1 + APPROXIMATE_TOLERANCE) if math.isfinite(high) else high
    return low, high


def values_agree(first: Quantity, second: Quantity) -> bool:
    """Return True when the two quantities' ranges overlap."""
    a_low, a_high = interval(first)
    b_low, b_high = interval(second)
    return a_low <= b_high and b_low <= a_high


def _status(members: list[Quantity]) -> ClaimStatus:
    if len({m.article for m in members}) < 2:
        return "single"
    ok = all(values_agree(a, b) for i, a in enumerate(members) for b in members[i + 1:])
    return "agree" if ok else "conflict"


def _describe(members: list[Quantity]) -> str:
    counted = members[0].counted or "amount"
    values = ", ".join(m.text for m in members)
    return f"number of {counted}: {values}"
