"""Tests for analyse/sentences.py: parser boundaries repaired where no sentence ends."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsprism.analyse.sentences import split_sentences
from newsprism.lang import get_language


def _doc(text: str, cuts: list[str]) -> Doc:
    """Return a doc of `text` (whitespace tokens) whose sentences start at the tokens in `cuts`."""
    words = text.replace(".", " .").split()
    starts = [index == 0 or word in cuts for index, word in enumerate(words)]
    spaces = [index + 1 < len(words) and words[index + 1] != "." for index in range(len(words))]
    return Doc(spacy.blank("nl").vocab, words=words, spaces=spaces, sent_starts=starts)


@pytest.mark.parametrize("text,cuts,expected", [
    # A parser cut inside the name `Hollandse Delta` is joined back.
    ("Het waterschap Hollandse Delta onderzoekt de dijk. Woensdag volgt een rapport.", ["Delta", "Woensdag"],
     ["Het waterschap Hollandse Delta onderzoekt de dijk.", "Woensdag volgt een rapport."]),
    # Two cuts in one sentence: all three pieces are one sentence.
    ("FNV Havens en werkgeversvereniging VRTO praten weer.", ["Havens", "VRTO"],
     ["FNV Havens en werkgeversvereniging VRTO praten weer."]),
    # A cut after a full stop stays.
    ("De dijk hield. De stad bleef droog.", ["De"],
     ["De dijk hield.", "De stad bleef droog."]),
])
def test_a_cut_without_a_sentence_end_is_joined(text: str, cuts: list[str], expected: list[str]) -> None:
    sentences = split_sentences(_doc(text, cuts), "a1", get_language("nl"))
    assert [s.text for s in sentences] == expected


def test_words_keep_the_surface_form_of_each_lemma() -> None:
    doc = _doc("Burgemeester Vos zei niets.", [])
    for token, lemma in zip(doc, ["burgemeester", "vos", "zeggen", "niets", "."]):
        token.lemma_ = lemma
    sentence = split_sentences(doc, "a1", get_language("nl"))[0]
    assert len(sentence.words) == len(sentence.lemmas)
    assert ("zei", "zeggen") in set(zip(sentence.words, sentence.lemmas))
