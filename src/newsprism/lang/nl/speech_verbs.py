# Dutch verbs and phrases that report speech, and the words that name a speaker.
# Collected from Dutch news reporting style (NOS, NRC, AD, ANP wire copy) plus the
# dialogue verbs of older literature (`zeide`, `sprak`). Does not cover speech nouns
# (`in een verklaring`) or verbs that only report thought (`vond`, `dacht`).
SPEECH_VERBS: frozenset[str] = frozenset("""
zeggen zei zeiden zegt zeg gezegd zeide
verklaren verklaarde verklaarden verklaart verklaard
melden meldde meldden meldt gemeld
stellen stelde stelden stelt
benadrukken benadrukte benadrukten benadrukt
onderstrepen onderstreepte onderstreept
waarschuwen waarschuwde waarschuwden waarschuwt gewaarschuwd
vertellen vertelde vertelden vertelt verteld
schrijven schreef schreven schrijft geschreven
beloven beloofde beloofden belooft beloofd
ontkennen ontkende ontkenden ontkent ontkend
bevestigen bevestigde bevestigden bevestigt bevestigd
erkennen erkende erkenden erkent erkend
roepen riep riepen roept geroepen oproepen opgeroepen
antwoorden antwoordde antwoordden antwoordt geantwoord
twitteren twitterde tweette tweet getweet
dreigen dreigde dreigden dreigt
beweren beweerde beweerden beweert beweerd
vragen vroeg vroegen vraagt
verzekeren verzekerde verzekerden verzekert
betogen betoogde betoogden betoogt
eisen eiste eisten eist
herhalen herhaalde herhaalt
reageren reageerde reageerden reageert
aankondigen aangekondigd opmerken opgemerkt toevoegen toegevoegd meedelen meegedeeld
bekendmaken bekendgemaakt aangeven aangegeven toegeven toegegeven
spreken spreekt sprak spraken fluisterde mompelde schreeuwde hernam
verwoorden verwoordde verwoordt grappen grapte grapt beamen beaamde beaamt
concluderen concludeerde concludeert vervolgen vervolgde vervolgt verzuchten verzuchtte verzucht
klagen klaagde klaagt uitleggen uitgelegd aanvullen aangevuld toelichten toegelicht volhouden volgehouden
""".split())
# Finite forms of separable speech verbs, with the particle that must follow in the
# clause (`liet ... weten`, `riep ... op`, `kondigde ... aan`).
PARTICLE_SPEECH_VERBS: dict[str, tuple[str, ...]] = {
    "liet": ("weten",), "lieten": ("weten",), "laat": ("weten",), "laten": ("weten",),
    "kondigde": ("aan",), "kondigden": ("aan",), "kondigt": ("aan",),
    "merkte": ("op",), "merkt": ("op",),
    "voegde": ("toe",), "voegt": ("toe",),
    "deelde": ("mee", "mede"), "deelt": ("mee", "mede"),
    "maakte": ("bekend",), "maakt": ("bekend",),
    "gaf": ("aan", "toe"), "geeft": ("aan", "toe"),
    "wees": ("erop",), "wijst": ("erop",),
    "legt": ("uit",), "legde": ("uit",), "vult": ("aan",), "vulde": ("aan",),
    "licht": ("toe",), "lichtte": ("toe",), "lichtten": ("toe",), "houdt": ("vol",), "hield": ("vol",),
}
# Verbs that label something in someone's words (`X noemde de betogers "bandieten"`).
NAMING_VERBS: frozenset[str] = frozenset(
    "noemen noemde noemden noemt genoemd bestempelen bestempelde bestempeld omschreef".split()
)
# Prepositions that put a speaker before the statement (`volgens X ...`).
ATTRIBUTION_MARKERS: tuple[str, ...] = ("volgens",)
# Adverbs that put a speaker after the statement (`"...", aldus X`).
TRAILING_ATTRIBUTION_MARKERS: tuple[str, ...] = ("aldus",)
# Prepositions of a passive agent (`door de autoriteiten "criminelen" genoemd`).
AGENT_PREPOSITIONS: tuple[str, ...] = ("door",)
# Subordinators that open a reported clause after a speech verb.
REPORTED_CLAUSE_OPENERS: tuple[str, ...] = ("dat", "om")
# Pronouns that can stand for a speaker named earlier in the article ...
SPEAKER_PRONOUNS: tuple[str, ...] = ("hij", "zij", "ze")
# ... and, after `volgens` only, object pronouns (`volgens hem`; elsewhere `vroeg hem` is the addressee).
OBJECT_SPEAKER_PRONOUNS: tuple[str, ...] = ("hem", "haar")
# ... and demonstratives, when the tagger says they are pronouns: they point to the nearest name or
# role before them (`… met een politiewoordvoerder. Die noemde het …`), not to the last person named.
DEMONSTRATIVE_PRONOUNS: tuple[str, ...] = ("die", "deze")
# Determiners and possessives that open a noun phrase naming a speaker.
SPEAKER_DETERMINERS: tuple[str, ...] = ("de", "het", "een", "deze", "die", "zijn", "haar", "hun")
# Words linking a speaker noun to its complement (`een woordvoerder van de politie`).
SPEAKER_LINKERS: tuple[str, ...] = ("van", "namens", "bij", "uit")
# Nouns of people and bodies that speak in news text (roles, functions, sources).
# From Dutch news attribution; does not cover every job title or compound.
SPEAKER_ROLES: frozenset[str] = frozenset("""
president premier minister-president minister staatssecretaris kanselier koning koningin
burgemeester wethouder gouverneur ambassadeur woordvoerder woordvoerster zegsman zegsvrouw
voorzitter directeur topman topvrouw baas leider oppositieleider partijleider fractievoorzitter
stafchef generaal commandant officier agent politie politiewoordvoerder brandweer
demonstrant demonstrante betoger actievoerder ooggetuige getuige bewoner buurtbewoner inwoner
deskundige expert onderzoeker wetenschapper hoogleraar econoom analist advocaat rechter
aanklager officier-van-justitie arts dokter verpleegkundige journalist correspondent
persbureau ministerie regering kabinet staatstelevisie televisie krant zender
autoriteiten regering-woordvoerder secretaris-generaal paus patriarch bisschop imam
verdachte trainer coach bestuur oppositie club organisatie bedrijf bondscoach aanvoerder dijkgraaf gemeente
vakbond bond werkgever werknemer boer man vrouw moeder vader
journalisten demonstranten betogers actievoerders ooggetuigen getuigen bewoners buurtbewoners
inwoners deskundigen experts onderzoekers wetenschappers agenten artsen boeren leiders
""".split())
