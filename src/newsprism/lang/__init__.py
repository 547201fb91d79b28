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
    apostrophe_words: tuple[str, ...]
    term_markers: tuple[str, ...]
    adjective_endings: tuple[str, ...]
    abbreviations: tuple[str, ...]
    weekdays: dict[str, int]
    months: dict[str, int]
    day_parts: dict[str, str]
    relative_days: dict[str, int]
    speech_verbs: frozenset[str]
    attribution_markers: tuple[str, ...]
    reported_clause_openers: tuple[str, ...]
    speaker_pronouns: tuple[str, ...]
    particle_speech_verbs: dict[str, tuple[str, ...]]
    naming_verbs: frozenset[str]
    trailing_attribution_markers: tuple[str, ...]
    agent_prepositions: tuple[str, ...]
    speaker_determiners: tuple[str, ...]
    speaker_linkers: tuple[str, ...]
    speaker_roles: frozenset[str]
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
    "quote_marks": {"quote_pairs": "QUOTE_PAIRS", "apostrophe_words": "APOSTROPHE_WORDS",
                    "term_markers": "TERM_MARKERS", "adjective_endings": "ADJECTIVE_ENDINGS"},
    "abbreviations": {"abbreviations": "ABBREVIATIONS"},
    "calendar": {
        "weekdays": "WEEKDAYS", "months": "MONTHS", "day_parts": "DAY_PARTS",
        "relative_days": "RELATIVE_DAYS",
    },
    "speech_verbs": {
        "speech_verbs": "SPEECH_VERBS", "attribution_markers": "ATTRIBUTION_MARKERS",
        "reported_clause_openers": "REPORTED_CLAUSE_OPENERS",
        "speaker_pronouns": "SPEAKER_PRONOUNS",
        "particle_speech_verbs": "PARTICLE_SPEECH_VERBS", "naming_verbs": "NAMING_VERBS",
        "trailing_attribution_markers": "TRAILING_ATTRIBUTION_MARKERS",
        "agent_prepositions": "AGENT_PREPOSITIONS", "speaker_determiners": "SPEAKER_DETERMINERS",
        "speaker_linkers": "SPEAKER_LINKERS", "speaker_roles": "SPEAKER_ROLES",
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
