"""Names within one article: short forms to full names, abbreviations defined in the text, one label per name."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from newsprism.lang import LanguageData
from newsprism.link.transliteration_keys import transliteration_key
from newsprism.model import EntityType, Mention

_ABBREVIATION_AFTER = re.compile(r"\s*\(\s*([A-Z][A-Za-z&]{1,9})\s*\)")
_OPENING_BRACKET = re.compile(r"\s*\(\s*")
_LABEL_STRENGTH: dict[EntityType, int] = {"MISC": 0, "LOC": 1, "ORG": 2, "PER": 3}


def resolve_article_names(mentions: list[Mention], text: str, lang: LanguageData) -> None:
    """Set each mention's `key` to the full name it stands for in this article, and share labels per key."""
    names = [m for m in mentions if not m.derived and m.role is None]
    for mention in names:
        mention.key = mention.key or mention.text
    abbreviations = defined_abbreviations(names, text)
    labels = {m.key: m.label for m in names if m.key in abbreviations.values()}
    for mention in names:
        if mention.text in abbreviations:
            mention.key = abbreviations[mention.text]
            mention.label = labels.get(mention.key, mention.label)
    _resolve_short_forms(names, lang)
    _share_labels(names)


def defined_abbreviations(mentions: list[Mention], text: str) -> dict[str, str]:
    """Return abbreviation -> full name for `Openbaar Ministerie (OM)` and `OM (Openbaar Ministerie)` in `text`."""
    by_start = {m.start: m for m in mentions}
    result: dict[str, str] = {}
    for mention in mentions:
        short = _ABBREVIATION_AFTER.match(text, mention.end)
        if short is not None and len(mention.text.split()) > 1 and short.group(1).isupper() \
                and short.group(1)[0] == mention.text[0].upper():
            result[short.group(1)] = mention.key
            continue
        opening = _OPENING_BRACKET.match(text, mention.end)
        full = by_start.get(opening.end()) if opening is not None and mention.text.isupper() else None
        if full is not None and len(full.text.split()) > 1 and full.text[0] == mention.text[0]:
            result[mention.text] = full.key
    return result


def _resolve_short_forms(names: list[Mention], lang: LanguageData) -> None:
    """Point `Tokayev` at `Kassym-Jomart Tokayev`: the full name ending in it, the most mentioned if several."""
    people = [m for m in names if m.label in ("PER", "MISC") or _may_be_short_form(m)]
    words_of = {id(m): _words(m.text, lang) for m in people}
    by_last_word: dict[str, list[Mention]] = defaultdict(list)
    for mention in people:
        if words_of[id(mention)]:
            by_last_word[words_of[id(mention)][-1]].append(mention)
    for mention in sorted(people, key=lambda m: -len(words_of[id(m)])):
        words = words_of[id(mention)]
        if mention.key != mention.text or not words:
            continue
        longer = [m for m in by_last_word[words[-1]] if _ends_with(words_of[id(m)], words)]
        if not longer:
            continue
        mention.key = _most_likely_full_name(mention, longer, Counter(m.key for m in names))


def _may_be_short_form(mention: Mention) -> bool:
    """Return True for a one-word name the NER may have mistyped (`Tokayev` as ORG), not an acronym."""
    return " " not in mention.text and not mention.text.isupper()


def _most_likely_full_name(short: Mention, longer: list[Mention], counts: Counter[str]) -> str:
    """Return the key, among the longer names, mentioned most often (then the nearest before `short`)."""
    def rank(key: str) -> tuple[int, int]:
        before = [m.start for m in longer if m.key == key and m.start < short.start]
        return counts[key], max(before, default=-1)

    return max({m.key for m in longer}, key=rank)


def _words(name: str, lang: LanguageData) -> tuple[str, ...]:
    return tuple(transliteration_key(name, lang).split())


def _ends_with(words: tuple[str, ...], tail: tuple[str, ...]) -> bool:
    return len(words) > len(tail) and words[-len(tail):] == tail


def _share_labels(names: list[Mention]) -> None:
    """Give every mention of one key the label most of them have, the strongest on a tie (`Tokayev` is PER)."""
    votes: dict[str, Counter[EntityType]] = defaultdict(Counter)
    for mention in names:
        if mention.label != "MISC":
            votes[mention.key][mention.label] += 1
    for mention in names:
        counts = votes.get(mention.key)
        if counts:
            mention.label = max(counts, key=lambda label: (counts[label], _LABEL_STRENGTH[label]))
