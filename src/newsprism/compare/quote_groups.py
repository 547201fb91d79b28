"""Group the same utterance reported by several articles, and show how the wording drifts."""

from __future__ import annotations

import difflib
import re

from rapidfuzz import fuzz

from newsprism.model import Quote, QuoteGroup

# Fuzzy similarity (0-100) of two quotes' words above which they are one utterance.
SAME_UTTERANCE_SCORE = 80.0
_WORD = re.compile(r"\w+", re.UNICODE)


def group_quotes_across_articles(quotes: list[Quote]) -> list[QuoteGroup]:
    """Return groups of quotes that render one utterance; every quote gets a `group` id."""
    groups: list[list[Quote]] = []
    for quote in quotes:
        words = _words(quote.text)
        best, best_score = None, 0.0
        for group in groups:
            if any(member.article == quote.article for member in group):
                continue
            if quote.kind == "term" and any(member.kind != "term" for member in group):
                continue
            score = max(_similarity(words, _words(member.text)) for member in group)
            if score >= SAME_UTTERANCE_SCORE and score > best_score:
                best, best_score = group, score
        if best is None:
            groups.append([quote])
        else:
            best.append(quote)
    result: list[QuoteGroup] = []
    for number, members in enumerate(groups, start=1):
        group_id = f"qg{number}"
        for member in members:
            member.group = group_id
        result.append(QuoteGroup(group_id, [m.id for m in members], _diffs(members)))
    return result


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _similarity(first: str, second: str) -> float:
    if not first or not second:
        return 0.0
    if min(len(first), len(second)) < 25:
        return fuzz.ratio(first, second)
    return max(fuzz.token_set_ratio(first, second), fuzz.partial_ratio(first, second))


def word_diff(first: str, second: str) -> list[tuple[str, str]]:
    """Return the word-level diff of two quotes as (op, words) with op in '=', '-', '+'."""
    a, b = first.split(), second.split()
    out: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(("=", " ".join(a[i1:i2])))
        else:
            if i2 > i1:
                out.append(("-", " ".join(a[i1:i2])))
            if j2 > j1:
                out.append(("+", " ".join(b[j1:j2])))
    return out


def _diffs(members: list[Quote]) -> list[dict[str, object]]:
    first = members[0]
    return [{"from": first.id, "to": other.id, "diff": word_diff(first.text, other.text)}
            for other in members[1:] if _words(other.text) != _words(first.text)]
