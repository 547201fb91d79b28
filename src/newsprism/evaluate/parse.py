"""UPOS, lemma and dependency scores of a spaCy pipeline on CoNLL-U data, gold tokenisation.

Each CoNLL-U sentence becomes one Doc of its syntactic words (multiword-token ranges and
empty nodes are skipped), so sentence boundaries are gold too. LAS and UAS count every
word, punctuation included (as the CoNLL 2018 shared task did); the full dependency label
is compared case-insensitively (spaCy writes the root label as ``ROOT``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from newsprism.errors import MalformedInput


@dataclass(frozen=True)
class GoldWord:
    """One syntactic word of a CoNLL-U sentence."""

    form: str
    lemma: str
    upos: str
    head: int
    deprel: str
    space_after: bool


@dataclass(frozen=True)
class ParseScores:
    """Accuracy figures over all scored words (fractions between 0 and 1)."""

    upos: float
    lemma: float
    uas: float
    las: float
    las_no_punct: float
    sentences: int
    words: int


def read_conllu(path: Path) -> list[list[GoldWord]]:
    """Return the sentences of a CoNLL-U file as lists of gold syntactic words."""
    sentences: list[list[GoldWord]] = []
    words: list[GoldWord] = []
    text = path.read_text(encoding="utf8")
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            if words:
                sentences.append(words)
            words = []
            continue
        if line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 10:
            raise MalformedInput(str(path), f"line {number} has {len(cells)} columns, not 10")
        if "-" in cells[0] or "." in cells[0]:
            continue
        if not cells[6].isdigit():
            raise MalformedInput(str(path), f"line {number} has no numeric head: {cells[6]!r}")
        space_after = "SpaceAfter=No" not in cells[9].split("|")
        words.append(GoldWord(cells[1], cells[2], cells[3], int(cells[6]), cells[7], space_after))
    if words:
        sentences.append(words)
    return sentences


def parse_docs(nlp: Language, sentences: Iterable[list[GoldWord]], batch_size: int = 64) -> Iterable[Doc]:
    """Yield the Docs ``nlp`` produces for each sentence, on the gold words."""
    docs = (Doc(nlp.vocab, words=[w.form for w in s], spaces=[w.space_after for w in s]) for s in sentences)
    yield from nlp.pipe(docs, batch_size=batch_size)


def evaluate_parse(nlp: Language, sentences: list[list[GoldWord]]) -> ParseScores:
    """Return UPOS, lemma, UAS and LAS accuracy of ``nlp`` on gold-tokenised sentences."""
    total = upos = lemma = uas = las = 0
    content = las_content = 0
    for gold, doc in zip(sentences, parse_docs(nlp, sentences), strict=True):
        for word, token in zip(gold, doc, strict=True):
            total += 1
            upos += token.pos_ == word.upos
            lemma += token.lemma_ == word.lemma
            head = 0 if token.head.i == token.i else token.head.i + 1
            attached = head == word.head
            labelled = attached and token.dep_.lower() == word.deprel.lower()
            uas += attached
            las += labelled
            if word.upos != "PUNCT":
                content += 1
                las_content += labelled
    if not total:
        return ParseScores(0.0, 0.0, 0.0, 0.0, 0.0, 0, 0)
    return ParseScores(
        upos=upos / total,
        lemma=lemma / total,
        uas=uas / total,
        las=las / total,
        las_no_punct=las_content / content if content else 0.0,
        sentences=len(sentences),
        words=total,
    )
