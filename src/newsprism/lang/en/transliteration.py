# Spelling conventions for Cyrillic and Arabic names in English outlets. English news meets
# the same Dutch, German and French spellings of these names as Dutch news does, so the
# rules are the ones in `newsprism.lang.nl.transliteration` (see there for sources and gaps).
from newsprism.lang.nl.transliteration import ARTICLE_PREFIXES, GENDERED_SURNAME_ENDINGS, TRANSLITERATION_RULES

__all__ = ["ARTICLE_PREFIXES", "GENDERED_SURNAME_ENDINGS", "TRANSLITERATION_RULES"]
