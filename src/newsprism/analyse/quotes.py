"""Quotes in an article: direct, partial, indirect and scare-quoted terms, with their speakers."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsprism.lang import LanguageData
from newsprism.model import Article, Mention, Quote, QuoteKind, Sentence

_MAX_QUOTE_CHARS = 1500
_TERM_MAX_WORDS = 3


def find_quotes(doc: Doc, article: Article, mentions: list[Mention], lang: LanguageData,
                sentences: list[Sentence] | None = None) -> list[Quote]:
    """Return the quotes of `doc`: quoted spans (direct, partial, term) and reported speech."""
    text = doc.text
    quotes: list[Quote] = []
    quoted_ranges: list[tuple[int, int]] = []
    for start, end in _quoted_spans(text, lang):
        inner_start, inner_end = _strip_span(text, start, end)
        if inner_end <= inner_start:
            continue
        quoted_ranges.append((start, end))
        words = text[inner_start:inner_end].split()
        sentence = _sentence_around(sentences or [], inner_start)
        attribution = _attribution(text, sentence, (start, end), mentions, lang)
        kind: QuoteKind
        if len(words) <= _TERM_MAX_WORDS and attribution is None:
            kind = "term"
        elif len(words) <= _TERM_MAX_WORDS or (sentence and _is_partial(text, sentence, start, end)):
            kind = "partial"
        else:
            kind = "direct"
        quote = Quote(article.id, inner_start, inner_end, text[inner_start:inner_end], kind=kind)
        if attribution and kind != "term":
            quote.speaker_start, quote.speaker_end = attribution
            quote.speaker_text = text[attribution[0]:attribution[1]]
        quotes.append(quote)
    tokens_by_sentence: dict[int, list[Token]] = {}
    for token in doc:
        sentence = _sentence_around(sentences or [], token.idx)
        if sentence is not None:
            tokens_by_sentence.setdefault(sentence.start, []).append(token)
    for sentence in sentences or []:
        if any(s < sentence.end and e > sentence.start for s, e in quoted_ranges):
            continue
        indirect = _indirect_quote(text, tokens_by_sentence.get(sentence.start, []), sentence, mentions, lang)
        if indirect:
            quotes.append(indirect)
    quotes.sort(key=lambda q: q.start)
    return quotes


def _quoted_spans(text: str, lang: LanguageData) -> list[tuple[int, int]]:
    """Return (open, close-end) offsets of every balanced pair of quote marks."""
    spans: list[tuple[int, int]] = []
    i = 0
    openers = sorted({o for o, _ in lang.quote_pairs}, key=len, reverse=True)
    while i < len(text):
        opener = next((o for o in openers if text.startswith(o, i)), None)
        if opener is None or not _can_open(text, i, opener):
            i += 1
            continue
        closers = [c for o, c in lang.quote_pairs if o == opener]
        best: tuple[int, str] | None = None
        for closer in closers:
            j = _find_closer(text, i + len(opener), i, closer)
            if j != -1 and (best is None or j < best[0]):
                best = (j, closer)
        if best is None:
            i += len(opener)
            continue
        best_at, best_closer = best
        spans.append((i, best_at + len(best_closer)))
        i = best_at + len(best_closer)
    return spans


def _find_closer(text: str, j: int, opened_at: int, closer: str) -> int:
    while True:
        j = text.find(closer, j)
        if j == -1 or j - opened_at > _MAX_QUOTE_CHARS:
            return -1
        if _can_close(text, j, closer):
            return j
        j += 1


def _can_open(text: str, i: int, mark: str) -> bool:
    if mark in ("'", '"', ",,"):
        before = text[i - 1] if i > 0 else " "
        after = text[i + len(mark)] if i + len(mark) < len(text) else " "
        if mark == ",,":
            return after.strip() != ""
        return (before.isspace() or before in "([—–-:") and not after.isspace()
    return True


def _can_close(text: str, j: int, mark: str) -> bool:
    if mark in ("'", '"', "’"):
        before = text[j - 1] if j > 0 else " "
        after = text[j + len(mark)] if j + len(mark) < len(text) else " "
        if mark == "’" and after.isalpha() and before.isalpha():
            return False  # apostrophe inside a word
        return not before.isspace() and (after.isspace() or after in ".,;:!?)—–-")
    return True


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the inner span of a quoted stretch without its marks and edge spaces."""
    inner_start = start
    while inner_start < end and not (text[inner_start].isalnum()):
        inner_start += 1
    inner_end = end
    while inner_end > inner_start and not (text[inner_end - 1].isalnum() or text[inner_end - 1] in ".!?…"):
        inner_end -= 1
    return inner_start, inner_end


