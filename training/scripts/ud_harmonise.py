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
  verbs the head, a restructuring not attempted here: such sentences are left out.
"""

from collections import Counter, defaultdict

POSSESSIVES = {"zijn", "haar", "hun", "mijn", "jouw", "uw", "ons", "onze", "je", "z'n", "m'n", "d'r", "jullie"}
Rows = list[list[str]]


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


def learn_lexicon(blocks: list[str]) -> tuple[set[tuple[str, str]], set[str]]:
    """Return the (head, preposition) pairs that are mostly obl:arg and the verbs whose `zich` is mostly obj."""
    args: defaultdict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    reflexive: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for block in blocks:
        words = _words(rows_of(block)[1])
        for row in words.values():
            if row[7] in ("obl", "obl:arg"):
                args[_arg_key(words, row)][row[7]] += 1
            if row[2].lower() == "zich" and row[7] in ("obj", "expl:pv") and row[6] in words:
                reflexive[words[row[6]][2].lower()][row[7]] += 1
    arg_pairs = {key for key, counts in args.items() if counts["obl:arg"] > counts["obl"]}
    object_verbs = {verb for verb, counts in reflexive.items() if counts["obj"] > counts["expl:pv"]}
    return arg_pairs, object_verbs


def harmonise(block: str, arg_pairs: set[tuple[str, str]], object_verbs: set[str]) -> str | None:
    """Return the old-scheme block relabelled to the current scheme, or None to leave it out."""
    comments, rows = rows_of(block)
    words = _words(rows)
    if any(r[7] == "cop" and r[2].lower() != "zijn" for r in words.values()):
        return None
    for row in words.values():
        if row[7] == "flat:name":
            row[7] = "flat"
        elif row[7] == "det" and row[2].lower() in POSSESSIVES and row[3] in ("DET", "PRON"):
            row[3], row[7] = "PRON", "nmod:poss"
            feats = dict(f.split("=", 1) for f in row[5].split("|") if "=" in f)
            feats.update({"Poss": "Yes", "PronType": "Prs"})
            row[5] = "|".join(f"{k}={v}" for k, v in sorted(feats.items()))
        elif row[7] == "obl" and _arg_key(words, row) in arg_pairs:
            row[7] = "obl:arg"
        elif row[2].lower() == "zich" and row[7] == "obj":
            head = words.get(row[6])
            if head is None or head[2].lower() not in object_verbs:
                row[7] = "expl:pv"
    return "\n".join(comments + ["\t".join(r) for r in rows])
