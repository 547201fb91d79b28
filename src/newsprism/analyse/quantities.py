"""Counted facts in an article: numbers in digits or words, with qualifiers, ranges and what they count.

Value semantics (the story JSON contract): an exact number has value = low = high; an
approximate one (`ongeveer 40`) keeps value = low = high and sets `approximate`; a bound
(`meer dan drieduizend`, `bijna 40`) has value None and only the bounded side (`low` 3000,
`high` None); a range (`tussen de 24 en 65`) and a vague count (`tientallen`) have value None
with both sides.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsprism.analyse.doc_cache import text_of
from newsprism.analyse.number_words import NumberSpan, find_numbers, parse_number_words
from newsprism.analyse.quantity_context import (
    Word,
    context_words,
    counted_phrase,
    counting_tags,
    find_attribution,
    find_predicates,
    head_lemma,
    parser_predicate,
    words_between,
)
from newsprism.lang import LanguageData
from newsprism.model import Article, Quantity, Sentence

_LOOK_BEHIND = 40
_COUNTING_TAGS = "newsprism_counting_tags"
_RATE = re.compile(r"(?:\s+(\w+)\s+|/)(\w+)")
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[\"'“‘„]?[A-Z0-9])")


def find_quantities(doc: Doc, article: Article, lang: LanguageData,
                    sentences: list[Sentence] | None = None) -> list[Quantity]:
    """Return every counted quantity in `doc` (not dates, years, times, labels or product numbers)."""
    text = text_of(doc)
    numbers = [n for n in find_numbers(text, lang) if not _is_not_a_count(text, n, lang)]
    quantities: list[Quantity] = []
    index = 0
    while index < len(numbers):
        number = numbers[index]
        paired = _range_partner(text, numbers, index, lang)
        if paired is not None:
            opener_start, partner = paired
            quantity = _range_quantity(text, article, number, partner, opener_start, lang)
            quantity.approximate = _qualifier_before(text, number.start, lang)[0] in lang.approximate_qualifiers
            index += 2
        else:
            quantity = _single_quantity(text, article, number, lang)
            index += 1
        quantities.append(quantity)
    for position, quantity in enumerate(quantities):
        limit = quantities[position + 1].start if position + 1 < len(quantities) else len(text)
        _describe_counted(doc, quantity, limit, lang)
    _share_coordinated_units(text, quantities, lang)
    _share_units_of_the_same_number(quantities)
    _attach_sentence_context(doc, quantities, lang, sentences or [])
    return quantities


def _single_quantity(text: str, article: Article, number: NumberSpan, lang: LanguageData) -> Quantity:
    start, end = number.start, number.end
    unit = None
    symbol_start = _currency_before(text, start, lang)
    if symbol_start is not None:
        unit = lang.currency_symbols[text[symbol_start]]
        start = symbol_start
    age_end = _age_suffix_end(text, end, lang)
    if age_end is not None:
        unit, end = lang.unit_words.get("jaar", "jaar"), age_end
    qualifier, qualifier_start = _qualifier_before(text, start, lang)
    low, high, value = number.low, number.high, number.value
    approximate = number.kind == "vague"
    if qualifier:
        start = qualifier_start
        approximate = approximate or qualifier in lang.approximate_qualifiers
        if qualifier in lang.lower_bound_qualifiers:
            value, high = None, None
        elif qualifier in lang.upper_bound_qualifiers:
            value, low = None, None
    return Quantity(article.id, start, end, text[start:end], value=value, low=low, high=high,
                    approximate=approximate, unit=unit)


def _range_quantity(text: str, article: Article, first: NumberSpan, second: NumberSpan, start: int,
                    lang: LanguageData) -> Quantity:
    low = first.value
    if low is not None and first.scale == 1 and second.scale > 1:
        low *= second.scale
    elif low is not None and text[first.end:first.end + 1] == "-":  # `twee- tot driehonderd`: the shared tail
        low *= _tail_scale(text[second.start:second.end].lower(), lang)
    high, end, unit = second.value, second.end, None
    age_end = _age_suffix_end(text, end, lang)
    if age_end is not None:  # `35- tot 44-jarigen`
        unit, end = lang.unit_words.get("jaar", "jaar"), age_end
    return Quantity(article.id, start, end, text[start:end], value=None, low=low, high=high, unit=unit)


def _after_cut_hyphen(between: str) -> str:
    """Return the words between two numbers without the hyphen of a number cut short (`twee- tot`: `tot`)."""
    return between[1:].strip() if between.startswith("-") and len(between) > 1 else between


def _tail_scale(word: str, lang: LanguageData) -> int:
    """Return the scale a number word ends in (`driehonderd`: 100, `vierduizend`: 1000), else 1."""
    tails = [value for tail, value in lang.number_units.items() if value >= 100 and word.endswith(tail) and word != tail]
    return max(tails, default=1)


def _range_partner(text: str, numbers: list[NumberSpan], index: int,
                   lang: LanguageData) -> tuple[int, NumberSpan] | None:
    """Return (start of the range, second number) when numbers[index] opens `tussen de 24 en 65`."""
    if index + 1 >= len(numbers) or numbers[index].kind == "vague" or numbers[index + 1].kind == "vague":
        return None
    first, second = numbers[index], numbers[index + 1]
    between = text[first.end:second.start].strip().lower()
    joiner = _after_cut_hyphen(between)
    if joiner != between and joiner in lang.range_joiners:
        return first.start, second  # `twee- tot driehonderd`, `35- tot 44-jarigen`: a range by its form
    if between not in lang.range_joiners:
        return None
    window_start = max(0, first.start - _LOOK_BEHIND)
    before = text[window_start:first.start].lower()
    qualifier = _qualifier_before(text, first.start, lang)[0]
    if qualifier in lang.approximate_qualifiers:  # `tussen grofweg 40 en 50 jaar`
        before = before[:before.rfind(qualifier)]
    for opener in sorted(lang.range_openers, key=len, reverse=True):
        if re.search(rf"(?<!\w){re.escape(opener)}\s+$", before):
            return window_start + before.rfind(opener), second
    if between in lang.range_standalone_joiners:
        return first.start, second
    return None


def _qualifier_before(text: str, start: int, lang: LanguageData) -> tuple[str, int]:
    """Return the qualifier right before `start` (lowercased) and where it begins, else ('', start)."""
    before = text[max(0, start - _LOOK_BEHIND):start].lower()
    qualifiers = lang.lower_bound_qualifiers + lang.upper_bound_qualifiers + lang.approximate_qualifiers
    for qualifier in sorted(set(qualifiers), key=len, reverse=True):
        match = re.search(rf"(?<!\w){re.escape(qualifier)}\s+$", before)
        if match and not _prepositional_use(before[:match.start()], qualifier, lang):
            return qualifier, start - len(before) + match.start()
    return "", start


def _prepositional_use(before: str, qualifier: str, lang: LanguageData) -> bool:
    """Return True when the qualifier word is a plain preposition here (`veroordeeld tot`, `12.000 tot`)."""
    if qualifier not in lang.prepositional_qualifiers:
        return False
    previous = before.split()[-1].rstrip(",;") if before.split() else ""
    return previous in lang.prepositional_qualifiers[qualifier] or previous[:1].isdigit() or previous.endswith("%")


def _currency_before(text: str, start: int, lang: LanguageData) -> int | None:
    position = start - 1
    while position >= 0 and text[position] in " \u00a0":
        position -= 1
    if position >= 0 and text[position] in lang.currency_symbols and start - position <= 2:
        return position
    return None


def _age_suffix_end(text: str, end: int, lang: LanguageData) -> int | None:
    following = text[end:end + 12].lower()
    for suffix in sorted(lang.age_suffixes, key=len, reverse=True):
        if following.startswith(suffix) and not following[len(suffix):len(suffix) + 1].isalpha():
            return end + len(suffix)
    return None


def _describe_counted(doc: Doc, quantity: Quantity, limit: int, lang: LanguageData) -> None:
    """Fill counted, counted_lemma and unit from the words after the number."""
    text = text_of(doc)
    after = text[quantity.end:quantity.end + 2]
    if after.strip().startswith("%") and quantity.unit is None:
        quantity.unit = lang.unit_words.get("%")
        quantity.end = text.index("%", quantity.end) + 1
        quantity.text = text[quantity.start:quantity.end]
        quantity.counted = "%"
        quantity.counted_lemma = quantity.unit
        return
    if quantity.text.lower().endswith(lang.age_noun_suffixes):  # `50-jarigen`: the age noun is what is counted
        return
    events = find_predicates(text, quantity.end, min(limit, len(text)), lang)
    if events:
        limit = events[0][0]
    plural = quantity.unit is None and (quantity.low or quantity.high or 0) > 1
    span = counted_phrase(text, quantity.end, min(limit, len(text)), lang, plural=plural, pos=_parts_of_speech(doc, lang))
    if span is None or (quantity.unit and text[quantity.start] in lang.currency_symbols):
        return
    counted = text[span[0]:span[1]]
    first_word = counted.split()[0].lower()
    if quantity.unit is None and first_word in lang.unit_words:
        quantity.unit = lang.unit_words[first_word]
        span = (span[0], span[0] + len(first_word))
        rate = _RATE.match(text, span[1])
        if rate and (rate.group(1) or "/").lower() in lang.rate_markers and rate.group(2).lower() in lang.unit_words:
            quantity.unit = f"{quantity.unit} {lang.rate_markers[0]} {lang.unit_words[rate.group(2).lower()]}"
            span = (span[0], rate.end())  # `127 kilometer per uur`, `80 km/u`
        counted = text[span[0]:span[1]]
    quantity.counted = counted
    quantity.counted_lemma = head_lemma(counted, lang, doc, span[0], _parts_of_speech(doc, lang))
    quantity.end = span[1]
    quantity.text = text[quantity.start:quantity.end]


def _is_bare(quantity: Quantity) -> bool:
    return quantity.unit is None and quantity.counted is None


def _take_unit(quantity: Quantity, source: Quantity) -> None:
    quantity.unit, quantity.counted, quantity.counted_lemma = source.unit, source.counted, source.counted_lemma


def _share_coordinated_units(text: str, quantities: list[Quantity], lang: LanguageData) -> None:
    """Give a bare number what the next one counts when only a joiner stands between (`3,2 en 2,8 procent`)."""
    for position in range(len(quantities) - 2, -1, -1):
        quantity, following = quantities[position], quantities[position + 1]
        if not _is_bare(quantity) or _is_bare(following):
            continue
        between = _after_cut_hyphen(" ".join(text[quantity.end:following.start].lower().split()))
        if between in lang.unit_sharing_joiners and (_last_word_before(text, quantity.start), between) not in lang.change_frames:
            _take_unit(quantity, following)


def _last_word_before(text: str, start: int) -> str:
    words = text[max(0, start - _LOOK_BEHIND):start].lower().split()
    return words[-1] if words else ""


# A bare number this large repeats one the article gave with its unit (`60 miljard euro` ... `die 60 miljard`).
_REPEATED_NUMBER_MIN = 1_000


def _share_units_of_the_same_number(quantities: list[Quantity]) -> None:
    """Give a bare large number the unit the article wrote with the same number elsewhere."""
    described = [q for q in quantities if not _is_bare(q) and q.value is not None]
    for quantity in quantities:
        if not _is_bare(quantity) or quantity.value is None or quantity.value < _REPEATED_NUMBER_MIN:
            continue
        same = [q for q in described if q.value == quantity.value]
        if same:
            _take_unit(quantity, min(same, key=lambda q: abs(q.start - quantity.start)))


def _attach_sentence_context(doc: Doc, quantities: list[Quantity], lang: LanguageData,
                             sentences: list[Sentence]) -> None:
    """Fill sentence_start, predicate, events, attribution and context from each quantity's sentence."""
    text = text_of(doc)
    for position, quantity in enumerate(quantities):
        sentence_start, sentence_end = _sentence_bounds(text, quantity.start, sentences)
        quantity.sentence_start = sentence_start
        s_start, s_end = _clause_bounds(text, sentence_start, sentence_end, quantity.start)
        previous_end = max([q.end for q in quantities[:position] if q.end > s_start] or [s_start])
        next_start = min([q.start for q in quantities[position + 1:] if q.start < s_end] or [s_end])
        events = find_predicates(text, s_start, s_end, lang)
        after = [e for e in events if quantity.end <= e[0] < next_start]
        before = [e for e in events if previous_end <= e[0] and e[1] <= quantity.start]
        nearest = after[:1] or before[-1:]
        if nearest:
            quantity.predicate = text[nearest[0][0]:nearest[0][1]]
        else:
            quantity.predicate = parser_predicate(doc, quantity.start, quantity.end, lang)
        ordered = nearest + [e for e in sorted(events, key=lambda e: abs(e[0] - quantity.start)) if e not in nearest]
        quantity.events = list(dict.fromkeys(e[2] for e in ordered))
        quantity.attributed_to = find_attribution(text, s_start, s_end, lang, _parts_of_speech(doc, lang))
        quantity.context = context_words(text, s_start, s_end, lang)


