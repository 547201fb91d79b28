"""Per-language data (one package per language), assembled by `get_language`."""

from __future__ import annotations

import importlib
from dataclasses import dataclass, fields

from newsprism.errors import ModelError

SUPPORTED_LANGUAGES: tuple[str, ...] = ("nl", "en")


@dataclass(frozen=True)
class LanguageData:
    """All word lists and rules of one language that the algorithms consult."""

    code: str
    quote_pairs: tuple[tuple[str, str], ...]
    abbreviations: tuple[str, ...]
    weekdays: dict[str, int]
    months: dict[str, int]
    day_parts: dict[str, str]
    relative_days: dict[str, int]
    relative_day_parts: dict[str, str]
    tense_dependent_days: dict[str, tuple[int, int]]
    relative_day_blockers: tuple[str, ...]
    period_shifts: dict[str, int]
    period_units: dict[str, str]
    period_positions: dict[str, str]
    position_links: tuple[str, ...]
    duration_units: dict[str, str]
    duration_ago: tuple[str, ...]
    duration_from_now: tuple[str, ...]
    duration_after_previous: tuple[str, ...]
    duration_before_previous: tuple[str, ...]
    duration_after_anchor: tuple[str, ...]
    duration_before_anchor: tuple[str, ...]
    future_markers: tuple[str, ...]
    past_markers: tuple[str, ...]
    future_auxiliary_lemmas: tuple[str, ...]
    perfect_auxiliary_lemmas: tuple[str, ...]
    clause_boundaries: tuple[str, ...]
    publication_labels: tuple[str, ...]
    timezone: str
    speech_verbs: frozenset[str]
    attribution_markers: tuple[str, ...]
    reported_clause_openers: tuple[str, ...]
    speaker_pronouns: tuple[str, ...]
    number_units: dict[str, int]
    number_scales: dict[str, int]
    vague_counts: dict[str, tuple[int, int | None]]
    lower_bound_qualifiers: tuple[str, ...]
    upper_bound_qualifiers: tuple[str, ...]
    approximate_qualifiers: tuple[str, ...]
    strict_lower_qualifiers: tuple[str, ...]
    unit_words: dict[str, str]
    stop_words: frozenset[str]
    sentence_openers_not_names: frozenset[str]
    name_particles: frozenset[str]


_MODULE_FIELDS: dict[str, dict[str, str]] = {
    "quote_marks": {"quote_pairs": "QUOTE_PAIRS"},
    "abbreviations": {"abbreviations": "ABBREVIATIONS"},
    "calendar": {
        "weekdays": "WEEKDAYS", "months": "MONTHS", "day_parts": "DAY_PARTS",
        "relative_days": "RELATIVE_DAYS", "relative_day_parts": "RELATIVE_DAY_PARTS",
        "tense_dependent_days": "TENSE_DEPENDENT_DAYS",
        "relative_day_blockers": "RELATIVE_DAY_BLOCKERS", "period_shifts": "PERIOD_SHIFTS",
        "period_units": "PERIOD_UNITS", "period_positions": "PERIOD_POSITIONS",
        "position_links": "POSITION_LINKS", "duration_units": "DURATION_UNITS",
        "duration_ago": "DURATION_AGO", "duration_from_now": "DURATION_FROM_NOW",
        "duration_after_previous": "DURATION_AFTER_PREVIOUS",
        "duration_before_previous": "DURATION_BEFORE_PREVIOUS",
        "duration_after_anchor": "DURATION_AFTER_ANCHOR",
        "duration_before_anchor": "DURATION_BEFORE_ANCHOR", "future_markers": "FUTURE_MARKERS",
        "past_markers": "PAST_MARKERS", "future_auxiliary_lemmas": "FUTURE_AUXILIARY_LEMMAS",
        "perfect_auxiliary_lemmas": "PERFECT_AUXILIARY_LEMMAS",
        "clause_boundaries": "CLAUSE_BOUNDARIES", "publication_labels": "PUBLICATION_LABELS",
        "timezone": "TIMEZONE",
    },
    "speech_verbs": {
        "speech_verbs": "SPEECH_VERBS", "attribution_markers": "ATTRIBUTION_MARKERS",
        "reported_clause_openers": "REPORTED_CLAUSE_OPENERS",
        "speaker_pronouns": "SPEAKER_PRONOUNS",
    },
    "numbers": {
        "number_units": "UNITS", "number_scales": "SCALES", "vague_counts": "VAGUE_COUNTS",
        "lower_bound_qualifiers": "LOWER_BOUND_QUALIFIERS",
        "upper_bound_qualifiers": "UPPER_BOUND_QUALIFIERS",
        "approximate_qualifiers": "APPROXIMATE_QUALIFIERS",
        "strict_lower_qualifiers": "STRICT_LOWER", "unit_words": "UNIT_WORDS",
    },
    "stop_words": {
        "stop_words": "STOP_WORDS", "sentence_openers_not_names": "SENTENCE_OPENERS_NOT_NAMES",
        "name_particles": "NAME_PARTICLES",
    },
}

_CACHE: dict[str, LanguageData] = {}


def get_language(code: str) -> LanguageData:
    """Return the language data for `code` ('nl', 'en'); unknown codes fall back to Dutch."""
    code = code if code in SUPPORTED_LANGUAGES else "nl"
    if code not in _CACHE:
        values: dict[str, object] = {"code": code}
        for module_name, mapping in _MODULE_FIELDS.items():
            try:
                module = importlib.import_module(f"newsprism.lang.{code}.{module_name}")
            except ImportError as exc:
                raise ModelError(f"language data {code}.{module_name} is missing: {exc}") from exc
            for field_name, constant in mapping.items():
                values[field_name] = getattr(module, constant)
        _CACHE[code] = LanguageData(**values)  # type: ignore[arg-type]
    return _CACHE[code]


def language_fields() -> list[str]:
    """Return the names of every field a language must fill."""
    return [f.name for f in fields(LanguageData) if f.name != "code"]
