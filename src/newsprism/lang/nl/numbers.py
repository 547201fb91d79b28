# Dutch number words, scale words, qualifiers and the words around counts in news.
# Written from Dutch news style (NOS, NU.nl, de Volkskrant conventions: `2.500`, `11,5 miljoen`,
# `meer dan drieduizend`); compound number words (`tweeënhalfduizend`, `drieduizend`) are parsed
# by text2num, not listed here. Does not cover Roman numerals, Belgian `septante`/`nonante`,
# fractions beyond halves, or measures written as symbols other than `%` and currencies.

# Thousands separator and decimal mark in digits.
DIGIT_SEPARATORS: tuple[str, str] = (".", ",")
# Cardinals a number-word scan starts from (text2num parses the compounds built of them).
UNITS: dict[str, int] = {
    "nul": 0, "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6,
    "zeven": 7, "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12,
    "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16, "zeventien": 17,
    "achttien": 18, "negentien": 19, "twintig": 20, "dertig": 30, "veertig": 40,
    "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80, "negentig": 90,
    "honderd": 100, "duizend": 1000,
}
# Number words that are also the indefinite article or a pronoun: a count only before a scale word.
ARTICLE_NUMBER_WORDS: tuple[str, ...] = ("een", "één", "nul")
# Fractions that text2num does not parse; below one they count only before a scale word.
FRACTION_WORDS: dict[str, float] = {
    "anderhalf": 1.5, "anderhalve": 1.5, "half": 0.5, "halve": 0.5, "kwart": 0.25, "driekwart": 0.75,
}
# Endings adding a half to a number word (`tweeënhalf`, `twaalfenhalve`).
HALF_SUFFIXES: tuple[str, ...] = ("ënhalf", "enhalf", "ënhalve", "enhalve")
# Spellings without the diaeresis (`tweeentwintig`) rewritten to the one text2num knows.
NUMBER_SPELLING_VARIANTS: dict[str, str] = {"eeen": "eeën", "ieen": "ieën"}
# The word joining number words inside one number (`tweeduizend en zestien`).
NUMBER_JOINERS: tuple[str, ...] = ("en",)
# Scale words after a number (`11,5 miljoen`), including newspaper abbreviations.
SCALES: dict[str, int] = {
    "duizend": 1_000, "miljoen": 1_000_000, "miljard": 1_000_000_000, "biljoen": 10**12,
    "mln": 1_000_000, "mld": 1_000_000_000, "mrd": 1_000_000_000, "dozijn": 12, "gros": 144,
}
# Vague counts: (low, high) in the order of magnitude the word implies; high None when open.
VAGUE_COUNTS: dict[str, tuple[int, int | None]] = {
    "tientallen": (20, 99), "honderden": (200, 999), "duizenden": (2_000, 9_999),
    "tienduizenden": (20_000, 99_999), "honderdduizenden": (200_000, 999_999),
    "miljoenen": (2_000_000, None), "miljarden": (2_000_000_000, None),
}
# Words before a scale word that make a vague count of two to nine of it (`een paar duizend`).
FEW_WORDS: tuple[str, ...] = ("een paar", "enkele", "enige", "een aantal")
# Ordinal words: a rank (`op de eerste plaats`), not a count.
ORDINAL_WORDS: frozenset[str] = frozenset("""
eerste tweede derde vierde vijfde zesde zevende achtste negende tiende elfde twaalfde
dertiende veertiende vijftiende twintigste laatste voorlaatste
""".split())
# Plural scale words after a vague count: `tientallen miljoenen` is 20-99 million.
PLURAL_SCALES: dict[str, int] = {"duizenden": 1_000, "miljoenen": 1_000_000, "miljarden": 1_000_000_000}
# Qualifiers before a number. Lower bound: low = the number, high open.
LOWER_BOUND_QUALIFIERS: tuple[str, ...] = (
    "meer dan", "ruim", "zeker", "minstens", "minimaal", "ten minste", "tenminste",
    "op zijn minst", "boven de", "bijna ruim", "zeker meer dan", "ruim meer dan",
)
# Upper bound: high = the number, low open.
UPPER_BOUND_QUALIFIERS: tuple[str, ...] = (
    "minder dan", "hooguit", "maximaal", "tot", "tot wel", "tot maar liefst", "ten hoogste",
    "nog geen", "bijna", "nagenoeg", "krap",
)
# Approximation: the number itself, not exact (`bijna` is both an upper bound and approximate).
APPROXIMATE_QUALIFIERS: tuple[str, ...] = (
    "ongeveer", "circa", "ca.", "zo'n", "zo’n", "rond de", "rond", "omstreeks", "pakweg",
    "naar schatting", "bijna", "ruwweg", "bij benadering", "grofweg", "om en nabij",
)
# Qualifiers that make the stated number a strict lower bound (value excluded).
STRICT_LOWER: tuple[str, ...] = ("meer dan", "boven de", "zeker meer dan", "ruim meer dan")
# What a unit word after a number measures; the key is the word as written (lowercased).
UNIT_WORDS: dict[str, str] = {
    "euro": "euro", "euro's": "euro", "euro’s": "euro", "dollar": "dollar", "dollars": "dollar",
    "pond": "pond", "roebel": "roebel", "yuan": "yuan",
    "procent": "procent", "%": "procent", "procentpunt": "procentpunt",
    "procentpunten": "procentpunt",
    "jaar": "jaar", "jaren": "jaar", "maanden": "maand", "maand": "maand", "dagen": "dag",
    "dag": "dag", "weken": "week", "week": "week", "uur": "uur", "minuten": "minuut",
    "minuut": "minuut", "seconden": "seconde",
    "kilometer": "kilometer", "km": "kilometer", "meter": "meter", "centimeter": "centimeter",
    "cm": "centimeter", "millimeter": "millimeter", "mm": "millimeter", "kg": "kilo",
    "u": "uur", "h": "uur",
    "kilo": "kilo", "kilogram": "kilo", "ton": "ton", "liter": "liter", "hectare": "hectare",
    "graden": "graad", "vaten": "vat", "keer": "keer",
}
# Words that make a unit a rate with the unit after them (`127 kilometer per uur`, `euro per maand`).
RATE_MARKERS: tuple[str, ...] = ("per", "/")
# Currency signs written before a number (`€ 2,5 miljoen`).
CURRENCY_SYMBOLS: dict[str, str] = {"€": "euro", "$": "dollar", "£": "pond"}
# Endings of ages written as one word with the number (`82-jarige`, `82-jarigen`).
AGE_SUFFIXES: tuple[str, ...] = ("-jarige", "-jarigen", "-jarig")
# Age suffixes that make a noun: `50-jarigen` is itself what is counted (`-jarige` may be an adjective).
AGE_NOUN_SUFFIXES: tuple[str, ...] = ("-jarigen",)
# Range frames: `tussen (de) 24 en 65`, `van 24 tot 65`, `24 tot 65`, `24 à 25`.
RANGE_OPENERS: tuple[str, ...] = ("tussen de", "tussen", "van de", "van")
RANGE_JOINERS: tuple[str, ...] = ("tot en met", "en", "tot", "à", "a", "-", "–")
# Joiners that make a range without an opener (`twee à drie`, `24-25`); `en`/`tot` need one.
RANGE_STANDALONE_JOINERS: tuple[str, ...] = ("à", "a", "-", "–")
# Words between two numbers that make the first count what the second counts: `3,2 en 2,8
# procent`, `zeven of acht bomen`, `25 tot 30 graden`, `veertien, vijftien prijzen`, `1,1 in
# plaats van 1,6 procent`.
UNIT_SHARING_JOINERS: tuple[str, ...] = ("en", "of", "tot", "à", "a", "-", "–", ",", "in plaats van")
# ... unless (word before the first, joiner) frame a change: `steeg met 12.000 tot 390.000`.
CHANGE_FRAMES: frozenset[tuple[str, str]] = frozenset({("met", "tot")})
# Qualifier words that are plain prepositions after these words: `veroordeeld tot twintig jaar`
# and `opgelopen tot 112` state the number exactly. After a number (`met 12.000 tot 390.000`) too.
PREPOSITIONAL_QUALIFIERS: dict[str, tuple[str, ...]] = {
    "tot": (
        "veroordeeld", "opgelopen", "gestegen", "gedaald", "toegenomen", "afgenomen", "teruggebracht",
        "verhoogd", "verlaagd", "steeg", "daalde", "stijgt", "daalt", "liep", "loopt", "groeide",
        "groeit", "kromp", "krimpt", "oplopen", "stijgen", "dalen", "veroordelen", "bijgesteld",
        # a change, then the level it reached (`klom 0,5 procent tot 543,64 punten`)
        "klom", "klimt", "zakte", "zakt", "won", "wint", "verloor", "verliest", "procent", "procentpunt",
        "procentpunten",
    ),
}
# Words before a number that make it a label, not a count (`artikel 5`, `lijn 12`, `jaren 90`).
NUMBER_LABEL_WORDS: frozenset[str] = frozenset("""
nummer nr nr. no. artikel art. pagina blz. bladzijde hoofdstuk paragraaf lijn buslijn tramlijn
versie editie seizoen ronde etappe fase niveau stap groep code zaal perron spoor gate vlucht
kanaal postbus bus kamer jaren week kilometerpaal afrit knooppunt bijlage punt stadion
""".split())
# Verbs of calling (and `te bellen`, read over the two words after a number): the number next to
# one is a phone number (`bel 112`, `112 te bellen`), not a count.
CALL_VERBS: frozenset[str] = frozenset(["bel", "belt", "belde", "belden", "bellen", "gebeld", "te bellen"])
# Endings of street names, before a house number (`Kalverstraat 12`).
STREET_SUFFIXES: tuple[str, ...] = (
    "straat", "weg", "laan", "plein", "gracht", "kade", "dijk", "singel", "steeg", "dreef",
    "hof", "markt", "park", "pad", "baan", "wal", "veld", "ring", "boulevard", "allee",
)
# Words before a number that make it a clock time (`om 8 uur`), and words after one.
CLOCK_BEFORE: tuple[str, ...] = ("om", "vanaf", "sinds", "voor", "na", "tegen")
CLOCK_AFTER: tuple[str, ...] = ("uur", "u.")
# Phrases right before a number word or digits that make it a clock time on their own.
CLOCK_PHRASES: tuple[str, ...] = ("kwart voor", "kwart over", "half", "tien voor", "tien over", "vijf voor",
                                  "vijf over")
