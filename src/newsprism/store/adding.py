"""Add articles to the store: skip known texts, mark copies, analyse once, place in stories."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from spacy.language import Language

from newsprism.analyse import analyse_articles
from newsprism.cluster.duplicates import NEAR_DUPLICATE_JACCARD, band_keys, estimated_jaccard, minhash_signature
from newsprism.cluster.features import ArticleFeatures
from newsprism.cluster.online import ACTIVE_WINDOW, OnlineClusterer
from newsprism.cluster.stories import article_features
from newsprism.compare.story import story_title
from newsprism.model import AnalysedArticle, Article
from newsprism.store.database import Store, utc_now
from newsprism.store.serialise import analysed_to_json

# A story's title is chosen from (and against) its first articles only: bounded work per update.
_TITLE_ARTICLES = 20


@dataclass
class AddReport:
    """What `add` did with each article."""

    added: int = 0
    unchanged: int = 0
    copies: int = 0
    new_stories: int = 0
    story_ids: set[int] = field(default_factory=set)


def add_articles(store: Store, articles: Sequence[Article], *, nlp: Language | None = None,
                 on_article_done: Callable[[Article], None] | None = None) -> AddReport:
    """Store the new articles among `articles` (by content hash), each placed in a story."""
    report = AddReport()
    fresh: list[Article] = []
    seen: set[str] = set()
    for article in articles:
        if article.content_hash in seen or store.has_hash(article.content_hash):
            report.unchanged += 1
            continue
        seen.add(article.content_hash)
        fresh.append(article)
    if not fresh:
        return report
    for number, article in enumerate(fresh, start=1):
        article.id = f"new{number}"
    analysed = analyse_articles(fresh, nlp=nlp, on_article_done=on_article_done)
    with store.transaction() as db:
        doc_freq, n_docs = store.term_stats()
        clusterer = OnlineClusterer(doc_freq, n_docs, track_changes=True)
        outlet_freq, outlet_docs = store.outlet_term_stats({a.outlet for a in fresh if a.outlet})
        clusterer.outlet_freq.update(outlet_freq)
        clusterer.outlet_docs.update(outlet_docs)
        newest = max((a.published for a in fresh if a.published), default=None)
        since = (newest - ACTIVE_WINDOW).isoformat() if newest else None
        for profile in store.active_story_profiles(since):
            clusterer.add_story(profile)
        order = sorted(analysed, key=lambda a: (a.article.published is None, a.article.published or 0))
        features = [article_features(item) for item in order]
        # The batch's terms count before any of it is placed, as in `compare`: the first articles of a
        # batch are weighed with the frequencies of the whole batch, and a file added to an empty store
        # falls into the stories `compare` finds in it.
        for item_features in features:
            clusterer.observe(item_features)
        for item, item_features in zip(order, features):
            _store_one(store, clusterer, item, item_features, report)
        _save_state(store, clusterer, report.story_ids)
        db.execute("INSERT INTO meta (key, value) VALUES ('n_docs', ?) "
                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (str(clusterer.n_docs),))
    return report


def _store_one(store: Store, clusterer: OnlineClusterer, analysed: AnalysedArticle, features: ArticleFeatures,
               report: AddReport) -> None:
    article = analysed.article
    signature = minhash_signature(article.text)
    bands = band_keys(signature)
    copy_of, copy_story = None, None
    for row in store.articles_with_bands(bands):
        if estimated_jaccard(signature, json.loads(row["signature"])) >= NEAR_DUPLICATE_JACCARD:
            copy_of, copy_story = row["duplicate_of"] or row["id"], row["story_id"]
            break
    if copy_story is not None:
        story_id = int(copy_story)
        if str(story_id) in clusterer.stories:
            clusterer.absorb(str(story_id), clusterer.vectors(features))
        report.copies += 1
    else:
        key, created = clusterer.place(features, new_key=f"pending{report.added}", observed=True)
        if created:
            story_id = _create_story(store, article)
            clusterer.rename_story(key, str(story_id))
            report.new_stories += 1
        else:
            story_id = int(key)
    cursor = store.db.execute(
        "INSERT INTO articles (content_hash, source, url, outlet, title, published, published_from, language, "
        "text, added_at, story_id, duplicate_of, signature, analysis) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (article.content_hash, article.source, article.url, article.outlet, article.title,
         article.published.isoformat() if article.published else None, article.published_from,
         article.language, article.text, utc_now(), story_id, copy_of, json.dumps(signature),
         analysed_to_json(analysed)))
    store.db.executemany("INSERT OR IGNORE INTO article_bands (band, article_id) VALUES (?, ?)",
                         [(band, cursor.lastrowid) for band in bands])
    report.added += 1
    report.story_ids.add(story_id)


def _create_story(store: Store, article: Article) -> int:
    now = utc_now()
    cursor = store.db.execute("INSERT INTO stories (title, created_at, updated_at) VALUES (?, ?, ?)",
                              (article.title or "", now, now))
    return int(cursor.lastrowid or 0)


def _save_state(store: Store, clusterer: OnlineClusterer, story_ids: set[int]) -> None:
    store.db.executemany(
        "INSERT INTO term_stats (term, df) VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET df = excluded.df",
        [(term, clusterer.doc_freq[term]) for term in sorted(clusterer.changed_terms) if term in clusterer.doc_freq])
    for outlet, terms in sorted(clusterer.changed_outlet_terms.items()):
        counts = clusterer.outlet_freq[outlet]
        store.db.executemany(
            "INSERT INTO outlet_term_stats (outlet, term, df) VALUES (?, ?, ?) "
            "ON CONFLICT(outlet, term) DO UPDATE SET df = excluded.df",
            [(outlet, term, counts[term]) for term in sorted(terms) if term in counts])
        store.db.execute("INSERT INTO outlet_docs (outlet, n_docs) VALUES (?, ?) "
                         "ON CONFLICT(outlet) DO UPDATE SET n_docs = excluded.n_docs",
                         (outlet, clusterer.outlet_docs[outlet]))
    clusterer.changed_terms.clear()
    clusterer.changed_outlet_terms.clear()
    for story_id in story_ids:
        profile = clusterer.stories.get(str(story_id))
        row = store.db.execute(
            "SELECT MIN(published), MAX(published), COUNT(*) FROM articles WHERE story_id = ?", (story_id,)).fetchone()
        title = story_title(store.story_articles(story_id, limit=_TITLE_ARTICLES))
        store.db.execute(
            "UPDATE stories SET title = ?, updated_at = ?, first_published = ?, last_published = ?, size = ?, "
            "profile = COALESCE(?, profile) WHERE id = ?",
            (title, utc_now(), row[0], row[1], row[2],
             json.dumps(profile.to_json()) if profile else None,
             story_id))
