"""Quotes in an article: direct, partial, indirect and scare-quoted terms, with their speakers."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from spacy.tokens import Doc

from newsprism.analyse.doc_cache import text_of
from newsprism.analyse.quote_marks import QuotedSpan, find_quoted_spans, quoted_tokens, tokens_outside_quotes
from newsprism.analyse.quote_speakers import Cue, Phrase, SpeakerFinder, give_speaker
from newsprism.analyse.reported_speech import find_reported_speech
from newsprism.lang import LanguageData
from newsprism.model import Article, Mention, Quote, QuoteKind, Sentence

# A quote of at most this many words without a speaker is a scare-quoted term.
TERM_MAX_WORDS = 3
# At most this many words between a speech verb and a quote make the quote the verb's words.
_MAX_WORDS_AFTER_VERB = 2
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# What may stand right before a quote that is its own utterance (`Hij zei: "…"`, `…," zei hij, "…`).
_DIRECT_BEFORE = frozenset(":,")
# What may follow a quote that is its own utterance (`"…", aldus X`, `"…".`).
_DIRECT_AFTER = frozenset(".!?,;:")
# A quote ending in one of these ended its own sentence (`"Waarom?" vroeg hij`).
_SENTENCE_END = frozenset(".!?…")


def find_quotes(doc: Doc, article: Article, mentions: list[Mention], lang: LanguageData,
                sentences: list[Sentence] | None = None) -> list[Quote]:
    """Return the quotes of `doc`: quoted spans (direct, partial, term) and reported speech."""
    text = text_of(doc)
    sentences = sentences or _doc_sentences(doc, article.id)
    spans = find_quoted_spans(text, lang)
    finder = SpeakerFinder(doc, mentions, lang)
    quoted = quoted_tokens(doc, spans)
    quotes: list[Quote] = []
    previous: tuple[Quote, int] | None = None  # the last direct quote and the end of its sentences
    direct_ranges: list[tuple[int, int]] = []
    for span in spans:
        range_start, range_end = _sentence_range(text, sentences, span)
        frame = tokens_outside_quotes(doc, range_start, range_end, quoted)
        cue = _nearest_cue(finder.cues(frame), span, doc)
        speaker = finder.speaker(cue, frame) if cue is not None else _introducer(text, span, frame, finder)
        kind = _kind(text, span, range_start, range_end, cue, doc, frame, lang)
        if kind == "direct" and speaker is None and previous is not None \
                and _adjacent(text, previous[1], range_start) and previous[0].speaker_start is not None:
            quote = _quote(article.id, text, span, kind, None)
            quote.speaker_text, quote.speaker_start, quote.speaker_end = (
                previous[0].speaker_text, previous[0].speaker_start, previous[0].speaker_end)
        else:
            if kind == "direct" and speaker is None and _word_count(text, span) <= TERM_MAX_WORDS:
                kind = "term"
            quote = _quote(article.id, text, span, kind, speaker if kind != "term" else None)
        if kind == "direct":
            previous = (quote, range_end)
            direct_ranges.append((range_start, range_end))
        quotes.append(quote)
    quotes.extend(find_reported_speech(doc, article.id, sentences, quoted, direct_ranges, finder, lang))
    quotes.sort(key=lambda q: (q.start, q.end))
    _continue_after_reported_speech(quotes, sentences, text)
    _introduced_by_the_sentence_before(quotes, sentences, text, finder, quoted, lang)
    return quotes


def _continue_after_reported_speech(quotes: list[Quote], sentences: Sequence[Sentence], text: str) -> None:
    """Give a direct quote without a speaker the speaker of the attributed quote in the sentence just before it.

    `Morgen wordt het weer onstuimig, zegt Severin. "Binnen een uur is het voorbij."`: in one
    paragraph, the unattributed quote goes on with the words of whoever spoke just before.
    """
    starts = [s.start for s in sentences]
    for previous, quote in zip(quotes, quotes[1:]):
        if quote.kind != "direct" or quote.speaker_start is not None or previous.speaker_start is None \
                or previous.kind == "term" or "\n" in text[previous.end:quote.start]:
            continue
        if bisect_right(starts, quote.start) - bisect_right(starts, previous.end - 1) == 1:
            quote.speaker_text, quote.speaker_start, quote.speaker_end = (
                previous.speaker_text, previous.speaker_start, previous.speaker_end)


def _introduced_by_the_sentence_before(quotes: list[Quote], sentences: Sequence[Sentence], text: str,
                                       finder: SpeakerFinder, quoted: set[int], lang: LanguageData) -> None:
    """Give a direct quote without a speaker the subject of the sentence right before it, on the same line.

    `Petkovic, de Zwitserse bondscoach, stak de loftrompet over Ronaldo. „Hij is de kers op de taart.”`:
    a quote standing alone goes on from the person the sentence before was about. Only a name, a
    role or a pronoun outside quote marks counts, only in one line (an interview's answers follow
    its questions on a line of their own), and not after someone else's words in the paragraph.
    """
    starts = [s.start for s in sentences]
    for quote in quotes:
        if quote.kind != "direct" or quote.speaker_start is not None:
            continue
        own = bisect_right(starts, quote.start) - 1
        if own < 1:
            continue
        before, current = sentences[own - 1], sentences[own]
        if "\n" in text[before.start:before.end].strip() or not (
                _only_marks(text[before.end:quote.start]) and _only_marks(text[current.start:quote.start])
                and _only_marks(text[quote.end:current.end])):  # `”, legt X uit` after it: X's words
            continue
        speaker = finder.sentence_subject(before.start, before.end, quoted)
        if speaker is not None and not _someone_else_spoke(quotes, quote, text, text[speaker.start:speaker.end], lang):
            give_speaker(quote, text, speaker)


def _someone_else_spoke(quotes: list[Quote], quote: Quote, text: str, speaker: str, lang: LanguageData) -> bool:
    """Return True when a quote earlier in the paragraph has another named speaker (then two could go on)."""
    paragraph_start = text.rfind("\n", 0, quote.start) + 1
    return any(paragraph_start <= other.start < quote.start and other.speaker_text
               and other.speaker_text.lower() not in (speaker.lower(), *lang.speaker_pronouns) for other in quotes)


def _only_marks(between: str) -> bool:
    """Return True when `between` holds no words and no line break: spaces and punctuation only."""
    return "\n" not in between and not any(c.isalnum() for c in between)


def _doc_sentences(doc: Doc, article_id: str) -> list[Sentence]:
    return [Sentence(article_id, s.start_char, s.end_char, s.text) for s in doc.sents] \
        if doc.has_annotation("SENT_START") else [Sentence(article_id, 0, len(text_of(doc)), text_of(doc))]


def _quote(article_id: str, text: str, span: QuotedSpan, kind: QuoteKind, speaker: Phrase | None) -> Quote:
    quote = Quote(article_id, span.start, span.end, text[span.start:span.end], kind=kind)
    if speaker is not None:
        give_speaker(quote, text, speaker)
    return quote


def _word_count(text: str, span: QuotedSpan) -> int:
    return len(re.findall(r"\w+", text[span.start:span.end]))


def _sentence_range(text: str, sentences: Sequence[Sentence], span: QuotedSpan) -> tuple[int, int]:
    """Return the stretch of the sentences a quote touches, with a lowercase tail (`zei hij.`) added."""
    touched = [i for i, s in enumerate(sentences) if s.start < span.close_end and s.end > span.open_start]
    if not touched:
        line_start = text.rfind("\n", 0, span.open_start) + 1
        line_end = text.find("\n", span.close_end)
        return line_start, len(text) if line_end == -1 else line_end
    first, last = touched[0], touched[-1]
    start, end = min(sentences[first].start, span.open_start), max(sentences[last].end, span.close_end)
    while last + 1 < len(sentences) and not any(c.isalnum() for c in text[span.close_end:sentences[last].end]):
        following = sentences[last + 1]
        between = text[end:following.start]
        opening = following.text.lstrip(" \t\"'“”’»,")
        if "\n" in between or not opening or not opening[0].islower():
            break
        last += 1
        end = following.end
    return _within_paragraph(text, start, end, span)


def _within_paragraph(text: str, start: int, end: int, span: QuotedSpan) -> tuple[int, int]:
    """Return (start, end) clipped to the paragraph of the quote (headlines have no full stop)."""
    for match in _PARAGRAPH_BREAK.finditer(text, start, end):
        if match.end() <= span.open_start:
            start = match.end()
        elif match.start() >= span.close_end:
            end = match.start()
            break
    return start, end


def _introducer(text: str, span: QuotedSpan, frame: list[int], finder: SpeakerFinder) -> Phrase | None:
    """Return the subject of a clause that introduces a quote with a colon (`De burgemeester was duidelijk: "…"`)."""
    before = [i for i in frame if finder.doc[i].idx < span.open_start]
    if not before or not text[:span.open_start].rstrip().endswith(":"):
        return None
    return finder.phrase_at(before[0], set(frame))


def _adjacent(text: str, previous_end: int, start: int) -> bool:
    between = text[previous_end:start]
    return previous_end <= start and not between.strip() and not _PARAGRAPH_BREAK.search(between)


def _nearest_cue(cues: list[Cue], span: QuotedSpan, doc: Doc) -> Cue | None:
    """Return the cue closest to the quote; an agent (`door X`) wins when a naming verb is present."""
    if not cues:
        return None
    agents = [c for c in cues if c.kind == "agent"]
    pool = agents or cues

    def distance(cue: Cue) -> tuple[int, int]:
        at = doc[cue.token].idx
        gap = span.open_start - at if at < span.open_start else at - span.close_end
        return gap, 0 if at < span.open_start else 1

    return min(pool, key=distance)


def _kind(text: str, span: QuotedSpan, range_start: int, range_end: int, cue: Cue | None,
          doc: Doc, frame: list[int], lang: LanguageData) -> QuoteKind:
    """Return direct for a quote that is its own utterance, else partial or term."""
    before = text[range_start:span.open_start].rstrip()
    after = text[span.close_end:range_end].lstrip()
    opens_alone = not before or before[-1] in _DIRECT_BEFORE or not before[-1].isalnum()
    closes_alone = not after or after[0] in _DIRECT_AFTER or not after[0].isalnum() \
        or text[span.end - 1] in _SENTENCE_END or any(c in _DIRECT_AFTER for c in text[span.end:span.close_end])
    if opens_alone and closes_alone and not (before and before[-1] == "," and after[:1].isalnum()):
        return "direct"
    if cue is None:
        return "partial" if _word_count(text, span) > TERM_MAX_WORDS else "term"
    if cue.kind not in ("naming", "agent") and _word_count(text, span) <= TERM_MAX_WORDS \
            and not _right_after(cue, span, doc, frame) and _inside_noun_phrase(span, doc, frame, lang):
        return "term"
    return "partial"


def _right_after(cue: Cue, span: QuotedSpan, doc: Doc, frame: list[int]) -> bool:
    """Return True when the quote follows its speech verb closely (`spreekt van een "X"`): the words are said."""
    if doc[cue.token].idx > span.open_start:
        return False
    between = [i for i in frame if i > cue.token and doc[i].idx < span.open_start]
    return len(between) <= _MAX_WORDS_AFTER_VERB


def _inside_noun_phrase(span: QuotedSpan, doc: Doc, frame: list[int], lang: LanguageData) -> bool:
    """Return True when the quoted words head a noun phrase (`de Russische "vredestroepen"`, `zogeheten "X"`).

    Only a determiner followed by adjectives (by POS, else by their inflection) counts, so
    `de maatregelen "onvermijdelijk"` stays a partial quote.
    """
    preceding = [i for i in frame if doc[i].idx < span.open_start][-(TERM_MAX_WORDS + 1):]
    for i in reversed(preceding):
        token = doc[i]
        word = token.lower_
        if word in lang.term_markers:
            return True
        if word in lang.speaker_determiners:
            return True
        if token.is_punct or word in lang.reported_clause_openers:
            return False
        if doc.has_annotation("POS"):
            if token.pos_ not in ("ADJ", "NUM"):
                return False
        elif not word.endswith(lang.term_adjective_endings):
            return False
    return False
