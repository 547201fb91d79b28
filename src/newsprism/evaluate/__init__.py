"""Score a spaCy pipeline on held-out annotated Dutch data (CoNLL-2002 NER, UD CoNLL-U)."""

from newsprism.evaluate.ner import NerScores, evaluate_ner, read_conll_ner
from newsprism.evaluate.parse import ParseScores, evaluate_parse, read_conllu

__all__ = [
    "NerScores",
    "ParseScores",
    "evaluate_ner",
    "evaluate_parse",
    "read_conll_ner",
    "read_conllu",
]
