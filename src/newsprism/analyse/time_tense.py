"""The tense of the clause a time expression stands in, which decides if a bare weekday looks back or ahead."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsprism.analyse.time_resolution import Tense
from newsprism.lang import LanguageData


def clause_tense(doc: Doc, start: int, end: int, lang: LanguageData) -> Tense | None:
    """Return 'past', 'present' or 'future' for the clause around characters start..end, or None when nothing says."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tokens = _clause_tokens(doc, span.start, span.end - 1, lang)
    from_morphology = _tense_from_morphology(tokens, lang) if doc.has_annotation("MORPH") else None
    if from_morphology in ("past", "future"):
        return from_morphology
    # A present-tense verb says less than a marker word (`gaat ... terug`, `eerder deze week`).
    return _tense_from_words(" ".join(t.text.lower() for t in tokens), lang) or from_morphology


def _clause_tokens(doc: Doc, first: int, last: int, lang: LanguageData) -> list[Token]:
    """Return the tokens from the clause boundary before `first` to the one after `last`, within the sentence."""
    boundaries = set(lang.clause_boundaries)
    sentence_start, sentence_end = 0, len(doc)
    if doc.has_annotation("SENT_START"):
        sentence = doc[first].sent
        sentence_start, sentence_end = sentence.start, sentence.end
    left = first
    while left > sentence_start and doc[left - 1].lower_ not in boundaries:
        left -= 1
    right = last + 1
    while right < sentence_end and doc[right].lower_ not in boundaries:
        right += 1
    return list(doc[left:right])


def _tense_from_morphology(tokens: list[Token], lang: LanguageData) -> Tense | None:
    """Return the tense the morphologizer marks: a past verb, a perfect, or a future auxiliary."""
    has_participle = any("Part" in t.morph.get("VerbForm", []) for t in tokens)
    for token in tokens:
        if "Past" in token.morph.get("Tense", []):
            return "past"
        if has_participle and token.lemma_.lower() in lang.perfect_auxiliary_lemmas:
            return "past"
    if any(t.lemma_.lower() in lang.future_auxiliary_lemmas for t in tokens):
        return "future"
    if not has_participle and any("Pres" in t.morph.get("Tense", []) and "Fin" in t.morph.get("VerbForm", [])
                                  for t in tokens):
        return "present"
    return None


def _tense_from_words(clause: str, lang: LanguageData) -> Tense | None:
    """Return the tense the marker words of the clause suggest (past wins when both appear)."""
    if _marker_pattern(lang.code, lang.past_markers).search(clause):
        return "past"
    if _marker_pattern(lang.code, lang.future_markers).search(clause):
        return "future"
    return None


@lru_cache(maxsize=16)
def _marker_pattern(code: str, markers: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in sorted(markers, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)")
