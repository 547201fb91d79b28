"""Bring sentences annotated under the 2017-2018 UD Dutch guidelines to the current scheme.

Half of the UD training pool (`nl-ud-history-extra-train.conllu`, `nl-ud-2017-train-partial.conllu`)
comes from older releases. Comparing their labels with the current dev/test files shows
systematic differences that otherwise teach the parser the old labels:

- `flat:name` is `flat` now;
- possessive pronouns (`zijn`, `haar`, `hun`, ...) were DET/det and are PRON/nmod:poss now;
- prepositional objects were `obl` and are `obl:arg` now: an old `obl` becomes `obl:arg` when
  its (head lemma, preposition) pair is `obl:arg` more often than `obl` in current-scheme data;
- inherent reflexive `zich` was `obj` and is `expl:pv` now, unless the current data says
  the verb takes `zich` as a real object more often;
- copulas other than `zijn` (`worden`, `blijven`, ...) were `cop`; current trees make those
  verbs the head, a restructuring not attempted here: such sentences are left out;
- word classes (found by comparing each word's labels in the old files with the current ones):
  `als` was ADP and is SCONJ; ordinals (`eerste`, `tweede`, `21ste`, and `eerst`) were NUM/nummod
  and are ADJ/amod; `vele`/`meeste` were PRON/nmod and are ADV/amod, `meest` ADV/advmod;
  `zowel` was ADV/cc and is CCONJ/cc:preconj; `dezelfde` was ADJ and is DET; `geboren` was ADJ
  and is VERB; `eerder` was ADV and is ADJ. The relabelled word takes the lemma and features
  the current data gives that word with its new class (`eerste` -> `één`);
- `moeten` was a VERB heading its infinitive and is an AUX now, `laten`, `willen`, `gaan` and
  other verbs the current data only has as VERB the other way round: restructurings not
  attempted, so such sentences are left out too.
"""

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

POSSESSIVES = {"zijn", "haar", "hun", "mijn", "jouw", "uw", "ons", "onze", "je", "z'n", "m'n", "d'r", "jullie"}
ORDINAL = re.compile(r"eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|twaalfde"
                     r"|\w+tiende|\w+tigste|honderdste|duizendste|\d+(?:e|de|ste)")
# A word whose old class the current data never gives it, and that has one class (this share of
# at least this many occurrences) there, takes that class (`Wereldoorlog` NOUN -> PROPN).
MIN_CURRENT_OCCURRENCES = 5
MIN_CURRENT_SHARE = 0.9
Rows = list[list[str]]


@dataclass
class Lexicon:
    """What the current-scheme data says about words, for relabelling old-scheme sentences."""

    arg_pairs: set[tuple[str, str]]  # (head lemma, preposition) pairs that are mostly obl:arg
    object_verbs: set[str]  # verbs whose `zich` is mostly a real object
    word_labels: dict[tuple[str, str], tuple[str, str]]  # (form, UPOS) -> most common (lemma, features)
    word_classes: dict[str, Counter[str]]  # form -> UPOS counts


def rows_of(block: str) -> tuple[list[str], Rows]:
    """Return the comment lines and the token rows (ten cells each) of a CoNLL-U block."""
    comments = [line for line in block.split("\n") if line.startswith("#")]
    rows = [line.split("\t") for line in block.split("\n") if line and not line.startswith("#")]
    return comments, rows


def _words(rows: Rows) -> dict[str, list[str]]:
    """Return the word rows (no multi-word or empty nodes) by their id."""
    return {r[0]: r for r in rows if r[0].isdigit()}


def _arg_key(words: dict[str, list[str]], row: list[str]) -> tuple[str, str]:
    head = words.get(row[6])
    case = [r[2].lower() for r in words.values() if r[6] == row[0] and r[7] == "case"]
    marker = case[0] if case else (row[2].lower() if row[3] == "ADV" else "-")
    return (head[2].lower() if head else "-", marker)


