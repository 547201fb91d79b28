"""English grammar conventions of the Universal Dependencies scheme."""

# UD English keeps `be` AUX as a main verb too, so AUX is not read off the parse.
AUXILIARY_RELATIONS: tuple[str, ...] = ()
# Verbs that carry tense, mood or a copula rather than an event: not the predicate of a number.
LIGHT_VERB_LEMMAS: frozenset[str] = frozenset({
    "be", "have", "do", "can", "could", "may", "might", "must", "shall", "should", "will", "would", "seem",
})
