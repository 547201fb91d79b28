"""Tests for analyse/quantities.py and analyse/number_words.py: exact cases, traps, the scored fixture set."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from spacy.language import Language

from newsprism.analyse.number_words import find_numbers, parse_digits, parse_number_words
from newsprism.analyse.quantities import find_quantities
from newsprism.lang import get_language
from newsprism.model import AnalysedArticle, Article, Quantity

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
QUANTITY_CASES = FIXTURES / "quantities_nl.txt"
BASELINE = FIXTURES / "quantities_nl.baseline.json"
SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SAMPLES = SHARED / "samples" / "kazakhstan-2022"
RECOGNIZERS = SHARED / "data" / "recognizers-nl" / "Number" / "Dutch" / "NumberModel.json"
NL = get_language("nl")

Bounds = tuple[float | None, float | None, float | None]


@dataclass
class Expected:
    """One quantity a fixture sentence must yield."""

    bounds: Bounds
    counted: str | None


@dataclass
class Case:
    """One fixture sentence with every quantity it must yield (none for a trap)."""

    text: str
    expected: list[Expected] = field(default_factory=list)


@dataclass
class Score:
    """Counts and rates of one evaluation run."""

    predicted: int
    expected: int
    matched: int
    counted_right: int
    misses: list[str]
    extras: list[str]

    @property
    def precision(self) -> float:
        """Return the share of reported quantities that were expected with these bounds."""
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """Return the share of expected quantities reported with the right bounds."""
        return self.matched / self.expected if self.expected else 1.0

    @property
    def counted_accuracy(self) -> float:
        """Return the share of matched quantities whose `counted` is right too."""
        return self.counted_right / self.matched if self.matched else 1.0


def _number(raw: str) -> float | None:
    return None if raw == "-" else float(raw)


def read_cases(path: Path) -> list[Case]:
    """Return the cases of a fixture file in the documented format."""
    cases: list[Case] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("  "):
            numbers, _, counted = line.strip().partition("|")
            value, low, high = numbers.split()
            counted = counted.strip()
            cases[-1].expected.append(Expected((_number(value), _number(low), _number(high)),
                                               None if counted == "-" else counted))
        else:
            cases.append(Case(line.strip()))
    return cases


def fixture_hash(path: Path) -> str:
    """Return the SHA-256 of a fixture file, pinned next to its score floors."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _bounds(quantity: Quantity) -> Bounds:
    return quantity.value, quantity.low, quantity.high


def score_cases(cases: list[Case], analyse: Callable[[str], AnalysedArticle]) -> Score:
    """Return how many expected quantities were found with the right bounds and counted words."""
    score = Score(0, 0, 0, 0, [], [])
    for case in cases:
        found = analyse(case.text).quantities
        score.predicted += len(found)
        score.expected += len(case.expected)
        unmatched = list(found)
        for expected in case.expected:
            match = next((q for q in unmatched if _bounds(q) == expected.bounds), None)
            if match is None:
                score.misses.append(f"{case.text} -> {expected}")
                continue
            unmatched.remove(match)
            score.matched += 1
            score.counted_right += match.counted == expected.counted
            if match.counted != expected.counted:
                score.misses.append(f"{case.text} -> counted {match.counted!r}, expected {expected.counted!r}")
        score.extras += [f"{case.text} -> {q.text!r} {_bounds(q)}" for q in unmatched]
    return score


# --- the scored fixture set -------------------------------------------------------------


def test_fixture_set_is_large_enough() -> None:
    cases = read_cases(QUANTITY_CASES)
    assert len(cases) >= 80
    assert sum(1 for case in cases if not case.expected) >= 20


def test_fixture_scores_hold_their_floors(analyse_text: Callable[..., AnalysedArticle]) -> None:
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    assert baseline["sha256"] == fixture_hash(QUANTITY_CASES), "fixture changed: re-measure and re-pin the floors"
    score = score_cases(read_cases(QUANTITY_CASES), analyse_text)
    report = "\n".join(score.misses + score.extras)
    assert score.precision >= baseline["precision"], report
    assert score.recall >= baseline["recall"], report
    assert score.counted_accuracy >= baseline["counted_accuracy"], report


# --- exact cases, one per form ----------------------------------------------------------

