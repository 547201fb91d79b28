"""Indirect quotes: reported speech (`zei dat …`, `volgens X …`, `…, aldus X`) without quote marks."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from newsprism.analyse.doc_cache import text_of
from newsprism.analyse.quote_marks import tokens_outside_quotes
from newsprism.analyse.quote_speakers import Cue, SpeakerFinder, give_speaker
from newsprism.lang import LanguageData
from newsprism.model import Quote, Sentence

# A reported clause needs at least this many words to be worth reporting.
MIN_CLAUSE_WORDS = 3
# How many words after a speech verb its `dat`/`om` may stand (`zei vrijdag in een toespraak dat`).
MAX_OPENER_DISTANCE = 12
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_END_TRIM = " \t\n.!?;:,"


def find_reported_speech(doc: Doc, article_id: str, sentences: Sequence[Sentence], quoted: set[int],
                         direct_ranges: Sequence[tuple[int, int]], finder: SpeakerFinder,
                         lang: LanguageData) -> list[Quote]:
    """Return one indirect quote per reporting sentence that is not itself a direct quote."""
    quotes: list[Quote] = []
    for sentence in _paragraph_pieces(text_of(doc), sentences):
        if any(start < sentence.end and end > sentence.start for start, end in direct_ranges):
            continue
        frame = tokens_outside_quotes(doc, sentence.start, sentence.end, quoted)
        for cue in finder.cues(frame):
            clause = _reported_clause(doc, cue, frame, finder, lang, sentence)
            if clause is None:
                continue
            start, end = clause
            quote = Quote(article_id, start, end, text_of(doc)[start:end], kind="indirect")
            speaker = finder.speaker(cue, frame)
            if speaker is not None:
                give_speaker(quote, text_of(doc), speaker)
            quotes.append(quote)
            break
    return quotes


def _paragraph_pieces(text: str, sentences: Sequence[Sentence]) -> list[Sentence]:
    """Return the sentences cut at paragraph breaks (a headline without a full stop joins the next line)."""
    pieces: list[Sentence] = []
    for sentence in sentences:
        start = sentence.start
        for match in _PARAGRAPH_BREAK.finditer(text, sentence.start, sentence.end):
            pieces.append(Sentence(sentence.article, start, match.start(), text[start:match.start()]))
            start = match.end()
        pieces.append(Sentence(sentence.article, start, sentence.end, text[start:sentence.end]))
    return [p for p in pieces if p.text.strip()]


def _reported_clause(doc: Doc, cue: Cue, frame: list[int], finder: SpeakerFinder, lang: LanguageData,
                     sentence: Sentence) -> tuple[int, int] | None:
    """Return the character span of what the cue reports, or None when it reports no clause."""
    position = frame.index(cue.token)
    after = frame[position + 1:]
    allowed = set(frame)
    if cue.kind == "agent":
        return None
    if cue.kind == "trailing":
        before = [i for i in frame[:position] if not doc[i].is_punct]
        return _span(doc, before[0], before[-1]) if before else None
    if cue.kind == "leading":
        speaker = finder.speaker(cue, frame)
        if speaker is None:
            return None
        rest = [i for i in after if i > speaker.last_token and not doc[i].is_punct]
        before = [i for i in frame[:position] if not doc[i].is_punct]
        if len(before) >= MIN_CLAUSE_WORDS and len(before) > len(rest):
            return _span(doc, before[0], before[-1])
        return _span(doc, rest[0], rest[-1], sentence) if rest else None
    if cue.kind == "naming":
        speaker = finder.speaker(cue, frame)
        if speaker is None:
            return None
        if speaker.start > doc[cue.token].idx:
            after = [i for i in after if i > speaker.last_token]
        rest = [i for i in after if not doc[i].is_punct]
        return _span(doc, rest[0], rest[-1], sentence) if rest else None
    opener = next((i for i in after[:MAX_OPENER_DISTANCE] if doc[i].lower_ in lang.reported_clause_openers), None)
    if opener is not None:
        return _span(doc, opener + 1, opener + 1, sentence) if opener + 1 < len(doc) else None
    speaker = finder.phrase_at(cue.token + 1, allowed)
    comma = cue.token - 1
    if speaker is not None and comma in allowed and doc[comma].is_punct and position >= MIN_CLAUSE_WORDS:
        before = frame[:position - 1]
        return _span(doc, before[0], before[-1]) if before else None
    return None


def _span(doc: Doc, first: int, last: int, sentence: Sentence | None = None) -> tuple[int, int] | None:
    """Return the span from token `first` to `last` (or to the end of `sentence`), end punctuation trimmed."""
    start = doc[first].idx
    end = sentence.end if sentence is not None else doc[last].idx + len(doc[last].text)
    while end > start and text_of(doc)[end - 1] in _END_TRIM:
        end -= 1
    if len(text_of(doc)[start:end].split()) < MIN_CLAUSE_WORDS:
        return None
    return start, end