def _parts_of_speech(doc: Doc, lang: LanguageData) -> dict[int, str] | None:
    """Return word offset -> part of speech (tagger errors around counts corrected), else None (rules)."""
    if _COUNTING_TAGS not in doc.user_data:
        doc.user_data[_COUNTING_TAGS] = counting_tags(doc, lang)
    tags: dict[int, str] | None = doc.user_data[_COUNTING_TAGS]
    return tags


def _clause_bounds(text: str, start: int, end: int, position: int) -> tuple[int, int]:
    """Return the part of a sentence between semicolons that holds `position` (its own clause's events)."""
    before = text.rfind(";", start, position)
    after = text.find(";", position, end)
    return (before + 1 if before != -1 else start), (after if after != -1 else end)


def _sentence_bounds(text: str, position: int, sentences: list[Sentence]) -> tuple[int, int]:
    for sentence in sentences:
        if sentence.start <= position < sentence.end:
            return sentence.start, sentence.end
    starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text) if m.end() <= position]
    following = _SENTENCE_END.search(text, position)
    return starts[-1], following.start() + 1 if following else len(text)


def _next_to_a_call(previous: str, after_words: list[Word], lang: LanguageData) -> bool:
    """Return True for a number one calls (`bel 112`, `112 bellen`, `112 te bellen`), not `belden 112 mensen`."""
    following = [w.lower for w in after_words[:2]]
    if previous in lang.call_verbs:
        return not following or not _is_plural_or_unit(following[0], lang)
    return bool(following) and (following[0] in lang.call_verbs or " ".join(following) in lang.call_verbs)