FORMS = [
    ("In totaal stuurt Poetin 2.500 militairen.", "2.500 militairen", 2500, 2500, 2500, False, "militairen", None),
    ("Meer dan drieduizend betogers zijn opgepakt.", "Meer dan drieduizend betogers", None, 3000, None, False,
     "betogers", None),
    ("Almaty wordt bedreigd door twintigduizend bandieten.", "twintigduizend bandieten", 20000, 20000, 20000,
     False, "bandieten", None),
    ("De gemeente krijgt 11,5 miljoen euro.", "11,5 miljoen euro", 11_500_000, 11_500_000, 11_500_000, False,
     "euro", "euro"),
    ("Het bedrijf verdiende ruim een miljard euro.", "ruim een miljard euro", None, 1e9, None, False, "euro", "euro"),
    ("De inflatie was 2,3%.", "2,3%", 2.3, 2.3, 2.3, False, "%", "procent"),
    ("Een 82-jarige vrouw raakte gewond.", "82-jarige vrouw", 82, 82, 82, False, "vrouw", "jaar"),
    ("Hij kreeg twintig jaar cel.", "twintig jaar", 20, 20, 20, False, "jaar", "jaar"),
    ("Deelnemers waren tussen de 24 en 65 jaar oud.", "tussen de 24 en 65 jaar", None, 24, 65, False, "jaar", "jaar"),
    ("Tientallen aanvallers werden gedood.", "Tientallen aanvallers", None, 20, 99, True, "aanvallers", None),
    ("Er kwamen honderden mensen.", "honderden mensen", None, 200, 999, True, "mensen", None),
    ("Ongeveer vijftig agenten waren er.", "Ongeveer vijftig agenten", 50, 50, 50, True, "agenten", None),
    ("Bijna 300 passagiers zaten vast.", "Bijna 300 passagiers", None, None, 300, True, "passagiers", None),
    ("Het vuur verwoestte tot 40 woningen.", "tot 40 woningen", None, None, 40, False, "woningen", None),
    ("Circa 1.200 boeren kwamen.", "Circa 1.200 boeren", 1200, 1200, 1200, True, "boeren", None),
    ("Minstens veertig mensen stierven.", "Minstens veertig mensen", None, 40, None, False, "mensen", None),
    ("Het dodental is opgelopen tot 112 slachtoffers.", "112 slachtoffers", 112, 112, 112, False, "slachtoffers", None),
    # a change and then the level it reached (`tot` is `to`, not `up to`)
    ("De AEX-index klom tot 543,64 punten.", "543,64 punten", 543.64, 543.64, 543.64, False, "punten", None),
    ("Er kwamen twee à drie vrachtwagens.", "twee à drie vrachtwagens", None, 2, 3, False, "vrachtwagens", None),
    ("Het herstel kost tientallen miljoenen euro's.", "tientallen miljoenen euro's", None, 20e6, 99e6, True,
     "euro's", "euro"),
    ("De windstoot haalde 127 kilometer per uur.", "127 kilometer per uur", 127, 127, 127, False,
     "kilometer per uur", "kilometer per uur"),
    ("Hij reed 80 km/u op de snelweg.", "80 km/u", 80, 80, 80, False, "km/u", "kilometer per uur"),
    ("Het kost een paar duizend euro.", "een paar duizend euro", None, 2000, 9000, True, "euro", "euro"),
    ("Het raakt mensen tussen grofweg 40 en 50 jaar.", "tussen grofweg 40 en 50 jaar", None, 40, 50, True, "jaar",
     "jaar"),
    # A number cut short before its hyphen shares the end of the next one.
    ("De bomen zijn twee- tot driehonderd jaar oud.", "twee- tot driehonderd jaar", None, 200, 300, False, "jaar",
     "jaar"),
    ("Vooral 35- tot 44-jarigen stemden.", "35- tot 44-jarigen", None, 35, 44, False, None, "jaar"),
    ("Er kwamen drie- à vierduizend mensen.", "drie- à vierduizend mensen", None, 3000, 4000, False, "mensen", None),
]


@pytest.mark.parametrize("text,span,value,low,high,approximate,counted,unit", FORMS)
def test_each_form_gives_its_bounds(analyse_text: Callable[..., AnalysedArticle], text: str, span: str,
                                    value: float | None, low: float | None, high: float | None,
                                    approximate: bool, counted: str, unit: str | None) -> None:
    quantities = analyse_text(text).quantities
    assert [(q.text, q.value, q.low, q.high, q.approximate, q.counted, q.unit) for q in quantities] == [
        (span, value, low, high, approximate, counted, unit)]
    assert text[quantities[0].start:quantities[0].end] == span


