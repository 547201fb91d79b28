"""Dutch grammar conventions of the Universal Dependencies scheme the shipped model follows."""

# UD Dutch tags a verb AUX exactly when it is attached as one of these (every one of the 2,523
# AUX words in the current-scheme Alpino and LassySmall files, and no other word, is).
AUXILIARY_RELATIONS: tuple[str, ...] = ("aux", "aux:pass", "cop")
# Verbs that carry tense, mood or a copula rather than an event: not the predicate of a number.
LIGHT_VERB_LEMMAS: frozenset[str] = frozenset({
    "zijn", "worden", "hebben", "blijven", "kunnen", "moeten", "mogen", "willen", "zullen", "lijken",
})
