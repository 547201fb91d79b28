"""Quote groups: one utterance across outlets despite trimming, punctuation and quote marks."""

from __future__ import annotations

import pytest

from newsprism.compare.quote_groups import group_quotes_across_articles, utterance_similarity, word_diff
from newsprism.model import Quote, QuoteKind


def _quote(number: int, article: str, text: str, kind: QuoteKind = "direct") -> Quote:
    return Quote(article, 0, len(text), text, kind=kind, id=f"q{number}")


@pytest.mark.parametrize("first,second,same", [
    ("Een antiterreuroperatie is gestart.", "een antiterreuroperatie is gestart", True),
    ("“De orde is hersteld in alle regio’s van het land.”", "De orde is hersteld in alle regio's van het land",
     True),
    ("De troepen werken hard. De orde is grotendeels hersteld in alle regio's.", "De orde is grotendeels hersteld",
     True),
    ("We zullen de daders vinden en straffen", "We zullen de daders vinden en hard straffen", True),
    ("Tokayev beloofde de orde te herstellen in Almaty", "Tokajev beloofde de orde te herstellen in Almaty",
     True),
    ("vernietigd", "vernietigd", True),
    ("vernietigd", "vernietigd worden", False),
    ("We gaan niet onderhandelen met de betogers", "De prijzen van brandstof blijven voorlopig hoog", False),
])
def test_same_utterance_despite_trimming_punctuation_and_marks(first: str, second: str, same: bool) -> None:
    assert (utterance_similarity(first, second) >= 80.0) is same


def test_each_outlet_version_joins_one_group_and_terms_stay_apart() -> None:
    quotes = [
        _quote(1, "a1", "De orde is grotendeels hersteld in alle regio's van het land."),
        _quote(2, "a1", "vredestroepen", "term"),
        _quote(3, "a2", "De constitutionele orde is grotendeels hersteld in alle regio’s van het land"),
        _quote(4, "a2", "vredestroepen", "partial"),
        _quote(5, "a3", "“De orde is hersteld in alle regio's”"),
        _quote(6, "a3", "vredestroepen", "term"),
    ]
    groups = group_quotes_across_articles(quotes)
    assert [g.quotes for g in groups] == [["q1", "q3", "q5"], ["q2", "q6"], ["q4"]]
    assert [q.group for q in quotes] == ["qg1", "qg2", "qg1", "qg3", "qg1", "qg2"]


def test_two_quotes_of_one_article_never_share_a_group() -> None:
    quotes = [_quote(1, "a1", "Wij geven niet op"), _quote(2, "a1", "Wij geven niet op"),
              _quote(3, "a2", "Wij geven niet op!")]
    groups = group_quotes_across_articles(quotes)
    assert sorted(len(g.quotes) for g in groups) == [1, 2]


def test_diff_shows_where_an_outlet_changed_the_words() -> None:
    quotes = [_quote(1, "a1", "De troepen werken hard en de orde is hersteld."),
              _quote(2, "a2", "„De troepen werken zeer hard en de orde is hersteld”")]
    groups = group_quotes_across_articles(quotes)
    assert groups[0].diffs == [{"from": "q2", "to": "q1", "diff": [
        ("=", "De troepen werken"), ("-", "zeer"), ("=", "hard en de orde is hersteld")]}]


@pytest.mark.parametrize("first,second,expected", [
    ("Wij gaan niet", "Wij gaan niet", [("=", "Wij gaan niet")]),
    ("Wij gaan niet weg", "Wij blijven", [("=", "Wij"), ("-", "gaan niet weg"), ("+", "blijven")]),
    ("“Nooit,” zei ze", "nooit zei ze", [("=", "Nooit zei ze")]),
])
def test_word_diff(first: str, second: str, expected: list[tuple[str, str]]) -> None:
    assert word_diff(first, second) == expected
