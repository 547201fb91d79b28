"""The public API, the settings table and the language data are complete and consistent."""

from __future__ import annotations

import newsprism
from newsprism.config import SETTINGS
from newsprism.lang import OPTIONAL_FIELDS, SUPPORTED_LANGUAGES, get_language, language_fields


def test_all_is_sorted_and_complete() -> None:
    public = {name for name in dir(newsprism) if not name.startswith("_") and name[0].isupper()}
    exported = set(newsprism.__all__)
    assert newsprism.__all__ == sorted(newsprism.__all__)
    assert {n for n in public if n not in {"annotations"}} <= exported | {"Comparison"}
    for name in newsprism.__all__:
        assert hasattr(newsprism, name)


def test_every_setting_is_documented() -> None:
    for setting in SETTINGS:
        assert setting.help.endswith(".") and len(setting.help) > 10, setting.name


def test_every_language_fills_every_field_and_lists_no_word_twice() -> None:
    for code in SUPPORTED_LANGUAGES:
        data = get_language(code)
        for name in language_fields():
            value = getattr(data, name)
            assert value or name in OPTIONAL_FIELDS, f"{code}.{name} is empty"
            if isinstance(value, tuple) and value and isinstance(value[0], str):
                assert len(value) == len(set(value)), f"{code}.{name} lists a word twice"
