# Quote marks used in English-language news, as (opening, closing) pairs.
# AP/Reuters style ("…", '…' nested) and British style (‘…’); does not cover CJK marks.
QUOTE_PAIRS: tuple[tuple[str, str], ...] = (
    ('"', '"'), ("“", "”"), ("‘", "’"), ("'", "'"), ("«", "»"),
)
# Words that begin with an apostrophe, so the mark is not an opening quote
# (`'em`, `'til`, `'90s`). From common English elisions; does not cover dialect spellings.
APOSTROPHE_WORDS: tuple[str, ...] = ("em", "til", "cause", "n", "tis", "twas", "s")
