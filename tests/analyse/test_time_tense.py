"""Tense of the clause around a time expression (analyse/time_tense.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from newsprism.analyse.time_tense import clause_tense
from newsprism.lang import get_language

NL = get_language("nl")


@pytest.mark.parametrize("text,expression,expected", [
    ("Het kabinet zal vrijdag beslissen.", "vrijdag", "future"),
    ("Het kabinet heeft vrijdag besloten.", "vrijdag", "past"),
    ("Tokajev zei donderdag dat de troepen vrijdag zullen vertrekken.", "donderdag", "past"),
    ("Tokajev zei donderdag dat de troepen vrijdag zullen vertrekken.", "vrijdag", "future"),
    ("Het kabinet beslist vrijdag.", "vrijdag", "present"),
    ("De rechtbank gaat vrijdag weer open.", "vrijdag", "future"),  # a marker word outranks the present tense
])
def test_marker_words_without_a_parse(nl_nlp: Language, text: str, expression: str, expected: str | None) -> None:
    start = text.index(expression)
    assert clause_tense(nl_nlp(text), start, start + len(expression), NL) == expected


def test_morphology_marks_a_past_verb_the_word_lists_miss(nl_nlp: Language) -> None:
    words = ["Het", "verdrag", "ging", "vrijdag", "in", "."]
    morphs = ["", "", "Tense=Past|VerbForm=Fin", "", "", ""]
    doc = Doc(nl_nlp.vocab, words=words, spaces=[True, True, True, True, False, False], morphs=morphs,
              lemmas=["het", "verdrag", "gaan", "vrijdag", "in", "."])
    start = doc.text.index("vrijdag")
    assert clause_tense(doc, start, start + len("vrijdag"), NL) == "past"
