"""Dutch news tokenizer rules baked into newsprism's shipped spaCy pipeline.

Used at training time only (``spacy train --code training/scripts/nl_tokenizer.py``) through
the ``newsprism_nl_tokenizer.v1`` before_init callback, and again by ``assemble.py``; the
rules end up serialised in the pipeline's tokenizer, so loading the model needs no code.

The abbreviations below are those spaCy's Dutch defaults (spacy/lang/nl/tokenizer_exceptions.py)
split wrongly, collected from common Dutch news usage; they do not cover domain jargon.
"""

from collections.abc import Callable

import spacy
from spacy.language import Language
from spacy.symbols import NORM, ORTH

from newsprism.nlp import drop_sentence_final_abbreviations

EXTRA_ABBREVIATIONS = [
    "mw.",
    "i.c.m.",
    "m.u.v.",
    "incl.",
    "excl.",
    "tel.",
    "o.l.v.",
    "n.Chr.",
    "v.Chr.",
    "mld.",
    "mrd.",
    "ong.",
    "aug.",
    "sept.",
    "okt.",
    "nov.",
    "jan.",
    "feb.",
    "mrt.",
    "apr.",
    "jun.",
    "jul.",
    "gem.",
    "vz.",
    "wnd.",
    "m.i.v.",
    "t.b.v.",
    "o.b.v.",
    "p.j.",
]

# Quote marks split off a word; ",," and "''" are single tokens (Dutch opening/closing pair).
QUOTE_PREFIXES = [r",,", r"„", r"“", r"”", r"‘", r"’", r"«", r"»", r"''"]
QUOTE_SUFFIXES = [r"''", r",,", r"”", r"“", r"„", r"’", r"‘", r"»", r"«"]
# A closing "''" glued to a following comma or word: ja'',dat -> ja '' , dat
QUOTE_INFIXES = [
    r"(?<=[\w.!?])''(?=[,.;:\w])",
    r"(?<=[\w.!?])”(?=[,.;:\w])",
    r"(?<=['”])[,;:](?=\w)",
]


def customize_tokenizer(nlp: Language) -> Language:
    """Return ``nlp`` with newsprism's Dutch news rules added to its tokenizer."""
    tokenizer = nlp.tokenizer
    drop_sentence_final_abbreviations(tokenizer)
    for abbreviation in EXTRA_ABBREVIATIONS:
        for form in {abbreviation, abbreviation[:1].upper() + abbreviation[1:]}:
            tokenizer.add_special_case(form, [{ORTH: form}])
    for year in range(100):
        short = f"'{year:02d}"
        tokenizer.add_special_case(short, [{ORTH: short}])
        tokenizer.add_special_case(f"’{year:02d}", [{ORTH: f"’{year:02d}", NORM: short}])
    defaults = nlp.Defaults
    prefixes = QUOTE_PREFIXES + list(defaults.prefixes or [])
    suffixes = QUOTE_SUFFIXES + list(defaults.suffixes or [])
    infixes = list(defaults.infixes or []) + QUOTE_INFIXES
    tokenizer.prefix_search = spacy.util.compile_prefix_regex(prefixes).search
    tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    return nlp


@spacy.registry.callbacks("newsprism_nl_tokenizer.v1")
def make_customize_tokenizer() -> Callable[[Language], Language]:
    """Return the before_init callback that installs the Dutch news tokenizer rules."""
    return customize_tokenizer
