"""Group quantities that state the same fact across articles: agree, conflict or single.

Two quantities state the same fact when they count the same thing (same head lemma, a shared
synonym key or one a compound ending of the other: `politieagenten` ~ `agenten`), carry the
same unit, belong to compatible events (`gedood` vs `gewond` do not) and, for units and weak
counted words, share sentence context. Grouping is complete-link: every pair in a claim must
match, and a claim never holds two quantities of one article.
"""

from __future__ import annotations

import math
from collections import Counter
from itertools import combinations

from newsprism.analyse.quantity_context import rule_head, strip_plural
from newsprism.lang import LanguageData, get_language
from newsprism.model import AnalysedArticle, Claim, ClaimStatus, Quantity

# Tolerance for approximate values when checking two quantities for agreement.
APPROXIMATE_TOLERANCE = 0.1
_MIN_COMPOUND_TAIL = 4
_MIN_CONTEXT_OVERLAP = 0.15
_MIN_SCORE = 1.0
_AGREEMENT_BONUS = 0.25
# Round figures of at least this size, rounded to at least this unit, allow just under half a unit
# either way (`3800` covers 3755-3845: `3830`, but not the next round figure `3900`).
_MIN_ROUNDED = 1000
_MIN_ROUNDING_UNIT = 100
_ROUNDING_MARGIN = 0.45
# Two figures this many times apart state two facts, not one fact reported two ways.
_MAX_RATIO = 20.0
# Who may hold a figure (`Stedin moet nog 1400 kilometer vervangen`).
_HOLDER_LABELS = frozenset({"ORG", "PER"})


def group_claims(quantities: list[Quantity], lang: LanguageData | None = None,
                 holders: dict[str, frozenset[str]] | None = None) -> list[Claim]:
    """Return one claim per fact; quantities from different articles about one fact share it.

    `holders` (quantity id -> who its sentence names before it, see `quantity_holders`): two figures
    whose sentences name different organisations or people before them count for different holders.
    """
    language = lang or get_language("nl")
    held = holders or {}

    def similarity(first: Quantity, second: Quantity) -> float:
        if _held_by_others(held.get(first.id, frozenset()), held.get(second.id, frozenset())):
            return 0.0
        return fact_similarity(first, second, language)

    scored = sorted(
        ((score, a, b) for a, b in combinations(range(len(quantities)), 2)
         if quantities[a].article != quantities[b].article
         and (score := similarity(quantities[a], quantities[b])) >= _MIN_SCORE),
        key=lambda item: (-item[0], item[1], item[2]),
    )
    group_of = list(range(len(quantities)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(quantities))}
    for _, a, b in scored:
        first, second = group_of[a], group_of[b]
        if first == second:
            continue
        joined = members[first] + members[second]
        if len({quantities[i].article for i in joined}) < len(joined):
            continue
        if not all(similarity(quantities[i], quantities[j]) >= _MIN_SCORE
                   for i in members[first] for j in members[second]):
            continue
        for index in members[second]:
            group_of[index] = first
        members[first] = sorted(joined)
        del members[second]
    claims: list[Claim] = []
    for number, key in enumerate(sorted(members, key=lambda k: members[k][0]), start=1):
        group = [quantities[i] for i in members[key]]
        claim_id = f"c{number}"
        for quantity in group:
            quantity.claim = claim_id
        claims.append(Claim(claim_id, describe_claim(group), claim_status(group), [q.id for q in group]))
    return claims


def quantity_holders(articles: list[AnalysedArticle]) -> dict[str, frozenset[str]]:
    """Return, per quantity id, the organisations and people its sentence names before it.

    `Zo moet Stedin nog 1400 kilometer vervangen` and `Bij Enexis, dat nog vijfhonderd kilometer
    moet vervangen`: the kilometres of two network operators. Each holder is given by its linked
    entity (`entity` set by linking) and by its name, so one name the linker kept apart by type
    (`Tesla` as an organisation and as a person) is still one holder.
    """
    holders: dict[str, frozenset[str]] = {}
    for analysed in articles:
        for quantity in analysed.quantities:
            nearest = [m for m in analysed.mentions if m.label in _HOLDER_LABELS
                       and quantity.sentence_start <= m.start and m.end <= quantity.start][-1:]
            holders[quantity.id] = frozenset({f"entity:{m.entity}" for m in nearest if m.entity}
                                             | {f"name:{(m.key or m.text).lower()}" for m in nearest})
    return holders


def _held_by_others(first: frozenset[str], second: frozenset[str]) -> bool:
    """Return True when both sentences name a holder before the figure and none is shared."""
    return bool(first) and bool(second) and not first & second


# Steps of one trial that one sentence often names together, each counting something else
# (`97 moorden` demanded, `honderd` confessed, `85` proven): the nearest one decides.
_TRIAL_STEPS = frozenset({"demanded", "accused", "confessed", "sentenced"})


