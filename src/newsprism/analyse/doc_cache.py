"""Per-Doc caches: values every finder needs, computed once per parsed text."""

from __future__ import annotations

from spacy.tokens import Doc

_TEXT = "newsprism_text"
_POS = "newsprism_pos"


def text_of(doc: Doc) -> str:
    """Return the text of `doc` (spaCy rebuilds `Doc.text` from its tokens on every access)."""
    text: str | None = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.text
        doc.user_data[_TEXT] = text
    return text


def parts_of_speech(doc: Doc) -> dict[int, str] | None:
    """Return word offset -> part of speech when the pipeline tags, else None (rules take over)."""
    if _POS not in doc.user_data:
        doc.user_data[_POS] = {t.idx: t.pos_ for t in doc} if doc.has_annotation("POS") else None
    cached: dict[int, str] | None = doc.user_data[_POS]
    return cached
