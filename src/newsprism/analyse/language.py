"""Guess the language of an article from its function words."""

from __future__ import annotations

import re

from newsprism.lang import SUPPORTED_LANGUAGES, get_language

_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str, default: str = "nl") -> str:
    """Return the code of the supported language whose stop words cover most of `text`."""
    words = [w.lower() for w in _WORD.findall(text[:5000])]
    if len(words) < 5:
        return default
    scores = {code: sum(w in get_language(code).stop_words for w in words) / len(words)
              for code in SUPPORTED_LANGUAGES}
    best = max(scores, key=lambda code: scores[code])
    return best if scores[best] >= 0.15 else default
