# English calendar words: weekdays, months, parts of the day, relative day words.
# Standard English; does not cover abbreviations without a full stop ("Mon").
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}
MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
DAY_PARTS: dict[str, str] = {
    "morning": "morning", "afternoon": "afternoon", "evening": "evening", "night": "night",
}
RELATIVE_DAYS: dict[str, int] = {
    "yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0,
}
