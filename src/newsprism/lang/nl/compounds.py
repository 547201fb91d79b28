# Dutch word-form data for comparing sentences: light stemming and compound splitting.
# Suffixes and respellings follow Dutch inflection as described in the ANS (plural -en/-s,
# adjective -e, past tense -de/-te, participle ge-...-d/-t, final z/v devoicing); the
# compound parts are frequent heads and modifiers of Dutch news compounds, written from
# general knowledge of news vocabulary. Not covered: strong verbs (`braken`/`breken`),
# diminutives beyond -je(s), and compounds whose parts are not listed nor in the story.
STEM_SUFFIXES: tuple[str, ...] = ("heden", "ingen", "ende", "en", "te", "de", "e", "s")
# Letters after which a final -s is a plural ending (`betogers`, `tafels`), not part of the stem (`prijs`).
PLURAL_S_AFTER: tuple[str, ...] = ("r", "l", "m", "n", "e", "a", "o", "u", "i", "y")
# Final letters respelled so that singular and plural stems meet (`prijzen` -> `prijs`, `brieven` -> `brief`).
STEM_RESPELLINGS: dict[str, str] = {"z": "s", "v": "f"}
# Prefix and ending of a past participle (`gestuurd` -> `stuur`).
PARTICIPLE_AFFIXES: tuple[tuple[str, str], ...] = (("ge", "d"), ("ge", "t"))
# Linking sounds between the parts of a compound (`vrede-s-troepen`, `helden-dom`).
COMPOUND_LINKERS: tuple[str, ...] = ("s", "en", "e")
# Known compound parts, so splitting works when the story itself never uses a part alone.
COMPOUND_PARTS: frozenset[str] = frozenset("""
brandstof benzine diesel gas stroom energie olie prijs prijzen kosten tarief belasting
verhoging stijging daling toeslag loon lonen huur rente inflatie begroting schuld
regering kabinet minister president premier parlement partij verkiezing stem stemmen
politie agent leger troepen militair soldaat macht vrede veiligheid garde dienst
demonstratie protest betoging actie staking opstand rel geweld aanslag aanval oorlog
brand vuur schot wapen bom raket vliegtuig vliegveld luchthaven haven trein station
school ziekenhuis zorg patient arts dokter virus vaccin besmetting test
televisie radio krant nieuws bericht toespraak verklaring persconferentie interview
staat land stad dorp gemeente provincie regio grens hoofdstad centrum plein straat
water weg brug dijk huis woning gebouw kantoor fabriek bedrijf bank markt winkel
kind ouder vrouw man burger inwoner bewoner slachtoffer dode gewonde gevangene
rechter rechtbank zaak proces straf onderzoek advocaat
klimaat stikstof uitstoot natuur boer landbouw visserij
""".split())
