"""Numbers in running text: digits (`2.500`, `11,5 miljoen`), number words (`twintigduizend`) and vague counts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from text_to_num import text2num

from newsprism.lang import LanguageData


# Digits with the language's separators (Dutch: thousands dots in groups of three, a decimal
# comma). Not part of a longer token (`F-16`, `A4`, `192.168.1.2`, `14.30`, `2-1`, `3/4`), never
# followed by letters (`16de`).
@lru_cache(maxsize=8)
def _digits_pattern(thousands: str, decimal: str) -> re.Pattern[str]:
    t, d = re.escape(thousands), re.escape(decimal)
    return re.compile(
        rf"(?<![\w.,/:+\-–])(?:\d{{1,3}}(?:{t}\d{{3}})+(?:{d}\d+)?|\d+(?:{d}\d+)?)"
        r"(?![\w/]|[.,:]\d|[\-–]\d)"
    )


_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class NumberSpan:
    """A number found in text, before any judgement on whether it counts something."""

    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    kind: str  # digits | words | vague
    scale: int = 1  # the scale word multiplied in (`miljoen`), 1 when none


def parse_digits(raw: str, thousands: str = ".", decimal: str = ",") -> float | None:
    """Return the value of digits with these separators (Dutch default: `2.500` -> 2500, `11,5` -> 11.5)."""
    cleaned = raw.replace(thousands, "").replace(decimal, ".")
    try:
        return float(cleaned)
    except ValueError:
        return None


def parse_number_words(words: str, lang: LanguageData) -> float | None:
    """Return the value of number words (`twintigduizend`, `een miljard`, `anderhalve`), or None."""
    lowered = words.lower().strip()
    for variant, spelling in lang.number_spelling_variants.items():
        lowered = lowered.replace(variant, spelling)
    if lowered in lang.fraction_words:
        return lang.fraction_words[lowered]
    for suffix in lang.half_suffixes:
        if lowered.endswith(suffix) and len(lowered) > len(suffix):
            whole = _text2num(lowered[: -len(suffix)], lang.code)
            return whole + 0.5 if whole is not None else None
    return _text2num(lowered, lang.code)


@lru_cache(maxsize=4096)
def _text2num(words: str, code: str) -> float | None:
    try:
        return float(text2num(words, code))
    except ValueError:
        return None


def find_numbers(text: str, lang: LanguageData) -> list[NumberSpan]:
    """Return every number in `text`, in order, each with a scale word after it folded in."""
    found = [*_digit_numbers(text, lang), *_word_numbers(text, lang), *_vague_numbers(text, lang)]
    found.sort(key=lambda n: (n.start, -n.end))
    result: list[NumberSpan] = []
    for number in found:
        if result and number.start < result[-1].end:
            continue
        result.append(number)
    return result


def _scale_after(text: str, end: int, lang: LanguageData) -> tuple[int, int]:
    """Return (scale, new end) for a scale word right after `end`, else (1, end)."""
    match = _WORD.match(text, _skip_spaces(text, end))
    if match and match.start() > end and match.group(0).lower() in lang.number_scales:
        return lang.number_scales[match.group(0).lower()], match.end()
    return 1, end


def _skip_spaces(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \u00a0\t":
        position += 1
    return position


def _digit_numbers(text: str, lang: LanguageData) -> list[NumberSpan]:
    numbers = []
    thousands, decimal = lang.digit_separators
    for match in _digits_pattern(thousands, decimal).finditer(text):
        value = parse_digits(match.group(0), thousands, decimal)
        if value is None:
            continue
        scale, end = _scale_after(text, match.end(), lang)
        value *= scale
        numbers.append(NumberSpan(match.start(), end, value, value, value, "digits", scale))
    return numbers


def _word_numbers(text: str, lang: LanguageData) -> list[NumberSpan]:
    """Return runs of number words; `een` counts only before a scale word (`een miljard`)."""
    words = [m for m in _WORD.finditer(text)]
    numbers: list[NumberSpan] = []
    index = 0
    while index < len(words):
        first = words[index]
        value = parse_number_words(first.group(0), lang)
        if value is None:
            index += 1
            continue
        last = index
        while last + 1 < len(words) and _only_spaces(text, words[last].end(), words[last + 1].start()):
            step = 1
            if (words[last + 1].group(0).lower() in lang.number_joiners and last + 2 < len(words)
                    and _only_spaces(text, words[last + 1].end(), words[last + 2].start())):
                step = 2
            following = words[last + step].group(0)
            if parse_number_words(following, lang) is None:
                break
            joined = text[first.start():words[last + step].end()]
            joined_value = _joined_value(joined, lang)
            if joined_value is None:
                break
            value, last = joined_value, last + step
        end = words[last].end()
        scale = 1
        if last == index and first.group(0).lower() in lang.fraction_words:
            scale, end = _scale_after(text, end, lang)
            if scale == 1 and value < 1:
                index += 1
                continue
            value *= scale
        else:
            scale, end = _scale_after(text, end, lang)
            value *= scale
            if scale == 1 and last == index and first.group(0).lower() in lang.article_number_words:
                index += 1
                continue
        scale = max(scale, _last_scale(text[first.start():end], lang))
        numbers.append(NumberSpan(first.start(), end, value, value, value, "words", scale))
        index = last + 1
    return numbers


def _joined_value(words: str, lang: LanguageData) -> float | None:
    parts = words.lower().split()
    for variant, spelling in lang.number_spelling_variants.items():
        parts = [part.replace(variant, spelling) for part in parts]
    if parts[0] in lang.fraction_words and len(parts) == 2 and parts[1] in lang.number_scales:
        return lang.fraction_words[parts[0]] * lang.number_scales[parts[1]]
    return _text2num(" ".join(parts), lang.code)


def _last_scale(words: str, lang: LanguageData) -> int:
    last = words.lower().split()[-1]
    return lang.number_scales.get(last, 1) if len(words.split()) > 1 else 1


def _only_spaces(text: str, start: int, end: int) -> bool:
    return start < end and not text[start:end].strip()


def _vague_numbers(text: str, lang: LanguageData) -> list[NumberSpan]:
    numbers = []
    for match in _WORD.finditer(text):
        bounds = lang.vague_counts.get(match.group(0).lower())
        if bounds is None:
            continue
        low, high = bounds
        end, scale = match.end(), 1
        following = _WORD.match(text, _skip_spaces(text, end))
        if following and following.start() > end and following.group(0).lower() in lang.plural_scales:
            scale, end = lang.plural_scales[following.group(0).lower()], following.end()  # `tientallen miljoenen`
        numbers.append(NumberSpan(match.start(), end, None, float(low * scale),
                                  float(high * scale) if high is not None else None, "vague", scale))
    return numbers + _a_few_of_a_scale(text, lang)


def _a_few_of_a_scale(text: str, lang: LanguageData) -> list[NumberSpan]:
    """Return `een paar duizend`, `enkele honderden`: two to nine of the scale, a vague count."""
    numbers = []
    for match in _few_pattern(lang.code, lang.few_words, tuple(lang.number_scales)).finditer(text):
        scale = lang.number_scales[match.group(2).lower()]
        numbers.append(NumberSpan(match.start(), match.end(), None, 2.0 * scale, 9.0 * scale, "vague", scale))
    return numbers


@lru_cache(maxsize=8)
def _few_pattern(code: str, few_words: tuple[str, ...], scales: tuple[str, ...]) -> re.Pattern[str]:
    few = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(few_words, key=len, reverse=True))
    scale = "|".join(re.escape(w) for w in sorted(scales, key=len, reverse=True))
    return re.compile(rf"(?<!\w)({few})\s+({scale})(?!\w)", re.IGNORECASE)
