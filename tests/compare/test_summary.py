"""Tests for compare/summary.py on the fixture stories."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from story_fixtures import STORY_NAMES, load_story

from newsprism.compare.alignment import align_passages
from newsprism.compare.summary import summarise_story
from newsprism.model import AnalysedArticle, Passage, SentenceRef


@pytest.mark.parametrize("name", STORY_NAMES)
def test_summary_prefers_shared_facts_and_never_repeats_one(nl_nlp: Language, name: str) -> None:
    story = load_story(name, nl_nlp)
    passages = align_passages(story.articles)
    summary = summarise_story(story.articles, passages, 5)
    status = {p.id: p.status for p in passages}
    texts = {a.article.id: a.article.text for a in story.articles}
    facts = [story.facts[next((r.article, r.start) for p in passages if p.id == s.passages[0]
                              for r in p.sentences if texts[r.article][r.start:r.end] == s.text)]
             for s in summary]
    assert len(summary) == min(5, len(facts))
    assert len(set(facts)) == len(facts)
    assert all(status[s.passages[0]] == "shared" for s in summary[:3])
    assert all(len(s.articles) >= 2 for s in summary if status[s.passages[0]] == "shared")


def test_summary_length_is_respected(nl_nlp: Language) -> None:
    story = load_story("brandstofprotest", nl_nlp)
    passages = align_passages(story.articles)
    assert [len(summarise_story(story.articles, passages, n)) for n in (0, 2, 4)] == [0, 2, 4]


def test_an_outlet_backs_a_sentence_only_with_its_numbers(analyse_text: Callable[..., AnalysedArticle]) -> None:
    first = analyse_text("Bij de onlusten in Lorvik zijn 26 betogers om het leven gekomen, meldt de politie.",
                         article_id="a1")
    second = analyse_text("De politie van Lorvik noemt de betogers bij de onlusten gewapende criminelen.",
                          article_id="a2")
    third = analyse_text("Bij de onlusten in Lorvik zijn volgens de politie 26 betogers gedood.", article_id="a3")
    refs = [SentenceRef(a.article.id, 0, len(a.article.text)) for a in (first, second, third)]
    passage = Passage("p1", refs, "shared")
    [sentence] = summarise_story([first, second, third], [passage], 1)
    assert "26 betogers" in sentence.text
    assert sentence.articles == ["a1", "a3"]
