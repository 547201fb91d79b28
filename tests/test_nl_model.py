"""The shipped Dutch pipeline loads offline with plain spacy.load and tags our own sentences."""

import socket
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from newsprism.nlp import rule_based_pipeline

MODEL_PATH = Path(__file__).resolve().parents[1] / "src" / "newsprism" / "models" / "nl"


@pytest.fixture(scope="module")
def shipped(monkeypatch_module: pytest.MonkeyPatch) -> Language:
    """The shipped pipeline, loaded while any network connection would fail."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("network access during model loading")

    monkeypatch_module.setattr(socket.socket, "connect", refuse)
    return spacy.load(MODEL_PATH)


@pytest.fixture(scope="module")
def monkeypatch_module() -> pytest.MonkeyPatch:
    patch = pytest.MonkeyPatch()
    yield patch
    patch.undo()


def test_pipeline_has_every_component(shipped: Language) -> None:
    assert shipped.pipe_names == [
        "tok2vec",
        "morphologizer",
        "ner",
        "parser",
        "trainable_lemmatizer",
    ]
    assert set(shipped.get_pipe("ner").labels) == {"PER", "LOC", "ORG", "MISC"}


@pytest.mark.parametrize(
    "text,tokens",
    [
        (",,Ik kom,'' zei hij.", [",,", "Ik", "kom", ",", "''", "zei", "hij", "."]),
        ("Er kwamen 2.500 mensen, 11,5 procent meer.", ["Er", "kwamen", "2.500", "mensen", ",", "11,5", "procent", "meer", "."]),
        ("„Nee”, zei ze, ‘echt’ «nooit».", ["„", "Nee", "”", ",", "zei", "ze", ",", "‘", "echt", "’", "«", "nooit", "»", "."]),
        ("Hij riep \"stop\" en 'weg'.", ["Hij", "riep", '"', "stop", '"', "en", "'", "weg", "'", "."]),
        (
            "Dhr. Bakker en mr. Smit, o.a. bekend m.b.t. de zaak.",
            ["Dhr.", "Bakker", "en", "mr.", "Smit", ",", "o.a.", "bekend", "m.b.t.", "de", "zaak", "."],
        ),
        ("Zij zei ,,ja'',maar in '95 niet.", ["Zij", "zei", ",,", "ja", "''", ",", "maar", "in", "'95", "niet", "."]),
    ],
)
def test_tokenizer_news_rules(shipped: Language, text: str, tokens: list[str]) -> None:
    assert [t.text for t in shipped.make_doc(text)] == tokens


def test_no_sentence_break_after_abbreviation(shipped: Language) -> None:
    doc = shipped("Volgens dhr. Jansen en dr. Visser is het plan o.a. te duur. Morgen beslist de raad.")
    assert [s.text for s in doc.sents] == [
        "Volgens dhr. Jansen en dr. Visser is het plan o.a. te duur.",
        "Morgen beslist de raad.",
    ]


def test_an_acronym_ends_a_sentence(shipped: Language) -> None:
    # spaCy's Dutch exceptions keep `IND.` and `VS.` whole (capital forms of legal abbreviations).
    doc = shipped("Het gaat mis bij de IND. Zaken blijven liggen in de VS. Ook ING zwijgt.")
    assert [s.text for s in doc.sents] == ["Het gaat mis bij de IND.", "Zaken blijven liggen in de VS.",
                                           "Ook ING zwijgt."]


def test_a_word_ending_a_sentence_keeps_no_full_stop(shipped: Language) -> None:
    # spaCy's Dutch exceptions keep `hand.` and `vol.` whole; in news they end sentences.
    doc = shipped("Het debat liep uit de hand. Hij hield vol. Daarna zweeg hij.")
    assert [t.text for t in doc][5:7] == ["hand", "."] and [t.text for t in doc][9:11] == ["vol", "."]
    assert [s.text for s in doc.sents] == ["Het debat liep uit de hand.", "Hij hield vol.", "Daarna zweeg hij."]
    assert "U." in [t.text for t in shipped("Frank U. de Vries zweeg.")]  # an initial keeps its full stop


def test_the_blank_dutch_pipeline_splits_acronyms_too() -> None:
    assert [t.text for t in rule_based_pipeline("nl")("Het gaat mis bij de IND.")][-2:] == ["IND", "."]


def test_sentences_survive_quotes(shipped: Language) -> None:
    doc = shipped(",,We gaan door,'' zei de wethouder. Daarna ging ze naar huis.")
    assert [s.text for s in doc.sents] == [
        ",,We gaan door,'' zei de wethouder.",
        "Daarna ging ze naar huis.",
    ]


def test_ner_finds_person_and_city(shipped: Language) -> None:
    doc = shipped("Burgemeester Femke Halsema sprak dinsdag in Amsterdam met de politie.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Femke Halsema", "PER") in ents
    assert ("Amsterdam", "LOC") in ents


def test_tags_lemmas_and_parse(shipped: Language) -> None:
    doc = shipped("De kinderen werkten gisteren in de tuin.")
    assert [t.pos_ for t in doc] == ["DET", "NOUN", "VERB", "ADV", "ADP", "DET", "NOUN", "PUNCT"]
    assert doc[2].lemma_ == "werken"
    assert doc[1].lemma_ == "kind"
    assert doc[2].dep_ == "ROOT"
    assert doc[1].head.i == 2 and doc[1].dep_ == "nsubj"
    assert "Number=Plur" in str(doc[1].morph)
