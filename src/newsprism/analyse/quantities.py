"""Counted facts in an article: numbers in digits or words, with qualifiers and what they count."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsprism.lang import LanguageData
from newsprism.model import Article, Quantity, Sentence

_DIGITS = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"


def find_quantities(doc: Doc, article: Article, lang: LanguageData,
                    sentences: list[Sentence] | None = None) -> list[Quantity]:
    """Return every counted quantity in `doc` (not dates, years, times or product numbers)."""
    text = doc.text
    quantities: list[Quantity] = []
    for match in _number_pattern(lang).finditer(text):
        number_text = match.group("number")
        value = parse_number(number_text, lang)
        if value is None or _is_not_a_count(text, match.start("number"), match.end("number"), lang):
            continue
        end = match.end("number")
        scale = match.group("scale")
        if scale:
            value *= lang.number_scales[scale.lower()]
            end = match.end("scale")
        qualifier = (match.group("qualifier") or "").lower().strip()
        low, high, approximate = bound_value(value, qualifier, lang)
        start = match.start("qualifier") if qualifier else match.start("number")
        counted, end = _counted_after(text, end)
        sentence = next((s for s in sentences or [] if s.start <= start < s.end), None)
        quantities.append(Quantity(
            article.id, start, end, text[start:end], value=value if not qualifier or approximate else None,
            low=low, high=high, approximate=approximate, counted=counted,
            counted_lemma=counted.lower() if counted else None,
            unit=lang.unit_words.get(counted.lower()) if counted else None,
            sentence_start=sentence.start if sentence else 0,
        ))
    return quantities


def _number_pattern(lang: LanguageData) -> re.Pattern[str]:
    words = "|".join(sorted((re.escape(w) for w in lang.number_units if w not in ("een", "één", "nul")),
                            key=len, reverse=True))
    scales = "|".join(sorted((re.escape(w) for w in lang.number_scales), key=len, reverse=True))
    qualifiers = "|".join(sorted((re.escape(q) for q in lang.lower_bound_qualifiers + lang.upper_bound_qualifiers
                                  + lang.approximate_qualifiers), key=len, reverse=True))
    return re.compile(
        rf"(?:(?P<qualifier>\b(?:{qualifiers}))\s+)?"
        rf"(?P<number>(?<![\w.,])(?:{_DIGITS})(?![\w]|[.,]\d)|\b(?:(?:{words})+|een)\b(?=\s+(?:{scales})\b)|\b(?:{words})+\b)"
        rf"(?:\s+(?P<scale>\b(?:{scales})\b))?",
        re.IGNORECASE,
    )


def parse_number(raw: str, lang: LanguageData) -> float | None:
    """Return the value of a number written in digits (`2.500`, `11,5`) or words (`drieduizend`)."""
    if raw[0].isdigit():
        cleaned = raw.replace(".", "").replace(",", ".")
        try:
            return float(cleaned)
        except ValueError:
            return None
    return _number_words_value(raw.lower(), lang)


def _number_words_value(word: str, lang: LanguageData) -> float | None:
    """Return the value of a compound number word by splitting it into known parts."""
    if word in lang.number_units:
        return float(lang.number_units[word])
    if word in ("een", "één"):
        return 1.0
    for scale_word in ("duizend", "honderd"):
        if scale_word in word:
            head, _, tail = word.partition(scale_word)
            head_value = _number_words_value(head, lang) if head else 1.0
            tail_value = _number_words_value(tail, lang) if tail else 0.0
            if head_value is None or tail_value is None:
                return None
            return head_value * lang.number_units[scale_word] + tail_value
    return None


def bound_value(value: float, qualifier: str, lang: LanguageData) -> tuple[float | None, float | None, bool]:
    """Return (low, high, approximate) for a value as its qualifier bounds it."""
    if not qualifier:
        return value, value, False
    approximate = qualifier in lang.approximate_qualifiers
    if qualifier in lang.lower_bound_qualifiers:
        return value, None, approximate
    if qualifier in lang.upper_bound_qualifiers:
        return None, value, approximate
    return value, value, approximate


def _is_not_a_count(text: str, start: int, end: int, lang: LanguageData) -> bool:
    """Return True for dates, years, clock times, ordinals and product or model numbers."""
    raw = text[start:end]
    after = text[end:end + 12].lower()
    before = text[max(0, start - 12):start]
    next_word = after.split()[0].strip(".,;:") if after.split() else ""
    if next_word in lang.months:
        return True
    if raw.isdigit() and len(raw) == 4 and 1800 <= int(raw) <= 2100:
        return True
    if re.match(r"^[:.]\d\d\b", text[end:end + 3]) or next_word == "uur" and raw.isdigit() and int(raw) <= 24 and re.search(r"\bom\s+$", before):
        return True
    if after[:2] in ("de", "e ") and raw.isdigit():
        return True
    previous = before.split()[-1] if before.split() else ""
    following = after.split()[0] if after.split() else ""
    model_number = previous[:1].isupper() and not previous.endswith((".", ":")) and raw.isdigit()
    return model_number and (not following[:1].islower() or following in lang.stop_words)


def _counted_after(text: str, end: int) -> tuple[str | None, int]:
    """Return the word after the number that says what is counted, and where it ends."""
    match = re.match(r"\s+(%|[^\W\d_][\w-]*)", text[end:])
    if not match:
        return None, end
    return match.group(1), end + match.end()