def _is_not_a_count(text: str, number: NumberSpan, lang: LanguageData) -> bool:
    """Return True for dates, years, clock times, labels, house and phone numbers and model names."""
    if number.kind == "vague":
        return False
    raw = text[number.start:number.end]
    before_words = words_between(text, max(0, number.start - _LOOK_BEHIND), number.start)
    after_words = words_between(text, number.end, min(len(text), number.end + _LOOK_BEHIND))
    previous = before_words[-1].lower if before_words else ""
    following = after_words[0].lower if after_words else ""
    if _is_label(previous, lang) or previous in lang.weekdays and not _is_plural_or_unit(following, lang):
        return True
    if _is_date(after_words, lang) or _is_ratio(text, number, lang):
        return True
    if _follows_phrase(text, number.start, lang.clock_phrases):
        return True
    if after_words and after_words[0].text[:1].isupper() and after_words[0].lower.endswith(lang.street_suffixes):
        return True
    if number.kind == "words":
        return _is_capitalised_mid_sentence(text, number.start)
    digits = raw.split()[0]
    if _in_parentheses(text, number) or re.match(r"[\-–][^\W\d_]", text[number.end:number.end + 2]):
        return _age_suffix_end(text, number.end, lang) is None
    if previous in lang.clock_before and following in lang.clock_after:
        return True
    if _is_phone_like(text, number, digits) or _next_to_a_call(previous, after_words, lang):
        return True
    if digits.isdigit() and len(digits) == 4 and 1000 <= int(digits) <= 2100 and number.scale == 1:
        if previous in lang.year_before or previous in lang.months or not _is_plain_word(after_words, lang):
            return True
    if before_words and _is_name_word(before_words[-1].text) and not _sentence_start(text, before_words[-1].start):
        if before_words[-1].lower.endswith(lang.street_suffixes):
            return True
        return not _is_plural_or_unit(following, lang)
    return False


