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
    sample = data[:65536]
    if sample.count(b"\x00") > len(sample) // 100:
        raise UnsupportedFormat(source, "binary data, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise DecodingFailed(source, "not valid UTF-8 and no other text encoding fits")
    text = str(best)
    if _looks_binary(text):
        raise UnsupportedFormat(source, "binary data, not text")
    return text


def _looks_binary(text: str) -> bool:
    sample = text[:20000]
    if not sample:
        return False
    odd = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t") or 0xE000 <= ord(ch) <= 0xF8FF)
    return odd / len(sample) > 0.05
