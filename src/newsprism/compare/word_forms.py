"""Word forms for comparing sentences: a light stemmer, compound splitting, and a story vocabulary.

The trained pipeline gives lemmas; the rule-based fallback does not, and even lemmas leave
`brandstofprijzen` apart from `prijs`. `StoryVocabulary` maps every word of a story to the
features a comparison should see: its canonical stem, and the stems of its compound parts
when the word splits into two parts both known (from the story itself or the language's
compound lexicon). Canonical stems also join stems that differ by one or two trailing
letters (`stuur`/`stuurt`) and name spellings that differ by a letter (`tokayev`/`tokajev`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz

from newsprism.lang import LanguageData

_VOWELS = frozenset("aeiou")
_MIN_STEM = 3
_MIN_PART = 4
_MIN_COMPOUND = 8
_MIN_PREFIX_STEM = 4
_MAX_PREFIX_EXTRA = 2
# Fuzzy score (0-100) above which two name spellings are one name (transliterations differ by a letter).
SAME_NAME_SCORE = 85.0
_MIN_NAME = 5
_WORD_PIECES = re.compile(r"[^\W_]+", re.UNICODE)


def word_pieces(text: str) -> list[str]:
    """Return the lowercase alphanumeric pieces of a token or text (hyphens and apostrophes split)."""
    return [piece.lower() for piece in _WORD_PIECES.findall(text)]


# Stems already computed, per language: the summary, framing and alignment stem the same words.
_STEMS: dict[str, dict[str, str]] = {}
_STEM_CACHE_LIMIT = 200_000


def stem_word(word: str, lang: LanguageData) -> str:
    """Return a light stem of a lowercase word: inflection endings off, final spelling evened out."""
    cache = _STEMS.setdefault(lang.code, {})
    stem = cache.get(word)
    if stem is None:
        if len(cache) >= _STEM_CACHE_LIMIT:
            cache.clear()
        stem = cache[word] = _stem_word(word, lang)
    return stem


def _stem_word(word: str, lang: LanguageData) -> str:
    if len(word) <= _MIN_STEM or not word.isalpha():
        return word
    for prefix, ending in lang.participle_affixes:
        if prefix and word.startswith(prefix) and word.endswith(ending) \
                and len(word) - len(prefix) - len(ending) >= _MIN_PART:
            return _respell(word[len(prefix):len(word) - len(ending)], lang)
    for suffix in lang.stem_suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_PART:
            if suffix == "s" and word[-2] not in lang.plural_s_after:
                continue
            word = word[:-len(suffix)]
            break
    return _respell(word, lang)


def _respell(stem: str, lang: LanguageData) -> str:
    if len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS:
        stem = stem[:-1]
    tail = len(stem)
    while tail > 0 and stem[tail - 1] not in _VOWELS:
        tail -= 1
    if tail < len(stem) and tail >= 3 and stem[tail - 1] == stem[tail - 2] and stem[tail - 3] not in _VOWELS:
        stem = stem[:tail - 1] + stem[tail:]
    if stem and stem[-1] in lang.stem_respellings:
        stem = stem[:-1] + lang.stem_respellings[stem[-1]]
    return stem


class StoryVocabulary:
    """The words of one story, mapped to the stems a comparison should count."""

    def __init__(self, words: Iterable[str], names: Iterable[str], lang: LanguageData) -> None:
        """Build the vocabulary from a story's lowercase words and the lowercase words of its names."""
        self.lang = lang
        self._stems: dict[str, str] = {}
        stems = {self._stem(w) for w in words if w}
        lexicon = {stem_word(w, lang) for w in lang.compound_parts}
        self._known = stems | lexicon
        self._canonical = _prefix_canonical(self._known)
        self._canonical.update(_name_canonical({self._stem(n) for n in names}, self._canonical))
        self._features: dict[str, tuple[str, ...]] = {}

    def _stem(self, word: str) -> str:
        stem = self._stems.get(word)
        if stem is None:
            stem = self._stems[word] = stem_word(word, self.lang)
        return stem

    def canonical(self, word: str) -> str:
        """Return the canonical stem of a lowercase word."""
        stem = self._stem(word)
        return self._canonical.get(stem, stem)

    def features(self, word: str) -> tuple[str, ...]:
        """Return the canonical stem of a word followed by those of its compound parts, if it splits."""
        cached = self._features.get(word)
        if cached is None:
            cached = (self.canonical(word), *[self.canonical(p) for p in self.split_compound(word)])
            self._features[word] = cached
        return cached

    def split_compound(self, word: str) -> tuple[str, ...]:
        """Return the two parts of a compound whose head and modifier are both known, else ()."""
        if len(word) < _MIN_COMPOUND or not word.isalpha():
            return ()
        for cut in range(_MIN_PART, len(word) - _MIN_PART + 1):
            head = word[cut:]
            if self._stem(head) not in self._known:
                continue
            modifier = word[:cut]
            for linker in ("", *self.lang.compound_linkers):
                bare = modifier[:-len(linker)] if linker and modifier.endswith(linker) else modifier
                if (not linker or bare != modifier) and len(bare) >= _MIN_PART and self._stem(bare) in self._known:
                    return bare, head
        return ()


def _prefix_canonical(stems: set[str]) -> dict[str, str]:
    canonical: dict[str, str] = {}
    for stem in sorted(stems, key=len):
        for extra in range(1, _MAX_PREFIX_EXTRA + 1):
            prefix = stem[:-extra]
            if len(prefix) >= _MIN_PREFIX_STEM and prefix in stems:
                canonical[stem] = canonical.get(prefix, prefix)
                break
    return canonical


def _name_canonical(names: set[str], canonical: dict[str, str]) -> dict[str, str]:
    joined: dict[str, str] = {}
    ordered = sorted(n for n in names if len(n) >= _MIN_NAME and n.isalpha())
    for index, name in enumerate(ordered):
        if name in joined:
            continue
        for other in ordered[index + 1:]:
            if other[0] == name[0] and other not in joined and fuzz.ratio(name, other) >= SAME_NAME_SCORE:
                joined[other] = canonical.get(name, name)
    return joined
