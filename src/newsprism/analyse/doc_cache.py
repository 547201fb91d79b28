"""Per-Doc caches: values every finder needs, computed once per parsed text."""

from __future__ import annotations

from spacy.tokens import Doc

_TEXT = "newsprism_text"


def text_of(doc: Doc) -> str:
    """Return the text of `doc` (spaCy rebuilds `Doc.text` from its tokens on every access)."""
    text: str | None = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.text
        doc.user_data[_TEXT] = text
    return text
