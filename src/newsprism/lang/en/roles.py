# English role and title nouns that introduce a person (`Kazakh President Kassym-Jomart
# Tokayev`) and later stand for them (`the president said`). Collected from English news usage
# of political, military, church and company offices; does not cover family roles or rare
# professions. A compound with a hyphen (`ex-president`) is matched by its last part.
ROLE_NOUNS: frozenset[str] = frozenset("""
president premier minister chancellor king queen prince princess emperor pope cardinal
bishop sultan emir sheikh ayatollah chief spokesman spokeswoman spokesperson mayor
governor ambassador general colonel commander admiral chairman chairwoman chair director
ceo leader senator congressman congresswoman judge prosecutor attorney-general envoy
secretary secretary-general vice-president
""".split())
ROLE_DETERMINERS: frozenset[str] = frozenset({"the", "this", "that"})
HONORIFICS: frozenset[str] = frozenset({"mr.", "mrs.", "ms.", "dr.", "prof.", "mr", "mrs", "ms", "dr"})