@pytest.mark.parametrize("text,expected", [
    # A bare number before a joiner counts what the next number counts ...
    ("De koersen stegen respectievelijk 3,2 en 2,8 procent.", [("3,2", "procent"), ("2,8 procent", "procent")]),
    ("Het wordt morgen 25 tot 30 graden.", [("25", "graad"), ("30 graden", "graad")]),
    ("Er vielen zeven of acht bomen om.", [("zeven", "boom"), ("acht bomen", "boom")]),
    ("De groei valt met 1,1 in plaats van 1,6 procent tegen.", [("1,1", "procent"), ("1,6 procent", "procent")]),
    # ... a large bare number takes the unit the article gave the same number ...
    ("Het kost 60 miljard euro. Die 60 miljard komt uit de fondsen.",
     [("60 miljard euro", "euro"), ("60 miljard", "euro")]),
    # ... but a small one, or one with other words between, stays bare.
    ("In 2010 waren het er nog 42. Dit jaar zijn er 93 mensen opgestapt.", [("42", None), ("93 mensen", "mens")]),
    # `met X tot Y` is a change and its outcome: X is the change, not a count of Y's people.
    ("Het aantal werklozen steeg met 12.000 tot 390.000 mensen.", [("12.000", None), ("390.000 mensen", "mens")]),
    # An age noun is itself what is counted: the verb after it is not.
    ("Vooral 44-jarigen stappen over.", [("44-jarigen", "jaar")]),
])
def test_what_a_number_counts_from_its_neighbours(analyse_text: Callable[..., AnalysedArticle], text: str,
                                                 expected: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.unit or q.counted_lemma) for q in analyse_text(text).quantities] == expected


TRAPS = [
    "Op 28 april begint het proces.", "In 2016 werd het verdrag getekend.", "De vergadering begint om 14.30 uur.",
    "Het toestel was een Boeing 737 MAX 8.", "Ze werd 16de in de eindstand.", "Hij woont op de Damstraat 12 in Delft.",
    "Bel 020-5551234 voor informatie.", "Het nummer is 06 12345678.", "Feyenoord won met 3-1.",
    "Volgens artikel 5 moeten de bondgenoten helpen.", "Een man werd aangehouden.", "De F-16 landde.",
    "De trein vertrekt om 8 uur.", "Tussen 2019 en 2021 groeide de economie.",
    "Een op de drie jongeren heeft schulden.", "Het noodnummer 112 viel uit.", "Het is voor 40-plussers.",
    "Om kwart voor vijf ging het alarm.", "Het gebeurde in de nacht van zondag 12 op maandag 13 juni.",
    "Ze won met 6-4, 6-7 (5), 7-6 (6).", "De bom lag aan het 14 Oktoberplein.",
]


@pytest.mark.parametrize("text", TRAPS)
def test_traps_yield_nothing(analyse_text: Callable[..., AnalysedArticle], text: str) -> None:
    assert [q.text for q in analyse_text(text).quantities] == []


@pytest.mark.parametrize("words,value", [
    ("twintigduizend", 20000), ("drieduizend", 3000), ("zeventig", 70), ("een miljard", 1e9), ("twee", 2),
    ("tweeëntwintig", 22), ("tweeentwintig", 22), ("anderhalve", 1.5), ("tweeënhalf", 2.5), ("honderdzestien", 116),
])
def test_number_words_are_parsed(words: str, value: float) -> None:
    assert parse_number_words(words, NL) == value


@pytest.mark.parametrize("raw,value", [("2.500", 2500), ("200.000", 200000), ("11,5", 11.5), ("1.234,5", 1234.5)])
def test_digits_are_parsed_the_dutch_way(raw: str, value: float) -> None:
    assert parse_digits(raw) == value


@pytest.mark.parametrize("text,values", [
    ("een man en een miljard", [1e9]), ("anderhalf miljoen", [1.5e6]), ("half Nederland", []),
    ("tweeduizend en zestien", [2016]), ("twee en drie", [2, 3]), ("een dozijn eieren", [12]),
])
def test_number_word_runs(text: str, values: list[float]) -> None:
    assert [n.value for n in find_numbers(text, NL)] == values


