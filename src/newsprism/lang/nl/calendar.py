# Dutch calendar words: weekdays, months, parts of the day and relative day words.
# Standard Dutch spelling (Groene Boekje); does not cover dialect forms or
# abbreviations without a full stop ("ma", "di").
WEEKDAYS: dict[str, int] = {
    "maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3,
    "vrijdag": 4, "zaterdag": 5, "zondag": 6,
}
MONTHS: dict[str, int] = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6,
    "juli": 7, "augustus": 8, "september": 9, "oktober": 10, "november": 11,
    "december": 12, "jan.": 1, "feb.": 2, "mrt.": 3, "apr.": 4, "aug.": 8,
    "sept.": 9, "okt.": 10, "nov.": 11, "dec.": 12,
}
# Parts of the day glued to a weekday (`vrijdagochtend`) or to `gister`.
DAY_PARTS: dict[str, str] = {
    "ochtend": "morning", "morgen": "morning", "middag": "afternoon",
    "avond": "evening", "nacht": "night",
}
# Words for a day relative to the anchor, with the offset in days.
RELATIVE_DAYS: dict[str, int] = {
    "eergisteren": -2, "gisteren": -1, "gister": -1, "vandaag": 0, "morgen": 1,
    "overmorgen": 2, "vanochtend": 0, "vanmorgen": 0, "vanmiddag": 0, "vanavond": 0,
    "vannacht": 0, "gisteravond": -1, "gisterochtend": -1, "gistermiddag": -1,
    "gisternacht": -1, "gistermorgen": -1,
}
