"""Tests for analyse/quantity_context.py: tagger corrections around counts and plausible lemmas.

The Docs are built by hand with the tags and lemmas a trained tagger really gave (wrong ones
included), so the tests hold with or without the shipped pipeline.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsprism.analyse.quantity_context import counted_phrase, counting_tags, find_predicates, head_lemma
from newsprism.lang import get_language

NL = get_language("nl")
_VOCAB = spacy.blank("nl").vocab


def _doc(tagged: str) -> Doc:
    """Return a Doc from `word/POS/lemma/morph` items separated by spaces (morph `_` for none)."""
    parts = [item.split("/") for item in tagged.split()]
    return Doc(_VOCAB, words=[p[0] for p in parts], pos=[p[1] for p in parts], lemmas=[p[2] for p in parts],
               morphs=["" if p[3] == "_" else p[3] for p in parts])


@pytest.mark.parametrize("tagged,number,counted", [
    # `gevallen` tagged NOUN with the verb's lemma: a participle, so `doden` is the noun.
    ("zijn/AUX/zijn/_ 26/NUM/26/_ doden/ADJ/dood/Degree=Pos gevallen/NOUN/vallen/Number=Plur ./PUNCT/./_",
     "26", "doden"),
    # `gewonden` tagged as a participle right after a number and before a preposition.
    ("en/CCONJ/en/_ 40/NUM/40/_ gewonden/VERB/winden/VerbForm=Part bij/ADP/bij/_ de/DET/de/_ haven/NOUN/haven/_",
     "40", "gewonden"),
    # `doden` inflected from `dood` by a plural ending is the noun even before a noun-tagged word.
    ("zijn/VERB/zijn/_ 26/NUM/26/_ doden/ADJ/dood/_ gevallen/NOUN/geval/Number=Plur ./PUNCT/./_",
     "26", "doden"),
    # A material adjective tagged NOUN, and a participle, before a plural noun are its adjectives.
    ("en/CCONJ/en/_ 2/NUM/2/_ zilveren/NOUN/zilver/Number=Plur bekers/NOUN/beker/Number=Plur ./PUNCT/./_",
     "2", "zilveren bekers"),
    ("en/CCONJ/en/_ 6/NUM/6/_ gesloten/VERB/sluiten/VerbForm=Part winkels/NOUN/winkel/Number=Plur ./PUNCT/./_",
     "6", "gesloten winkels"),
    # A real noun `gevallen` (lemma `geval`) stays the counted noun.
    ("zijn/VERB/zijn/_ 26/NUM/26/_ gevallen/NOUN/geval/Number=Plur van/ADP/van/_ griep/NOUN/griep/_",
     "26", "gevallen"),
    # An adjective before a noun stays an adjective.
    ("en/CCONJ/en/_ 5/NUM/5/_ zware/ADJ/zwaar/Degree=Pos gevechten/NOUN/gevecht/Number=Plur ./PUNCT/./_",
     "5", "zware gevechten"),
])
def test_counted_phrase_survives_tagger_errors(tagged: str, number: str, counted: str) -> None:
    doc = _doc(tagged)
    text = doc.text
    end = text.index(number) + len(number)
    span = counted_phrase(text, end, len(text), NL, plural=True, pos=counting_tags(doc, NL))
    assert span is not None and text[span[0]:span[1]] == counted


@pytest.mark.parametrize("tagged,counted,lemma", [
    ("48/NUM/48/_ demonstranten/NOUN/demonstranot/Number=Plur", "demonstranten", "demonstrant"),  # invented stem
    ("48/NUM/48/_ demonstranten/NOUN/demonstranten/Number=Plur", "demonstranten", "demonstrant"),  # plural kept
    ("12/NUM/12/_ doden/ADJ/dood/Degree=Pos", "doden", "dood"),            # vowel spelling change
    ("3/NUM/3/_ bommen/NOUN/bom/Number=Plur", "bommen", "bom"),            # doubled consonant
    ("3/NUM/3/_ brandweerlieden/NOUN/brandweerlieed/Number=Plur", "brandweerlieden", "brandweerlied"),
    ("1/NUM/1/_ euro/NOUN/euro/Number=Sing", "euro", "euro"),              # singular form is its lemma
    ("5/NUM/5/_ zware/ADJ/zwaar/_ gevechten/NOUN/gevecht/Number=Plur", "zware gevechten", "gevecht"),
])
def test_head_lemma_keeps_only_plausible_lemmas(tagged: str, counted: str, lemma: str) -> None:
    doc = _doc(tagged)
    start = doc.text.index(counted)
    assert head_lemma(counted, NL, doc, start, counting_tags(doc, NL)) == lemma


@pytest.mark.parametrize("sentence,confessed", [
    ("Högel had zelf 43 moorden bekend.", True),
    ("Hij heeft bekend dat hij 3 auto's stal.", True),
    ("Het ministerie maakte bekend dat 12 mensen zijn aangehouden.", False),
    ("Het heeft lang geduurd voordat bekend werd dat 12 mensen vastzaten.", False),
    ("De man heeft 4 overvallen bekend gemaakt.", False),
    ("Het museum heeft de voor zover bekend oudste 3 munten.", False),
    ("Zij hadden 3 titels en stonden bekend als de Grote Drie.", False),
])
def test_bekend_is_a_confession_only_after_hebben(sentence: str, confessed: bool) -> None:
    events = find_predicates(sentence, 0, len(sentence), NL)
    assert ("confessed" in {e[2] for e in events}) is confessed
