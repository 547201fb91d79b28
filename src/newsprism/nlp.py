"""Load the spaCy pipeline each language is analysed with (cached, never from the network)."""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer

from newsprism.analyse.sentences import SENTENCE_BREAKS
from newsprism.analyse.ud_tags import UD_TAGS
from newsprism.errors import ModelError
from newsprism.lang import get_language

SHIPPED_MODELS_DIR = Path(__file__).parent / "models"
# Beside the shipped weights: the classes of words whose UD relation decides them (tags_by_relation.py).
TAG_TABLE_FILE = "tags_by_relation.json"
MODEL_ENV_VARS: dict[str, str] = {"nl": "NEWSPRISM_NL_MODEL", "en": "NEWSPRISM_EN_MODEL"}


def shipped_model_path(lang: str) -> Path | None:
    """Return the directory of the pipeline shipped for `lang`, or None if none ships."""
    path = SHIPPED_MODELS_DIR / lang
    return path if (path / "config.cfg").is_file() else None


def load(lang: str = "nl", model: str | None = None) -> Language:
    """Return the spaCy pipeline for `lang`: `model`, else $NEWSPRISM_<LANG>_MODEL, else the shipped one."""
    chosen = model or os.environ.get(MODEL_ENV_VARS.get(lang, ""), "") or None
    return _load_cached(lang, chosen)


@lru_cache(maxsize=8)
def _load_cached(lang: str, model: str | None) -> Language:
    return with_ud_tags(with_sentence_breaks(_load_pipeline(lang, model)), lang)


def with_sentence_breaks(nlp: Language) -> Language:
    """Return `nlp` with sentence boundaries limited to sentence ends and line breaks, before its NER and parser."""
    trained = [name for name in nlp.pipe_names if name in ("ner", "parser")]
    if trained and SENTENCE_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(SENTENCE_BREAKS, before=trained[0])
    return nlp


def with_ud_tags(nlp: Language, lang: str) -> Language:
    """Return `nlp` setting the word classes its UD scheme defines by function, after its parser."""
    relations = get_language(lang).auxiliary_relations
    table = SHIPPED_MODELS_DIR / lang / TAG_TABLE_FILE
    if (relations or table.is_file()) and "parser" in nlp.pipe_names and UD_TAGS not in nlp.pipe_names:
        config = {"auxiliary_relations": list(relations), "table_path": str(table) if table.is_file() else None}
        nlp.add_pipe(UD_TAGS, after="parser", config=config)
    return nlp


def _load_pipeline(lang: str, model: str | None) -> Language:
    if model:
        try:
            return spacy.load(model)
        except (OSError, ValueError, ImportError) as exc:
            raise ModelError(f"cannot load spaCy pipeline {model!r} for {lang}: {exc}") from exc
    path = shipped_model_path(lang)
    if path is not None:
        try:
            return spacy.load(path)
        except (OSError, ValueError) as exc:
            raise ModelError(f"the shipped {lang} pipeline at {path} is broken: {exc}") from exc
    return rule_based_pipeline(lang)


# A tokenizer exception for a word in capitals with a full stop (`IND.`, `VS.`, `ING.`, `RTL.`):
# spaCy's Dutch list has 485 of them, the capital forms of legal abbreviations. In news they are
# acronyms ending a sentence (in 300,000 lines of Dutch news, 406 of 449 stand before a capital).
_CAPITALS_WITH_FULL_STOP = re.compile(r"[A-Z]{2,}\.")
# Exceptions for Dutch words that end sentences far more often than they abbreviate anything.
# In the 2016-2019 news text, sentence-final / before a lower-case word: `hand.` 155/1, `dat.`
# 124/1, `al.` 80/0, `vol.` 59/2, `me.` 48/0, `ver.` 46/0, `pers.` 46/1, `min.` 39/0, `lat.` 36/0,
# `kon.` 34/0, `pas.` 34/0, `u.` 15/1, `pan.` 13/0, `mand.` 2/0 (`jl.`, 13/34, stays).
_SENTENCE_FINAL_WORDS = frozenset(
    "al. dat. hand. kon. lat. mand. me. min. pan. pas. pers. u. ver. vol.".split())


def drop_sentence_final_abbreviations(tokenizer: Tokenizer) -> None:
    """Drop the tokenizer exceptions that keep the full stop on a word ending a sentence.

    Words in capitals (`de IND.`, `de VS.`) and Dutch words that end sentences far more often
    than they abbreviate (`in de hand.`, `het glas is vol.`).
    """
    tokenizer.rules = {text: tokens for text, tokens in (tokenizer.rules or {}).items()
                       if not _CAPITALS_WITH_FULL_STOP.fullmatch(text)
                       and not _sentence_final_word(text)}


def _sentence_final_word(text: str) -> bool:
    """Return True for `vol.` and `Vol.`, not for an initial (`U.`, as in `Frank U. de Vries`)."""
    return text in _SENTENCE_FINAL_WORDS or len(text) > 2 and text.lower() in _SENTENCE_FINAL_WORDS


def rule_based_pipeline(lang: str) -> Language:
    """Return a blank pipeline with news tokenizer exceptions and a rule-based sentencizer."""
    nlp = spacy.blank(lang if lang in ("nl", "en") else "xx")
    data = get_language(lang)
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        raise ModelError(f"the blank {lang} pipeline has no rule-based tokenizer")
    drop_sentence_final_abbreviations(tokenizer)
    for abbreviation in data.abbreviations:
        tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
        capitalised = abbreviation[:1].upper() + abbreviation[1:]
        tokenizer.add_special_case(capitalised, [{"ORTH": capitalised}])
    prefixes = [",,", "„", "«", "»", "‘", "“"] + list(nlp.Defaults.prefixes or [])
    suffixes = ["''", "”", "’", "»", "«"] + list(nlp.Defaults.suffixes or [])
    tokenizer.prefix_search = spacy.util.compile_prefix_regex(prefixes).search
    tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    nlp.add_pipe("sentencizer")
    return nlp


def has_component(nlp: Language, name: str) -> bool:
    """Return True when the pipeline has a trained component of that kind (ner, parser, ...)."""
    return any(name == pipe_name or name == getattr(pipe, "name", "") for pipe_name, pipe in nlp.pipeline)
