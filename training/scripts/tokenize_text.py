"""Tokenize the unlabelled Dutch news text into one space-separated paragraph per line.

The output feeds floret (static vectors); it stays under training/vectors/ and is never
committed, because the source text is the publishers' copyright.
"""

import gzip
import sys
from pathlib import Path

import spacy


def main(source: Path, target: Path) -> None:
    """Write the tokenized paragraphs of ``source`` (gzip text) to ``target``."""
    nlp = spacy.blank("nl")
    with gzip.open(source, "rt", encoding="utf8") as lines, target.open("w") as out:
        texts = (line.strip() for line in lines)
        for doc in nlp.pipe(t for t in texts if t):
            out.write(" ".join(t.text for t in doc if not t.is_space) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
