"""The words around a number: what it counts, the event it belongs to, and who says so."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsprism.lang import LanguageData

_TOKEN = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*|[^\w\s]")
_MAX_ADJECTIVES = 3
_MAX_NAME_WORDS = 4
_NOUN_TAGS = ("NOUN", "PROPN")
# Tags the tagger gives substantivised plurals (`doden`, `gewonden`) instead of NOUN.
_SUBSTANTIVE_TAGS = ("VERB", "ADJ")
_VOWELS = "aeiouy"


@dataclass(frozen=True)
class Word:
    """One word or punctuation mark of the text, with its offsets."""

    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        """Return the word lowercased."""
        return self.text.lower()


def words_between(text: str, start: int, end: int) -> list[Word]:
    """Return the words and punctuation marks of `text[start:end]` with absolute offsets."""
    return [Word(m.group(0), start + m.start(), start + m.end()) for m in _TOKEN.finditer(text[start:end])]


def _is_word(word: Word) -> bool:
    return word.text[:1].isalpha()


def _is_adjective(word: Word, lang: LanguageData, pos: dict[int, str] | None = None) -> bool:
    if pos:
        return pos.get(word.start) == "ADJ"
    return (_is_word(word) and len(word.text) > 3 and word.lower.endswith(lang.adjective_endings)
            and word.lower not in lang.stop_words and word.lower not in lang.unit_words)


def _is_content(word: Word, lang: LanguageData) -> bool:
    lower = word.lower
    return (_is_word(word) and lower not in lang.stop_words and lower not in lang.predicate_classes
            and lower not in lang.coordinators and lower not in lang.complement_prepositions
            and lower not in lang.number_units and lower not in _single_word_qualifiers(lang))


def _single_word_qualifiers(lang: LanguageData) -> frozenset[str]:
    return frozenset(q for q in (*lang.lower_bound_qualifiers, *lang.upper_bound_qualifiers,
                                 *lang.approximate_qualifiers) if " " not in q)


def noun_phrase_end(words: list[Word], index: int, lang: LanguageData, *, determiner: bool,
                    pos: dict[int, str] | None = None) -> int:
    """Return the index after a noun phrase starting at `index` (adjectives, noun, names), or `index`.

    `pos` maps word offsets to the tagger's part of speech; without it, inflected adjectives are
    recognised by their ending (`Russische`).
    """
    position = index
    if determiner and position < len(words) and words[position].lower in lang.noun_phrase_determiners:
        position += 1
    adjectives = 0
    while (position + 1 < len(words) and adjectives < _MAX_ADJECTIVES and _is_adjective(words[position], lang, pos)
           and _is_content(words[position + 1], lang)):
        position += 1
        adjectives += 1
    if position >= len(words) or not _is_content(words[position], lang):
        return position if adjectives else index
    if pos and pos.get(words[position].start) not in ("NOUN", "PROPN", "NUM", "ADJ", "X"):
        return position if adjectives else index
    position += 1
    names = 0
    while (position < len(words) and names < _MAX_NAME_WORDS and words[position].text[:1].isupper()
           and _is_content(words[position], lang)):
        position += 1
        names += 1
    return position


def counted_phrase(text: str, end: int, limit: int, lang: LanguageData, *,
                   plural: bool = False, pos: dict[int, str] | None = None) -> tuple[int, int] | None:
    """Return the span of what a number ending at `end` counts (`politieagenten en leden van de garde`).

    With `plural`, the head noun must look plural (`militairen`, not `verwacht`), as it does after
    any number above one.
    """
    words = words_between(text, end, limit)
    stop = noun_phrase_end(words, 0, lang, determiner=False, pos=pos)
    if stop == 0:
        return None
    if pos:
        plural = False
    if (plural and stop < len(words) and not looks_plural(words[stop - 1], lang)
            and _is_content(words[stop], lang) and words[stop].text[:1].islower() and looks_plural(words[stop], lang)):
        stop += 1
    head = words[stop - 1]
    if plural and not looks_plural(head, lang) and head.lower not in lang.unit_words:
        return None
    if (stop + 1 < len(words) and words[stop].lower in lang.coordinators
            and words[stop].start - words[stop - 1].end <= 1):
        joined = noun_phrase_end(words, stop + 1, lang, determiner=False, pos=pos)
        plural_ok = not plural or looks_plural(words[joined - 1], lang)
        if joined > stop + 1 and plural_ok and not _is_number_word(words[stop + 1], lang):
            stop = joined
            if stop < len(words) and words[stop].lower in lang.complement_prepositions:
                complement = noun_phrase_end(words, stop + 1, lang, determiner=True, pos=pos)
                if complement > stop + 2:
                    stop = complement
    return words[0].start, words[stop - 1].end


def looks_plural(word: Word, lang: LanguageData) -> bool:
    """Return True when a word ends like a plural noun of the language."""
    return word.lower.endswith(lang.plural_suffixes) and len(word.text) > 2


def _is_number_word(word: Word, lang: LanguageData) -> bool:
    return word.lower in lang.number_units or word.text[:1].isdigit()


def head_lemma(counted: str, lang: LanguageData, doc: Doc | None = None, start: int | None = None,
               tags: dict[int, str] | None = None) -> str:
    """Return the lemma of the counted head noun: the lemmatizer's when plausible, else a stripped plural.

    The trained lemmatizer sometimes returns a plural unchanged or an invented stem
    (`demonstranten` -> `demonstranot`); only a lemma the word form can be derived from is kept.
    """
    if doc is not None and start is not None and doc.has_annotation("LEMMA"):
        span = doc.char_span(start, start + len(counted), alignment_mode="expand")
        if span is not None and len(span):
            tagged = tags or {t.idx: t.pos_ for t in span}
            nouns = [t for t in span if tagged.get(t.idx) in _NOUN_TAGS]
            head_text = rule_head(counted, lang)
            token = nouns[0] if nouns else next((t for t in span if t.text == head_text), span[-1])
            if _plausible_lemma(token, lang):
                return token.lemma_.lower()
            return strip_plural(token.text.lower(), lang)
    first = counted.split()[-1] if len(counted.split()) == 1 else rule_head(counted, lang)
    return strip_plural(first.lower(), lang)


def _plausible_lemma(token: Token, lang: LanguageData) -> bool:
    """Return True when the token's lemma is its singular: the form itself, or the form minus a plural ending.

    Doubled letters are collapsed before comparing, so spelling changes (`doden` ~ `dood`,
    `bommen` ~ `bom`) pass while an invented stem does not.
    """
    form, lemma = token.text.lower(), token.lemma_.lower()
    if len(lemma) < 3 or not lemma[:1].isalpha():
        return False
    if lemma == form:
        number = token.morph.get("Number", [])
        return "Plur" not in number and (bool(number) or not looks_plural(Word(token.text, 0, 0), lang))
    return derives_by_plural(form, lemma, lang)


def derives_by_plural(form: str, lemma: str, lang: LanguageData) -> bool:
    """Return True when `form` is `lemma` plus a plural ending, allowing the regular spelling changes.

    Allowed: a doubled final consonant (`bom` -> `bommen`) and a long vowel written once in an
    open syllable (`dood` -> `doden`, not after another vowel: `brandweerlieed` is no lemma).
    """
    if len(lemma) < 3 or lemma == form:
        return False
    stems = [lemma, lemma + lemma[-1]]
    if lemma[-3] == lemma[-2] and lemma[-2] in _VOWELS and (len(lemma) < 4 or lemma[-4] not in _VOWELS):
        stems.append(lemma[:-2] + lemma[-1])
    return any(form.startswith(stem) and form[len(stem):] in lang.plural_suffixes for stem in stems)


def counting_tags(doc: Doc, lang: LanguageData) -> dict[int, str] | None:
    """Return word offset -> part of speech, with the tagger's implausible calls around counts corrected.

    A noun whose lemma does not start like its form is a participle (`gevallen` -> `vallen`), and
    a plural-looking word tagged verb or adjective right after a number, not followed by a noun or
    inflected from its lemma by a plural ending, is the counted noun itself (`40 gewonden`,
    `26 doden gevallen`); a noun or participle right before a plural noun there is its adjective
    (`2 zilveren bekers`, `6 gesloten winkels`). None without a tagger.
    """
    if not doc.has_annotation("POS"):
        return None
    tokens = list(doc)  # one Token object per word, not one per pass
    tags = {t.idx: t.pos_ for t in tokens}
    for token in tokens:
        if token.pos_ == "NOUN" and _participle_like(token):
            tags[token.idx] = "VERB"
    for token in tokens:
        if token.i == 0 or not _is_count_token(tokens[token.i - 1], lang) or not token.text[:1].islower():
            continue
        following = tokens[token.i + 1] if token.i + 1 < len(tokens) else None
        following_tag = tags[following.idx] if following is not None else ""
        if tags[token.idx] in _SUBSTANTIVE_TAGS and looks_plural(Word(token.text, 0, 0), lang) and (
                following_tag not in (*_NOUN_TAGS, "ADJ")
                or derives_by_plural(token.text.lower(), token.lemma_.lower(), lang)):
            tags[token.idx] = "NOUN"
        elif (token.pos_ in ("NOUN", "VERB") and following is not None and following_tag == "NOUN"
              and following.text[:1].islower() and token.text.lower() not in lang.unit_words
              and looks_plural(Word(following.text, 0, 0), lang)):
            tags[token.idx] = "ADJ"
    return tags


def _participle_like(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return bool(lemma) and (token.morph.get("VerbForm", []) == ["Part"] or lemma[:1] != token.text[:1].lower())


def _is_count_token(token: Token, lang: LanguageData) -> bool:
    return token.pos_ == "NUM" or token.like_num or token.text.lower() in lang.vague_counts


def rule_head(counted: str, lang: LanguageData) -> str:
    """Return the head word of a counted phrase by rule: the first word that is not an inflected adjective."""
    parts = counted.split()
    for part in parts:
        if not part.lower().endswith(lang.adjective_endings) or part is parts[-1]:
            if part.lower() not in lang.coordinators:
                return part
    return parts[-1]


def strip_plural(word: str, lang: LanguageData) -> str:
    """Return `word` without its plural ending (`militairen` -> `militair`), at least four letters kept."""
    for suffix in lang.plural_suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


_CLAUSE_MARKS = (",", ";", ":")
_WORDS = re.compile(r"\w+")


def find_predicates(text: str, start: int, end: int, lang: LanguageData) -> list[tuple[int, int, str]]:
    """Return (start, end, class) of every event phrase (`om het leven gebracht`) in text[start:end]."""
    lowered = text[start:end].lower()
    found: list[tuple[int, int, str]] = []
    for phrase in sorted(lang.predicate_classes, key=len, reverse=True):
        if phrase not in lowered:  # a plain substring test first: most phrases are not in the sentence
            continue
        for match in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", lowered):
            if phrase in lang.predicate_conditions and not _in_required_company(lowered, match, phrase, lang):
                continue
            span = (start + match.start(), start + match.end())
            if not any(s < span[1] and span[0] < e for s, e, _ in found):
                found.append((span[0], span[1], lang.predicate_classes[phrase]))
    return sorted(found)


def _in_required_company(lowered: str, match: re.Match[str], phrase: str, lang: LanguageData) -> bool:
    """Return whether a conditional event phrase has the words it needs around it in its clause."""
    required, excluded_before, excluded_next = lang.predicate_conditions[phrase]
    clause_start = max(lowered.rfind(mark, 0, match.start()) for mark in _CLAUSE_MARKS) + 1
    before = _WORDS.findall(lowered[clause_start:match.start()])
    following = _WORDS.findall(lowered[match.end():match.end() + 40])[:1]
    return (any(w in required for w in before) and not any(w in excluded_before for w in before)
            and not any(w in excluded_next for w in following))


def parser_predicate(doc: Doc, start: int, end: int, lang: LanguageData) -> str | None:
    """Return the verb the parser attaches the number's phrase to (not a copula or modal), when there is a parser."""
    if not doc.has_annotation("DEP"):
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    for _ in range(6):
        if token.pos_ == "VERB" or token.head is token:
            break
        token = token.head
    return token.text if token.pos_ == "VERB" and token.lemma_.lower() not in lang.light_verb_lemmas else None


def find_attribution(text: str, start: int, end: int, lang: LanguageData,
                     pos: dict[int, str] | None = None) -> str | None:
    """Return the attribution in text[start:end] (`volgens de officiële cijfers`), or None."""
    words = words_between(text, start, end)
    for index, word in enumerate(words):
        if word.lower not in lang.attribution_markers and word.lower not in lang.trailing_attribution_markers:
            continue
        stop = noun_phrase_end(words, index + 1, lang, determiner=True, pos=pos)
        if stop < len(words) and words[stop].lower in lang.complement_prepositions:
            complement = noun_phrase_end(words, stop + 1, lang, determiner=True, pos=pos)
            if complement > stop + 1:
                stop = complement
        if stop > index + 1:
            return text[word.start:words[stop - 1].end]
    return None


def context_words(text: str, start: int, end: int, lang: LanguageData) -> list[str]:
    """Return the lowercased content words of text[start:end], numbers left out."""
    return sorted({w.lower for w in words_between(text, start, end)
                   if _is_word(w) and w.lower not in lang.stop_words and len(w.text) > 2
                   and w.lower not in lang.number_units})
