# Dutch calendar words: weekdays, months, parts of the day, relative day words, the words
# that shift or bound a period (`vorige week`, `begin maart`), duration words, tense markers
# and publication-date labels. Standard Dutch spelling (Groene Boekje) as written in news;
# compiled by hand for newsprism. Does not cover dialect forms, weekday abbreviations
# without a full stop ("ma", "di"), holidays (`Pasen`), seasons or clock times.
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
    "gisteravond": -1, "gisterochtend": -1, "gistermiddag": -1,
    "gisternacht": -1, "gistermorgen": -1, "morgenochtend": 1, "morgenavond": 1,
    "morgenmiddag": 1,
}
# The part of the day a relative day word names (`vanavond` is this evening).
RELATIVE_DAY_PARTS: dict[str, str] = {
    "vanochtend": "morning", "vanmorgen": "morning", "vanmiddag": "afternoon",
    "vanavond": "evening", "vannacht": "night", "gisteravond": "evening",
    "gisterochtend": "morning", "gistermiddag": "afternoon", "gisternacht": "night",
    "gistermorgen": "morning", "morgenochtend": "morning", "morgenavond": "evening",
    "morgenmiddag": "afternoon",
}
# Relative day words whose day depends on tense: (offset in past tense, offset in future).
# `vannacht` in past-tense news is the night that ended on the publication day.
TENSE_DEPENDENT_DAYS: dict[str, tuple[int, int]] = {"vannacht": (-1, 0)}
# A word right before a relative day word that makes it a noun (`de volgende morgen`).
RELATIVE_DAY_BLOCKERS: tuple[str, ...] = ("de", "die", "deze", "elke", "iedere", "goede", "volgende")
# A word before a weekday that makes it a recurring day, not one date (`elke zaterdag`).
RECURRENCE_MARKERS: tuple[str, ...] = ("elke", "iedere")
# Words that shift a period or weekday: -1 back, 0 the current one, 1 ahead.
PERIOD_SHIFTS: dict[str, int] = {
    "vorige": -1, "vorig": -1, "afgelopen": -1, "jongstleden": -1,
    "deze": 0, "dit": 0, "komende": 1, "komend": 1, "volgende": 1, "volgend": 1,
    "aanstaande": 1,
}
# Nouns for a period that a shift word can point at.
PERIOD_UNITS: dict[str, str] = {
    "dag": "day", "week": "week", "weekend": "weekend", "maand": "month", "jaar": "year",
}
# Words that pick a part of a period (`begin maart`, `eerder deze maand`).
PERIOD_POSITIONS: dict[str, str] = {
    "begin": "start", "eind": "end", "einde": "end", "half": "mid", "medio": "mid",
    "halverwege": "mid", "midden": "mid", "eerder": "earlier", "later": "later",
}
# Words allowed between a position word and its period (`begin van dit jaar`).
POSITION_LINKS: tuple[str, ...] = ("van", "van het", "van de", "in", "in het")
# Duration units (singular and plural) with the period they count.
DURATION_UNITS: dict[str, str] = {
    "dag": "day", "dagen": "day", "week": "week", "weken": "week", "maand": "month",
    "maanden": "month", "jaar": "year", "jaren": "year",
}
# After a duration: counted back from the publication (`drie jaar geleden`).
DURATION_AGO: tuple[str, ...] = ("geleden",)
# Before a duration: counted ahead from the publication (`over twee weken`).
DURATION_FROM_NOW: tuple[str, ...] = ("over",)
# After a duration: counted from the date expression just before it (`twee dagen later`).
DURATION_AFTER_PREVIOUS: tuple[str, ...] = ("later", "daarna", "nadien")
DURATION_BEFORE_PREVIOUS: tuple[str, ...] = ("eerder", "daarvoor", "ervoor")
# Between a duration and a date expression it counts from (`drie jaar na 2014`).
DURATION_AFTER_ANCHOR: tuple[str, ...] = ("na",)
DURATION_BEFORE_ANCHOR: tuple[str, ...] = ("voor",)
# Words in the same clause that make it future tense (surface forms, without a parse).
FUTURE_MARKERS: tuple[str, ...] = (
    "zal", "zullen", "zult", "gaat", "gaan", "ga", "verwacht", "gepland", "staat gepland",
)
# Words in the same clause that make it past or perfect tense (surface forms).
PAST_MARKERS: tuple[str, ...] = (
    "had", "hadden", "was", "waren", "werd", "werden", "heeft", "hebben", "zei", "zeiden",
)
# Lemmas of auxiliaries that make a clause future tense when a parse is available.
FUTURE_AUXILIARY_LEMMAS: tuple[str, ...] = ("zullen", "gaan")
# Lemmas of auxiliaries that form the perfect (past) with a participle.
PERFECT_AUXILIARY_LEMMAS: tuple[str, ...] = ("hebben", "zijn")
# Words that start a new clause: the tense of one clause does not reach the next.
CLAUSE_BOUNDARIES: tuple[str, ...] = (
    ",", ";", ":", "dat", "omdat", "nadat", "voordat", "toen", "terwijl", "zodat", "maar",
    "waarna", "waarop", "wanneer", "als", "die",
)
# Labels that introduce a publication date in a page's text (`Gepubliceerd: 7 januari`).
PUBLICATION_LABELS: tuple[str, ...] = (
    "gepubliceerd op", "gepubliceerd", "geplaatst op", "geplaatst", "publicatiedatum",
)
# The time zone of outlets in this language when a date carries none.
TIMEZONE = "Europe/Amsterdam"
