# English verbs and phrases that report speech, and the words that name a speaker.
# Common news reporting verbs; does not cover phrasal verbs split over a clause
# beyond the few listed, nor speech nouns (`in a statement`).
SPEECH_VERBS: frozenset[str] = frozenset({
    "say", "said", "says", "tell", "told", "tells", "state", "stated", "states",
    "announce", "announced", "claim", "claimed", "warn", "warned", "add", "added",
    "insist", "insisted", "deny", "denied", "confirm", "confirmed", "write", "wrote",
    "report", "reported", "ask", "asked", "reply", "replied",
})
# Finite forms of phrasal speech verbs, with the particle that must follow in the clause.
PARTICLE_SPEECH_VERBS: dict[str, tuple[str, ...]] = {
    "pointed": ("out",), "points": ("out",), "called": ("for",), "calls": ("for",),
}
# Verbs that label something in someone's words (`X called the protesters "bandits"`).
NAMING_VERBS: frozenset[str] = frozenset({"call", "calls", "labelled", "labeled", "branded"})
# Words that put a speaker before the statement (`according to X ...`).
ATTRIBUTION_MARKERS: tuple[str, ...] = ("according",)
# Words that put a speaker after the statement (archaic `quoth he`).
TRAILING_ATTRIBUTION_MARKERS: tuple[str, ...] = ("quoth",)
# Prepositions of a passive agent (`called "criminals" by the authorities`).
AGENT_PREPOSITIONS: tuple[str, ...] = ("by",)
REPORTED_CLAUSE_OPENERS: tuple[str, ...] = ("that", "to")
# Pronouns that can stand for a speaker named earlier in the article.
SPEAKER_PRONOUNS: tuple[str, ...] = ("he", "she", "they")
OBJECT_SPEAKER_PRONOUNS: tuple[str, ...] = ("him", "her", "them")
DEMONSTRATIVE_PRONOUNS: tuple[str, ...] = ("this",)
# Determiners and possessives that open a noun phrase naming a speaker.
SPEAKER_DETERMINERS: tuple[str, ...] = ("the", "a", "an", "his", "her", "their", "this")
# Words linking a speaker noun to its complement (`a spokesman for the police`).
SPEAKER_LINKERS: tuple[str, ...] = ("of", "for", "at")
# Nouns of people and bodies that speak in news text; does not cover every job title.
SPEAKER_ROLES: frozenset[str] = frozenset("""
president minister chancellor king queen mayor governor ambassador spokesman spokeswoman
spokesperson chairman director leader general commander officer police protester witness
resident expert analyst lawyer judge prosecutor doctor ministry government agency
""".split())
