"""Keys under which the spellings of one name in different languages meet (Poetin / Putin / Poutine)."""

from __future__ import annotations

import re
from functools import lru_cache

from newsprism.lang import LanguageData
from newsprism.link.name_keys import fold_name

_DOUBLED = re.compile(r"(.)\1+")
# Sound classes of the consonant skeleton; the symbols are the ones the transliteration rules write.
_SOUND_CLASSES = str.maketrans({
    "g": "k", "c": "k", "q": "k", "%": "k", "t": "d", "p": "b", "f": "v", "w": "v", "z": "s",
    "#": "s", "$": "s", "&": "s", "j": "i", "y": "i", "m": "n",
})
_VOWELS = re.compile(r"[aeiouy]")


def transliteration_key(name: str, lang: LanguageData) -> str:
    """Return the spelling-neutral key of `name`: folded, Arabic articles dropped, transliteration rules applied."""
    return _key(name, lang.transliteration_rules, lang.name_article_prefixes)


@lru_cache(maxsize=65536)
def _key(name: str, rules: tuple[tuple[str, str], ...], prefixes: tuple[str, ...]) -> str:
    folded = fold_name(name.replace("'", "").replace("’", ""))
    articles = {prefix.strip(" -") for prefix in prefixes}
    words = folded.split()
    words = [w for i, w in enumerate(words) if w not in articles or i == len(words) - 1]
    keyed = []
    for word in words:
        for source, target in rules:
            word = word.replace(source, target)
        keyed.append(_DOUBLED.sub(r"\1", word))
    return " ".join(keyed)


@lru_cache(maxsize=65536)
def skeleton_key(key: str) -> str:
    """Return the consonant skeleton of a transliteration key in broad sound classes (kadafi, gadafi -> kdv)."""
    plain = key.translate(_SOUND_CLASSES).replace("h", "")
    first, rest = plain[:1], _VOWELS.sub("", plain[1:])
    return _DOUBLED.sub(r"\1", first + rest)
