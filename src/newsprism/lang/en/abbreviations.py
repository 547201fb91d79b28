# English abbreviations with a full stop that do not end a sentence.
# Common titles and Latin abbreviations in news; does not cover domain jargon.
ABBREVIATIONS: tuple[str, ...] = (
    "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sen.", "Rep.", "Gov.", "Gen.", "Col.", "Lt.",
    "St.", "Jr.", "Sr.", "e.g.", "i.e.", "etc.", "vs.", "approx.", "No.", "U.S.", "U.K.",
    "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
)
