# English number words, scale words, qualifiers and the words around counts in news.
# Written from English news style (`2,500`, `11.5 million`, `more than 3,000`); compound number
# words (`twenty-five`) are parsed by text2num. Does not cover "a dozen", "a score" or
# fractions beyond halves.

# Thousands separator and decimal mark in digits.
DIGIT_SEPARATORS: tuple[str, str] = (",", ".")
UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
}
ARTICLE_NUMBER_WORDS: tuple[str, ...] = ("one", "a", "zero")
FRACTION_WORDS: dict[str, float] = {"half": 0.5, "quarter": 0.25}
HALF_SUFFIXES: tuple[str, ...] = ("-and-a-half",)
NUMBER_SPELLING_VARIANTS: dict[str, str] = {"fourty": "forty"}
NUMBER_JOINERS: tuple[str, ...] = ("and",)
SCALES: dict[str, int] = {
    "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 10**12,
    "mln": 1_000_000, "bn": 1_000_000_000, "dozen": 12,
}
VAGUE_COUNTS: dict[str, tuple[int, int | None]] = {
    "dozens": (24, 99), "hundreds": (200, 999), "thousands": (2_000, 9_999),
    "millions": (2_000_000, None), "billions": (2_000_000_000, None),
}
FEW_WORDS: tuple[str, ...] = ("a few", "several", "a couple of")
ORDINAL_WORDS: frozenset[str] = frozenset("""
first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth twentieth last
""".split())
PLURAL_SCALES: dict[str, int] = {"thousands": 1_000, "millions": 1_000_000, "billions": 1_000_000_000}
LOWER_BOUND_QUALIFIERS: tuple[str, ...] = ("more than", "over", "at least", "upwards of")
UPPER_BOUND_QUALIFIERS: tuple[str, ...] = (
    "less than", "fewer than", "up to", "at most", "nearly", "almost", "under",
)
APPROXIMATE_QUALIFIERS: tuple[str, ...] = (
    "about", "around", "some", "approximately", "roughly", "nearly", "almost", "an estimated",
)
STRICT_LOWER: tuple[str, ...] = ("more than", "over")
UNIT_WORDS: dict[str, str] = {
    "euros": "euro", "euro": "euro", "dollars": "dollar", "percent": "percent", "%": "percent",
    "per cent": "percent", "years": "year", "year": "year", "months": "month", "days": "day",
    "weeks": "week", "hours": "hour", "miles": "mile", "kilometres": "kilometre",
}
RATE_MARKERS: tuple[str, ...] = ("per", "/", "an", "a")
CURRENCY_SYMBOLS: dict[str, str] = {"€": "euro", "$": "dollar", "£": "pound"}
AGE_SUFFIXES: tuple[str, ...] = ("-year-old", "-year-olds")
AGE_NOUN_SUFFIXES: tuple[str, ...] = ("-year-olds",)
RANGE_OPENERS: tuple[str, ...] = ("between", "from")
RANGE_JOINERS: tuple[str, ...] = ("and", "to", "-", "–")
RANGE_STANDALONE_JOINERS: tuple[str, ...] = ("-", "–", "to")
UNIT_SHARING_JOINERS: tuple[str, ...] = ("and", "or", "to", "-", "–", ",", "instead of")
CHANGE_FRAMES: frozenset[tuple[str, str]] = frozenset({("by", "to")})
PREPOSITIONAL_QUALIFIERS: dict[str, tuple[str, ...]] = {
    "up to": ("rose", "risen", "climbed", "fell", "dropped"),
}
# Verbs of calling: the number next to one is a phone number (`call 911`), not a count.
CALL_VERBS: frozenset[str] = frozenset("call calls called calling dial dialled dialed".split())
NUMBER_LABEL_WORDS: frozenset[str] = frozenset("""
number no. article page chapter section line route version edition season round stage level
step group code room platform gate flight channel box week
""".split())
STREET_SUFFIXES: tuple[str, ...] = ("street", "road", "avenue", "lane", "square", "drive")
CLOCK_BEFORE: tuple[str, ...] = ("at", "from", "until", "by")
CLOCK_AFTER: tuple[str, ...] = ("o'clock", "am", "pm", "a.m.", "p.m.")
CLOCK_PHRASES: tuple[str, ...] = ("quarter to", "quarter past", "half past")
RATIO_JOINERS: tuple[str, ...] = ("in", "out of")
YEAR_BEFORE: tuple[str, ...] = ("in", "since", "from", "until", "of", "early", "late", "mid", "and")
PREDICATE_CLASSES: dict[str, str] = {
    "killed": "killed", "died": "killed", "dead": "killed", "injured": "injured",
    "wounded": "injured", "arrested": "arrested", "detained": "arrested", "sent": "sent",
    "deployed": "deployed", "missing": "missing", "evacuated": "evacuated",
}
# Event words that count only in some company (see the Dutch `bekend`); none in English.
PREDICATE_CONDITIONS: dict[str, tuple[frozenset[str], frozenset[str], frozenset[str]]] = {}
NOUN_PHRASE_DETERMINERS: frozenset[str] = frozenset("the a an this that these those his her their its our".split())
COORDINATORS: tuple[str, ...] = ("and", "or")
COMPLEMENT_PREPOSITIONS: tuple[str, ...] = ("of",)
ADJECTIVE_ENDINGS: tuple[str, ...] = ("ian", "ish", "ese", "al", "ed")
PLURAL_SUFFIXES: tuple[str, ...] = ("ies", "es", "s")
COUNTED_SYNONYMS: dict[str, str] = {
    "protester": "protester", "demonstrator": "protester", "soldier": "soldier",
    "troop": "soldier",
    "suspect": "suspect", "perpetrator": "suspect", "person": "person", "people": "person",
    "house": "home", "home": "home", "visitor": "visitor", "spectator": "visitor",
}
GENERIC_COUNTED: frozenset[str] = frozenset({"person"})