# Words between two numbers that make a ratio, not two counts (`een op de drie`, `twee op de vijf`).
RATIO_JOINERS: tuple[str, ...] = ("op de", "op elke", "op iedere", "uit")
# Words before a four-digit number that make it a year (`sinds 2016`).
YEAR_BEFORE: tuple[str, ...] = (
    "in", "sinds", "van", "tot", "vanaf", "na", "voor", "uit", "begin", "eind", "medio", "halverwege",
    "jaar", "zomer", "winter", "najaar", "voorjaar", "lente", "herfst", "t/m", "en", "met",
)
# Events a count belongs to, as written, with the event class used to compare them.
PREDICATE_CLASSES: dict[str, str] = {
    "om het leven gebracht": "killed", "om het leven gekomen": "killed", "om het leven": "killed",
    "omgekomen": "killed",
    "gedood": "killed", "doodgeschoten": "killed", "gesneuveld": "killed", "overleden": "killed",
    "omgebracht": "killed", "geëlimineerd": "killed", "vermoord": "killed", "dood": "killed",
    "gewond geraakt": "injured", "gewond": "injured", "verwond": "injured",
    "opgepakt": "arrested", "gearresteerd": "arrested", "aangehouden": "arrested",
    "vastgezet": "arrested", "opgesloten": "arrested", "in hechtenis genomen": "arrested",
    "gestuurd": "sent", "stuurt": "sent", "stuurde": "sent", "sturen": "sent",
    "gezonden": "sent", "uitgezonden": "sent", "ingezet": "deployed", "gestationeerd": "deployed",
    "aangekomen": "arrived", "gearriveerd": "arrived", "geland": "arrived",
    "vermist": "missing", "geëvacueerd": "evacuated", "gevlucht": "fled", "ontheemd": "fled",
    "besmet": "infected", "opgenomen": "hospitalised", "ontslagen": "dismissed",
    "veroordeeld": "sentenced", "bewezen geacht": "sentenced", "bewezen": "sentenced", "opgelegd": "sentenced",
    # The steps of a trial count different things (`97 moorden` demanded, `85` proven); `bekend` only
    # under PREDICATE_CONDITIONS; not `verdacht` (`de verdachte`, `verdacht van`).
    "geëist": "demanded", "eist": "demanded", "eiste": "demanded", "gevraagd": "demanded",
    "beschuldigd": "accused", "toegegeven": "confessed", "bekende": "confessed", "bekend": "confessed",
    "betaald": "paid", "uitgetrokken": "budgeted",
    "gedemonstreerd": "protested", "betoogd": "protested", "gestaakt": "struck",
    "bestaan uit": "consists", "bestaat uit": "consists", "telt": "consists",
}
# Event words that count only in some company: (words one of which must come before it in its
# clause, words that must not come before it in its clause, words that must not follow it).
# `bekend` is a confession after a form of `hebben` (`had zelf 43 moorden bekend`), not in
# `maakte ... bekend`, `bekend werd`, `is bekend`, `voor zover bekend` or `bekend als`.
PREDICATE_CONDITIONS: dict[str, tuple[frozenset[str], frozenset[str], frozenset[str]]] = {
    "bekend": (frozenset("heeft had hebben hadden hebt".split()),
               frozenset("maak maakt maakte maakten maken gemaakt werd werden wordt worden geworden is was zijn "
                         "waren raakt raakte raakten geraakt staat stond stonden zover".split()),
               frozenset("gemaakt maken maakte maakten werd werden worden wordt geworden is was zijn waren staat stond "
                         "stonden staan raakte raakten geraakt als om met van bij".split())),
}
# Words that open a noun phrase before its adjectives and noun.
NOUN_PHRASE_DETERMINERS: frozenset[str] = frozenset(
    "de het een die deze dit dat zijn haar hun onze ons jullie welke elke ieder".split()
)
# Words joining two counted nouns (`politieagenten en leden`) and the `of` that adds a complement.
COORDINATORS: tuple[str, ...] = ("en", "of")
COMPLEMENT_PREPOSITIONS: tuple[str, ...] = ("van",)
# Endings of inflected adjectives (`Russische militairen`), skipped when looking for the noun.
ADJECTIVE_ENDINGS: tuple[str, ...] = ("e",)
# Plural endings stripped, longest first, to compare counted nouns without a lemmatizer.
PLURAL_SUFFIXES: tuple[str, ...] = ("'s", "’s", "eren", "en", "s")
# Counted nouns news uses for the same people or things (lemma -> shared key).
COUNTED_SYNONYMS: dict[str, str] = {
    "betoger": "demonstrant", "demonstrant": "demonstrant", "actievoerder": "demonstrant",
    "soldaat": "militair", "soldat": "militair", "militair": "militair", "troep": "militair",
    "dod": "dode", "dode": "dode", "slachtoffer": "dode",
    "gewond": "gewonde", "gewonde": "gewonde",
    "arrestatie": "arrestant", "arrestant": "arrestant",
    # Counts of one event's people and things in other words (`twee verdachten` / `twee daders`,
    # `200 mensen` / `200 personen`, `vijftien woningen` / `15 huizen`); `verdacht`, `person`, `huiz`
    # are the rule-stripped plurals.
    "verdachte": "verdachte", "verdacht": "verdachte", "dader": "verdachte",
    "mens": "persoon", "persoon": "persoon", "person": "persoon",
    "woning": "woning", "huis": "woning", "huiz": "woning",
    "bezoeker": "bezoeker", "toeschouwer": "bezoeker",
}
# Counted keys too general to tell one fact from another by themselves: two counts of them state
# one fact only when their sentences share context too, as units do.
GENERIC_COUNTED: frozenset[str] = frozenset({"persoon"})
