"""Group the same utterance reported by several articles, and show how the wording drifts."""

from __future__ import annotations

import difflib
import re

from rapidfuzz import fuzz

from newsprism.model import Quote, QuoteGroup

# Score (0-100) above which two quotes render one utterance.
SAME_UTTERANCE_SCORE = 80.0
# Quotes shorter than this many words must match word for word (a one-word quote is too easily shared).
SHORT_QUOTE_WORDS = 4
# Character similarity (0-100) that still joins quotes whose words are spelled differently.
SPELLING_VARIANT_SCORE = 90.0
_WORD = re.compile(r"\w+(?:['’]\w+)*", re.UNICODE)


def group_quotes_across_articles(quotes: list[Quote]) -> list[QuoteGroup]:
    """Return groups of quotes that render one utterance; every quote gets a `group` id."""
    groups: list[list[Quote]] = []
    for quote in sorted(quotes, key=lambda q: -len(words_of(q.text))):
        best: list[Quote] | None = None
        best_score = 0.0
        for group in groups:
            if any(member.article == quote.article for member in group) or not _kinds_match(quote, group[0]):
                continue
            score = max(utterance_similarity(quote.text, member.text) for member in group)
            if score >= SAME_UTTERANCE_SCORE and score > best_score:
                best, best_score = group, score
        if best is None:
            groups.append([quote])
        else:
            best.append(quote)
    groups.sort(key=lambda members: min((q.article, q.start) for q in members))
    result: list[QuoteGroup] = []
    for number, members in enumerate(groups, start=1):
        members.sort(key=lambda q: (q.article, q.start))
        group_id = f"qg{number}"
        for member in members:
            member.group = group_id
        result.append(QuoteGroup(group_id, [m.id for m in members], _diffs(members)))
    return result


def words_of(text: str) -> list[str]:
    """Return the words of a quote, casefolded, without punctuation or quote marks."""
    return [w.replace("’", "'") for w in _WORD.findall(text.casefold())]


def utterance_similarity(first: str, second: str) -> float:
    """Return 0-100: how surely two quoted texts render the same words, one possibly trimmed."""
    a, b = words_of(first), words_of(second)
    if not a or not b:
        return 0.0
    shorter = min(len(a), len(b))
    if shorter < SHORT_QUOTE_WORDS:
        return 100.0 if a == b else fuzz.ratio(" ".join(a), " ".join(b)) if len(a) == len(b) else 0.0
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    covered = sum(block.size for block in matcher.get_matching_blocks()) / shorter
    score = 100.0 * covered
    if score < SAME_UTTERANCE_SCORE:
        spelled = fuzz.partial_ratio(" ".join(a), " ".join(b))
        if spelled >= SPELLING_VARIANT_SCORE:
            score = max(score, spelled)
    return score


def word_diff(first: str, second: str) -> list[tuple[str, str]]:
    """Return the word-level diff of two quotes as (op, words) with op in '=', '-', '+'."""
    a, b = _WORD.findall(first), _WORD.findall(second)
    keys_a, keys_b = words_of(first), words_of(second)
    out: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(a=keys_a, b=keys_b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.append(("=", " ".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append(("-", " ".join(a[i1:i2])))
        if j2 > j1:
            out.append(("+", " ".join(b[j1:j2])))
    return out


def _kinds_match(quote: Quote, other: Quote) -> bool:
    """Terms group only with terms; reported words (direct, partial, indirect) with each other."""
    return (quote.kind == "term") == (other.kind == "term")


def _diffs(members: list[Quote]) -> list[dict[str, object]]:
    """Return the diff from the fullest version to every other version whose words differ."""
    if len(members) < 2:
        return []
    fullest = max(members, key=lambda q: len(words_of(q.text)))
    return [{"from": fullest.id, "to": other.id, "diff": word_diff(fullest.text, other.text)}
            for other in members if other is not fullest and words_of(other.text) != words_of(fullest.text)]
