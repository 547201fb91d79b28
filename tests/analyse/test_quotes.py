"""Quotes: quote marks in every style, kinds, speakers, reported speech; scored on our fixture sets."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from newsprism.analyse.quote_marks import find_quoted_spans
from newsprism.analyse.quotes import find_quotes
from newsprism.lang import get_language
from newsprism.model import AnalysedArticle, Article, Mention, Quote, Sentence

TESTS = Path(__file__).resolve().parents[1]
FIXTURES = TESTS / "fixtures"
SAMPLES = TESTS.parents[1] / "shared" / "samples" / "kazakhstan-2022"
NL = get_language("nl")
BASELINE = json.loads((FIXTURES / "quotes_nl_baseline.json").read_text(encoding="utf-8"))
FIXTURE_SETS = ("quotes_nl.jsonl", "quotes_nl_heldout.jsonl")
OPENBOEK = SAMPLES.parents[1] / "data" / "openboek-quotes-nl" / "quotes"

Expected = list[tuple[str, str, str | None]]


def _load(name: str) -> list[tuple[str, Expected]]:
    lines = (FIXTURES / name).read_text(encoding="utf-8").splitlines()
    return [(item["text"], [tuple(q) for q in item["quotes"]]) for item in map(json.loads, lines)]


@pytest.mark.parametrize("text,expected", [
    ('"Ik ga niet," zei hij, "want ik ben ziek."', ["Ik ga niet", "want ik ben ziek."]),
    ("Hij zei: “Het is klaar.”", ["Het is klaar."]),
    ("Ze zei: „Het is klaar” en ging.", ["Het is klaar"]),
    ("Ze zei: „Het is klaar“ en ging.", ["Het is klaar"]),
    (",,We stoppen ermee'', zegt Jan.", ["We stoppen ermee"]),
    (',,We stoppen ermee", zegt Jan.', ["We stoppen ermee"]),
    ("'Dit is raar', zei ze.", ["Dit is raar"]),
    ("‘Dit is raar’, zei ze.", ["Dit is raar"]),
    ("«Nee», zei hij.", ["Nee"]),
    ("»Nee«, zei hij.", ["Nee"]),
    ("De auto's reden 's avonds naar 't huis.", []),
    ("In alle regio’s van ‘het land’ is het rustig.", ["het land"]),
    ("Zo'n 40 foto's, ‘s avonds gemaakt.", []),
    ("“Een. Twee in regio’s.” Drie.", ["Een. Twee in regio’s."]),
    ("“Ze noemen ons ‘terroristen’, zei hij.”", ["Ze noemen ons ‘terroristen’, zei hij."]),
    ('" Wat is het vandaag , " vroeg hij . " Morfine ? "', ["Wat is het vandaag", "Morfine ?"]),
    ("“Een open quote zonder einde.\n\nEen nieuwe alinea.", []),
])
def test_quoted_spans_in_every_style(text: str, expected: list[str]) -> None:
    assert [text[s.start:s.end] for s in find_quoted_spans(text, NL)] == expected


def _marked(expected: Expected) -> Expected:
    return [q for q in expected if q[1] != "indirect"]


@pytest.mark.parametrize("text,expected", [case for name in FIXTURE_SETS for case in _load(name)])
def test_quote_marked_spans_and_kinds_of_fixture_sentences(
        text: str, expected: Expected, analyse_text: Callable[..., AnalysedArticle]) -> None:
    quotes = analyse_text(text).quotes
    found = [(q.text, q.kind) for q in quotes if q.kind != "indirect"]
    assert found == [(words, kind) for words, kind, _ in _marked(expected)]


def _benchmark(name: str) -> Any:
    """Load a benchmark script (they live outside the package) as a module."""
    path = TESTS.parent / "benchmarks" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        pytest.fail(f"cannot load {path}")
    module: Any = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", FIXTURE_SETS)
def test_fixture_set_scores_stay_above_their_floors(name: str) -> None:
    digest = hashlib.sha256((FIXTURES / name).read_bytes()).hexdigest()
    assert digest == BASELINE["sha256"][name], f"{name} changed: re-measure and update quotes_nl_baseline.json"
    scores = _benchmark("quotes_fixtures").score(name)
    for metric, floor in BASELINE["floors"][name].items():
        assert scores[metric] >= floor, f"{name}: {metric} {scores[metric]:.3f} fell below {floor}"


def test_every_quote_points_at_its_words_and_its_speaker(analyse_text: Callable[..., AnalysedArticle]) -> None:
    text = " ".join(text for name in FIXTURE_SETS for text, _ in _load(name)[:20])
    analysed = analyse_text(text)
    assert len(analysed.quotes) >= 20
    for quote in analysed.quotes:
        assert text[quote.start:quote.end] == quote.text
        if quote.speaker_start is not None and quote.speaker_end is not None:
            assert text[quote.speaker_start:quote.speaker_end] == quote.speaker_text


def test_interrupted_quote_gives_both_parts_one_speaker(analyse_text: Callable[..., AnalysedArticle]) -> None:
    text = "„Ik ga niet”, zei Jansen, „want het werk is nog niet af.” Daarna vertrok hij."
    quotes = analyse_text(text).quotes
    assert [(q.text, q.kind, q.speaker_text, q.speaker_start) for q in quotes[:2]] == [
        ("Ik ga niet", "direct", "Jansen", text.index("Jansen")),
        ("want het werk is nog niet af.", "direct", "Jansen", text.index("Jansen")),
    ]


@pytest.mark.parametrize("between,speaker", [
    (" ", "Jansen"),  # the next sentence of the paragraph goes on with his words
    ("\n\n", None),  # a new paragraph does not
    (" Het KNMI gaf code oranje af. ", None),  # nor a quote after another sentence
])
def test_an_unattributed_quote_goes_on_after_reported_speech(
        between: str, speaker: str | None, analyse_text: Callable[..., AnalysedArticle]) -> None:
    text = f"Weerman Jansen zegt dat het morgen opnieuw onstuimig wordt.{between}„Binnen een uur is het gebied gepasseerd.”"
    direct = [q for q in analyse_text(text).quotes if q.kind == "direct"]
    assert [q.speaker_text for q in direct] == [speaker]


@pytest.mark.parametrize("text,speaker", [
    ("„Het besluit staat vast”, legt wethouder Jan Visser uit.", "Jan Visser"),
    ("„Ik ben te oud voor dit werk”, grapt de acteur.", "de acteur"),
    ("„We vragen iedereen iets te doen”, verwoordt Sanne Bos het.", "Sanne Bos"),
    # `licht ... toe` with `licht` read as an adjective by the tagger: the particle makes it a verb
    ("\"We willen een goede buur zijn\", licht directeur Hans van den Berg toe.", "Hans van den Berg"),
    ("„Wij hebben niets fout gedaan”, hield de advocaat vol tijdens de zitting.", "de advocaat"),
])
def test_more_ways_to_attribute_a_quote(analyse_text: Callable[..., AnalysedArticle], text: str, speaker: str) -> None:
    assert [q.speaker_text for q in analyse_text(text).quotes if q.kind == "direct"] == [speaker]


@pytest.mark.parametrize("text,speaker", [
    # A quote standing alone goes on from the person the sentence before it is about ...
    ("Trainer Kees Aarts stak de loftrompet over zijn spits. „Hij is de beste van de competitie.”", "Kees Aarts"),
    ("De burgemeester heeft weinig begrip voor de klagers. „Het besluit staat vast.”", "De burgemeester"),
    # ... but not across a line break (an interview's answer follows its question on a line of its own),
    ("Trainer Kees Aarts stak de loftrompet over zijn spits.\n„Hij is de beste van de competitie.”", None),
    # ... not when words after the quote name its speaker another way,
    ("De wethouder stemde in. „Het besluit staat vast”, is de mening van de raad.", None),
    # ... and not when the subject is a thing.
    ("Het besluit viel gisteren. „Het besluit staat vast.”", None),
])
def test_a_quote_after_a_sentence_about_someone_is_theirs(analyse_text: Callable[..., AnalysedArticle], text: str,
                                                         speaker: str | None) -> None:
    direct = [q for q in analyse_text(text).quotes if q.kind == "direct"]
    assert [q.speaker_text for q in direct] == [speaker]


@pytest.mark.parametrize("text,speaker", [
    # A demonstrative stands for the nearest speaker phrase before it, not for itself.
    ("Een verslaggever sprak met een politiewoordvoerder. Die noemde het voorwerp levensgevaarlijk.",
     "een politiewoordvoerder"),
    # An adjective of place is no speaker; the phrase it opens is.
    ("Het huis ging uit de verkoop nadat Britse kranten meldden dat het in slechte staat verkeert.",
     "Britse kranten"),
    # An object pronoun after a speech verb is the addressee, not the speaker.
    ("Karabulut vroeg hem of dat ook gepaard kan gaan met kritiek.", "Karabulut"),
    # A demonstrative determiner is no pronoun (`deze week`).
    ("Eerder deze week werd bekendgemaakt dat de regisseur een nieuwe film gaat opnemen.", None),
])
def test_speakers_behind_pronouns_and_adjectives(analyse_text: Callable[..., AnalysedArticle], text: str,
                                                 speaker: str | None) -> None:
    assert [q.speaker_text for q in analyse_text(text).quotes] == [speaker]


def test_speaker_is_the_subject_of_the_parse_when_there_is_one(nl_nlp: Language) -> None:
    words = ["Tokajev", ",", "die", "al", "jaren", "regeert", ",", "zei", "dat", "de", "orde", "hersteld", "is", "."]
    heads = [7, 5, 5, 4, 5, 0, 5, 7, 11, 10, 11, 7, 11, 7]
    deps = ["nsubj", "punct", "nsubj", "advmod", "obl", "acl:relcl", "punct", "ROOT", "mark", "det", "nsubj",
            "ccomp", "aux", "punct"]
    pos = ["PROPN", "PUNCT", "PRON", "ADV", "NOUN", "VERB", "PUNCT", "VERB", "SCONJ", "DET", "NOUN", "VERB",
           "AUX", "PUNCT"]
    spaces = [False, True, True, True, True, False, True, True, True, True, True, True, False, False]
    doc = Doc(nl_nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)
    article = Article("t", doc.text, id="a1")
    mentions = [Mention("a1", 0, 7, "Tokajev", label="PER")]
    sentences = [Sentence("a1", 0, len(doc.text), doc.text)]
    quotes = find_quotes(doc, article, mentions, NL, sentences)
    assert [(q.text, q.kind, q.speaker_text) for q in quotes] == [("de orde hersteld is", "indirect", "Tokajev")]


# Hand-built parses with the trained parser's typical mistakes: (words, heads, deps, pos, mention spans, quotes).
_PARSE_CASES = [
    # a sentence-initial date read as the subject, the inverted subject read as an object: the rules win
    ("Donderdag meldde een woordvoerder van de politie dat twee verdachten vastzitten .".split(),
     [1, 1, 3, 1, 6, 6, 3, 10, 9, 10, 1, 1],
     ["nsubj", "ROOT", "det", "obj", "case", "det", "nmod", "mark", "nummod", "nsubj", "acl:relcl", "punct"],
     ["PROPN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "SCONJ", "NUM", "NOUN", "VERB", "PUNCT"], [],
     [("twee verdachten vastzitten", "indirect", "een woordvoerder van de politie")]),
    # no name or role the rules know: the parse subject speaks
    ("De oud-strijder zei dat de oorlog voorbij is .".split(),
     [1, 2, 2, 7, 5, 7, 7, 2, 2], ["det", "nsubj", "ROOT", "mark", "det", "nsubj", "advmod", "ccomp", "punct"],
     ["DET", "NOUN", "VERB", "SCONJ", "DET", "NOUN", "ADV", "VERB", "PUNCT"], [],
     [("de oorlog voorbij is", "indirect", "De oud-strijder")]),
    # the NER cut a name short (`Sigrid`): the parse's flat name grows it; a role takes the name after it
    ("Sigrid Kaag zei dat minister Jansen gelijk heeft .".split(),
     [2, 0, 2, 7, 7, 4, 7, 2, 2], ["nsubj", "flat", "ROOT", "mark", "nsubj", "appos", "obj", "ccomp", "punct"],
     ["PROPN", "PROPN", "VERB", "SCONJ", "NOUN", "PROPN", "NOUN", "VERB", "PUNCT"], [(0, 1)],
     [("minister Jansen gelijk heeft", "indirect", "Sigrid Kaag")]),
]


@pytest.mark.parametrize("words,heads,deps,pos,mentions,expected", _PARSE_CASES)
def test_speaker_survives_a_misleading_parse(nl_nlp: Language, words: list[str], heads: list[int],
                                             deps: list[str], pos: list[str], mentions: list[tuple[int, int]],
                                             expected: Expected) -> None:
    spaces = [i + 1 < len(words) and words[i + 1] != "." for i in range(len(words))]
    doc = Doc(nl_nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)
    article = Article("t", doc.text, id="a1")
    found = [Mention("a1", doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), doc[a:b].text, label="PER")
             for a, b in mentions]
    sentences = [Sentence("a1", 0, len(doc.text), doc.text)]
    quotes = find_quotes(doc, article, found, NL, sentences)
    assert [(q.text, q.kind, q.speaker_text) for q in quotes] == expected


def _refers_to(analysed: AnalysedArticle, quote: Quote, names: tuple[str, ...]) -> bool:
    """Return True when the quote's speaker names one of `names`, or is a pronoun/role whose nearest name is."""
    speaker = quote.speaker_text or ""
    if any(name in speaker for name in names):
        return True
    if quote.speaker_start is None:
        return False
    earlier = [m for m in analysed.mentions if m.end <= quote.speaker_start
               and m.text.lower() not in NL.stop_words and len(m.text) > 2]
    return bool(earlier) and any(name in earlier[-1].text for name in names)


