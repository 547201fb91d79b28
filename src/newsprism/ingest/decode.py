"""Turn the bytes of a file or download into text, or say why they are not text."""

from __future__ import annotations

from charset_normalizer import from_bytes

from newsprism.errors import DecodingFailed, EmptyInput, UnsupportedFormat

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or Office document)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"{\\rtf", "an RTF document"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
)


def decode_text(data: bytes, source: str) -> str:
    """Return the text in `data`: UTF-8 if valid, else the encoding charset-normalizer detects."""
    if not data.strip():
        raise EmptyInput(source, "the input is empty")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise UnsupportedFormat(source, f"this is {what}, not text")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:65536]:
        raise UnsupportedFormat(source, "binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    western = _as_western_text(data)
    if western is not None:
        return western
    best = from_bytes(data).best()
    if best is None:
        raise DecodingFailed(source, "not valid UTF-8 and no other text encoding fits")
    text = str(best)
    if _looks_binary(text):
        raise UnsupportedFormat(source, "binary data, not text")
    return text


def _as_western_text(data: bytes) -> str | None:
    """Return the bytes as Windows-1252 when that reads as mostly-ASCII Western text.

    charset-normalizer guesses Baltic or Central European code pages for short Dutch
    texts; a text whose letters are mostly ASCII is far more likely Windows-1252 (the
    encoding of old Dutch, German, French and English files) than Cyrillic read wrongly.
    """
    text = data.decode("cp1252", errors="replace")
    if text.count("\ufffd") > max(2, len(text) // 100):
        return None
    letters = [c for c in text[:20000] if c.isalpha()]
    if not letters:
        return None
    ascii_share = sum(c.isascii() for c in letters) / len(letters)
    return text if ascii_share >= 0.9 and not _looks_binary(text) else None


def _looks_binary(text: str) -> bool:
    sample = text[:20000]
    if not sample:
        return False
    odd = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t") or 0xE000 <= ord(ch) <= 0xF8FF)
    return odd / len(sample) > 0.05