def fact_similarity(first: Quantity, second: Quantity, lang: LanguageData) -> float:
    """Return how surely two quantities state the same fact (0 when they cannot; 1 or more when they do)."""
    if (first.unit or "") != (second.unit or ""):
        return 0.0
    if not _events_compatible(first, second) or _far_apart(first, second):
        return 0.0
    overlap = _jaccard(first.context, second.context)
    same_counted = _same_counted(first, second, lang)
    if first.unit:
        return 1.0 + overlap if overlap >= _MIN_CONTEXT_OVERLAP and (same_counted or not first.counted) else 0.0
    if same_counted and counted_key(first, lang) in lang.generic_counted and overlap < _MIN_CONTEXT_OVERLAP:
        return 0.0  # `vijf mensen` hurt in Amsterdam and `twee personen` checked at a campsite
    if not same_counted:
        return 0.0
    event_bonus = 0.5 if first.events and second.events and first.events[0] == second.events[0] else 0.0
    # Between equally likely partners, two figures that agree are more likely the same fact.
    agreement_bonus = _AGREEMENT_BONUS if values_agree(first, second) else 0.0
    return 1.0 + event_bonus + agreement_bonus + overlap


def _far_apart(first: Quantity, second: Quantity) -> bool:
    """Return True when two figures differ by a factor no misreport explains (`1400 kilometer` and `zo'n 4`)."""
    a, b = _size(first), _size(second)
    return a is not None and b is not None and min(a, b) > 0 and max(a, b) / min(a, b) >= _MAX_RATIO


def _size(quantity: Quantity) -> float | None:
    """Return one figure for a quantity: its value, else the middle of its bounds, else its one bound."""
    if quantity.value is not None:
        return quantity.value
    if quantity.low is not None and quantity.high is not None:
        return (quantity.low + quantity.high) / 2
    return quantity.low if quantity.low is not None else quantity.high


def _same_counted(first: Quantity, second: Quantity, lang: LanguageData) -> bool:
    # The lemmatizer may lemmatise one word form differently in two sentences; the form's own key
    # (rule-stripped plural) keeps equal words matching.
    return (_same_key(counted_key(first, lang), counted_key(second, lang))
            or _same_key(counted_form_key(first, lang), counted_form_key(second, lang)))


def _same_key(a: str, b: str) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) >= _MIN_COMPOUND_TAIL and longer.endswith(shorter)


def counted_key(quantity: Quantity, lang: LanguageData) -> str:
    """Return what a quantity counts, normalised for comparison (synonyms share one key)."""
    lemma = (quantity.counted_lemma or "").lower()
    return lang.counted_synonyms.get(lemma, lemma)


def counted_form_key(quantity: Quantity, lang: LanguageData) -> str:
    """Return the counted head word as written, plural stripped by rule (independent of the lemmatizer)."""
    if not quantity.counted:
        return ""
    form = strip_plural(rule_head(quantity.counted, lang).lower(), lang)
    return lang.counted_synonyms.get(form, form)


def _events_compatible(first: Quantity, second: Quantity) -> bool:
    """Return True unless the events differ: by their nearest event, or any event of the other clause."""
    if not first.events or not second.events:
        return True
    if first.events[0] in _TRIAL_STEPS and second.events[0] in _TRIAL_STEPS:
        return first.events[0] == second.events[0]
    return first.events[0] in second.events or second.events[0] in first.events


def _jaccard(first: list[str], second: list[str]) -> float:
    a, b = set(first), set(second)
    return len(a & b) / len(a | b) if a and b else 0.0


def interval(quantity: Quantity) -> tuple[float, float]:
    """Return the range of values a quantity allows, widened when it is approximate."""
    low = quantity.low if quantity.low is not None else -math.inf
    high = quantity.high if quantity.high is not None else math.inf
    if quantity.value is not None and quantity.low is None and quantity.high is None:
        low = high = quantity.value
    if low == high and math.isfinite(low):
        margin = _ROUNDING_MARGIN * _rounding_unit(low)
        low, high = low - margin, high + margin
    if quantity.approximate:
        low = low * (1 - APPROXIMATE_TOLERANCE) if math.isfinite(low) else low
        high = high * (1 + APPROXIMATE_TOLERANCE) if math.isfinite(high) else high
    if quantity.low is None and quantity.high is not None:
        low = 0.0
    return low, high


def _rounding_unit(value: float) -> float:
    """Return the unit a round figure was likely rounded to: 100 for `3800`, 0 for `3830`, `100` or `60.000`.

    A figure of two or more significant digits ending in two or more zeros is read as rounded to
    that place (`3800 kilometer` agrees with `3830 kilometer`); one significant digit says too little.
    """
    if value != int(value) or value < _MIN_ROUNDED:
        return 0.0
    unit = 1
    while int(value) % (unit * 10) == 0:
        unit *= 10
    return float(unit) if unit >= _MIN_ROUNDING_UNIT and value / unit >= 10 else 0.0


def values_agree(first: Quantity, second: Quantity) -> bool:
    """Return True when the two quantities' ranges overlap (qualifiers and approximation allowed for)."""
    a_low, a_high = interval(first)
    b_low, b_high = interval(second)
    return a_low <= b_high and b_low <= a_high


def claim_status(members: list[Quantity]) -> ClaimStatus:
    """Return single for one article, agree when every pair of values is compatible, else conflict."""
    if len({m.article for m in members}) < 2:
        return "single"
    ok = all(values_agree(a, b) for a, b in combinations(members, 2))
    return "agree" if ok else "conflict"


def describe_claim(members: list[Quantity]) -> str:
    """Return a short plain description: what is counted, the event, and each article's figure."""
    counted = min((m.counted for m in members if m.counted), key=len, default=None) or members[0].unit or "?"
    predicates = Counter(m.predicate for m in members if m.predicate)
    event = f" ({predicates.most_common(1)[0][0]})" if predicates else ""
    figures = "; ".join(f"{m.article}: {m.text}" for m in members)
    return f"{counted}{event} — {figures}"
