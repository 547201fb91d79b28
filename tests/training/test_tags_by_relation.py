"""The (word, relation) -> UPOS table (training/scripts/tags_by_relation.py), on sentences of our own."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training" / "scripts"))

from tags_by_relation import tag_table  # noqa: E402


def block(*rows: tuple[str, str, str]) -> str:
    """Return a CoNLL-U sentence of (form, UPOS, relation) rows, all attached to the first word."""
    return "\n".join(f"{i}\t{form}\t{form}\t{upos}\t_\t_\t{0 if i == 1 else 1}\t{relation}\t_\t_"
                     for i, (form, upos, relation) in enumerate(rows, start=1))


def test_the_relation_of_an_ambiguous_word_decides_its_class() -> None:
    blocks = [block(("werkt", "VERB", "root"), ("meer", "ADV", "advmod"))] * 6
    blocks += [block(("geld", "NOUN", "root"), ("Meer", "DET", "det"))] * 5
    blocks += [block(("geld", "NOUN", "root"), ("meer", "PRON", "nmod"))] * 4  # too rare to list
    assert tag_table(blocks) == {"meer": {"advmod": "ADV", "det": "DET"}}


def test_a_relation_without_a_clear_class_and_an_unambiguous_word_are_left_out() -> None:
    blocks = [block(("werkt", "VERB", "root"), ("meer", "ADV", "obl"))] * 5
    blocks += [block(("werkt", "VERB", "root"), ("meer", "PRON", "obl"))] * 5
    assert "meer" not in tag_table(blocks)
    assert "werkt" not in tag_table(blocks)
