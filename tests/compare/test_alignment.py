"""Tests for compare/alignment.py: passages on invented stories and on the Kazakhstan samples."""

from __future__ import annotations

import pytest
from spacy.language import Language
from story_fixtures import STORY_NAMES, load_story, pair_counts, status_hits

from newsprism.compare.alignment import align_passages
from newsprism.model import AnalysedArticle

# Floors measured at the thresholds chosen by benchmarks/tune_alignment.py (P 0.800, R 0.941 pooled,
# the same with the rule-based and the trained pipeline).
PAIR_PRECISION_FLOOR = 0.8
PAIR_RECALL_FLOOR = 0.9
STATUS_FLOOR = 0.85  # measured 51/58 = 0.879 (both pipelines)


@pytest.mark.parametrize("name", STORY_NAMES)
def test_every_sentence_is_in_exactly_one_passage(nl_nlp: Language, name: str) -> None:
    story = load_story(name, nl_nlp)
    passages = align_passages(story.articles)
    placed = [(r.article, r.start) for p in passages for r in p.sentences]
    assert sorted(placed) == sorted(story.facts)


def test_pooled_pair_precision_and_recall_hold_their_floors(nl_nlp: Language) -> None:
    tp = predicted = gold = 0
    for name in STORY_NAMES:
        story = load_story(name, nl_nlp)
        counts = pair_counts(story, align_passages(story.articles))
        tp, predicted, gold = tp + counts[0], predicted + counts[1], gold + counts[2]
    assert tp / predicted >= PAIR_PRECISION_FLOOR
    assert tp / gold >= PAIR_RECALL_FLOOR


def test_most_sentences_get_their_expected_status(nl_nlp: Language) -> None:
    hits = total = 0
    for name in STORY_NAMES:
        story = load_story(name, nl_nlp)
        counts = status_hits(story, align_passages(story.articles))
        hits, total = hits + counts[0], total + counts[1]
    assert hits >= STATUS_FLOOR * total


def test_syndicated_copies_alone_are_one_voice(nl_nlp: Language) -> None:
    story = load_story("havenstaking", nl_nlp)
    passages = align_passages(story.articles)
    quote_passage = next(p for p in passages if any(
        r.article == "a1" and story.facts[(r.article, r.start)] == "union_quote" for r in p.sentences))
    assert {r.article for r in quote_passage.sentences} == {"a1", "a2"}
    assert quote_passage.status == "unique"


@pytest.mark.parametrize("first,second,shared", [
    ("De prijs van benzine is verdubbeld na een verhoging van de accijns.",
     "De brandstofprijzen stegen sterk door de accijnsverhoging.", True),
    ("Het leger stuurde 300 militairen naar de grens.",
     "Er zijn 300 militairen naar de grens gestuurd.", True),
    ("Het leger stuurde 300 militairen naar de grens.",
     "De burgemeester opende zaterdag een nieuwe bibliotheek.", False),
])
def test_two_sentences_align_when_they_report_the_same_fact(
        analyse_text: object, first: str, second: str, shared: bool) -> None:
    articles: list[AnalysedArticle] = [analyse_text(first, article_id="a1"),  # type: ignore[operator]
                                       analyse_text(second, article_id="a2")]  # type: ignore[operator]
    passages = align_passages(articles)
    assert [p.status for p in passages] == (["shared"] if shared else ["unique", "unique"])


def _passage_status(passages: list, articles: list[AnalysedArticle], article_index: int, needle: str) -> str:
    analysed = articles[article_index]
    sentence = next(s for s in analysed.sentences if needle in s.text)
    return next(p.status for p in passages for r in p.sentences
                if r.article == analysed.article.id and r.start == sentence.start)


@pytest.mark.corpus
@pytest.mark.parametrize("article_index,needle,status", [
    (0, "2.500 militairen", "shared"),
    (1, "2.500 militairen", "shared"),
    (0, "zonder waarschuwing", "shared"),
    (1, "zonder waarschuwing", "shared"),
    (0, "lpg", "shared"),
    (1, "brandstofprijzen", "shared"),
    (0, "bedankte", "shared"),
    (1, "woord van dank", "shared"),
    (0, "748 anderen gewond", "unique"),
    (1, "zeventig transportvliegtuigen", "unique"),
])
def test_sample_passages(article_index: int, needle: str, status: str) -> None:
    from conftest import SAMPLES
    from newsprism import compare_sources

    story = compare_sources(sorted(str(p) for p in SAMPLES.glob("*.txt"))).stories[0]
    assert _passage_status(story.passages, story.articles, article_index, needle) == status
