# Quote marks used in English-language news, as (opening, closing) pairs.
# AP/Reuters style ("…", '…' nested) and British style (‘…’); does not cover CJK marks.
QUOTE_PAIRS: tuple[tuple[str, str], ...] = (
    ('"', '"'), ("“", "”"), ("‘", "’"), ("'", "'"), ("«", "»"),
)
