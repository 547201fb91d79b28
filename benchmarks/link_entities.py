"""Time `link_entities` on an invented story: 200 articles, 5,000 mentions, names in several spellings.

Run: `PYTHONPATH=src python benchmarks/link_entities.py [articles] [mentions]`. A benchmark, not a test:
it prints the time and the number of entities; the goal is under one second for the defaults.
"""

from __future__ import annotations

import random
import sys
import time

from newsprism.lang import get_language
from newsprism.link import link_entities
from newsprism.model import AnalysedArticle, Article, EntityType, Mention

_SYLLABLES = ["ka", "to", "jev", "mir", "sa", "lan", "dro", "vi", "nur", "tsj", "oe", "bek", "gul", "ra", "sjo",
              "zan", "ch", "ar", "in", "ov", "el", "ma", "ri", "dan", "kov", "stan", "il", "ja", "ber", "mus"]
# Spelling variants an outlet may use, applied to an invented name.
_RESPELLINGS = [("j", "y"), ("oe", "u"), ("tsj", "ch"), ("sj", "sh"), ("v", "w"), ("k", "kh")]


def _word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(syllables)).capitalize()


def _respell(name: str, rng: random.Random) -> str:
    source, target = rng.choice(_RESPELLINGS)
    return name.replace(source, target) if rng.random() < 0.3 else name


def build_story(n_articles: int, n_mentions: int, seed: int = 7) -> list[AnalysedArticle]:
    """Return analysed articles whose mentions name invented people, places and organisations."""
    rng = random.Random(seed)
    people = [(_word(rng, 2), _word(rng, 3)) for _ in range(300)]
    places = [_word(rng, 3) for _ in range(150)]
    orgs = ["".join(rng.choice("ABCDEFGHKLMNOPRSTUV") for _ in range(rng.randint(2, 4))) for _ in range(100)]
    per_article = n_mentions // n_articles
    articles: list[AnalysedArticle] = []
    for number in range(1, n_articles + 1):
        article_id = f"a{number}"
        words: list[tuple[str, EntityType]] = []
        cast = rng.sample(people, 6)
        for _ in range(per_article):
            kind = rng.random()
            if kind < 0.6:
                first, last = rng.choice(cast)
                form = f"{first} {last}" if rng.random() < 0.3 else last
                words.append((_respell(form, rng), "PER"))
            elif kind < 0.85:
                words.append((_respell(rng.choice(places), rng), "LOC"))
            else:
                words.append((rng.choice(orgs), "ORG"))
        text, mentions = "", []
        for form, label in words:
            start = len(text)
            text += form + " zei iets. "
            mentions.append(Mention(article_id, start, start + len(form), form, label=label))
        articles.append(AnalysedArticle(Article(article_id, text, id=article_id), mentions=mentions))
    return articles


def main() -> None:
    """Build the story, link it, print the time."""
    n_articles = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    n_mentions = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
    articles = build_story(n_articles, n_mentions)
    lang = get_language("nl")
    started = time.perf_counter()
    entities = link_entities(articles, lang)
    elapsed = time.perf_counter() - started
    mentions = sum(len(a.mentions) for a in articles)
    print(f"articles={n_articles} mentions={mentions} entities={len(entities)} seconds={elapsed:.3f}")


if __name__ == "__main__":
    main()
