# English calendar words: weekdays, months, parts of the day, relative day words, the words
# that shift or bound a period (`last week`, `early March`), duration words, tense markers
# and publication-date labels. Standard English as written in news; compiled by hand for
# newsprism. Does not cover weekday abbreviations without a full stop ("Mon"), holidays,
# seasons or clock times.
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}
MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan.": 1, "feb.": 2, "aug.": 8, "sept.": 9, "oct.": 10, "nov.": 11, "dec.": 12,
}
DAY_PARTS: dict[str, str] = {
    "morning": "morning", "afternoon": "afternoon", "evening": "evening", "night": "night",
}
RELATIVE_DAYS: dict[str, int] = {
    "yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0,
}
RELATIVE_DAY_PARTS: dict[str, str] = {"tonight": "evening", "overnight": "night"}
# `overnight` in past-tense news is the night that ended on the publication day.
TENSE_DEPENDENT_DAYS: dict[str, tuple[int, int]] = {"overnight": (-1, 0)}
RELATIVE_DAY_BLOCKERS: tuple[str, ...] = ("the", "every", "each")
# A word before a weekday that makes it a recurring day, not one date (`every Saturday`).
RECURRENCE_MARKERS: tuple[str, ...] = ("every", "each")
PERIOD_SHIFTS: dict[str, int] = {
    "last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1,
}
PERIOD_UNITS: dict[str, str] = {
    "day": "day", "week": "week", "weekend": "weekend", "month": "month", "year": "year",
}
PERIOD_POSITIONS: dict[str, str] = {
    "early": "start", "late": "end", "mid": "mid", "earlier": "earlier", "later": "later",
}
POSITION_LINKS: tuple[str, ...] = ("in", "of")
DURATION_UNITS: dict[str, str] = {
    "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
    "months": "month", "year": "year", "years": "year",
}
DURATION_AGO: tuple[str, ...] = ("ago",)
DURATION_FROM_NOW: tuple[str, ...] = ("in",)
DURATION_AFTER_PREVIOUS: tuple[str, ...] = ("later", "afterwards")
DURATION_BEFORE_PREVIOUS: tuple[str, ...] = ("earlier", "before")
DURATION_AFTER_ANCHOR: tuple[str, ...] = ("after",)
DURATION_BEFORE_ANCHOR: tuple[str, ...] = ("before",)
FUTURE_MARKERS: tuple[str, ...] = ("will", "shall", "going to", "is due", "are due")
PAST_MARKERS: tuple[str, ...] = ("had", "was", "were", "has", "have", "said")
FUTURE_AUXILIARY_LEMMAS: tuple[str, ...] = ("will", "shall")
PERFECT_AUXILIARY_LEMMAS: tuple[str, ...] = ("have",)
CLAUSE_BOUNDARIES: tuple[str, ...] = (
    ",", ";", ":", "that", "because", "after", "before", "when", "while", "but", "which",
)
PUBLICATION_LABELS: tuple[str, ...] = ("published on", "published", "posted on", "posted")
TIMEZONE = "Europe/London"
