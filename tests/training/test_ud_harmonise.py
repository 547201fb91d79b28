"""The UD relabelling of old-scheme sentences (training/scripts/ud_harmonise.py), on sentences of our own."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training" / "scripts"))

from ud_harmonise import current_class, harmonise, learn_lexicon, scheme_change  # noqa: E402

# `Als eerste kwam Jan binnen.` in the old scheme: `als` ADP, `eerste` NUM/nummod.
OLD = "\n".join([
    "# text = Als eerste kwam Jan binnen .",
    "1\tAls\tals\tADP\t_\t_\t2\tmark\t_\t_",
    "2\teerste\teerste\tNUM\t_\t_\t3\tnummod\t_\t_",
    "3\tkwam\tkomen\tVERB\t_\t_\t0\troot\t_\t_",
    "4\tJan\tJan\tPROPN\t_\t_\t3\tnsubj\t_\t_",
    "5\tbinnen\tbinnen\tADP\t_\t_\t3\tcompound:prt\t_\t_",
    "6\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_",
])
# The current scheme's labels for those words, as learn_lexicon reads them.
CURRENT = "\n".join([
    "1\tals\tals\tSCONJ\t_\t_\t2\tmark\t_\t_",
    "2\teerste\téén\tADJ\t_\t_\t3\tamod\t_\t_",
    "3\tdag\tdag\tNOUN\t_\t_\t0\troot\t_\t_",
])


def test_word_classes_move_to_the_current_scheme() -> None:
    relabelled = harmonise(OLD, learn_lexicon([CURRENT]))
    assert relabelled is not None
    rows = [line.split("\t") for line in relabelled.split("\n") if line and not line.startswith("#")]
    assert [(r[1], r[2], r[3], r[7]) for r in rows[:2]] == [("Als", "als", "SCONJ", "mark"),
                                                            ("eerste", "één", "ADJ", "amod")]


def test_sentences_whose_tree_the_current_scheme_turns_around_are_left_out() -> None:
    modal = "1\tHij\thij\tPRON\t_\t_\t2\tnsubj\t_\t_\n2\tmoet\tmoeten\tVERB\t_\t_\t0\troot\t_\t_\n" \
            "3\tgaan\tgaan\tVERB\t_\t_\t2\txcomp\t_\t_"
    assert harmonise(modal, learn_lexicon([CURRENT])) is None


def test_words_that_did_not_change_keep_their_labels() -> None:
    assert scheme_change("als", "SCONJ", "mark") is None
    assert scheme_change("twee", "NUM", "nummod") is None
    assert scheme_change("21ste", "NUM", "nummod") == ("ADJ", "amod")


def test_a_word_takes_the_one_class_the_current_data_gives_it() -> None:
    lexicon = learn_lexicon(["1\tWereldoorlog\tWereldoorlog\tPROPN\t_\t_\t0\troot\t_\t_"] * 5)
    assert current_class("wereldoorlog", "NOUN", lexicon) == "PROPN"
    assert current_class("wereldoorlog", "PROPN", lexicon) is None
    assert current_class("oorlog", "NOUN", lexicon) is None  # not in the current data: left alone
