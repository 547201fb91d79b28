from pathlib import Path

import spacy
from click.testing import CliRunner

from newsprism.evaluate.cli import eval_group

FIXTURES = Path(__file__).parents[1] / "fixtures"


def test_eval_ner_prints_table_for_a_given_model(tmp_path: Path) -> None:
    nlp = spacy.blank("nl")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "LOC", "pattern": "Zwolle"}])
    nlp.to_disk(tmp_path / "ruler")
    result = CliRunner().invoke(eval_group, ["ner", str(FIXTURES / "ner_small.conll"), "--nlp-model", str(tmp_path / "ruler")])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["type", "precision", "recall", "f1", "gold", "pred"]
    rows = {line.split()[0]: line.split()[1:] for line in lines[1:-1]}
    assert rows["LOC"] == ["1.0000", "1.0000", "1.0000", "2", "2"]
    assert rows["overall"] == ["1.0000", "0.3333", "0.5000", "6", "2"]


def test_eval_parse_reports_unloadable_model(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        eval_group,
        ["parse", str(FIXTURES / "parse_small.conllu"), "--nlp-model", str(tmp_path / "missing")],
    )
    assert result.exit_code != 0
    assert "cannot load spaCy pipeline" in result.output