@pytest.mark.parametrize("text,predicate,attributed_to", [
    ("Volgens de officiële cijfers zijn 26 demonstranten om het leven gebracht.", "om het leven gebracht",
     "Volgens de officiële cijfers"),
    ("Volgens TASS zijn 300 mensen opgepakt.", "opgepakt", "Volgens TASS"),
    ("Verder zijn volgens de staatstelevisie 748 anderen gewond geraakt.", "gewond geraakt",
     "volgens de staatstelevisie"),
    ("In totaal stuurt Poetin 2.500 militairen naar Kazachstan.", "stuurt", None),
    ("De prins heeft twee kinderen.", None, None),  # a light verb is no event
])
def test_predicate_and_attribution(analyse_text: Callable[..., AnalysedArticle], text: str, predicate: str,
                                   attributed_to: str | None) -> None:
    quantity = analyse_text(text).quantities[0]
    assert (quantity.predicate, quantity.attributed_to) == (predicate, attributed_to)


def test_counted_lemma_strips_the_plural(analyse_text: Callable[..., AnalysedArticle]) -> None:
    quantity = analyse_text("Er zijn 2.500 militairen gestuurd.").quantities[0]
    assert quantity.counted_lemma == "militair"


# --- real articles and the Recognizers-Text number specs ----------------------------------


@pytest.mark.corpus
def test_kazakhstan_samples(analyse_text: Callable[..., AnalysedArticle]) -> None:
    first, second = sorted(SAMPLES.glob("*.txt"))
    found = analyse_text(first.read_text(encoding="utf-8")).quantities
    bounds = {(q.value, q.low, q.high) for q in found}
    assert {(26, 26, 26), (2500, 2500, 2500), (748, 748, 748), (None, 3000, None), (20000, 20000, 20000),
            (None, 18, None)} <= bounds
    found = analyse_text(second.read_text(encoding="utf-8"), article_id="a2").quantities
    assert {(None, 70, None), (2500, 2500, 2500)} <= {(q.value, q.low, q.high) for q in found}


def recognizers_number_share() -> tuple[int, int]:
    """Return (right, total) over the spec cases with one numeric result: the value parsed as expected."""
    right = total = 0
    for case in json.loads(RECOGNIZERS.read_text(encoding="utf-8")):
        results = case["Results"]
        if len(results) != 1:
            continue
        try:
            expected = float(results[0]["Resolution"]["value"].replace(",", "."))
        except (KeyError, ValueError):
            continue
        total += 1
        values = [n.value for n in find_numbers(case["Input"], NL)]
        tolerance = 1e-6 * max(1, abs(expected))
        right += len(values) == 1 and values[0] is not None and abs(values[0] - expected) <= tolerance
    return right, total


@pytest.mark.corpus
def test_recognizers_number_specs_hold_their_floor() -> None:
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    right, total = recognizers_number_share()
    assert total > 0
    assert right / total >= baseline["recognizers_number_share"]


def test_tagger_parts_of_speech_are_used_when_present(nl_nlp: Language) -> None:
    text = "Zeker 18 politieagenten en leden van de nationale garde kwamen om het leven."
    doc = nl_nlp(text)
    tags = ["ADV", "NUM", "NOUN", "CCONJ", "NOUN", "ADP", "DET", "ADJ", "NOUN", "VERB", "ADP", "DET", "NOUN",
            "PUNCT"]
    for token, tag in zip(doc, tags, strict=True):
        token.pos_ = tag
    quantities = find_quantities(doc, Article("a1", text, id="a1"), NL)
    assert [q.counted for q in quantities] == ["politieagenten en leden van de nationale garde"]


@pytest.mark.parametrize("text,level", [
    ("De AEX-index klom 0,5 procent tot 543,64 punten.", "543,64 punten"),
    ("De MidKap won ook 0,8 procent, tot 750,42 punten.", "750,42 punten"),
])
def test_the_level_after_a_change_is_exact(analyse_text: Callable[..., AnalysedArticle], text: str, level: str) -> None:
    found = {q.text: q for q in analyse_text(text).quantities}
    assert level in found and found[level].low == found[level].high == found[level].value


@pytest.mark.parametrize("text,counts", [
    ("Wie hem ziet, moet direct 112 bellen.", []),
    ("Bel 112 als u hem ziet.", []),
    ("De politie vraagt 112 te bellen.", []),
    ("Bij de actie belden 112 mensen de politie.", ["112 mensen"]),
])
def test_a_number_one_calls_is_no_count(analyse_text: Callable[..., AnalysedArticle], text: str,
                                        counts: list[str]) -> None:
    assert [q.text for q in analyse_text(text).quantities] == counts
