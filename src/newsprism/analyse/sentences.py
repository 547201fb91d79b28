"""Sentences of an article, with the content lemmas later stages compare."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token

from newsprism.analyse.doc_cache import text_of
from newsprism.lang import LanguageData
from newsprism.model import Sentence

if TYPE_CHECKING:
    from thinc.types import Ints2d

_OPENING_QUOTES = frozenset({"“", "„", ",,", "‘", "«"})
_AMBIGUOUS_QUOTES = frozenset({'"', "'", "»"})
# Marks that end a sentence; a parser boundary after anything else (inside a name such as
# `FNV Havens`) is a mis-split unless a line break stands there (a headline).
_SENTENCE_FINAL = frozenset({".", "!", "?", "…"})
_CLOSING_MARKS = frozenset({'"', "'", "”", "’", "»", ")", "]"})


def _opens_next_sentence(text: str, token: Token) -> bool:
    """Return True for a quote mark that opens the following text rather than closing this sentence."""
    if token.text in _OPENING_QUOTES:
        return True
    if token.text not in _AMBIGUOUS_QUOTES:
        return False
    after = text[token.idx + len(token.text):token.idx + len(token.text) + 1]
    before = text[token.idx - 1:token.idx] if token.idx > 0 else " "
    return before.isspace() and after.isalnum()


def _ends_sentence(tokens: list[Token]) -> bool:
    """Return True when a span of tokens ends with sentence-final punctuation or a line break."""
    last = tokens[-1]
    if "\n" in last.whitespace_ or last.i + 1 >= len(last.doc) or last.doc[last.i + 1].is_space:
        return True
    return _ends_with_sentence_mark(tokens)


def _ends_with_sentence_mark(tokens: list[Token]) -> bool:
    """Return True when the tokens end with sentence-final punctuation, perhaps followed by quote marks."""
    index = len(tokens) - 1
    while index > 0 and tokens[index].text in _CLOSING_MARKS | _OPENING_QUOTES:
        index -= 1
    return tokens[index].text[-1:] in _SENTENCE_FINAL


# Tokens looked back over from a possible boundary: a sentence end and the quote marks after it.
_END_WINDOW = 4
# A line this short that does not end a sentence is a heading, not a hard-wrapped line.
_HEADING_MAX_WORDS = 8
# SENT_START values: a sentence starts here, cannot start here, or the parser decides.
_START, _NOT_START, _UNDECIDED = 1, -1, 0
SENTENCE_BREAKS = "newsprism_sentence_breaks"


@Language.component(SENTENCE_BREAKS)
def only_break_at_sentence_ends(doc: Doc) -> Doc:
    """Start a sentence at each paragraph and forbid one where no sentence-final mark or line break stands.

    The parser decides the rest. Alone, it cuts news text inside capitalised names
    (`Fast | Retailing`) and after a paragraph break (`Bondscoach | Tite | was ...`), which
    also spoils the parse of those sentences and hides `Tite` as a sentence opener.
    """
    if len(doc) < 2:
        return doc
    marks = _CLOSING_MARKS | _OPENING_QUOTES
    words = [t.text for t in doc]
    spaces = [t.is_space for t in doc]
    starts = [_START] + [_UNDECIDED] * (len(doc) - 1)
    for i in range(1, len(doc)):
        previous = words[i - 1]
        if spaces[i]:
            starts[i] = _NOT_START
        elif spaces[i - 1]:
            if "\n" in previous and _line_ends_sentence(doc, i - 1):
                starts[i] = _START
        elif previous in marks:  # a quote mark or bracket: look back past it
            if not _ends_with_sentence_mark(list(doc[max(0, i - _END_WINDOW):i])):
                starts[i] = _NOT_START
        elif previous[-1] not in _SENTENCE_FINAL:
            starts[i] = _NOT_START
    values = numpy.array(starts, dtype="int64").astype("uint64").reshape(-1, 1)
    doc.from_array([SENT_START], cast("Ints2d", values))
    return doc


def _line_ends_sentence(doc: Doc, newline: int) -> bool:
    """Return True if the line break at token `newline` ends a sentence.

    It does after a blank line, a sentence end, or a short line (a heading); a long line
    without a sentence end may be hard-wrapped text, left to the parser.
    """
    if "\n\n" in doc[newline].text or newline == 0:
        return True
    if _ends_with_sentence_mark(list(doc[max(0, newline - _END_WINDOW):newline])):
        return True
    words = 0
    for k in range(newline - 1, -1, -1):
        if doc[k].is_space and "\n" in doc[k].text:
            break
        words += not doc[k].is_punct
    return words <= _HEADING_MAX_WORDS


def _repaired_sents(doc: Doc) -> list[list[Token]]:
    """Return the doc's sentences as token lists, a span cut off without a sentence end joined to the next."""
    spans: list[list[Token]] = []
    pending: list[Token] = []
    for sent in doc.sents:
        pending.extend(t for t in sent if not t.is_space)
        if pending and _ends_sentence(pending):
            spans.append(pending)
            pending = []
    if pending:
        spans.append(pending)
    return spans


def content_lemma(token: Token, lang: LanguageData) -> str | None:
    """Return the lowercased lemma of a content word, or None for punctuation and stop words."""
    if token.is_punct or token.is_space or not token.text.strip():
        return None
    lemma = (token.lemma_ or token.text).lower()
    if lemma in lang.stop_words or token.lower_ in lang.stop_words:
        return None
    return lemma


def split_sentences(doc: Doc, article_id: str, lang: LanguageData) -> list[Sentence]:
    """Return the sentences of `doc`, an opening quote mark kept with the sentence it opens."""
    text = text_of(doc)  # Doc.text joins every token on each access: read it once
    sentences: list[Sentence] = []
    carry_start: int | None = None
    for tokens in _repaired_sents(doc):
        if not tokens:
            continue
        start = carry_start if carry_start is not None else tokens[0].idx
        carry_start = None
        end_token = tokens[-1]
        if len(tokens) > 1 and _opens_next_sentence(text, end_token):
            carry_start = end_token.idx
            end_token = tokens[-2]
        end = end_token.idx + len(end_token.text)
        if end <= start:
            continue
        content = [(t, lemma) for t in tokens if (lemma := content_lemma(t, lang))]
        sentences.append(Sentence(article_id, start, end, text[start:end], lemmas=[lemma for _, lemma in content],
                                  words=[t.lower_ for t, _ in content]))
    return sentences
