"""Article features for clustering: names, numbers and title terms."""

from __future__ import annotations

import pytest

from newsprism.cluster.features import cheap_names, cheap_numbers, features_from_text, name_keys, number_key, title_terms


@pytest.mark.parametrize("name,expected", [
    ("Mark Rutte", {"mark rutte", "rutte"}),
    ("Rutte", {"rutte"}),
    ("De Brazilianen", {"brazilianen"}),
    ("Öztürk", {"ozturk"}),
    ("Maar", set()),
    ("Raad van State", {"raad state", "state"}),
])
def test_name_keys(name: str, expected: set[str]) -> None:
    assert name_keys(name) == expected


@pytest.mark.parametrize("value,expected", [(2.0, None), (2019.0, None), (240000.0, "240000"), (7.8, "7.8"),
                                            (54.0, "54")])
def test_number_key(value: float, expected: str | None) -> None:
    assert number_key(value) == expected


@pytest.mark.parametrize("text,expected", [
    ("Hij verduisterde 240.000 euro in 2019.", {"240000"}),
    ("Een scherm van 7,8 inch voor 1.899 euro", {"7.8", "1899"}),
    ("Twee auto's botsten.", set()),
])
def test_cheap_numbers(text: str, expected: set[str]) -> None:
    assert cheap_numbers(text) == expected


def test_cheap_names_skip_sentence_openers() -> None:
    assert cheap_names("De brandweer kwam snel. Volgens Lotte de Vries in Veendam was het druk.") == {
        "lotte vries", "vries", "veendam"}


def test_title_terms_leave_out_stop_words() -> None:
    assert title_terms("Dode bij aanrijding op de A12") == ["dode", "aanrijding", "a12"]


def test_features_from_text_fill_every_field() -> None:
    features = features_from_text("Brand in Veendam", "In Veendam brandde een loods van 3.000 vierkante meter.")
    assert features.title_terms == ["brand", "veendam"]
    assert "loods" in features.body_terms and "in" not in features.body_terms
    assert features.names == {"veendam"} and features.numbers == {"3000"}