def _is_label(previous: str, lang: LanguageData) -> bool:
    bare = previous.rstrip(".")
    return (previous in lang.number_label_words or bare in lang.number_label_words
            or any(len(label) >= 5 and bare.endswith(label) for label in lang.number_label_words))


def _is_ratio(text: str, number: NumberSpan, lang: LanguageData) -> bool:
    """Return True for either number of a ratio (`een op de drie`, `twee op de vijf`)."""
    joiners = "|".join(re.escape(j) for j in lang.ratio_joiners)
    after = re.match(rf"\s+(?:{joiners})\s+[\w]", text[number.end:number.end + 20], re.IGNORECASE)
    if after and parse_leading_number(text[number.end + after.end() - 1:], lang):
        return True
    before = re.search(rf"(?<!\w)([^\W\d_]+|\d+)\s+(?:{joiners})\s+$", text[max(0, number.start - 20):number.start],
                       re.IGNORECASE)
    return bool(before and parse_leading_number(before.group(1), lang))


def parse_leading_number(text: str, lang: LanguageData) -> bool:
    """Return True when `text` starts with digits or a number word."""
    first = text.split()[0].strip(".,;:") if text.split() else ""
    return first[:1].isdigit() or parse_number_words(first, lang) is not None


def _follows_phrase(text: str, start: int, phrases: tuple[str, ...]) -> bool:
    before = text[max(0, start - _LOOK_BEHIND):start].lower()
    return any(re.search(rf"(?<!\w){re.escape(p)}\s+$", before) for p in phrases)