def _sample_articles(nl_nlp: Language) -> list[AnalysedArticle]:
    from newsprism.analyse import analyse_doc
    from newsprism.ingest.normalise import normalise_text

    analysed = []
    for number, path in enumerate(sorted(SAMPLES.glob("*.txt")), start=1):
        article = Article(str(path), normalise_text(path.read_text(encoding="utf-8")), id=f"a{number}")
        analysed.append(analyse_doc(nl_nlp(article.text), article))
    return analysed


@pytest.mark.corpus
def test_tokayev_says_what_both_samples_quote(nl_nlp: Language) -> None:
    from newsprism.compare.quote_groups import group_quotes_across_articles

    articles = _sample_articles(nl_nlp)
    names = ("Tokayev", "Tokajev")
    destroyed = [next(q for q in a.quotes if q.text == "vernietigd") for a in articles]
    assert [q.kind for q in destroyed] == ["partial", "partial"]
    assert all(_refers_to(a, q, names) for a, q in zip(articles, destroyed, strict=True))
    wanted = ("twintigduizend bandieten", "Een antiterreuroperatie is gestart",
              "Wat voor een gesprek kan je hebben met criminelen en moordenaars?")
    for words in wanted:
        owner, quote = next((a, q) for a in articles for q in a.quotes if q.text.startswith(words))
        assert _refers_to(owner, quote, names), (words, quote.speaker_text)
    quotes = [q for a in articles for q in a.quotes]
    for number, quote in enumerate(quotes, start=1):
        quote.id = f"q{number}"
    group_quotes_across_articles(quotes)
    assert destroyed[0].group == destroyed[1].group
    terms = {q.text for a in articles for q in a.quotes if q.kind == "term"}
    assert {"vredestroepen", "vredesmacht"} <= terms


@pytest.mark.corpus
def test_openboek_quote_span_recall_stays_above_its_floor() -> None:
    scores = _benchmark("quotes_openboek").evaluate(OPENBOEK)
    for metric, floor in BASELINE["floors"]["openboek"].items():
        assert scores[metric] >= floor, f"openboek: {metric} {scores[metric]:.3f} fell below {floor}"


@pytest.mark.parametrize("text,speaker,reported", [
    # a fronted `volgens` source runs on over its complements up to the verb; the report starts there
    ("Volgens de zus van de vermiste man uit het dorp bij Zwolle is er veel mis met de kliniek.",
     "de zus van de vermiste man uit het dorp bij Zwolle", "is er veel mis met de kliniek"),
    ("Volgens een bestuurder van kliniek Hoogland vormt de man geen groot risico.",
     "een bestuurder van kliniek Hoogland", "vormt de man geen groot risico"),
])
def test_a_volgens_source_ends_at_the_verb(analyse_text: Callable[..., AnalysedArticle], text: str, speaker: str,
                                           reported: str) -> None:
    indirect = [q for q in analyse_text(text).quotes if q.kind == "indirect"]
    assert [(q.speaker_text, q.text) for q in indirect] == [(speaker, reported)]
