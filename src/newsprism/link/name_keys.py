"""Comparable keys for names: case, diacritics and punctuation folded away."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^\w\s]")


def fold_name(name: str) -> str:
    """Return `name` lowercased, without diacritics or punctuation, single-spaced."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NON_WORD.sub(" ", plain.lower()).split())
