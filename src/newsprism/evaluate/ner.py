"""Named-entity scores of a spaCy pipeline on CoNLL-format data, with the gold tokenisation.

Reads the CoNLL-2002 layout (``word POS IOB-tag`` per line, blank line between sentences,
``-DOCSTART-`` lines between articles); any layout whose first column is the word and last
column the IOB tag works. Scores are exact-span matches (CoNLL's conlleval definition).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from newsprism.errors import MalformedInput

Span = tuple[int, int, str]


@dataclass(frozen=True)
class NerSentence:
    """One sentence of gold NER data: its words and their IOB tags."""

    words: list[str]
    tags: list[str]


@dataclass(frozen=True)
class TypeScore:
    """Counts and precision / recall / F1 for one entity type (or all of them)."""

    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float:
        """Return the share of predicted entities that are correct."""
        predicted = self.true_positives + self.false_positives
        return self.true_positives / predicted if predicted else 0.0

    @property
    def recall(self) -> float:
        """Return the share of gold entities that were found."""
        gold = self.true_positives + self.false_negatives
        return self.true_positives / gold if gold else 0.0

    @property
    def f1(self) -> float:
        """Return the harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class NerScores:
    """Per-type and overall NER scores, and how many sentences and tokens were scored."""

    per_type: dict[str, TypeScore] = field(default_factory=dict)
    overall: TypeScore = TypeScore(0, 0, 0)
    sentences: int = 0
    tokens: int = 0


def read_conll_ner(path: Path) -> list[NerSentence]:
    """Return the sentences of a CoNLL NER file (``word ... IOB-tag`` per line)."""
    sentences: list[NerSentence] = []
    words: list[str] = []
    tags: list[str] = []
    text = path.read_text(encoding="utf8")
    for number, line in enumerate(text.splitlines(), start=1):
        parts = line.split()
        if parts and parts[0] == "-DOCSTART-":
            continue
        if not parts:
            if words:
                sentences.append(NerSentence(words, tags))
            words, tags = [], []
            continue
        if len(parts) < 2:
            raise MalformedInput(str(path), f"line {number} has no tag column: {line!r}")
        tag = parts[-1]
        if tag != "O" and not (tag[:2] in ("B-", "I-") and len(tag) > 2):
            raise MalformedInput(str(path), f"line {number} has an invalid IOB tag {tag!r}")
        words.append(parts[0])
        tags.append(tag)
    if words:
        sentences.append(NerSentence(words, tags))
    return sentences


def iob_to_spans(tags: list[str]) -> set[Span]:
    """Return the (start, end, label) entity spans of an IOB1 or IOB2 tag sequence."""
    spans: set[Span] = set()
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        kind, _, tag_label = tag.partition("-")
        continues = kind == "I" and tag_label == label and start >= 0
        if not continues and start >= 0:
            spans.add((start, i, label))
            start, label = -1, ""
        if kind in ("B", "I") and not continues:
            start, label = i, tag_label
    return spans


def predict_spans(nlp: Language, sentences: Iterable[NerSentence], batch_size: int = 64) -> list[set[Span]]:
    """Return the entity spans ``nlp`` predicts for each sentence, on the gold tokens."""
    docs = (Doc(nlp.vocab, words=s.words) for s in sentences)
    return [{(e.start, e.end, e.label_) for e in doc.ents} for doc in nlp.pipe(docs, batch_size=batch_size)]


def score_spans(gold: list[set[Span]], predicted: list[set[Span]]) -> dict[str, TypeScore]:
    """Return the scores per entity label of predicted against gold spans."""
    counts: dict[str, Counter[str]] = {}
    for gold_spans, predicted_spans in zip(gold, predicted, strict=True):
        for span in gold_spans | predicted_spans:
            label_counts = counts.setdefault(span[2], Counter())
            if span in gold_spans and span in predicted_spans:
                label_counts["tp"] += 1
            elif span in predicted_spans:
                label_counts["fp"] += 1
            else:
                label_counts["fn"] += 1
    return {label: TypeScore(c["tp"], c["fp"], c["fn"]) for label, c in sorted(counts.items())}


def evaluate_ner(nlp: Language, sentences: list[NerSentence]) -> NerScores:
    """Return the NER scores of ``nlp`` on gold-tokenised ``sentences``."""
    gold = [iob_to_spans(s.tags) for s in sentences]
    per_type = score_spans(gold, predict_spans(nlp, sentences))
    overall = TypeScore(
        sum(s.true_positives for s in per_type.values()),
        sum(s.false_positives for s in per_type.values()),
        sum(s.false_negatives for s in per_type.values()),
    )
    tokens = sum(len(s.words) for s in sentences)
    return NerScores(per_type, overall, len(sentences), tokens)
