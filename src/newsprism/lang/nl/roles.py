# Dutch role and title nouns that introduce a person (`de Kazachse president Kassym-Jomart
# Tokayev`, `minister Hoekstra`) and later stand for them (`de president zei`). Collected from
# Dutch news usage of political, military, church and company offices, of sport, culture, the
# press, science and business (`weerman Michiel Severin`, `eigenaar X`); does not cover family roles
# (`zijn broer`), professions that rarely introduce a named person, or women's forms beyond
# the common ones. A compound with a hyphen (`oud-president`, `VVD-Kamerlid`) is matched by
# its last part.
ROLE_NOUNS: frozenset[str] = frozenset("""
president premier minister-president minister staatssecretaris kanselier koning koningin
prins prinses keizer paus kardinaal bisschop sultan emir sjeik ayatollah opperleider
stafchef woordvoerder woordvoerster burgemeester wethouder gouverneur ambassadeur
generaal luitenant-generaal kolonel commandant bevelhebber admiraal
voorzitter secretaris-generaal directeur topman topvrouw ceo bestuursvoorzitter
leider oppositieleider partijleider fractievoorzitter fractieleider senator
parlementslid kamerlid europarlementariër rechter officier aanklager hoofdaanklager
procureur-generaal advocaat ombudsman commissaris hoofdcommissaris gezant
vicepresident vicepremier vicekanselier
bondscoach trainer coach hoofdtrainer aanvoerder doelman keeper verdediger middenvelder
aanvaller spits international topscorer coureur renner wielrenner tennisser tennisster
speler sterspeler voetballer stervoetballer voetbalvedette sterkhouder atleet zwemmer zwemster
schaatser wielrenster hockeyer volleybalster basketballer bokser golfer sprinter ajacied feyenoorder psv'er
zanger zangeres acteur actrice rapper presentator presentatrice cabaretier schrijver schrijfster
regisseur dirigent fotograaf journalist verslaggever correspondent columnist weerman meteoroloog
hoogleraar onderzoeker wetenschapper econoom historicus politicoloog criminoloog psychiater
eigenaar eigenaresse oprichter medeoprichter investeerder belegger analist strateeg
fondsbeheerder vermogensbeheerder
""".split())
# Words before a role noun that make it point back at a person already named (`de president`).
ROLE_DETERMINERS: frozenset[str] = frozenset({"de", "het", "deze", "die"})
# Courtesy titles before a name, dropped from the name (`dhr. Jansen`).
HONORIFICS: frozenset[str] = frozenset({"dhr.", "mevr.", "mr.", "dr.", "prof.", "ir.", "drs.", "ing."})
