"""Online story clustering on our own labelled fixture stream: the hard cases, determinism, the window."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from spacy.language import Language

from newsprism.analyse import analyse_articles
from newsprism.cluster.features import NAME_PREFIX, features_from_text
from newsprism.cluster.online import OnlineClusterer, StoryProfile, names_disjoint, tfidf
from newsprism.cluster.pair_model import PairModel
from newsprism.cluster.stories import cluster_features, group_into_stories
from newsprism.ingest.metadata import parse_published
from newsprism.model import AnalysedArticle, Article

# Held out: the shipped pair model is fitted on train-stream.jsonl, never on this stream.
STREAM = Path(__file__).parents[1] / "fixtures" / "cluster" / "stream.jsonl"
# Invented too: one outlet's market sessions, police notices and release notes, one player in two events.
HARD_STREAM = Path(__file__).parents[1] / "fixtures" / "cluster" / "train-stream-hard.jsonl"


def stream_articles(path: Path = STREAM) -> list[Article]:
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return [Article(source=item["id"], text=item["text"], title=item["title"], outlet=item["outlet"],
                    published=parse_published(item["published"]), id=item["id"]) for item in items]


@pytest.fixture(scope="module")
def analysed(nl_nlp: Language) -> list[AnalysedArticle]:
    return analyse_articles(stream_articles(), nlp=nl_nlp)


@pytest.fixture(scope="module")
def story_of(analysed: list[AnalysedArticle]) -> dict[str, int]:
    return {a.article.id: n for n, story in enumerate(group_into_stories(analysed)) for a in story}


@pytest.mark.parametrize("first,second,same", [
    # same words, different event: two fatal road accidents on one morning
    ("s02", "s04", False),
    # same words, different event: two fires, two court rulings, two tennis matches in one tournament
    ("s01", "s27", False),
    ("s09", "s10", False),
    pytest.param("s22", "s23", False, marks=pytest.mark.xfail(
        strict=True, reason="known weakness: two matches of one tournament share the place and the words")),
    # different words, same event
    ("s02", "s03", True),
    ("s09", "s11", True),
    ("s15", "s17", True),
    # a follow-up two days later
    ("s09", "s32", True),
    ("s02", "s26", True),
    ("s01", "s34", True),
    # syndicated copy
    ("s12", "s13", True),
])
def test_hard_cases(story_of: dict[str, int], first: str, second: str, same: bool) -> None:
    assert (story_of[first] == story_of[second]) is same


@pytest.mark.xfail(strict=True, reason="known weakness: two matches of one club a few days apart share names")
def test_two_matches_of_one_club_are_two_stories(story_of: dict[str, int]) -> None:
    assert story_of["s16"] != story_of["s33"]


def test_same_input_same_order_gives_same_stories(analysed: list[AnalysedArticle]) -> None:
    first = [[a.article.id for a in story] for story in group_into_stories(analysed)]
    second = [[a.article.id for a in story] for story in group_into_stories(list(analysed))]
    assert first == second


def test_candidates_come_from_the_index_only() -> None:
    clusterer = OnlineClusterer()
    when = datetime(2031, 1, 5, 9, tzinfo=UTC)
    clusterer.place(features_from_text("Brand in loods Veendam", "Grote brand in een loods.", when), "a")
    clusterer.place(features_from_text("Kabinet wil meer woningen", "Minister bouwt huizen.", when), "b")
    unrelated = clusterer.vectors(features_from_text("Tennisser wint toernooi", "Finale gewonnen.", when))
    assert clusterer.candidates(unrelated) == []
    related = clusterer.vectors(features_from_text("Loods Veendam afgebrand", "De loods is verloren.", when))
    assert clusterer.candidates(related) == ["a"]


def test_a_name_read_as_a_plain_word_elsewhere_is_shared() -> None:
    clusterer = OnlineClusterer()
    when = datetime(2031, 1, 5, 9, tzinfo=UTC)
    clusterer.place(features_from_text("Plofkraak bij bank", "Een geldautomaat ontplofte vannacht in Zuidbroek.", when), "a")
    story = clusterer.stories["a"]
    # A sentence-opening one-word name is no name to the cheap reader, but it is still a word of the text.
    notice = clusterer.vectors(features_from_text("Plofkraak", "Zuidbroek schrok wakker. Agent Jansen zoekt getuigen.", when))
    assert NAME_PREFIX + "zuidbroek" not in notice.names and notice.names
    assert not names_disjoint(notice, story)
    other = clusterer.vectors(features_from_text("Plofkraak", "Agent Jansen zoekt getuigen in Veendam.", when))
    assert names_disjoint(other, story)


def test_stories_older_than_the_window_are_closed_and_forgotten() -> None:
    clusterer = OnlineClusterer(window=timedelta(days=7))
    start = datetime(2031, 1, 1, tzinfo=UTC)
    for day in range(30):
        text = f"Bericht nummer {day} over onderwerp{day} en zaak{day}."
        clusterer.place(features_from_text(f"Onderwerp{day} zaak{day}", text, start + timedelta(days=day)), f"k{day}")
    assert len(clusterer.stories) == 8
    assert clusterer.closed_count == 22
    assert all(key in clusterer.stories for keys in clusterer._index.values() for key in keys)


def test_batch_labels_follow_first_appearance() -> None:
    when = datetime(2031, 1, 5, 9, tzinfo=UTC)
    features = [features_from_text("Brand in loods Veendam", "Grote brand in een loods in Veendam.", when),
                features_from_text("Kabinet wil meer woningen", "Minister wil huizen bouwen.", when),
                features_from_text("Brand in loods Veendam", "Grote brand in een loods in Veendam.",
                                   when + timedelta(hours=1))]
    assert cluster_features(features) == [0, 1, 0]


@pytest.fixture(scope="module")
def hard_story_of(nl_nlp: Language) -> dict[str, int]:
    analysed = analyse_articles(stream_articles(HARD_STREAM), nlp=nl_nlp)
    return {a.article.id: n for n, story in enumerate(group_into_stories(analysed)) for a in story}


@pytest.mark.parametrize("first,second,same", [
    # one outlet's market reports: one session is one story, the next session (Wall Street) another
    ("u01", "u03", True),
    ("u01", "u06", True),
    ("u05", "u07", True),
    ("u01", "u05", False),
    ("u01", "u02", False),
    ("u05", "u04", False),
    # a notice and the news about the same missing man
    ("u13", "u15", True),
    # release notes and police notices of one outlet's template: different products, different cases
    pytest.param("u16", "u18", False, marks=pytest.mark.xfail(
        strict=True, reason="known weakness: a small outlet's template still outweighs the product names")),
    pytest.param("u09", "u10", False, marks=pytest.mark.xfail(
        strict=True, reason="known weakness: the police notice template (Gezocht, Herkent u ...) still wins")),
    ("u17", "u19", True),
    # one player, two events (an injury, a tax case)
    pytest.param("u20", "u22", False, marks=pytest.mark.xfail(
        strict=True, reason="known weakness: the shared name and sports words outweigh the different event")),
    # two matches of one tournament
    ("u25", "u27", False),
    # the other semi-final is not the build-up to ours
    ("u38", "u40", False),
])
def test_hard_stream_cases(hard_story_of: dict[str, int], first: str, second: str, same: bool) -> None:
    assert (hard_story_of[first] == hard_story_of[second]) is same


@pytest.mark.parametrize("outlet_docs,expected", [
    (0, ["gezocht", "fiets"]),  # across outlets "gezocht" is the rarer word
    (12, ["fiets", "gezocht"]),  # but it opens every item of its outlet: boilerplate
])
def test_outlet_boilerplate_weighs_less(outlet_docs: int, expected: list[str]) -> None:
    doc_freq = Counter({"gezocht": 12, "fiets": 20})
    own = Counter({"gezocht": 12, "fiets": 1}) if outlet_docs else None
    vector = tfidf(["gezocht", "fiets"], doc_freq, 1000, own, outlet_docs)
    assert sorted(vector, key=lambda t: -vector[t]) == expected


def test_a_story_one_outlet_alone_told_needs_more_evidence_from_that_outlet() -> None:
    # Every pair that passes the evidence gates gets probability 0.90: enough to join, not enough for one outlet's series.
    clusterer = OnlineClusterer(model=PairModel((0.0,) * 7, 2.2, 0.5, single_outlet_threshold=0.95))
    when = datetime(2031, 5, 6, 9, tzinfo=UTC)
    clusterer.place(features_from_text(
        "Beurs Amsterdam opent hoger",
        "De AEX opende hoger. Beleggers kochten aandelen van banken na het rentebesluit van de ECB.",
        when, outlet="Beursblad"), "morning")
    story = clusterer.stories["morning"]
    assert story.outlets == {"Beursblad"}

    def probability(title: str, text: str, outlet: str) -> float:
        features = features_from_text(title, text, when + timedelta(hours=6), outlet=outlet)
        clusterer.observe(features)
        return clusterer.story_probability(clusterer.vectors(features), story)

    evening = ("Wall Street wint", "Ook in New York kochten beleggers. De ECB stelde hen gerust.")
    # The same outlet's next market report is another session ...
    assert probability(*evening, outlet="Beursblad") == 0.0
    # ... while another outlet with the same evidence reports the same thing.
    assert probability(*evening, outlet="Dagkrant") == pytest.approx(0.90, abs=0.01)
    # A direct follow-up, close to one of the story's articles, still joins its own outlet's story.
    assert probability("AEX sluit hoger", "De AEX sloot hoger. Beleggers kochten aandelen van banken na het "
                       "rentebesluit van de ECB.", outlet="Beursblad") == pytest.approx(0.90, abs=0.01)


def test_stored_profiles_keep_their_outlets() -> None:
    profile = StoryProfile("s1", text={"beurs": 1.0}, outlets={"Beursblad", "Dagkrant"})
    assert StoryProfile.from_json("s1", profile.to_json()).outlets == {"Beursblad", "Dagkrant"}
    # A profile stored before outlets were kept knows none: no outlet rule applies to it.
    stored = profile.to_json()
    del stored["outlets"]
    assert StoryProfile.from_json("s1", stored).outlets == set()
