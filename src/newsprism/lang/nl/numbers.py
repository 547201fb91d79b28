# Dutch number words, scale words and qualifiers used with counts in news.
# Standard Dutch; compound number words (`tweeënhalfduizend`) are parsed by text2num,
# not listed here. Does not cover Roman numerals or Belgian `septante`/`nonante`.
UNITS: dict[str, int] = {
    "nul": 0, "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6,
    "zeven": 7, "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12,
    "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16, "zeventien": 17,
    "achttien": 18, "negentien": 19, "twintig": 20, "dertig": 30, "veertig": 40,
    "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80, "negentig": 90,
    "honderd": 100, "duizend": 1000,
}
SCALES: dict[str, int] = {
    "duizend": 1_000, "miljoen": 1_000_000, "miljard": 1_000_000_000,
    "mln": 1_000_000, "mld": 1_000_000_000,
}
# Vague counts: (low, high) in the order of magnitude the word implies.
VAGUE_COUNTS: dict[str, tuple[int, int | None]] = {
    "tientallen": (20, 99), "honderden": (200, 999), "duizenden": (2_000, 9_999),
    "tienduizenden": (20_000, 99_999), "honderdduizenden": (200_000, 999_999),
    "miljoenen": (2_000_000, None), "enkele": (2, 9), "tal van": (5, None),
}
# Qualifiers before a number, with how they bound the value.
LOWER_BOUND_QUALIFIERS: tuple[str, ...] = (
    "meer dan", "ruim", "zeker", "minstens", "minimaal", "ten minste", "tenminste",
    "op zijn minst", "boven de",
)
UPPER_BOUND_QUALIFIERS: tuple[str, ...] = (
    "minder dan", "hooguit", "maximaal", "tot", "tot wel", "ten hoogste", "nog geen",
    "bijna", "nagenoeg",
)
APPROXIMATE_QUALIFIERS: tuple[str, ...] = (
    "ongeveer", "circa", "ca.", "zo'n", "rond de", "rond", "omstreeks", "pakweg",
    "naar schatting", "bijna", "ruim",
)
# Qualifiers that make the stated number a strict lower bound (value excluded).
STRICT_LOWER: tuple[str, ...] = ("meer dan", "boven de")
UNIT_WORDS: dict[str, str] = {
    "euro": "euro", "dollar": "dollar", "procent": "procent", "%": "procent",
    "jaar": "jaar", "maanden": "maand", "maand": "maand", "dagen": "dag", "dag": "dag",
    "weken": "week", "week": "week", "uur": "uur", "kilometer": "kilometer", "km": "kilometer",
    "meter": "meter", "kilo": "kilo", "ton": "ton", "pond": "pond",
}
