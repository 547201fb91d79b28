"""Load the invented multi-outlet stories of tests/fixtures/stories_nl and score an alignment on them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from spacy.language import Language

from newsprism.analyse import analyse_doc
from newsprism.ingest.metadata import parse_published
from newsprism.model import AnalysedArticle, Article, Passage

STORIES_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "stories_nl"
STORY_NAMES = sorted(p.stem for p in STORIES_DIR.glob("*.json"))


@dataclass
class FixtureStory:
    """One fixture story analysed, with the gold fact and status of every analysed sentence."""

    name: str
    articles: list[AnalysedArticle]
    facts: dict[tuple[str, int], str]  # (article id, sentence start) -> fact id
    statuses: dict[tuple[str, int], str]
    copies: dict[str, str]


def load_story(name: str, nlp: Language) -> FixtureStory:
    """Return the fixture story `name`, each article analysed by `nlp`."""
    data = json.loads((STORIES_DIR / f"{name}.json").read_text(encoding="utf-8"))
    articles: list[AnalysedArticle] = []
    facts: dict[tuple[str, int], str] = {}
    statuses: dict[tuple[str, int], str] = {}
    copies: dict[str, str] = {}
    for item in data["articles"]:
        text = " ".join(s["text"] for s in item["sentences"])
        article = Article(source=item["id"], text=text, outlet=item["outlet"],
                          published=parse_published(item["published"]), id=item["id"])
        analysed = analyse_doc(nlp(text), article)
        bounds, offset = [], 0
        for gold in item["sentences"]:
            bounds.append((offset, offset + len(gold["text"]), gold))
            offset += len(gold["text"]) + 1
        for sentence in analysed.sentences:
            gold = next(g for start, end, g in bounds if start <= sentence.start < end)
            facts[(article.id, sentence.start)] = gold["fact"]
            statuses[(article.id, sentence.start)] = gold["status"]
        if "copy_of" in item:
            copies[item["id"]] = item["copy_of"]
        articles.append(analysed)
    return FixtureStory(name, articles, facts, statuses, copies)


def pair_counts(story: FixtureStory, passages: list[Passage]) -> tuple[int, int, int]:
    """Return (true positives, predicted pairs, gold pairs) over cross-article sentence pairs."""
    passage_of = {(r.article, r.start): p.id for p in passages for r in p.sentences}
    keys = sorted(story.facts)
    true_pos = predicted = gold = 0
    for first, second in combinations(keys, 2):
        if first[0] == second[0]:
            continue
        same_gold = story.facts[first] == story.facts[second]
        same_predicted = passage_of[first] == passage_of[second]
        gold += same_gold
        predicted += same_predicted
        true_pos += same_gold and same_predicted
    return true_pos, predicted, gold


def status_hits(story: FixtureStory, passages: list[Passage]) -> tuple[int, int]:
    """Return (sentences whose passage status is the expected one, sentences)."""
    status_of = {(r.article, r.start): p.status for p in passages for r in p.sentences}
    hits = sum(status_of[key] == expected for key, expected in story.statuses.items())
    return hits, len(story.statuses)
