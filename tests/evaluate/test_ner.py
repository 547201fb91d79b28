from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from newsprism.errors import MalformedInput
from newsprism.evaluate.ner import evaluate_ner, iob_to_spans, read_conll_ner

FIXTURE = Path(__file__).parents[1] / "fixtures" / "ner_small.conll"


@pytest.fixture(scope="module")
def ruler_nlp() -> Language:
    """A pipeline whose entity ruler finds three of the six fixture entities and labels one wrongly."""
    nlp = spacy.blank("nl")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "LOC", "pattern": "Zwolle"},
            {"label": "ORG", "pattern": "Elfstedentocht"},
            {"label": "PER", "pattern": [{"ORTH": "Anna"}, {"ORTH": "de"}, {"ORTH": "Wit"}]},
        ]
    )
    return nlp


def test_read_conll_ner_skips_docstart_and_splits_sentences() -> None:
    sentences = read_conll_ner(FIXTURE)
    assert [len(s.words) for s in sentences] == [13, 6, 5]
    assert sentences[0].tags[1:4] == ["B-PER", "I-PER", "I-PER"]


@pytest.mark.parametrize(
    "tags,expected",
    [
        (["B-PER", "I-PER", "O", "B-LOC"], {(0, 2, "PER"), (3, 4, "LOC")}),
        (["I-ORG", "I-ORG", "B-ORG"], {(0, 2, "ORG"), (2, 3, "ORG")}),
        (["B-PER", "I-LOC"], {(0, 1, "PER"), (1, 2, "LOC")}),
        (["O", "O"], set()),
    ],
)
def test_iob_to_spans(tags: list[str], expected: set[tuple[int, int, str]]) -> None:
    assert iob_to_spans(tags) == expected


def test_evaluate_ner_counts_per_type(ruler_nlp: Language) -> None:
    scores = evaluate_ner(ruler_nlp, read_conll_ner(FIXTURE))
    assert scores.per_type["LOC"].true_positives == 2
    assert scores.per_type["PER"].true_positives == 1
    assert scores.per_type["PER"].false_negatives == 1
    assert scores.per_type["ORG"].false_positives == 1
    assert scores.per_type["ORG"].false_negatives == 1
    assert scores.per_type["MISC"].false_negatives == 1
    assert scores.overall.precision == pytest.approx(3 / 4)
    assert scores.overall.recall == pytest.approx(3 / 6)
    assert scores.overall.f1 == pytest.approx(0.6)
    assert scores.tokens == 24


def test_read_conll_ner_rejects_bad_tag(tmp_path: Path) -> None:
    bad = tmp_path / "bad.conll"
    bad.write_text("Anna N X-PER\n", encoding="utf8")
    with pytest.raises(MalformedInput, match="invalid IOB tag"):
        read_conll_ner(bad)
