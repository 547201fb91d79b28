"""Accuracy gate: the shipped model, as newsprism runs it, must not fall below benchmarks/model_floors.json."""

import hashlib
import json
from pathlib import Path

import pytest

from newsprism import nlp as nlp_loader
from newsprism.evaluate.ner import evaluate_ner, read_conll_ner
from newsprism.evaluate.parse import evaluate_parse, read_conllu

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data"
FLOORS = json.loads((ROOT / "benchmarks" / "model_floors.json").read_text(encoding="utf8"))
MODEL = ROOT / "src" / "newsprism" / "models" / "nl"


def checked_file(section: dict[str, object]) -> Path:
    """Return the evaluation file of a floors section after checking its md5."""
    path = DATA / str(section["file"])
    digest = hashlib.md5(path.read_bytes()).hexdigest()
    if digest != section["md5"]:
        pytest.fail(f"{path} changed (md5 {digest}); re-measure before comparing floors")
    return path


@pytest.mark.corpus
def test_ner_f1_floor() -> None:
    section = FLOORS["ner"]
    scores = evaluate_ner(nlp_loader.load("nl", str(MODEL)), read_conll_ner(checked_file(section)))
    assert scores.overall.f1 >= section["f1"]


@pytest.mark.corpus
def test_parse_floors() -> None:
    section = FLOORS["parse"]
    scores = evaluate_parse(nlp_loader.load("nl", str(MODEL)), read_conllu(checked_file(section)))
    assert scores.upos >= section["upos"]
    assert scores.las >= section["las"]
    assert scores.lemma >= section["lemma"]