def _sentence_around(sentences: list[Sentence], offset: int) -> Sentence | None:
    return next((s for s in sentences if s.start <= offset < s.end), None)


def _is_partial(text: str, sentence: Sentence, start: int, end: int) -> bool:
    before = text[sentence.start:start].strip()
    return len(before.split()) > 3 and not before.endswith((":",))


def _attribution(text: str, sentence: Sentence | None, quote: tuple[int, int],
                 mentions: list[Mention], lang: LanguageData) -> tuple[int, int] | None:
    """Return the span naming who said the quote in its sentence, if any."""
    if sentence is None:
        return None
    outside = text[sentence.start:quote[0]] + " " * (quote[1] - quote[0]) + text[quote[1]:sentence.end]
    words = list(re.finditer(r"[\w'-]+", outside))
    has_speech = any(w.group().lower() in lang.speech_verbs or w.group().lower() in lang.attribution_markers
                     for w in words)
    if not has_speech:
        return None
    in_sentence = [m for m in mentions if sentence.start <= m.start < sentence.end
                   and not (quote[0] <= m.start < quote[1]) and m.label == "PER"]
    if not in_sentence:
        in_sentence = [m for m in mentions if sentence.start <= m.start < sentence.end
                       and not (quote[0] <= m.start < quote[1])]
    if in_sentence:
        nearest = min(in_sentence, key=lambda m: min(abs(m.start - quote[1]), abs(quote[0] - m.end)))
        return nearest.start, nearest.end
    for w in words:
        if w.group().lower() in lang.speaker_pronouns:
            return sentence.start + w.start(), sentence.start + w.end()
    return None


def _indirect_quote(text: str, tokens: list[Token], sentence: Sentence, mentions: list[Mention],
                    lang: LanguageData) -> Quote | None:
    """Return the reported clause of `X zei dat ...` or `volgens X ...` sentences."""
    for k, token in enumerate(tokens):
        lower = token.lower_
        if lower in lang.speech_verbs and lower not in lang.attribution_markers:
            opener = next((t for t in tokens[k + 1:k + 8] if t.lower_ in lang.reported_clause_openers), None)
            if opener is None:
                continue
            start = opener.idx + len(opener.text) + 1
            end = sentence.end - (1 if text[sentence.end - 1] in ".!?" else 0)
            if end - start < 10:
                return None
            speaker = _nearest_speaker(mentions, sentence.start, token.idx, tokens[:k], lang)
            quote = Quote(sentence.article, start, end, text[start:end], kind="indirect")
            if speaker:
                quote.speaker_start, quote.speaker_end = speaker
                quote.speaker_text = text[speaker[0]:speaker[1]]
            return quote
        if lower in lang.attribution_markers and k == 0 and len(tokens) > 4:
            named = [m for m in mentions if token.idx < m.start < token.idx + 60]
            if not named:
                return None
            first = min(named, key=lambda m: m.start)
            rest = next((t for t in tokens if t.idx >= first.end and not t.is_punct), None)
            if rest is None:
                return None
            end = sentence.end - (1 if text[sentence.end - 1] in ".!?" else 0)
            if end - rest.idx < 10:
                return None
            return Quote(sentence.article, rest.idx, end, text[rest.idx:end], kind="indirect",
                         speaker_text=first.text, speaker_start=first.start, speaker_end=first.end)
    return None


def _nearest_speaker(mentions: list[Mention], start: int, verb_at: int, before: list[Token],
                     lang: LanguageData) -> tuple[int, int] | None:
    candidates = [m for m in mentions if start <= m.start < verb_at]
    if candidates:
        chosen = max(candidates, key=lambda m: (m.label == "PER", m.start))
        return chosen.start, chosen.end
    for token in before:
        if token.lower_ in lang.speaker_pronouns:
            return token.idx, token.idx + len(token.text)
    return None
