"""Convert the UD Dutch training pool to spaCy DocBin files (train and dev).

Reads the CoNLL-U files named in ../shared/data/ud-dutch/README.txt, never the Alpino test
file. The first half of nl_alpino-ud-dev is held out as the development set; everything
else is training material. Sentences are grouped ten to a Doc so the parser learns
sentence boundaries.
"""

import argparse
import random
from pathlib import Path

from quote_variants import vary_quotes
from spacy.tokens import DocBin
from spacy.training.converters import conllu_to_docs
from ud_harmonise import harmonise, learn_lexicon

TRAIN_FILES = [
    "nl_lassysmall-ud-dev.conllu",
    "nl_lassysmall-ud-test.conllu",
    "nl-ud-2017-train-partial.conllu",
    "nl-ud-history-extra-train.conllu",
]
# Annotated under the 2017-2018 guidelines: relabelled to the current scheme (ud_harmonise.py).
OLD_SCHEME_FILES = {"nl-ud-2017-train-partial.conllu", "nl-ud-history-extra-train.conllu"}
SPLIT_FILE = "nl_alpino-ud-dev.conllu"
FORBIDDEN = "nl_alpino-ud-test.conllu"


def read_sentences(path: Path) -> list[str]:
    """Return the CoNLL-U sentence blocks of ``path``."""
    text = path.read_text(encoding="utf8").strip()
    return [block for block in text.split("\n\n") if block.strip()]


def augment(block: str, rng: random.Random) -> str:
    """Return the CoNLL-U block with its quote tokens rewritten to a random style."""
    lines = block.split("\n")
    rows = [i for i, line in enumerate(lines) if line and not line.startswith("#")]
    cells = [lines[i].split("\t") for i in rows]
    new_forms = vary_quotes([c[1] for c in cells], rng)
    for i, c, form in zip(rows, cells, new_forms):
        if c[1] != form:
            c[1] = form
            c[2] = form
            lines[i] = "\t".join(c)
    return "\n".join(lines)


def to_docbin(blocks: list[str], n_sents: int) -> DocBin:
    """Return a DocBin of the sentence blocks grouped ``n_sents`` per Doc."""
    data = "\n\n".join(blocks) + "\n\n"
    docs = conllu_to_docs(data, n_sents=n_sents, merge_subtokens=True, no_print=True)
    return DocBin(docs=docs, store_user_data=False)


def main() -> None:
    """Write train.spacy and dev.spacy for the UD components."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("ud_dir", type=Path)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--n-sents", type=int, default=10)
    args = parser.parse_args()
    rng = random.Random(13)
    if FORBIDDEN in TRAIN_FILES:
        raise SystemExit(f"{FORBIDDEN} is the evaluation file and must never be trained on")
    split = read_sentences(args.ud_dir / SPLIT_FILE)
    dev, rest = split[: len(split) // 2], split[len(split) // 2 :]
    current = [b for name in TRAIN_FILES if name not in OLD_SCHEME_FILES for b in read_sentences(args.ud_dir / name)]
    lexicon = learn_lexicon(current + rest)
    train: list[str] = current + rest
    left_out = 0
    for name in sorted(OLD_SCHEME_FILES):
        for block in read_sentences(args.ud_dir / name):
            relabelled = harmonise(block, lexicon)
            left_out += relabelled is None
            if relabelled is not None:
                train.append(relabelled)
    print(f"old-scheme sentences relabelled; {left_out} left out (copula other than zijn, restructured verbs)")
    train = [augment(block, rng) for block in train]
    args.out_dir.mkdir(parents=True, exist_ok=True)
    to_docbin(train, args.n_sents).to_disk(args.out_dir / "train.spacy")
    to_docbin(dev, args.n_sents).to_disk(args.out_dir / "dev.spacy")
    print(f"UD: {len(train)} train sentences, {len(dev)} dev sentences -> {args.out_dir}")


if __name__ == "__main__":
    main()
