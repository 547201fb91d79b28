# Clues for the type of a name when no trained NER labels it, and capitalised words that are
# not names. From Dutch news usage: the heads of organisation names, the nouns that introduce a
# place (`de stad Almaty`), endings of country and city names, and common first names of
# people in world news (Dutch, Russian, Arabic, English forms). It does not cover
# organisations without one of these heads, places without a clue, or rare first names;
# those stay MISC until the trained NER lands.
ORG_WORDS: frozenset[str] = frozenset("""
ministerie ministerraad kabinet regering parlement senaat congres raad commissie partij bank
universiteit ziekenhuis rechtbank hof politie leger marine luchtmacht bond unie alliantie
federatie organisatie stichting vereniging fonds bedrijf groep concern agentschap persbureau
dienst inspectie autoriteit omroep krant zaken defensie justitie volksgezondheid naties
tweede eerste kamer nieuws journaal rtv radio tv televisie dagblad courant magazine
fc sc sv vv bv nv team holding instituut umc mc museum orkest hogeschool academie
foundation institute group company airlines airways inc ltd corp
brigade bataljon regiment divisie korps
""".split())
# Online platforms news names every day, which the NER (trained on 2000-era news) takes for
# people (`op Instagram`, `via Spotify`): organisations.
PLATFORMS: frozenset[str] = frozenset(
    "instagram twitter facebook youtube spotify netflix whatsapp tiktok snapchat linkedin telegram reddit twitch"
    .split()
)
# Words in the names of events, tournaments and competitions: such a name is MISC, whatever the
# NER says (`Copa América`, `WK`, `Nations League`, `Tour de France`, `Roland Garros`).
EVENT_WORDS: frozenset[str] = frozenset("""
wk ek ok copa cup league spelen olympische kampioenschap kampioenschappen toernooi tour giro vuelta
grand slam prix open festival songfestival biënnale expo garros wimbledon
""".split())
# Nouns right before a name that make it a place (`de grootste stad Almaty`).
LOC_CUE_WORDS: frozenset[str] = frozenset("""
stad hoofdstad land provincie regio dorp plaats deelstaat staat eiland rivier republiek
gemeente wijk streek grensstad havenstad dorpje stadje plaatsje eilandje woonplaats badplaats
""".split())
# Endings of the nouns right before a name that make it an organisation (`netbeheerder Stedin`,
# `telecombedrijf KPN`, `streamingdienst Spotify`, `verslavingsinstituut Jellinek`): matched
# on the end of a lower-case word, so compounds count. Not `club`, `ploeg` or `team` (clubs
# named after their city, which CoNLL-2002 labels as places), not `beheerder` or `maker` alone
# (`fondsbeheerder X` is a person), not `groep` (bands).
ORG_CUE_HEADS: tuple[str, ...] = tuple("""
bedrijf concern instituut dienst fabrikant bouwer netbeheerder maatschappij verzekeraar bank
keten partij omroep krant platform organisatie zender winkel merk fonds bond supermarkt
uitgeverij leverancier netwerk coöperatie federatie agentschap persbureau dagblad weekblad
tijdschrift warenhuis brouwerij provider vereniging stichting
""".split())
# Endings of nouns for a kind of product: a name right after one is MISC (`medicijn Spinraza`,
# `de app Signal`, `de serie Chernobyl`), not the person or place the NER may take it for.
PRODUCT_CUE_HEADS: tuple[str, ...] = tuple("""
medicijn geneesmiddel middel vaccin app game film serie album
""".split())
# Endings of street names written as one word with their last part (`Jan van der Heijdenstraat`,
# `Gildeplein`): a name ending in one is a place, even after a first name. Not `weg`, `hof`, `dijk`,
# `veld` or `laan` alone: surnames end in them (`Eickhof`, `Van Dijk`, `Van der Laan`).
STREET_NAME_ENDINGS: tuple[str, ...] = (
    "straat", "laan", "plein", "gracht", "kade", "singel", "steeg", "dreef", "boulevard",
)
# Lower-case words inside an organisation's or place's name (`Staatstoezicht op de Mijnen`).
ORG_NAME_CONNECTORS: frozenset[str] = frozenset({"op", "voor", "en", "van", "de", "der", "het", "in", "ter", "tot"})
# Words joining the two parts of a place name (`Capelle aan den IJssel`): `aan den` only occurs
# in place names; `aan de` and `aan` join a place name only before a water (`Ouderkerk aan de Amstel`,
# `Wijk aan Zee`).
PLACE_NAME_LINK: str = "aan den"
RIVER_LINKS: tuple[str, ...] = ("aan de", "aan")
RIVERS: frozenset[str] = frozenset(
    "amstel ijssel rijn maas zaan vecht schelde lek linge waal rotte gouwe dommel berkel regge aa zee".split()
)
# Prepositions of place: a single unknown name right after one is taken as a place.
LOC_PREPOSITIONS: frozenset[str] = frozenset({"in", "naar", "uit", "nabij"})
# Endings of place names (Kazachstan, Nederland, Oekraïne keeps its own clue).
PLACE_SUFFIXES: tuple[str, ...] = ("stan", "land", "burg", "dam", "ië", "rijk")
# First names: a name starting with one of these is a person.
FIRST_NAMES: frozenset[str] = frozenset("""
alexander aleksandr alexandr alexej aleksej alexei andrej andrei anna boris dmitri dmitry
sergej sergei sergey vladimir viktor victor joeri yuri oleg igor ivan nikolaj nikolai
mikhail michail mikheil maria olga tatjana yulia julia joelia natalja svetlana irina
ilham heydar nursultan kassym kasym mohammed mohamed muhammad mohammad ahmed ahmad ali
abdel abdul abdelaziz abdullah said saïd hassan hussein omar bashar hafez recep
jan piet kees willem mark hugo sigrid kajsa ursula emmanuel angela olaf joe joseph donald
george barack hillary kamala theresa antony anthony frans rishi keir xi kim jens charles
""".split())
# Capitalised words that open a sentence but are never names, beyond the stop-word list
# (weekdays, months and relative days come from the calendar data).
NON_NAME_OPENERS: frozenset[str] = frozenset("""
Daarom Daarnaast Verder Intussen Inmiddels Ondertussen Bovendien Toch Dus Echter
Volgende Vorige Afgelopen Geen Iedereen Niemand Alles Nadat Totdat Zowel Beide Welke
Sommige Enkele Andere Minder Binnen Buiten
""".split())
