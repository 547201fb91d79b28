"""Group articles into stories: single-pass clustering over TF-IDF lemmas and shared names."""

from __future__ import annotations

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from newsprism.link.name_keys import fold_name
from newsprism.model import AnalysedArticle

# Cosine similarity to a story's centroid (blended with name overlap) needed to join it.
JOIN_THRESHOLD = 0.22
NAME_WEIGHT = 0.35


def group_into_stories(articles: list[AnalysedArticle]) -> list[list[AnalysedArticle]]:
    """Return the articles grouped into stories, in order of each story's first article."""
    if not articles:
        return []
    order = sorted(range(len(articles)), key=lambda i: (articles[i].article.published is None,
                                                         articles[i].article.published or 0, i))
    documents = [_document_words(a) for a in articles]
    vectorizer = TfidfVectorizer(analyzer=lambda words: words, sublinear_tf=True, min_df=1)
    matrix = normalize(vectorizer.fit_transform(documents))
    names = [{fold_name(m.key or m.text) for m in a.mentions} for a in articles]
    centroids: list[np.ndarray] = []
    story_names: list[set[str]] = []
    members: list[list[int]] = []
    for index in order:
        vector = matrix[index].toarray().ravel()
        best_story, best_score = -1, 0.0
        for story, centroid in enumerate(centroids):
            score = (1 - NAME_WEIGHT) * float(vector @ centroid) + NAME_WEIGHT * _overlap(names[index], story_names[story])
            if score > best_score:
                best_story, best_score = story, score
        if best_story >= 0 and best_score >= JOIN_THRESHOLD:
            members[best_story].append(index)
            total = centroids[best_story] * (len(members[best_story]) - 1) + vector
            centroids[best_story] = total / (np.linalg.norm(total) or 1.0)
            story_names[best_story] |= names[index]
        else:
            members.append([index])
            centroids.append(vector)
            story_names.append(set(names[index]))
    groups = [sorted(group) for group in members]
    groups.sort(key=lambda group: group[0])
    return [[articles[i] for i in group] for group in groups]


def _document_words(analysed: AnalysedArticle) -> list[str]:
    title = analysed.article.title or ""
    return analysed.tokens + [w.lower() for w in title.split()] * 2


def _overlap(first: set[str], second: set[str]) -> float:
    if not first or not second:
        return 0.0
    return len(first & second) / min(len(first), len(second))
