"""Tests for compare/word_forms.py: stems and compound parts."""

from __future__ import annotations

import pytest

from newsprism.compare.word_forms import StoryVocabulary, stem_word
from newsprism.lang import get_language

NL = get_language("nl")


@pytest.mark.parametrize("first,second", [
    ("prijzen", "prijs"), ("criminelen", "crimineel"), ("betogers", "betoger"), ("groot", "grote"),
    ("stuurt", "sturen"), ("troepen", "troep"), ("militairen", "militair"),
])
def test_inflected_forms_share_a_stem(first: str, second: str) -> None:
    vocabulary = StoryVocabulary([first, second], [], NL)
    assert vocabulary.canonical(first) == vocabulary.canonical(second)


@pytest.mark.parametrize("word,expected", [("prijs", "prijs"), ("bandieten", "bandiet"), ("gestuurd", "stur")])
def test_stem_word(word: str, expected: str) -> None:
    assert stem_word(word, NL) == expected


@pytest.mark.parametrize("word,story_words,parts", [
    ("brandstofprijzen", ["prijs"], ("brandstof", "prijzen")),
    ("televisietoespraak", ["toespraak", "televisie"], ("televisie", "toespraak")),
    ("vredestroepen", ["vrede", "troepen"], ("vrede", "troepen")),
    ("demonstranten", ["demonstrant"], ()),
])
def test_split_compound(word: str, story_words: list[str], parts: tuple[str, ...]) -> None:
    assert StoryVocabulary([word, *story_words], [], NL).split_compound(word) == parts


def test_name_spellings_that_differ_by_a_letter_are_one_name() -> None:
    vocabulary = StoryVocabulary(["tokayev", "tokajev"], ["tokayev", "tokajev"], NL)
    assert vocabulary.canonical("tokayev") == vocabulary.canonical("tokajev")
