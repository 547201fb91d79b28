"""The ``newsprism eval`` commands: score a spaCy pipeline on annotated Dutch data."""

from __future__ import annotations

from pathlib import Path

import click

from newsprism import nlp as nlp_loader
from newsprism.errors import NewsprismError
from newsprism.evaluate.ner import NerScores, evaluate_ner, read_conll_ner
from newsprism.evaluate.parse import ParseScores, evaluate_parse, read_conllu

MODEL_HELP = (
    "spaCy pipeline to score: a path or an installed package name (default: $NEWSPRISM_NL_MODEL, else the shipped Dutch model)."
)


def format_ner_table(scores: NerScores) -> str:
    """Return the NER scores as a plain-text table, one row per type and one overall."""
    rows = [f"{'type':<8}{'precision':>10}{'recall':>10}{'f1':>10}{'gold':>8}{'pred':>8}"]
    items = [*scores.per_type.items(), ("overall", scores.overall)]
    for label, s in items:
        gold = s.true_positives + s.false_negatives
        predicted = s.true_positives + s.false_positives
        rows.append(f"{label:<8}{s.precision:>10.4f}{s.recall:>10.4f}{s.f1:>10.4f}{gold:>8}{predicted:>8}")
    rows.append(f"({scores.sentences} sentences, {scores.tokens} tokens)")
    return "\n".join(rows)


def format_parse_table(scores: ParseScores) -> str:
    """Return the tagging and parsing accuracies as a plain-text table."""
    rows = [
        ("UPOS", scores.upos),
        ("lemma", scores.lemma),
        ("UAS", scores.uas),
        ("LAS", scores.las),
        ("LAS (no punct)", scores.las_no_punct),
    ]
    lines = [f"{'metric':<16}{'accuracy':>10}"]
    lines += [f"{name:<16}{value:>10.4f}" for name, value in rows]
    lines.append(f"({scores.sentences} sentences, {scores.words} words)")
    return "\n".join(lines)


@click.group(name="eval")
def eval_group() -> None:
    """Score a spaCy pipeline on held-out annotated data (gold tokenisation)."""


@eval_group.command(name="ner")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--nlp-model", default=None, help=MODEL_HELP)
def ner_command(file: Path, nlp_model: str | None) -> None:
    """Print NER precision / recall / F1 per type and overall on a CoNLL file."""
    try:
        nlp = nlp_loader.load("nl", nlp_model)
        scores = evaluate_ner(nlp, read_conll_ner(file))
    except NewsprismError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(format_ner_table(scores))


@eval_group.command(name="parse")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--nlp-model", default=None, help=MODEL_HELP)
def parse_command(file: Path, nlp_model: str | None) -> None:
    """Print UPOS, lemma, UAS and LAS accuracy on a CoNLL-U file."""
    try:
        nlp = nlp_loader.load("nl", nlp_model)
        scores = evaluate_parse(nlp, read_conllu(file))
    except NewsprismError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(format_parse_table(scores))


if __name__ == "__main__":
    eval_group()
