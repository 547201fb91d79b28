"""Mentions found in one article: cleaned of noise and titles, places derived from adjectives, roles bound."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Span

from newsprism.analyse.entities import _places_after_prepositions, drop_nested_mentions, find_mentions
from newsprism.lang import get_language
from newsprism.model import AnalysedArticle, Article, Mention
from newsprism.nlp import load as load_pipeline

Analyse = Callable[..., AnalysedArticle]


def _names(analysed: AnalysedArticle) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in analysed.mentions if not m.derived and m.role is None]


@pytest.mark.parametrize("text,expected", [
    ("Donderdag meldde Jan Peeters dat de brug dicht is.", [("Jan Peeters", "PER")]),
    ("Volgens Tokayev is de rust hersteld.", [("Tokayev", "MISC")]),
    ("Daarom vertrok minister Karel Boonstra naar Brussel.", [("Karel Boonstra", "PER"), ("Brussel", "LOC")]),
    ("De Kazachse president Kassym-Jomart Tokayev sprak.", [("Kassym-Jomart Tokayev", "PER")]),
    ("President Ilse Mertens opende de brug.", [("Ilse Mertens", "PER")]),
    ("Het bondgenootschap CSTO stuurt troepen.", [("CSTO", "ORG")]),
    ("Hij landde in de grootste stad Almaty.", [("Almaty", "LOC")]),
    ("Staatssecretaris Olga Pavlova van Buitenlandse Zaken zweeg.",
     [("Olga Pavlova", "PER"), ("Buitenlandse Zaken", "ORG")]),
    ("Zij sprak met Ursula von der Leyen over geld.", [("Ursula von der Leyen", "PER")]),
    ("Mensen in Lorvik demonstreerden. Zij zei: \"Ik blijf in Lorvik.\"", [("Lorvik", "LOC"), ("Lorvik", "LOC")]),
    ("Volgens minister van Buitenlandse Zaken Antony Blinken is het rustig.",
     [("Buitenlandse Zaken", "ORG"), ("Antony Blinken", "PER")]),
    ("Aanvoerder Stijn van Lier bleef op de bank.", [("Stijn van Lier", "PER")]),
    ("Doelman Ruud van Hal hield alles tegen.", [("Ruud van Hal", "PER")]),
    ("Spits Lotte van Beek scoorde twee keer.", [("Lotte van Beek", "PER")]),
    ("De familie woont in Capelle aan den IJssel.", [("Capelle aan den IJssel", "LOC")]),
    ("Hij komt uit Ouderkerk aan de Amstel.", [("Ouderkerk aan de Amstel", "LOC")]),
    ("De bewoners van Wijk aan Zee zijn boos.", [("Wijk aan Zee", "LOC")]),
    # An organisation's name holding a list is one name when its acronym follows; else its parts stay apart.
    ("Het Rijksinstituut voor Volksgezondheid en Milieu (RIVM) meldde het.",
     [("Rijksinstituut voor Volksgezondheid en Milieu", "ORG"), ("RIVM", "ORG")]),
    ("Het Ministerie van Volksgezondheid, Welzijn en Sport (VWS) zegt niets.",
     [("Ministerie van Volksgezondheid, Welzijn en Sport", "ORG"), ("VWS", "ORG")]),
    ("Het ministerie van Defensie en Shell (KLM) tekenden.", [("Defensie", "ORG"), ("Shell", "ORG"), ("KLM", "ORG")]),
    # A noun before a name types it as an organisation (also after a comma).
    ("Hij onderhandelt met de fabrikant, Biogen, over de prijs.", [("Biogen", "ORG")]),
    ("Marcel Timmen van patiëntenvereniging Spierziekte Nederland is blij.",
     [("Marcel Timmen", "PER"), ("Spierziekte Nederland", "ORG")]),
    # An organisation named after someone, even after a role noun (`Prinses`).
    ("Veteranen van de Prinses Irene Brigade waren erbij.", [("Irene Brigade", "ORG")]),
    # A common noun opening the sentence is not part of the name after it.
    ("Staalproducent Tata Steel presenteert een plan.", [("Tata Steel", "ORG")]),
    ("De VS gaven het aan Duitsland.", [("VS", "LOC"), ("Duitsland", "LOC")]),  # `aan` joins a sea only
    ("De VS aan de Navo: betaal meer.", [("VS", "LOC"), ("Navo", "ORG")]),  # `aan de` joins a river only
    ("Hij doneerde aan de Tim Bergling Foundation.", [("Tim Bergling Foundation", "ORG")]),
    ("Lufthansa Airlines tekende het contract.", [("Lufthansa Airlines", "ORG")]),
    # Events are MISC, whatever the NER says; an organisation word wins (`Open Universiteit`).
    ("Sterspeler Neymar mist de Copa América in eigen land.", [("Neymar", "PER"), ("Copa América", "MISC")]),
    ("Djokovic won eerder de Australian Open.", [("Djokovic", "PER"), ("Australian Open", "MISC")]),
    ("De zangeres Lisa Verbeek deelde het nieuws op Instagram.", [("Lisa Verbeek", "PER"), ("Instagram", "ORG")]),
    ("Hij studeert aan de Open Universiteit.", [("Open Universiteit", "ORG")]),
])
def test_names_without_noise_or_titles(analyse_text: Analyse, text: str, expected: list[tuple[str, str]]) -> None:
    names = _names(analyse_text(text))
    if expected[0][1] == "MISC":  # a bare surname has no clue of its type without the NER
        names = [(n, "MISC") for n, _ in names]
    assert names == expected


def test_common_word_opening_a_sentence_is_not_a_name(analyse_text: Analyse) -> None:
    analysed = analyse_text("Geweld in Lorvik houdt aan. Het geweld begon in Lorvik.")
    assert [m.text for m in analysed.mentions] == ["Lorvik", "Lorvik"]


@pytest.mark.parametrize("text", [
    "Stem op deze brief\n",
    "Automakers stonden om verschillende redenen in de belangstelling.",
    "De kliniek faalt. Chaos na het noodweer op de ringweg.",
    "Hij zei het. ,,Mensen willen weten of het veilig is.''",  # a sentence opening with a low quote mark
])
def test_a_word_news_writes_in_lower_case_opening_a_sentence_is_no_name(analyse_text: Analyse, text: str) -> None:
    assert _names(analyse_text(text)) == []


def test_a_surname_that_is_also_a_word_stays_a_name_when_the_text_capitalises_it_inside_a_sentence(
        analyse_text: Analyse) -> None:
    names = _names(analyse_text("Volgens Piet Stem is het rustig. Stem verwacht geen problemen."))
    assert [n for n, _ in names] == ["Piet Stem", "Stem"]


def test_a_name_ending_a_line_leaves_the_line_break_out(analyse_text: Analyse) -> None:
    analysed = analyse_text("Wat een chaos.\nKees Bos, Zwolle\nStem op deze brief")
    assert [m.text for m in analysed.mentions] == ["Kees Bos", "Zwolle"]


def test_the_town_after_a_letter_writer_is_a_place(analyse_text: Analyse) -> None:
    analysed = analyse_text("Wat een chaos.\nKees Bos, Hoorn\nMeer brieven")
    assert _names(analysed) == [("Kees Bos", "PER"), ("Hoorn", "LOC")]


@pytest.mark.parametrize("text,adjective,place", [
    ("De Kazachse regering vergaderde.", "Kazachse", "Kazachstan"),
    ("De Russische president Vladimir Poetin belde.", "Russische", "Rusland"),
    ("Volgens de Oekraïense minister Ivan Bondar is het kalm.", "Oekraïense", "Oekraïne"),
])
def test_adjective_of_place_is_a_derived_place_never_a_person(analyse_text: Analyse, text: str, adjective: str,
                                                             place: str) -> None:
    derived = [m for m in analyse_text(text).mentions if m.derived]
    assert [(m.text, m.label, m.key) for m in derived] == [(adjective, "LOC", place)]


def test_short_form_points_at_full_name_and_shares_its_type(analyse_text: Analyse) -> None:
    analysed = analyse_text("Minister Piet de Kruif kwam. Later zei De Kruif niets. Kruif zweeg.")
    keys = {m.text: (m.key, m.label) for m in analysed.mentions}
    assert keys["Piet de Kruif"] == ("Piet de Kruif", "PER")
    assert keys["Kruif"] == ("Piet de Kruif", "PER")


def test_abbreviation_defined_in_text(analyse_text: Analyse) -> None:
    analysed = analyse_text("Het Openbaar Ministerie (OM) vervolgt hem. Het OM eist een boete.")
    oms = [m for m in analysed.mentions if m.text == "OM"]
    assert [(m.key, m.label) for m in oms] == [("Openbaar Ministerie", "ORG")] * 2


def test_role_refers_to_the_person_it_introduced(analyse_text: Analyse) -> None:
    text = ("De Kazachse president Kassym-Jomart Tokayev sprak het volk toe. Hij bedankte de Russische president "
            "Vladimir Poetin. Tokayev zei dat Tokayev blijft. De president zei later dat de Russische president "
            "troepen stuurt.")
    roles = [(m.text, m.key) for m in analyse_text(text).mentions if m.role]
    assert roles == [("De president", "Kassym-Jomart Tokayev"), ("de Russische president", "Vladimir Poetin")]


def test_role_without_an_introduced_person_is_no_mention(analyse_text: Analyse) -> None:
    assert [m for m in analyse_text("De president zei niets.").mentions if m.role] == []


@pytest.mark.parametrize("spans,kept", [
    ([(0, 10), (0, 5)], [(0, 10)]),
    ([(0, 5), (6, 10)], [(0, 5), (6, 10)]),
    ([(0, 5), (3, 8)], [(0, 5)]),
    ([(2, 4), (0, 10)], [(0, 10)]),
])
def test_drop_nested_mentions(spans: list[tuple[int, int]], kept: list[tuple[int, int]]) -> None:
    mentions = [Mention("a1", s, e, "x" * (e - s)) for s, e in spans]
    assert [(m.start, m.end) for m in drop_nested_mentions(mentions)] == kept


def test_ner_mentions_are_cleaned_the_same_way(nl_nlp: Language) -> None:
    text = "Donderdag zei de Kazachse president Kassym-Jomart Tokayev dat President Tokayev blijft."
    doc = nl_nlp(text)
    labelled = {"Donderdag": "MISC", "Kazachse": "MISC", "Kassym-Jomart Tokayev": "PER", "President Tokayev": "PER"}
    doc.ents = [doc.char_span(text.index(s), text.index(s) + len(s), label=label) for s, label in labelled.items()]
    article = Article("a1", text, id="a1")
    found = [(m.text, m.label, m.derived, m.key) for m in find_mentions(doc, article, get_language("nl"))]
    assert found == [
        ("Kazachse", "LOC", True, "Kazachstan"),
        ("Kassym-Jomart Tokayev", "PER", False, "Kassym-Jomart Tokayev"),
        ("Tokayev", "PER", False, "Kassym-Jomart Tokayev"),
    ]


@pytest.mark.parametrize("text,ner,expected", [
    # the NER split one name into pieces with different labels: the capitalised run keeps it whole
    ("De Kazachse president Kassym-Jomart Tokayev zweeg.",
     [("Kazachse", "PER"), ("Kassym-Jomart", "LOC"), ("Tokayev", "ORG")],
     [("Kazachse", "LOC", True, "Kazachstan"), ("Kassym-Jomart Tokayev", "PER", False, "Kassym-Jomart Tokayev")]),
    # the NER missed the bare surname: the capitalised run finds it, the full name types it
    ("Anna Kovacs kwam. Kovacs ging.", [("Anna Kovacs", "PER")],
     [("Anna Kovacs", "PER", False, "Anna Kovacs"), ("Kovacs", "PER", False, "Anna Kovacs")]),
    # an abbreviation in brackets takes the label of the name it abbreviates
    ("Het Openbaar Ministerie (OM) eist een straf.", [("Openbaar Ministerie", "ORG"), ("OM", "PER")],
     [("Openbaar Ministerie", "ORG", False, "Openbaar Ministerie"), ("OM", "ORG", False, "Openbaar Ministerie")]),
    # one entity over an organisation and a person gives way to the two names
    ("Volgens minister van Buitenlandse Zaken Antony Blinken is het rustig.",
     [("Buitenlandse Zaken Antony Blinken", "PER")],
     [("Buitenlandse Zaken", "ORG", False, "Buitenlandse Zaken"), ("Antony Blinken", "PER", False, "Antony Blinken")]),
    # an entity that extends a capitalised run is kept whole; a mistyped short form follows its full name
    ("Saïd Bouteflika was in Parijs. Bouteflika zweeg.",
     [("Saïd Bouteflika", "PER"), ("Parijs", "LOC"), ("Bouteflika", "LOC", 1)],
     [("Saïd Bouteflika", "PER", False, "Saïd Bouteflika"), ("Parijs", "LOC", False, "Parijs"),
      ("Bouteflika", "PER", False, "Saïd Bouteflika")]),
    # a name the NER found whole keeps its particles, also a surname's capitalised ones
    ("Esmee de Wit en Jan van der Heuvel speelden.", [("Esmee de Wit", "PER"), ("Jan van der Heuvel", "ORG")],
     [("Esmee de Wit", "PER", False, "Esmee de Wit"), ("Jan van der Heuvel", "PER", False, "Jan van der Heuvel")]),
    ("De politie zegt dat Van der Heuvel thuis was. Van Loon zweeg.", [("Van der Heuvel", "PER"), ("Van Loon", "PER")],
     [("Van der Heuvel", "PER", False, "Van der Heuvel"), ("Van Loon", "PER", False, "Van Loon")]),
    # ... but an organisation's leading article is no particle
    ("De Dagpost meldt het.", [("De Dagpost", "ORG")], [("Dagpost", "ORG", False, "Dagpost")]),
    # an entity with no name word is dropped; its name part counts when named on its own too
    ("Het Tokajev-bewind viel niet. Tokajev bleef.", [("Tokajev-bewind", "MISC"), ("Tokajev", "PER", 1)],
     [("Tokajev", "PER", False, "Tokajev"), ("Tokajev", "PER", False, "Tokajev")]),
])
def test_ner_output_is_combined_with_the_capitalised_names(nl_nlp: Language, text: str,
                                                          ner: list[tuple[str | int, ...]],
                                                          expected: list[tuple[str, str, bool, str]]) -> None:
    doc = nl_nlp(text)
    spans: list[Span] = []
    for entity in ner:  # (text, label) or (text, label, n): the nth later occurrence of a repeated word
        word = str(entity[0])
        start = text.index(word)
        for _ in range(int(entity[2]) if len(entity) > 2 else 0):
            start = text.index(word, start + 1)
        span = doc.char_span(start, start + len(word), label=str(entity[1]))
        assert span is not None
        spans.append(span)
    doc.ents = spans
    article = Article("a1", text, id="a1")
    found = [(m.text, m.label, m.derived, m.key) for m in find_mentions(doc, article, get_language("nl"))
             if m.role is None]
    assert found == expected


def test_english_text_uses_the_english_lists() -> None:
    text = ("Kazakh President Kassym-Jomart Tokayev spoke. The president thanked Russian President Vladimir Putin. "
            "According to Tokayev, the Collective Security Treaty Organization (CSTO) sent troops.")
    article = Article("a1", text, language="en", id="a1")
    found = [(m.text, m.label, m.key, m.derived, m.role)
             for m in find_mentions(load_pipeline("en")(text), article, get_language("en"))]
    assert found == [
        ("Kazakh", "LOC", "Kazakhstan", True, None),
        ("Kassym-Jomart Tokayev", "PER", "Kassym-Jomart Tokayev", False, None),
        ("The president", "PER", "Kassym-Jomart Tokayev", False, "president"),
        ("Russian", "LOC", "Russia", True, None),
        ("Vladimir Putin", "PER", "Vladimir Putin", False, None),
        ("Tokayev", "PER", "Kassym-Jomart Tokayev", False, None),
        ("Collective Security Treaty Organization", "ORG", "Collective Security Treaty Organization", False, None),
        ("CSTO", "ORG", "Collective Security Treaty Organization", False, None),
    ]


def test_place_noun_makes_every_mention_of_the_name_a_place(analyse_text: Analyse) -> None:
    # The NER takes the second `Tarvosk` for a person; `de stad Tarvosk` says what it is.
    names = _names(analyse_text("De stad Tarvosk is onrustig. Later sprak Tarvosk over de onrust."))
    assert names == [("Tarvosk", "LOC"), ("Tarvosk", "LOC")]


def test_verb_staat_is_no_place_noun(analyse_text: Analyse) -> None:
    assert _names(analyse_text("Vooraan staat Tarvosk te wachten.")) == [("Tarvosk", "PER")]


def test_a_rank_is_no_place_noun(analyse_text: Analyse) -> None:
    # `plaats` is a place noun (`de plaats Tarvosk`), but after a rank it is a position in a race.
    names = _names(analyse_text("Lewis Hamilton won in Monaco. Na de race stond op de eerste plaats Hamilton."))
    assert names == [("Lewis Hamilton", "PER"), ("Monaco", "LOC"), ("Hamilton", "PER")]


def test_press_and_sport_roles_introduce_people(analyse_text: Analyse) -> None:
    text = ("Verslaggever Gerri Eickhof is in Normandië. Ajacied David Neres viel in. "
            "De Braziliaanse sterspeler Neymar mist het toernooi in eigen land. Ook Neymar zelf baalt.")
    mentions = [(m.text, m.label) for m in analyse_text(text).mentions if not m.derived]
    assert ("Gerri Eickhof", "PER") in mentions and ("David Neres", "PER") in mentions
    assert [label for name, label in mentions if name == "Neymar"] == ["PER", "PER"]


def test_an_organisation_noun_makes_every_mention_of_the_name_an_organisation(analyse_text: Analyse) -> None:
    # The NER takes both `Melodia`s for a person; `streamingdienst` (a compound of `dienst`) says otherwise.
    article = analyse_text("De streamingdienst Melodia betaalt artiesten te weinig. "
                           "Zangeres Anouk Jansen stapt op bij Melodia.")
    mentions = [(m.text, m.label, m.introduced_by) for m in article.mentions if not m.derived]
    assert mentions == [("Melodia", "ORG", "streamingdienst"), ("Anouk Jansen", "PER", "zangeres"),
                        ("Melodia", "ORG", None)]


def test_an_organisation_noun_types_the_whole_list_after_it(analyse_text: Analyse) -> None:
    analysed = analyse_text("Kijk op de website van uw netbeheerder: Stedin, Liander, Enexis of Enduris.")
    assert _names(analysed) == [("Stedin", "ORG"), ("Liander", "ORG"), ("Enexis", "ORG"), ("Enduris", "ORG")]


def test_a_role_after_a_party_and_hyphen_introduces_a_person(analyse_text: Analyse) -> None:
    article = analyse_text("Het ligt niet aan de regels, twittert VVD-Kamerlid Bente Becker. Becker is boos.")
    assert [(m.text, m.label, m.introduced_by) for m in article.mentions if not m.derived] == [
        ("Bente Becker", "PER", "vvd-kamerlid"), ("Becker", "PER", None)]


def test_a_double_given_name_opening_a_sentence_stays_in_the_name(analyse_text: Analyse) -> None:
    # The tagger takes `Kassym-Jomart` for a noun; a sentence-initial noun is no name, but this one is.
    assert _names(analyse_text("Het ging goed. Kassym-Jomart Tokayev sprak daarna.")) == [
        ("Kassym-Jomart Tokayev", "PER")]


def test_an_organisation_name_keeps_its_small_words(analyse_text: Analyse) -> None:
    # The NER finds `Staatstoezicht op de Mijnen` whole; the capitalised runs alone cut it at `op de`.
    names = _names(analyse_text("Het rapport van het Staatstoezicht op de Mijnen is gepresenteerd."))
    assert names == [("Staatstoezicht op de Mijnen", "ORG")]


def test_a_street_is_a_place_and_a_city_adjective_is_derived(analyse_text: Analyse) -> None:
    article = analyse_text("Na de explosie in de Haagse Jan van der Heijdenstraat vielen gewonden. "
                           "In het Zeeuwse dorpje Oud-Vossemeer is een lab gevonden.")
    mentions = [(m.text, m.label, m.key if m.derived else None) for m in article.mentions]
    assert mentions == [("Haagse", "LOC", "Den Haag"), ("Jan van der Heijdenstraat", "LOC", None),
                        ("Zeeuwse", "LOC", "Zeeland"), ("Oud-Vossemeer", "LOC", None)]


def test_a_surname_like_a_street_word_stays_a_person(analyse_text: Analyse) -> None:
    names = _names(analyse_text("Burgemeester Eberhard van der Laan sprak met verslaggever Gerri Eickhof."))
    assert names == [("Eberhard van der Laan", "PER"), ("Gerri Eickhof", "PER")]


def test_a_news_outlet_is_an_organisation(analyse_text: Analyse) -> None:
    # The NER takes `NH Nieuws` for a person; `Nieuws` in a name makes it a news organisation.
    names = _names(analyse_text("Daarbij zijn twee verdachten op een scooter gevlucht, meldt NH Nieuws."))
    assert names == [("NH Nieuws", "ORG")]


def test_a_fund_manager_is_no_organisation_noun(analyse_text: Analyse) -> None:
    # `beheerder` alone is a person's job; only `netbeheerder` introduces a company.
    assert _names(analyse_text("Fondsbeheerder Olivier Hertoghe verwacht herstel.")) == [("Olivier Hertoghe", "PER")]


@pytest.mark.parametrize("text,name,key,label", [
    ("Het duel in Brasilia eindigde gelijk.", "Brasilia", "Brasilia", "LOC"),  # the NER's person is a place
    ("Het vertrouwen in Rutte is groot. Mark Rutte zweeg.", "Rutte", "Mark Rutte", "PER"),  # a full name explains it
])
def test_a_place_preposition_before_a_one_word_person_makes_it_a_place(nl_nlp: Language, text: str, name: str,
                                                                        key: str, label: str) -> None:
    start = text.index(name)
    mention = Mention("a1", start, start + len(name), name, label="PER", key=key)
    _places_after_prepositions(nl_nlp(text), [mention], get_language("nl"))
    assert mention.label == label


def test_a_product_noun_makes_the_name_after_it_a_product(analyse_text: Analyse) -> None:
    # The NER takes the drug for a person; `medicijn` before it says what it is.
    assert _names(analyse_text("Patiënten krijgen het dure medicijn Spinraza vergoed.")) == [("Spinraza", "MISC")]


def test_a_name_the_ner_finds_opening_a_sentence_is_kept(analyse_text: Analyse) -> None:
    # The tagger calls `Öztürk` a noun at the start of a sentence; news never writes it in lower case.
    assert _names(analyse_text("Het debat liep uit. Öztürk beschuldigt Karabulut.")) == [
        ("Öztürk", "PER"), ("Karabulut", "PER")]
