"""Assemble the shipped pipeline from the trained UD and NER pipelines.

Takes the UD pipeline (tok2vec, morphologizer, parser, trainable_lemmatizer) and adds the
NER component (with its own tok2vec) sourced from the NER pipeline, before the parser. The Dutch news
tokenizer rules are re-applied and serialised with the tokenizer, and the training-only
callback reference is removed from the saved config, so plain ``spacy.load(path)`` works
without any newsprism code registered.
"""

import argparse
import shutil
from pathlib import Path

import spacy
from nl_tokenizer import customize_tokenizer
from spacy.util import load_config

META = {
    "name": "newsprism_nl",
    "version": "0.5.1",
    "description": (
        "Dutch news pipeline for newsprism: tokenizer with news rules, morphologizer, "
        "parser, edit-tree lemmatizer, NER (PER/LOC/ORG/MISC). See MODEL.md."
    ),
    "license": "research use only (NER trained on CoNLL-2002); UD parts CC BY-SA 4.0",
    "author": "newsprism",
}


def assemble(ud_path: Path, ner_path: Path, output: Path) -> None:
    """Write the combined pipeline to ``output`` (replacing its pipeline files)."""
    nlp = spacy.load(ud_path)
    ner_nlp = spacy.load(ner_path)
    if nlp.vocab.vectors.shape != ner_nlp.vocab.vectors.shape:
        nlp.vocab.vectors = ner_nlp.vocab.vectors
    # Before the parser: spaCy's NER never crosses a sentence boundary already set, so
    # running it first keeps parser mistakes from cutting entities in two.
    # The NER pipeline is `ner` with its own inline tok2vec, or `ner_tok2vec` + `ner` (listener).
    # A separate NER tok2vec must run before the UD one: at inference a listener reads
    # `doc.tensor`, which every tok2vec component overwrites.
    anchor = "tok2vec" if "tok2vec" in ner_nlp.pipe_names or "ner_tok2vec" in ner_nlp.pipe_names else "parser"
    for name in ner_nlp.pipe_names:
        nlp.add_pipe(name, source=ner_nlp, before=anchor)
    customize_tokenizer(nlp)
    nlp.meta.update(META)
    nlp.meta["sources"] = []
    # Dev-set figures of the UD run only would mislead; the held-out scores are in MODEL.md.
    nlp.meta["performance"] = {}
    for name in ("config.cfg", "meta.json", "tokenizer", "vocab", *nlp.pipe_names):
        target = output / name
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
    nlp.to_disk(output)
    config = load_config(output / "config.cfg")
    config["initialize"]["before_init"] = None
    config.to_disk(output / "config.cfg")


def main() -> None:
    """Parse the command line and assemble the pipeline."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("ud", type=Path)
    parser.add_argument("ner", type=Path)
    parser.add_argument("output", type=Path)
    args = parser.parse_args()
    args.output.mkdir(parents=True, exist_ok=True)
    assemble(args.ud, args.ner, args.output)
    print(f"assembled {args.output}")


if __name__ == "__main__":
    main()