def learn_lexicon(blocks: list[str]) -> Lexicon:
    """Return what the current-scheme `blocks` say about prepositional objects, reflexives and word classes."""
    args: defaultdict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    reflexive: defaultdict[str, Counter[str]] = defaultdict(Counter)
    labels: defaultdict[tuple[str, str], Counter[tuple[str, str]]] = defaultdict(Counter)
    classes: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for block in blocks:
        words = _words(rows_of(block)[1])
        for row in words.values():
            labels[(row[1].lower(), row[3])][(row[2], row[5])] += 1
            classes[row[1].lower()][row[3]] += 1
            if row[7] in ("obl", "obl:arg"):
                args[_arg_key(words, row)][row[7]] += 1
            if row[2].lower() == "zich" and row[7] in ("obj", "expl:pv") and row[6] in words:
                reflexive[words[row[6]][2].lower()][row[7]] += 1
    arg_pairs = {key for key, counts in args.items() if counts["obl:arg"] > counts["obl"]}
    object_verbs = {verb for verb, counts in reflexive.items() if counts["obj"] > counts["expl:pv"]}
    word_labels = {key: counts.most_common(1)[0][0] for key, counts in labels.items()}
    return Lexicon(arg_pairs, object_verbs, word_labels, dict(classes))


def current_class(form: str, upos: str, lexicon: Lexicon) -> str | None:
    """Return the one class the current data gives a word it never gives `upos`, else None."""
    counts = lexicon.word_classes.get(form)
    if not counts or counts[upos] or sum(counts.values()) < MIN_CURRENT_OCCURRENCES:
        return None
    top, count = counts.most_common(1)[0]
    return top if count / sum(counts.values()) >= MIN_CURRENT_SHARE else None


def scheme_change(form: str, upos: str, deprel: str) -> tuple[str, str] | None:
    """Return the current (UPOS, deprel) of an old-scheme word whose class changed, else None."""
    if form == "als" and upos == "ADP":
        return "SCONJ", deprel
    if upos == "NUM" and (ORDINAL.fullmatch(form) or form == "eerst"):
        return "ADJ", "amod" if deprel == "nummod" else deprel
    if form in ("vele", "meeste") and upos == "PRON" and deprel == "nmod":
        return "ADV", "amod"
    if form == "meest" and upos == "PRON":
        return "ADV", "advmod" if deprel == "obl" else deprel
    if form == "zowel" and upos == "ADV" and deprel == "cc":
        return "CCONJ", "cc:preconj"
    if form == "dezelfde" and upos == "ADJ" and deprel == "det":
        return "DET", "det"
    if form == "geboren" and upos == "ADJ":
        return "VERB", deprel
    if form == "eerder" and upos == "ADV":
        return "ADJ", deprel
    return None


def _restructured_now(row: list[str], lexicon: Lexicon) -> bool:
    """Return True for a verb whose tree the current scheme turns around (`moeten` as head, `gaan` as aux)."""
    lemma = row[2].lower()
    if lemma == "moeten" and row[3] == "VERB" or lemma in ("laten", "willen") and row[3] == "AUX":
        return True
    return row[3] in ("AUX", "VERB") and current_class(row[1].lower(), row[3], lexicon) in ("AUX", "VERB")


def harmonise(block: str, lexicon: Lexicon) -> str | None:
    """Return the old-scheme block relabelled to the current scheme, or None to leave it out."""
    comments, rows = rows_of(block)
    words = _words(rows)
    if any(r[7] == "cop" and r[2].lower() != "zijn" or _restructured_now(r, lexicon) for r in words.values()):
        return None
    for row in words.values():
        form = row[1].lower()
        change = scheme_change(form, row[3], row[7])
        if change is None and row[3] not in ("DET", "PRON") and (upos := current_class(form, row[3], lexicon)):
            change = upos, row[7]
        if change is not None:
            row[3], row[7] = change
            if (form, row[3]) in lexicon.word_labels:
                row[2], row[5] = lexicon.word_labels[(form, row[3])]
        if row[7] == "flat:name":
            row[7] = "flat"
        elif row[7] == "det" and row[2].lower() in POSSESSIVES and row[3] in ("DET", "PRON"):
            row[3], row[7] = "PRON", "nmod:poss"
            feats = dict(f.split("=", 1) for f in row[5].split("|") if "=" in f)
            feats.update({"Poss": "Yes", "PronType": "Prs"})
            row[5] = "|".join(f"{k}={v}" for k, v in sorted(feats.items()))
        elif row[7] == "obl" and _arg_key(words, row) in lexicon.arg_pairs:
            row[7] = "obl:arg"
        elif row[2].lower() == "zich" and row[7] == "obj":
            head = words.get(row[6])
            if head is None or head[2].lower() not in lexicon.object_verbs:
                row[7] = "expl:pv"
    return "\n".join(comments + ["\t".join(r) for r in rows])
