"""Group a batch of analysed articles into stories with the online clusterer."""

from __future__ import annotations

from collections import Counter

from newsprism.cluster.features import ArticleFeatures, features_from_analysed
from newsprism.cluster.online import OnlineClusterer
from newsprism.cluster.pair_model import PairModel
from newsprism.model import AnalysedArticle


def article_features(analysed: AnalysedArticle) -> ArticleFeatures:
    """Return the clustering features of an analysed article."""
    return features_from_analysed(analysed)


def cluster_features(features: list[ArticleFeatures], model: PairModel | None = None) -> list[int]:
    """Return a story number for each article, placing them online in publication order."""
    doc_freq: Counter[str] = Counter()
    for f in features:
        doc_freq.update(f.distinct_terms)
    # The batch's document frequencies are known up front; seed them so early articles are weighed fairly.
    clusterer = OnlineClusterer(doc_freq, len(features), learn_frequencies=False, model=model)
    for f in features:
        clusterer.observe_outlet(f)
    order = sorted(range(len(features)), key=lambda i: (features[i].published is None,
                                                         features[i].published or 0, i))
    story_of: dict[int, str] = {}
    for index in order:
        key, _ = clusterer.place(features[index], f"{index:09d}")
        story_of[index] = key
    numbers: dict[str, int] = {}
    for index in range(len(features)):
        numbers.setdefault(story_of[index], len(numbers))
    return [numbers[story_of[i]] for i in range(len(features))]


def group_into_stories(articles: list[AnalysedArticle], model: PairModel | None = None) -> list[list[AnalysedArticle]]:
    """Return the articles grouped into stories, in order of each story's first article."""
    labels = cluster_features([article_features(a) for a in articles], model)
    groups: dict[int, list[AnalysedArticle]] = {}
    for article, label in zip(articles, labels):
        groups.setdefault(label, []).append(article)
    return [groups[label] for label in sorted(groups)]
