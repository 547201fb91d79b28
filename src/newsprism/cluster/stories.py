"""Group a batch of analysed articles into stories with the online clusterer."""

from __future__ import annotations

from collections import Counter

from newsprism.cluster.online import ArticleFeatures, OnlineClusterer
from newsprism.link.name_keys import fold_name
from newsprism.model import AnalysedArticle


def article_features(analysed: AnalysedArticle) -> ArticleFeatures:
    """Return the clustering features of an analysed article (title words count twice)."""
    title_words = [w.lower() for w in (analysed.article.title or "").split() if len(w) > 2]
    names = {fold_name(m.key or m.text) for m in analysed.mentions if m.label != "MISC" or " " in m.text}
    return ArticleFeatures(analysed.tokens + title_words * 2, {n for n in names if n},
                           analysed.article.published)


def group_into_stories(articles: list[AnalysedArticle]) -> list[list[AnalysedArticle]]:
    """Return the articles grouped into stories, in order of each story's first article."""
    features = [article_features(a) for a in articles]
    doc_freq: Counter[str] = Counter()
    for f in features:
        doc_freq.update(set(f.terms))
    # The batch's document frequencies are known up front; seed them so early articles are weighed fairly.
    clusterer = OnlineClusterer(doc_freq, len(features), learn_frequencies=False)
    order = sorted(range(len(articles)), key=lambda i: (articles[i].article.published is None,
                                                         articles[i].article.published or 0, i))
    members: dict[str, list[int]] = {}
    for index in order:
        key, _ = clusterer.place(features[index], f"new{index}")
        members.setdefault(key, []).append(index)
    groups = sorted((sorted(group) for group in members.values()), key=lambda g: g[0])
    return [[articles[i] for i in group] for group in groups]
