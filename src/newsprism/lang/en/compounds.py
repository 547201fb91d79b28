# English word-form data for comparing sentences: light stemming and compound splitting.
# Suffixes follow regular English inflection (plural -s/-es, past -ed, -ing); the compound
# parts are frequent parts of closed English compounds in news text (`firefight`,
# `peacekeepers`), from general knowledge. Not covered: irregular forms (`ran`, `men`),
# spelling changes (`stopped`), and open compounds written as two words.
STEM_SUFFIXES: tuple[str, ...] = ("ings", "ing", "ies", "es", "ed", "s")
# Letters after which a final -s is an inflection ending.
PLURAL_S_AFTER: tuple[str, ...] = ("r", "l", "m", "n", "e", "a", "o", "t", "d", "k", "p", "g")
# Final letters respelled so that inflected and plain stems meet (`parties` -> `party`).
STEM_RESPELLINGS: dict[str, str] = {"i": "y"}
# Prefix and ending of a past participle: English marks it with a suffix only.
PARTICIPLE_AFFIXES: tuple[tuple[str, str], ...] = (("", "ed"),)
# Linking sounds between compound parts (`craftsman`).
COMPOUND_LINKERS: tuple[str, ...] = ("s",)
# Known compound parts, so splitting works when the story itself never uses a part alone.
COMPOUND_PARTS: frozenset[str] = frozenset("""
fire fight peace keeper keepers air port news paper police man men war ship fuel gas
price prices tax rate power plant station state land head line house hold work force
""".split())
