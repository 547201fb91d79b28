# Quote marks used in English-language news, as (opening, closing) pairs.
# AP/Reuters style ("…", '…' nested) and British style (‘…’); does not cover CJK marks.
QUOTE_PAIRS: tuple[tuple[str, str], ...] = (
    ('"', '"'), ("“", "”"), ("‘", "’"), ("'", "'"), ("«", "»"),
)
# Words that begin with an apostrophe, so the mark is not an opening quote
# (`'em`, `'til`, `'90s`). From common English elisions; does not cover dialect spellings.
APOSTROPHE_WORDS: tuple[str, ...] = ("em", "til", "cause", "n", "tis", "twas", "s")
# Words after which quoted words are a term, not someone's words (`de zogeheten "vredesmacht"`).
# From English news usage; does not cover every label noun.
TERM_MARKERS: tuple[str, ...] = ("so-called", "word", "term", "label", "dubbed")
# Endings of inflected attributive adjectives, used to see that quoted words head a noun phrase
# when there is no POS tagger (`de eerste Russische "vredestroepen"`); does not cover uninflected ones.
TERM_ADJECTIVE_ENDINGS: tuple[str, ...] = ("al", "ous", "ive", "ian", "ese", "ish")
