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
    relative_day_parts: dict[str, str]
    tense_dependent_days: dict[str, tuple[int, int]]
    relative_day_blockers: tuple[str, ...]
    recurrence_markers: tuple[str, ...]
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
    object_speaker_pronouns: tuple[str, ...]
    demonstrative_pronouns: tuple[str, ...]
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
    plural_scales: dict[str, int]
    ordinal_words: frozenset[str]
    few_words: tuple[str, ...]
    lower_bound_qualifiers: tuple[str, ...]
    upper_bound_qualifiers: tuple[str, ...]
    approximate_qualifiers: tuple[str, ...]
    strict_lower_qualifiers: tuple[str, ...]
    unit_words: dict[str, str]
    rate_markers: tuple[str, ...]
    digit_separators: tuple[str, str]
    article_number_words: tuple[str, ...]
    fraction_words: dict[str, float]
    half_suffixes: tuple[str, ...]
    number_spelling_variants: dict[str, str]
    number_joiners: tuple[str, ...]
    currency_symbols: dict[str, str]
    age_suffixes: tuple[str, ...]
    age_noun_suffixes: tuple[str, ...]
    range_openers: tuple[str, ...]
    range_joiners: tuple[str, ...]
    range_standalone_joiners: tuple[str, ...]
    unit_sharing_joiners: tuple[str, ...]
    change_frames: frozenset[tuple[str, str]]
    prepositional_qualifiers: dict[str, tuple[str, ...]]
    number_label_words: frozenset[str]
    call_verbs: frozenset[str]
    street_suffixes: tuple[str, ...]
    clock_before: tuple[str, ...]
    clock_after: tuple[str, ...]
    year_before: tuple[str, ...]
    clock_phrases: tuple[str, ...]
    ratio_joiners: tuple[str, ...]
    predicate_classes: dict[str, str]
    predicate_conditions: dict[str, tuple[frozenset[str], frozenset[str], frozenset[str]]]
    noun_phrase_determiners: frozenset[str]
    coordinators: tuple[str, ...]
    complement_prepositions: tuple[str, ...]
    term_adjective_endings: tuple[str, ...]
    plural_suffixes: tuple[str, ...]
    counted_synonyms: dict[str, str]
    generic_counted: frozenset[str]
    stop_words: frozenset[str]
    sentence_openers_not_names: frozenset[str]
    common_words: frozenset[str]
    name_particles: frozenset[str]
    stem_suffixes: tuple[str, ...]
    plural_s_after: tuple[str, ...]
    stem_respellings: dict[str, str]
    participle_affixes: tuple[tuple[str, str], ...]
    compound_linkers: tuple[str, ...]
    compound_parts: frozenset[str]
    actor_labels: dict[str, dict[str, str]]
    context_labels: frozenset[str]
    transliteration_rules: tuple[tuple[str, str], ...]
    gendered_surname_endings: tuple[tuple[str, str], ...]
    name_article_prefixes: tuple[str, ...]
    role_nouns: frozenset[str]
    role_determiners: frozenset[str]
    honorifics: frozenset[str]
    place_adjectives: dict[str, str]
    org_words: frozenset[str]
    event_words: frozenset[str]
    platforms: frozenset[str]
    loc_cue_words: frozenset[str]
    org_cue_heads: tuple[str, ...]
    product_cue_heads: tuple[str, ...]
    street_name_endings: tuple[str, ...]
    org_name_connectors: frozenset[str]
    loc_prepositions: frozenset[str]
    place_name_link: str
    river_links: tuple[str, ...]
    rivers: frozenset[str]
    place_suffixes: tuple[str, ...]
    first_names: frozenset[str]
    non_name_openers: frozenset[str]
    auxiliary_relations: tuple[str, ...]
    light_verb_lemmas: frozenset[str]


