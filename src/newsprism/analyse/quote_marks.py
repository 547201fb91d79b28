"""Pair the quote marks of a text: which stretches are quoted, in any quote style."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from newsprism.lang import LanguageData

# A quote longer than this (characters) is a pairing error, not a quote.
MAX_QUOTE_CHARS = 2500
# Marks that also serve as apostrophes inside or at the start of words.
_APOSTROPHES = frozenset({"'", "’"})
# Characters after which an opening mark may stand (besides whitespace).
_OPEN_AFTER = frozenset("([{—–-/:;,.…")
# Characters that may follow a closing mark (besides whitespace).
_CLOSE_BEFORE = frozenset(".,;:!?)]}—–-…")
# In tokenized text: what may follow a closing mark.
_CLOSE_BEFORE_SPACED = frozenset(",.;:!?)\n")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_EDGE_TRIM = " \t\r\n-–—"
_TAIL_TRIM = " \t\r\n,;:-–—"


@dataclass(frozen=True)
class QuotedSpan:
    """A quoted stretch: offsets of its marks and of the words between them."""

    open_start: int  # offset of the opening mark
    close_end: int  # offset just after the closing mark
    start: int  # first character of the quoted words
    end: int  # just after the last character of the quoted words


def find_quoted_spans(text: str, lang: LanguageData) -> list[QuotedSpan]:
    """Return the outermost quoted stretches of `text`, in text order."""
    spans: list[QuotedSpan] = []
    offset = 0
    for paragraph_end in [m.start() for m in _PARAGRAPH_BREAK.finditer(text)] + [len(text)]:
        spans.extend(_pair_marks(text, offset, paragraph_end, lang))
        offset = paragraph_end
    outermost: list[QuotedSpan] = []
    for span in sorted(spans, key=lambda s: (s.open_start, -s.close_end)):
        if outermost and span.open_start < outermost[-1].close_end:
            continue
        outermost.append(span)
    return outermost


def quoted_tokens(doc: Doc, spans: list[QuotedSpan]) -> set[int]:
    """Return the indices of the tokens inside quoted stretches, marks included."""
    inside: set[int] = set()
    for span in spans:
        tokens = doc.char_span(span.open_start, span.close_end, alignment_mode="expand")
        if tokens is not None:
            inside.update(range(tokens.start, tokens.end))
    return inside


def tokens_outside_quotes(doc: Doc, start: int, end: int, quoted: set[int]) -> list[int]:
    """Return the indices of the non-space tokens from character `start` to `end` that no quote covers."""
    tokens = doc.char_span(start, end, alignment_mode="expand")
    if tokens is None:
        return []
    return [t.i for t in tokens if not t.is_space and t.i not in quoted and start <= t.idx < end]


@lru_cache(maxsize=16)
def _marks_of(quote_pairs: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], dict[str, set[str]]]:
    """Return a pattern finding any quote mark (longest first, so `,,` before `,`) and each opener's closers."""
    marks = sorted({m for pair in quote_pairs for m in pair}, key=len, reverse=True)
    closers_of: dict[str, set[str]] = {}
    for opener, closer in quote_pairs:
        closers_of.setdefault(opener, set()).add(closer)
    return re.compile("|".join(map(re.escape, marks))), closers_of


def _pair_marks(text: str, start: int, end: int, lang: LanguageData) -> list[QuotedSpan]:
    """Return every balanced pair of marks between `start` and `end` (one paragraph)."""
    pattern, closers_of = _marks_of(lang.quote_pairs)
    stack: list[tuple[str, int]] = []
    spans: list[QuotedSpan] = []
    for found in pattern.finditer(text, start, end):
        i, mark = found.start(), found.group()
        role = _role(text, i, mark, lang)
        pending = [opener for opener, _ in stack]
        closes = role in ("close", "either") and any(mark in closers_of.get(o, ()) for o in pending)
        if role == "either" and not closes and mark not in closers_of:
            role = "none"
        if closes:
            depth = max(k for k, (o, _) in enumerate(stack) if mark in closers_of.get(o, ()))
            opened_at = stack[depth][1]
            del stack[depth:]
            span = _inner(text, opened_at, i + len(mark))
            if span is not None and span.close_end - span.open_start <= MAX_QUOTE_CHARS:
                spans.append(span)
        elif role in ("open", "either") and mark in closers_of:
            if role == "open":
                same = [k for k, (o, _) in enumerate(stack) if o == mark and mark in closers_of[mark]]
                if same:
                    del stack[same[-1]:]  # a mark that opens and closes cannot nest in itself
            stack.append((mark, i))
    return spans


def _role(text: str, i: int, mark: str, lang: LanguageData) -> str:
    """Return how a mark at `i` can act: 'open', 'close', 'either' or 'none'."""
    before = text[i - 1] if i > 0 else " "
    after_at = i + len(mark)
    after = text[after_at] if after_at < len(text) else " "
    if mark in _APOSTROPHES:
        if before.isalnum() and after.isalnum():
            return "none"  # auto's, regio’s, zo'n
        if not before.isalnum() and _starts_apostrophe_word(text, after_at, lang):
            return "none"  # 's avonds, 't is
    left = not after.isspace() and (before.isspace() or before in _OPEN_AFTER or i == 0 or not before.isalnum())
    right = not before.isspace() and (after.isspace() or after in _CLOSE_BEFORE or not after.isalnum())
    if mark in _APOSTROPHES or mark == "‘":
        if left and not right:
            return "open"
        if right and not left:
            return "close"
        return "none"
    if left and not right:
        return "open" if mark != "''" else "close"
    if right and not left:
        return "close"
    return _role_by_surroundings(text, i, after_at)


def _role_by_surroundings(text: str, i: int, after_at: int) -> str:
    """Return the role of a mark with spaces on both sides (tokenized text) from the nearest characters.

    A mark that starts a line or follows a colon opens; one before a comma or a line end
    closes; otherwise it toggles ('either').
    """
    before = text[:i].rstrip(" \t")
    after = text[after_at:].lstrip(" \t")
    opens = not before or before[-1] in "\n:"
    closes = not after or after[0] in _CLOSE_BEFORE_SPACED
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _starts_apostrophe_word(text: str, at: int, lang: LanguageData) -> bool:
    match = re.match(r"[^\W\d_]+", text[at:at + 12])
    if match is None:
        return False
    follower = text[at + match.end()] if at + match.end() < len(text) else " "
    return match.group().lower() in lang.apostrophe_words and not follower.isalnum()


def _inner(text: str, open_start: int, close_end: int) -> QuotedSpan | None:
    """Return the span of the quoted words between two marks, or None if nothing is quoted."""
    opener_len = next((n for n in (2, 1) if text[open_start:open_start + n] in (",,", "''")), 1)
    closer_len = 2 if text[close_end - 2:close_end] == "''" else 1
    start, end = open_start + opener_len, close_end - closer_len
    while start < end and text[start] in _EDGE_TRIM:
        start += 1
    while end > start and text[end - 1] in _TAIL_TRIM:
        end -= 1
    if not any(c.isalnum() for c in text[start:end]):
        return None
    return QuotedSpan(open_start, close_end, start, end)
