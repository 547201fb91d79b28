# Quote marks used in Dutch and international news, as (opening, closing) pairs.
# From the house styles of Dutch dailies (NRC/Volkskrant use “…” and ‘…’, AD and
# regional papers ,,…'' and „…”) and wire copy ("…", «…»). Does not cover
# dash-introduced dialogue (literature) or CJK marks.
QUOTE_PAIRS: tuple[tuple[str, str], ...] = (
    ('"', '"'),
    ("“", "”"),
    ("„", "”"),
    ("„", "“"),
    (",,", "''"),
    (",,", '"'),
    (",,", "”"),
    ("‘", "’"),
    ("'", "'"),
    ("«", "»"),
    ("»", "«"),
)
# Words that begin with an apostrophe, so the mark is not an opening quote
# (`'s avonds`, `'t is`, `'n beetje`). From Dutch spelling (Woordenlijst); does not cover
# dialect elisions in literature (`'k`, `m'n` are covered, `d'r` inside a word needs none).
APOSTROPHE_WORDS: tuple[str, ...] = ("s", "t", "n", "k", "m", "r", "ns", "tzelfde", "tis")
# Words after which quoted words are a term, not someone's words (`de zogeheten "vredesmacht"`).
# From Dutch news usage; does not cover every label noun.
TERM_MARKERS: tuple[str, ...] = (
    "zogeheten", "zogenaamde", "zogenaamd", "zogenoemde", "woord", "term", "begrip", "etiket",
)
# Endings of inflected attributive adjectives, used to see that quoted words head a noun phrase
# when there is no POS tagger (`de eerste Russische "vredestroepen"`); does not cover uninflected ones.
TERM_ADJECTIVE_ENDINGS: tuple[str, ...] = ("e",)
