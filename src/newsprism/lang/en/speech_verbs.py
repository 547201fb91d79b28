# English verbs that report speech, as lemmas and inflected forms.
# Common news reporting verbs; does not cover phrasal verbs split over a clause.
SPEECH_VERBS: frozenset[str] = frozenset({
    "say", "said", "says", "tell", "told", "tells", "state", "stated", "states",
    "announce", "announced", "claim", "claimed", "warn", "warned", "add", "added",
    "insist", "insisted", "deny", "denied", "confirm", "confirmed", "write", "wrote",
    "report", "reported", "call", "called",
})
ATTRIBUTION_MARKERS: tuple[str, ...] = ("according",)
REPORTED_CLAUSE_OPENERS: tuple[str, ...] = ("that", "to")
# Pronouns that can stand for a speaker named earlier in the article.
SPEAKER_PRONOUNS: tuple[str, ...] = ("he", "she", "they")
