"""Quote-mark augmentation shared by the corpus converters.

Dutch news uses many quote styles (,,x'' "x" “x” „x” ‘x’ 'x' «x»), but each training corpus
favours one or two. Rewriting a share of the quote tokens into the other styles teaches the
tagger, parser and NER that any of them is punctuation. Only whole quote tokens are
rewritten, so gold annotation stays aligned.
"""

import random

STRAIGHT = {'"', ",,", "''", "„", "“", "”", "«", "»"}
STYLES = [('"', '"'), (",,", "''"), ("„", "”"), ("“", "”"), ("«", "»"), ("‘", "’"), ("'", "'")]


def vary_quotes(words: list[str], rng: random.Random, share: float = 0.5) -> list[str]:
    """Return ``words`` with its double quote tokens rewritten to one random style."""
    positions = [i for i, w in enumerate(words) if w in STRAIGHT]
    if not positions or rng.random() > share:
        return words
    opening, closing = rng.choice(STYLES)
    out = list(words)
    for n, i in enumerate(positions):
        out[i] = opening if n % 2 == 0 else closing
    return out