def _in_parentheses(text: str, number: NumberSpan) -> bool:
    return text[number.start - 1:number.start] == "(" and text[number.end:number.end + 1] == ")"


def _is_date(after_words: list[Word], lang: LanguageData) -> bool:
    words = [w.lower for w in after_words[:4]]
    if words and words[0] in lang.months:
        return True
    return len(words) >= 3 and words[0] in lang.range_joiners and words[1][:1].isdigit() and words[2] in lang.months


def _is_phone_like(text: str, number: NumberSpan, digits: str) -> bool:
    if digits.startswith("0") and len(digits) > 1 and "," not in digits:
        return True
    if digits.isdigit() and len(digits) >= 7:
        return True
    if re.match(r"[ \u00a0]\d", text[number.end:number.end + 2]) and number.scale == 1:
        return True
    return bool(re.search(r"\d[ \u00a0]$", text[max(0, number.start - 2):number.start]))


def _is_plain_word(after_words: list[Word], lang: LanguageData) -> bool:
    if not after_words:
        return False
    word = after_words[0].text
    return word[:1].islower() and word.lower() not in lang.stop_words or word.lower() in lang.unit_words


def _is_name_word(word: str) -> bool:
    return word[:1].isalpha() and any(c.isupper() for c in word)


def _is_plural_or_unit(word: str, lang: LanguageData) -> bool:
    return word in lang.unit_words or (word[:1].isalpha() and word not in lang.stop_words
                                       and word.endswith(lang.plural_suffixes))


def _sentence_start(text: str, position: int) -> bool:
    before = text[max(0, position - 3):position].strip()
    return not before or before[-1] in ".!?\"'“‘„:\n"


def _is_capitalised_mid_sentence(text: str, start: int) -> bool:
    return text[start].isupper() and not _sentence_start(text, start)
