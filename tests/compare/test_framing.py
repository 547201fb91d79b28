"""Tests for compare/framing.py: words per actor and outlet, and in whose voice."""

from __future__ import annotations

from collections.abc import Callable

from newsprism.compare.framing import frame_story
from newsprism.lang import get_language
from newsprism.model import AnalysedArticle

FIRST = ("Duizenden demonstranten trokken door de hoofdstad. De regering noemde de betogers "
         "\"betaalde relschoppers\". De politie zette traangas in.")
SECOND = "De minister sprak van 'terroristen'. Agenten arresteerden veertig actievoerders."


def _words(framing: list[dict[str, object]], actor: str, article: str) -> dict[str, tuple[int, int, int]]:
    entry = next(e for e in framing if e["actor"] == actor)
    outlet = next(o for o in entry["outlets"] if o["article"] == article)  # type: ignore[attr-defined]
    return {w["word"]: (w["own"], w["quoted"], w["scare_quoted"]) for w in outlet["words"]}


def test_framing_counts_own_voice_quotes_and_scare_quotes(analyse_text: Callable[..., AnalysedArticle]) -> None:
    articles = [analyse_text(FIRST, article_id="a1"), analyse_text(SECOND, article_id="a2")]
    quotes = [q for a in articles for q in a.quotes]
    framing = frame_story(articles, [], quotes, get_language("nl"))
    assert framing[0]["actor"] == "protesters"
    first = _words(framing, "protesters", "a1")
    assert first["demonstranten"] == (1, 0, 0)
    assert first["betogers"] == (1, 0, 0)
    assert first["relschoppers"][0] == 0 and first["relschoppers"][1] + first["relschoppers"][2] == 1
    second = _words(framing, "protesters", "a2")
    assert second["actievoerders"] == (1, 0, 0)
    assert second["terroristen"][0] == 0
    assert _words(framing, "security_forces", "a1") == {"politie": (1, 0, 0)}
    assert _words(framing, "government", "a1") == {"regering": (1, 0, 0)}


def test_no_actor_words_means_no_framing(analyse_text: Callable[..., AnalysedArticle]) -> None:
    article = analyse_text("Het regende zaterdag de hele dag in Utrecht.", article_id="a1")
    assert frame_story([article], [], article.quotes, get_language("nl")) == []


def test_everyday_senses_of_labels_name_no_actor(analyse_text: Callable[..., AnalysedArticle]) -> None:
    match = analyse_text("Ajax nam na tien minuten de leiding. De Braziliaanse aanvaller scoorde twee keer "
                         "en de burgers van Amsterdam vierden feest.", article_id="a1")
    assert frame_story([match], [], match.quotes, get_language("nl")) == []


def test_everyday_labels_count_beside_another_label_of_their_actor(
        analyse_text: Callable[..., AnalysedArticle]) -> None:
    unrest = analyse_text("Honderden demonstranten trokken naar het plein. Volgens de politie werden tientallen "
                          "aanvallers gedood. De regering nam de leiding over de stad.", article_id="a1")
    framing = frame_story([unrest], [], unrest.quotes, get_language("nl"))
    assert set(_words(framing, "protesters", "a1")) == {"demonstranten", "aanvallers"}
    assert set(_words(framing, "government", "a1")) == {"regering", "leiding"}


def test_hostile_words_alone_name_no_actor(analyse_text: Callable[..., AnalysedArticle]) -> None:
    crime = analyse_text("De dienst liet criminele asielzoekers met rust. De seriemoordenaar kreeg levenslang.",
                         article_id="a1")
    assert frame_story([crime], [], crime.quotes, get_language("nl")) == []


def test_a_word_ending_in_a_label_is_no_compound_of_it(analyse_text: Callable[..., AnalysedArticle]) -> None:
    trial = analyse_text("De verpleger werd veroordeeld. Volgens de politie zijn er ME-agenten ingezet.",
                         article_id="a1")
    framing = frame_story([trial], [], trial.quotes, get_language("nl"))
    assert set(_words(framing, "security_forces", "a1")) == {"politie", "agenten"}
