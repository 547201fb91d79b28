"""Tests for analyse/sentences.py: no sentence boundary where no sentence ends, before and after parsing."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsprism.analyse.sentences import SENTENCE_BREAKS, only_break_at_sentence_ends, split_sentences
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


def _starts(text: str) -> dict[str, bool | None]:
    """Return `is_sent_start` of each word of `text` after the sentence-break rules (no parser)."""
    doc = only_break_at_sentence_ends(spacy.blank("nl")(text))
    return {t.text: t.is_sent_start for t in doc}


def test_no_sentence_may_start_inside_a_name_or_after_a_colon() -> None:
    starts = _starts("Telecomconcern SoftBank en retailbedrijf Fast Retailing daalden: Tokio zakte. De yen won.")
    assert [starts[w] for w in ("SoftBank", "Fast", "Retailing", "daalden", "Tokio", "zakte")] == [False] * 6
    assert starts["De"] is None  # after a full stop the parser decides


def test_a_paragraph_starts_a_sentence_and_a_quote_may_end_one() -> None:
    starts = _starts("Het regende.\n\nVakbondsbestuurder Smits zweeg. „Klaar.” Daarna ging hij.")
    assert starts["Vakbondsbestuurder"] is True
    assert starts["\n\n"] is False and starts["Smits"] is False
    assert starts["Daarna"] is None and starts["„"] is None and starts["Klaar"] is None


def test_a_single_line_break_ends_a_sentence_after_a_heading_or_a_full_stop_not_in_wrapped_text() -> None:
    starts = _starts("Storm in Amsterdam\nBomen vielen om.\nDe brandweer rukte uit naar tientallen adressen in de stad en de\n"
                     "omliggende dorpen, waar veel schade was.")
    assert starts["Bomen"] is True  # after a heading
    assert starts["De"] is True  # after a full stop and a line break
    assert starts["omliggende"] is None  # a long line without an end may be hard-wrapped: the parser decides


def test_the_loaded_pipeline_keeps_a_name_after_a_paragraph_break_in_its_sentence(nl_nlp: Language) -> None:
    assert nl_nlp.pipe_names.index(SENTENCE_BREAKS) < nl_nlp.pipe_names.index("ner")
    doc = nl_nlp("De staking in de haven duurt voort.\n\nVakbondsbestuurder Smits wil praten. "
                 "„We staan open voor overleg”, zei hij tegen de NOS.")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences[1] == "Vakbondsbestuurder Smits wil praten."
    assert len(sentences) == 3
