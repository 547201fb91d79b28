"""Set the word classes the UD scheme defines by function, which the parser sees and the tagger only guesses."""

from __future__ import annotations

import json
from pathlib import Path

from spacy.language import Language
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc

from newsprism.errors import ModelError

UD_TAGS = "newsprism_ud_tags"


class UdTags:
    """After the parser, set the class of words whose function decides it.

    - A verb is AUX when attached by one of `auxiliary_relations` and VERB otherwise
      (`heeft gezegd` against `heeft een huis`).
    - A word in `table` takes the class listed for its relation (`meer` as `advmod`: ADV,
      as `det`: DET; `dat` as `mark`: SCONJ).

    The tagger guesses these from the words around; the parser sees the function. On the
    held-out half of Alpino dev the two rules took UPOS from 95.62 to 96.08 and 96.59.
    """

    def __init__(self, auxiliary_relations: list[str], table: dict[str, dict[str, str]]) -> None:
        self.auxiliary_relations = frozenset(auxiliary_relations)
        self.table = table

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("DEP"):
            return doc
        for token in doc:
            relation = "root" if token.dep_ == "ROOT" else token.dep_
            if self.auxiliary_relations and token.pos in (AUX, VERB):
                token.pos = AUX if relation in self.auxiliary_relations else VERB
            listed = self.table.get(token.lower_)
            if listed and relation in listed:
                token.pos_ = listed[relation]
        return doc


def read_tag_table(path: Path) -> dict[str, dict[str, str]]:
    """Return the {word: {relation: UPOS}} table written by training/scripts/tags_by_relation.py."""
    try:
        table = json.loads(path.read_text(encoding="utf8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot read the word-class table {path}: {exc}") from exc
    if not isinstance(table, dict):
        raise ModelError(f"the word-class table {path} is not a JSON object")
    return table


@Language.factory(UD_TAGS, default_config={"auxiliary_relations": [], "table_path": None})
def make_ud_tags(nlp: Language, name: str, auxiliary_relations: list[str], table_path: str | None) -> UdTags:
    """Return the component that sets the word classes defined by function."""
    return UdTags(auxiliary_relations, read_tag_table(Path(table_path)) if table_path else {})
