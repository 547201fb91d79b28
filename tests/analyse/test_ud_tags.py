"""Word classes read off the parse (newsprism_ud_tags), on sentences of our own."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsprism.analyse.ud_tags import UD_TAGS, UdTags, read_tag_table
from newsprism.errors import ModelError
from newsprism.lang import get_language

NL_AUXILIARY_RELATIONS = list(get_language("nl").auxiliary_relations)


def parsed(words: list[str], pos: list[str], deps: list[str], heads: list[int]) -> Doc:
    """Return a Doc with the given tags and parse, as a tagger and parser would leave it."""
    return Doc(spacy.blank("nl").vocab, words=words, pos=pos, deps=deps, heads=heads)


def test_a_verb_attached_as_auxiliary_is_aux_and_any_other_is_verb() -> None:
    tags = UdTags(NL_AUXILIARY_RELATIONS, {})
    perfect = tags(parsed(["Ze", "heeft", "gewerkt"], ["PRON", "VERB", "VERB"], ["nsubj", "aux", "ROOT"], [2, 2, 2]))
    owning = tags(parsed(["Ze", "heeft", "katten"], ["PRON", "AUX", "NOUN"], ["nsubj", "ROOT", "obj"], [1, 1, 1]))
    copula = tags(parsed(["Ze", "was", "moe"], ["PRON", "VERB", "ADJ"], ["nsubj", "cop", "ROOT"], [2, 2, 2]))
    assert [t.pos_ for t in perfect] == ["PRON", "AUX", "VERB"]
    assert [t.pos_ for t in owning] == ["PRON", "VERB", "NOUN"]
    assert [t.pos_ for t in copula] == ["PRON", "AUX", "ADJ"]


def test_a_listed_word_takes_the_class_of_its_relation() -> None:
    tags = UdTags([], {"meer": {"advmod": "ADV", "det": "DET"}})
    adverb = tags(parsed(["Ze", "werkt", "meer"], ["PRON", "VERB", "PRON"], ["nsubj", "ROOT", "advmod"], [1, 1, 1]))
    determiner = tags(parsed(["meer", "geld"], ["PRON", "NOUN"], ["det", "ROOT"], [1, 1]))
    unlisted = tags(parsed(["meer", "geld"], ["PRON", "NOUN"], ["nmod", "ROOT"], [1, 1]))
    assert (adverb[2].pos_, determiner[0].pos_, unlisted[0].pos_) == ("ADV", "DET", "PRON")


def test_an_unparsed_doc_is_left_alone() -> None:
    doc = Doc(spacy.blank("nl").vocab, words=["Ze", "heeft"], pos=["PRON", "AUX"])
    assert [t.pos_ for t in UdTags(NL_AUXILIARY_RELATIONS, {})(doc)] == ["PRON", "AUX"]


def test_a_broken_table_is_a_model_error(tmp_path: Path) -> None:
    broken = tmp_path / "tags.json"
    broken.write_text("[1, 2", encoding="utf8")
    with pytest.raises(ModelError, match="tags.json"):
        read_tag_table(broken)


def test_the_shipped_pipeline_reads_auxiliaries_off_the_parse(nl_nlp: Language) -> None:
    assert nl_nlp.pipe_names.index(UD_TAGS) == nl_nlp.pipe_names.index("parser") + 1
    perfect, owning = nl_nlp("Ze heeft gewerkt."), nl_nlp("Ze heeft twee katten.")
    assert (perfect[1].pos_, owning[1].pos_) == ("AUX", "VERB")