_MODULE_FIELDS: dict[str, dict[str, str]] = {
    "quote_marks": {"quote_pairs": "QUOTE_PAIRS", "apostrophe_words": "APOSTROPHE_WORDS",
                    "term_markers": "TERM_MARKERS",
                    "term_adjective_endings": "TERM_ADJECTIVE_ENDINGS"},
    "abbreviations": {"abbreviations": "ABBREVIATIONS"},
    "calendar": {
        "weekdays": "WEEKDAYS", "months": "MONTHS", "day_parts": "DAY_PARTS",
        "relative_days": "RELATIVE_DAYS", "relative_day_parts": "RELATIVE_DAY_PARTS",
        "tense_dependent_days": "TENSE_DEPENDENT_DAYS",
        "relative_day_blockers": "RELATIVE_DAY_BLOCKERS", "recurrence_markers": "RECURRENCE_MARKERS",
        "period_shifts": "PERIOD_SHIFTS",
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
        "object_speaker_pronouns": "OBJECT_SPEAKER_PRONOUNS", "demonstrative_pronouns": "DEMONSTRATIVE_PRONOUNS",
        "particle_speech_verbs": "PARTICLE_SPEECH_VERBS", "naming_verbs": "NAMING_VERBS",
        "trailing_attribution_markers": "TRAILING_ATTRIBUTION_MARKERS",
        "agent_prepositions": "AGENT_PREPOSITIONS", "speaker_determiners": "SPEAKER_DETERMINERS",
        "speaker_linkers": "SPEAKER_LINKERS", "speaker_roles": "SPEAKER_ROLES",
    },
    "numbers": {
        "number_units": "UNITS", "number_scales": "SCALES", "vague_counts": "VAGUE_COUNTS",
        "plural_scales": "PLURAL_SCALES", "few_words": "FEW_WORDS",
        "ordinal_words": "ORDINAL_WORDS",
        "lower_bound_qualifiers": "LOWER_BOUND_QUALIFIERS",
        "upper_bound_qualifiers": "UPPER_BOUND_QUALIFIERS",
        "approximate_qualifiers": "APPROXIMATE_QUALIFIERS",
        "strict_lower_qualifiers": "STRICT_LOWER", "unit_words": "UNIT_WORDS", "rate_markers": "RATE_MARKERS",
        "article_number_words": "ARTICLE_NUMBER_WORDS", "digit_separators": "DIGIT_SEPARATORS",
        "fraction_words": "FRACTION_WORDS",
        "half_suffixes": "HALF_SUFFIXES", "number_spelling_variants": "NUMBER_SPELLING_VARIANTS",
        "number_joiners": "NUMBER_JOINERS",
        "currency_symbols": "CURRENCY_SYMBOLS", "age_suffixes": "AGE_SUFFIXES",
        "age_noun_suffixes": "AGE_NOUN_SUFFIXES",
        "range_openers": "RANGE_OPENERS", "range_joiners": "RANGE_JOINERS",
        "range_standalone_joiners": "RANGE_STANDALONE_JOINERS", "unit_sharing_joiners": "UNIT_SHARING_JOINERS",
        "change_frames": "CHANGE_FRAMES",
        "prepositional_qualifiers": "PREPOSITIONAL_QUALIFIERS",
        "number_label_words": "NUMBER_LABEL_WORDS", "call_verbs": "CALL_VERBS", "street_suffixes": "STREET_SUFFIXES",
        "clock_before": "CLOCK_BEFORE", "clock_after": "CLOCK_AFTER", "year_before": "YEAR_BEFORE",
        "clock_phrases": "CLOCK_PHRASES", "ratio_joiners": "RATIO_JOINERS",
        "predicate_classes": "PREDICATE_CLASSES", "predicate_conditions": "PREDICATE_CONDITIONS",
        "noun_phrase_determiners": "NOUN_PHRASE_DETERMINERS", "coordinators": "COORDINATORS",
        "complement_prepositions": "COMPLEMENT_PREPOSITIONS",
        "adjective_endings": "ADJECTIVE_ENDINGS", "plural_suffixes": "PLURAL_SUFFIXES",
        "counted_synonyms": "COUNTED_SYNONYMS", "generic_counted": "GENERIC_COUNTED",
    },
    "stop_words": {
        "stop_words": "STOP_WORDS", "sentence_openers_not_names": "SENTENCE_OPENERS_NOT_NAMES",
        "name_particles": "NAME_PARTICLES", "common_words": "COMMON_WORDS",
    },
    "compounds": {
        "stem_suffixes": "STEM_SUFFIXES", "plural_s_after": "PLURAL_S_AFTER",
        "stem_respellings": "STEM_RESPELLINGS", "participle_affixes": "PARTICIPLE_AFFIXES",
        "compound_linkers": "COMPOUND_LINKERS", "compound_parts": "COMPOUND_PARTS",
    },
    "labels": {"actor_labels": "ACTOR_LABELS", "context_labels": "CONTEXT_LABELS"},
    "transliteration": {
        "transliteration_rules": "TRANSLITERATION_RULES", "name_article_prefixes": "ARTICLE_PREFIXES",
        "gendered_surname_endings": "GENDERED_SURNAME_ENDINGS",
    },
    "roles": {
        "role_nouns": "ROLE_NOUNS",
        "role_determiners": "ROLE_DETERMINERS", "honorifics": "HONORIFICS",
    },
    "place_adjectives": {"place_adjectives": "PLACE_ADJECTIVES"},
    "name_labels": {
        "org_words": "ORG_WORDS", "event_words": "EVENT_WORDS", "loc_cue_words": "LOC_CUE_WORDS",
        "org_cue_heads": "ORG_CUE_HEADS", "product_cue_heads": "PRODUCT_CUE_HEADS", "platforms": "PLATFORMS",
        "street_name_endings": "STREET_NAME_ENDINGS", "org_name_connectors": "ORG_NAME_CONNECTORS",
        "loc_prepositions": "LOC_PREPOSITIONS", "place_name_link": "PLACE_NAME_LINK", "river_links": "RIVER_LINKS",
        "rivers": "RIVERS",
        "place_suffixes": "PLACE_SUFFIXES", "first_names": "FIRST_NAMES", "non_name_openers": "NON_NAME_OPENERS",
    },
    "grammar": {"auxiliary_relations": "AUXILIARY_RELATIONS", "light_verb_lemmas": "LIGHT_VERB_LEMMAS"},
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


# Fields a language may leave empty: grammar rules its annotation scheme does not have, and word
# statistics or conditions nobody has gathered for it yet (English has none of these).
OPTIONAL_FIELDS: frozenset[str] = frozenset({"auxiliary_relations", "common_words", "predicate_conditions"})


def language_fields() -> list[str]:
    """Return the names of every field a language must fill."""
    return [f.name for f in fields(LanguageData) if f.name != "code"]
