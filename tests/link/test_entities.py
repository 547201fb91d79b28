"""Entities across the articles of a story: one entity per real-world name, whatever the spelling."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsprism.lang import get_language
from newsprism.link import link_entities
from newsprism.model import AnalysedArticle, Entity

Analyse = Callable[..., AnalysedArticle]
NL = get_language("nl")


def _story(analyse_text: Analyse, *texts: str) -> tuple[list[AnalysedArticle], list[Entity]]:
    articles = [analyse_text(text, article_id=f"a{n}") for n, text in enumerate(texts, start=1)]
    return articles, link_entities(articles, NL)


def _entity_of(entities: list[Entity], form: str) -> Entity:
    return next(e for e in entities if form in e.variants)


def test_spellings_and_short_forms_merge_with_fullest_most_frequent_name(analyse_text: Analyse) -> None:
    _, entities = _story(analyse_text,
                         "President Kassym-Jomart Tokajev sprak. Tokajev bleef kalm. Tokajev vertrok.",
                         "De Kazachse president Kassym-Jomart Tokayev zweeg. Volgens Tokayev is het rustig.")
    tokayev = _entity_of(entities, "Tokayev")
    assert tokayev.type == "PER"
    assert tokayev.name == "Kassym-Jomart Tokajev"
    assert sorted(tokayev.variants) == ["Kassym-Jomart Tokajev", "Kassym-Jomart Tokayev", "Tokajev", "Tokayev"]
    assert len(tokayev.mentions) == 5


def test_every_mention_gets_its_entity_and_roles_are_not_listed(analyse_text: Analyse) -> None:
    articles, entities = _story(analyse_text, "De premier Anna Kovacs kwam. De premier zei niets. Kovacs ging.")
    assert all(m.entity for m in articles[0].mentions)
    kovacs = _entity_of(entities, "Anna Kovacs")
    role = next(m for m in articles[0].mentions if m.role)
    assert role.entity == kovacs.id
    assert role not in kovacs.mentions
    assert kovacs.variants == ["Anna Kovacs", "Kovacs"]


def test_brothers_stay_apart_and_a_bare_surname_goes_to_the_one_the_article_is_about(analyse_text: Analyse) -> None:
    articles, entities = _story(
        analyse_text,
        "Oud-president Abdelaziz Bouteflika stierf. Zijn broer Saïd Bouteflika zit vast. "
        "Abdelaziz Bouteflika regeerde twintig jaar in Algerije. Bouteflika trad af in 2019.",
        "De rechter sprak Saïd Bouteflika vrij. Minister Ali Haddad werd veroordeeld. Bouteflika zweeg.",
    )
    abdelaziz = _entity_of(entities, "Abdelaziz Bouteflika")
    said = _entity_of(entities, "Saïd Bouteflika")
    assert abdelaziz.id != said.id
    bare = {m.article: m.entity for a in articles for m in a.mentions if m.text == "Bouteflika"}
    assert bare == {"a1": abdelaziz.id, "a2": said.id}


def test_bare_surname_across_articles_follows_shared_context(analyse_text: Analyse) -> None:
    articles, entities = _story(
        analyse_text,
        "Oud-president Abdelaziz Bouteflika sprak in Algiers. Saïd Bouteflika was in Parijs met Ali Haddad.",
        "In Parijs at Bouteflika met Ali Haddad.",
    )
    bare = next(m for m in articles[1].mentions if m.text == "Bouteflika")
    assert bare.entity == _entity_of(entities, "Saïd Bouteflika").id


def test_abbreviation_defined_in_one_article_links_the_bare_one_in_another(analyse_text: Analyse) -> None:
    _, entities = _story(analyse_text, "Het Openbaar Ministerie (OM) eist een straf.", "Het OM gaat in beroep.")
    om = _entity_of(entities, "OM")
    assert om.name == "Openbaar Ministerie"
    assert om.type == "ORG"
    assert {m.article for m in om.mentions} == {"a1", "a2"}


def test_adjective_of_place_joins_the_place(analyse_text: Analyse) -> None:
    _, entities = _story(analyse_text, "De Kazachse regering viel.", "In Kazachstan is het onrustig.")
    place = _entity_of(entities, "Kazachse")
    assert (place.name, place.type) == ("Kazachstan", "LOC")
    assert [m.derived for m in place.mentions] == [True, False]


@pytest.mark.parametrize("first,second,together", [
    ("Minister Sergej Lavrov sprak.", "Minister Sergei Lavrov sprak.", True),
    ("Minister Sergej Lavrov sprak.", "Minister Sergej Sjojgoe sprak.", False),
    ("Het bondgenootschap NAVO vergaderde.", "Het bondgenootschap NASA vergaderde.", False),
    ("Hij landde in Oekraïne.", "He landed in Ukraine.", True),
])
def test_pairs_in_running_text(analyse_text: Analyse, first: str, second: str, together: bool) -> None:
    articles, _ = _story(analyse_text, first, second)
    names = [[m for m in a.mentions if not m.derived and m.role is None][-1] for a in articles]
    assert (names[0].entity == names[1].entity) is together


def test_a_role_before_a_name_outweighs_another_articles_ner_type(analyse_text: Analyse) -> None:
    first = analyse_text("De Braziliaanse sterspeler Neymar mist het toernooi.", article_id="a1")
    second = analyse_text("Neymar huilde in de dug-out. Neymar kon niet verder.", article_id="a2")
    for mention in second.mentions:
        mention.label = "ORG"  # what the NER of one outlet's text may say
    entities = [e for e in link_entities([first, second], NL) if "Neymar" in e.variants]
    assert [(e.type, len(e.mentions)) for e in entities] == [("PER", 3)]


def test_an_organisation_noun_before_a_name_outweighs_another_articles_ner_type(analyse_text: Analyse) -> None:
    first = analyse_text("De netbeheerder Voltema herstelt de storing.", article_id="a1")
    second = analyse_text("Volgens Voltema duurt het uren. Ook bij Voltema is men boos.", article_id="a2")
    for mention in second.mentions:
        mention.label = "PER"  # what the NER says of a brand in running text
    entities = [e for e in link_entities([first, second], NL) if "Voltema" in e.variants]
    assert [(e.type, len(e.mentions)) for e in entities] == [("ORG", 3)]


def test_two_similar_places_one_article_writes_both_of_stay_two(analyse_text: Analyse) -> None:
    first = analyse_text("Het duel in Brasilia eindigde gelijk. Brazilië is teleurgesteld.", article_id="a1")
    second = analyse_text("In Brazilië is de teleurstelling groot.", article_id="a2")
    for mention in [*first.mentions, *second.mentions]:
        mention.label = "LOC"
    entities = sorted(sorted(e.variants) for e in link_entities([first, second], NL))
    assert entities == [["Brasilia"], ["Brazilië"]]


def test_a_person_one_article_writes_two_ways_stays_one(analyse_text: Analyse) -> None:
    # A typo, not two people: only places are told apart by an article that writes both.
    first = analyse_text("Eigenaar Andrea Della Valle verkoopt. Ook Delle Valle zelf is blij.", article_id="a1")
    second = analyse_text("De familie van Andrea Della Valle verkoopt de club.", article_id="a2")
    people = [sorted(e.variants) for e in link_entities([first, second], NL) if e.type == "PER"]
    assert people == [["Andrea Della Valle", "Delle Valle"]]


def test_an_acronym_keeping_small_words_joins_its_full_name(analyse_text: Analyse) -> None:
    first = analyse_text("Het rapport van het Staatstoezicht op de Mijnen is gepresenteerd.", article_id="a1")
    second = analyse_text("Volgens SodM zijn de leidingen oud.", article_id="a2")
    names = [sorted(e.variants) for e in link_entities([first, second], NL)]
    assert ["SodM", "Staatstoezicht op de Mijnen"] in names
