# English number words, scales and qualifiers used with counts in news.
# Cardinals to ninety and the scale words; does not cover "a dozen" or "a score".
UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
}
SCALES: dict[str, int] = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
VAGUE_COUNTS: dict[str, tuple[int, int | None]] = {
    "dozens": (24, 99), "hundreds": (200, 999), "thousands": (2_000, 9_999),
    "millions": (2_000_000, None),
}
LOWER_BOUND_QUALIFIERS: tuple[str, ...] = ("more than", "over", "at least")
UPPER_BOUND_QUALIFIERS: tuple[str, ...] = ("less than", "fewer than", "up to", "at most", "nearly", "almost")
APPROXIMATE_QUALIFIERS: tuple[str, ...] = ("about", "around", "some", "approximately", "roughly", "nearly", "almost")
STRICT_LOWER: tuple[str, ...] = ("more than", "over")
UNIT_WORDS: dict[str, str] = {
    "euros": "euro", "euro": "euro", "dollars": "dollar", "percent": "percent", "%": "percent",
    "years": "year", "months": "month", "days": "day", "weeks": "week", "hours": "hour",
}
