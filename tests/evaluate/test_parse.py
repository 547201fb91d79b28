from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsprism.errors import MalformedInput
from newsprism.evaluate.parse import evaluate_parse, read_conllu

FIXTURE = Path(__file__).parents[1] / "fixtures" / "parse_small.conllu"

# Annotation the stub component writes: (pos, lemma, head index, dep) per word of each
# fixture sentence. Sentence 1 has a wrong head for "naar"; sentence 2 a wrong label and lemma.
STUB = {
    ("Anna", "fietst", "naar", "Zwolle", "."): [
        ("PROPN", "Anna", 1, "nsubj"),
        ("VERB", "fietsen", 1, "ROOT"),
        ("ADP", "naar", 1, "case"),
        ("PROPN", "Zwolle", 1, "obl"),
        ("PUNCT", ".", 1, "punct"),
    ],
    ("Het", "regent", "."): [
        ("PRON", "Het", 1, "nsubj"),
        ("VERB", "regenen", 1, "ROOT"),
        ("PUNCT", ".", 1, "punct"),
    ],
}


@Language.component("newsprism_test_stub_parser")
def stub_parser(doc: Doc) -> Doc:
    """Write the fixed STUB annotation onto a fixture sentence."""
    for token, (pos, lemma, head, dep) in zip(doc, STUB[tuple(t.text for t in doc)]):
        token.pos_ = pos
        token.lemma_ = lemma
        token.head = doc[head]
        token.dep_ = dep
    return doc


@pytest.fixture(scope="module")
def stub_nlp() -> Language:
    nlp = spacy.blank("nl")
    nlp.add_pipe("newsprism_test_stub_parser")
    return nlp


def test_read_conllu_reads_words_heads_and_spaces() -> None:
    sentences = read_conllu(FIXTURE)
    assert [[w.form for w in s] for s in sentences] == [
        ["Anna", "fietst", "naar", "Zwolle", "."],
        ["Het", "regent", "."],
    ]
    assert sentences[0][3].head == 2
    assert sentences[0][3].space_after is False


def test_evaluate_parse_scores(stub_nlp: Language) -> None:
    scores = evaluate_parse(stub_nlp, read_conllu(FIXTURE))
    assert scores.words == 8
    assert scores.upos == 1.0
    assert scores.lemma == pytest.approx(7 / 8)
    assert scores.uas == pytest.approx(7 / 8)
    assert scores.las == pytest.approx(6 / 8)
    assert scores.las_no_punct == pytest.approx(4 / 6)


def test_read_conllu_rejects_short_lines(tmp_path: Path) -> None:
    bad = tmp_path / "bad.conllu"
    bad.write_text("1\tAnna\tAnna\tPROPN\n", encoding="utf8")
    with pytest.raises(MalformedInput, match="columns"):
        read_conllu(bad)
