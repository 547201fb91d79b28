# Clues for the type of a name when no trained NER labels it, and capitalised words that are
# not names, for English news text. From English news usage; does not cover organisations
# without one of these heads, places without a clue, or rare first names.
ORG_WORDS: frozenset[str] = frozenset("""
ministry cabinet government parliament senate congress council commission party bank
university hospital court police army navy union alliance federation organisation
organization foundation association fund company group agency service authority office
nations
""".split())
LOC_CUE_WORDS: frozenset[str] = frozenset("""
city capital country province region village town state island river republic
""".split())
# Nouns right before a name that make it an organisation (`the carmaker Tesla`, `streaming
# service Spotify`); English writes them as separate words, so each is matched whole.
PRODUCT_CUE_HEADS: tuple[str, ...] = tuple("drug medicine vaccine app game film movie series album".split())
ORG_CUE_HEADS: tuple[str, ...] = tuple("""
company carmaker automaker manufacturer retailer supermarket insurer bank lender airline
broadcaster newspaper publisher network platform party union agency startup brand chain
""".split())
# Street names written as one word (rare in English: `Broadway`-like names carry no ending).
STREET_NAME_ENDINGS: tuple[str, ...] = ("street", "avenue", "boulevard")
ORG_NAME_CONNECTORS: frozenset[str] = frozenset({"of", "for", "and", "the", "on"})
LOC_PREPOSITIONS: frozenset[str] = frozenset({"in", "near"})
PLACE_SUFFIXES: tuple[str, ...] = ("stan", "land", "burg", "ia")
FIRST_NAMES: frozenset[str] = frozenset("""
alexander aleksandr alexei andrei anna boris dmitry sergei sergey vladimir viktor victor
yuri oleg igor ivan nikolai mikhail maria olga tatiana yulia julia natalia svetlana irina
ilham heydar nursultan kassym mohammed mohamed muhammad mohammad ahmed ahmad ali abdel abdul
abdelaziz abdullah said hassan hussein omar bashar hafez recep john james mary mark hugo
ursula emmanuel angela olaf joe joseph donald george barack hillary kamala theresa rishi
keir xi kim jens charles antony anthony
""".split())
NON_NAME_OPENERS: frozenset[str] = frozenset("""
However Meanwhile Therefore Moreover Last Next Nobody Everyone Several
""".split())
# English place names have no linking words the way Dutch ones do (`Capelle aan den IJssel`);
# `upon` joins a place and its river (`Stratford-upon-Avon` is one hyphenated word anyway).
PLACE_NAME_LINK: str = "upon"
RIVER_LINKS: tuple[str, ...] = ("on",)
RIVERS: frozenset[str] = frozenset("thames tyne tees severn avon trent".split())
# Words in the names of events and competitions: such a name is MISC (`World Cup`, `US Open`).
EVENT_WORDS: frozenset[str] = frozenset("cup league games olympics championship championships tournament open festival".split())
# Online platforms news names every day: organisations, not people.
PLATFORMS: frozenset[str] = frozenset(
    "instagram twitter facebook youtube spotify netflix whatsapp tiktok snapchat linkedin telegram reddit twitch"
    .split()
)
