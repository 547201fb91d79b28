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
    ("‘", "’"),
    ("'", "'"),
    ("«", "»"),
    ("»", "«"),
)
