"""Online story clustering: each article joins the most similar open story or starts one.

The same algorithm serves `compare` (a batch of files) and `add` (a growing store): story
profiles (a TF-IDF centroid over lemmas and title words, the set of names, the time span)
are kept in memory here and persisted by the store between runs.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

# Blend of centroid cosine and name overlap needed to join a story (chosen on stream-dev).
JOIN_THRESHOLD = 0.22
NAME_WEIGHT = 0.35
# Terms kept per story centroid: bounds memory per story.
CENTROID_TERMS = 300
# Similarity halves for every this many days between an article and a story's last article.
TIME_HALF_LIFE_DAYS = 3.0


@dataclass
class StoryProfile:
    """What the clusterer remembers of a story."""

    key: str
    centroid: dict[str, float] = field(default_factory=dict)
    names: set[str] = field(default_factory=set)
    size: int = 0
    last_published: datetime | None = None


@dataclass
class ArticleFeatures:
    """The clustering features of one article, computed once."""

    terms: list[str]
    names: set[str]
    published: datetime | None = None


class OnlineClusterer:
    """Place articles one at a time into stories, keeping term statistics as it goes."""

    def __init__(self, doc_freq: Counter[str] | None = None, n_docs: int = 0,
                 learn_frequencies: bool = True) -> None:
        self.doc_freq: Counter[str] = doc_freq if doc_freq is not None else Counter()
        self.n_docs = n_docs
        self.learn_frequencies = learn_frequencies
        self.stories: dict[str, StoryProfile] = {}
        self._term_index: dict[str, set[str]] = {}

    def add_story(self, profile: StoryProfile) -> None:
        """Make an existing story (e.g. loaded from the store) a candidate for new articles."""
        self.stories[profile.key] = profile
        for term in profile.centroid:
            self._term_index.setdefault(term, set()).add(profile.key)
        for name in profile.names:
            self._term_index.setdefault("\x00" + name, set()).add(profile.key)

    def rename_story(self, old: str, new: str) -> None:
        """Give a story a new key (e.g. its store id once it has one)."""
        profile = self.stories.pop(old)
        for term in [*profile.centroid, *("\x00" + name for name in profile.names)]:
            keys = self._term_index.get(term)
            if keys is not None and old in keys:
                keys.discard(old)
                keys.add(new)
        profile.key = new
        self.stories[new] = profile

    def observe(self, features: ArticleFeatures) -> None:
        """Count the article's terms in the document frequencies (before placing it)."""
        if not self.learn_frequencies:
            return
        self.n_docs += 1
        self.doc_freq.update(set(features.terms))

    def vector(self, features: ArticleFeatures) -> dict[str, float]:
        """Return the article's L2-normalised TF-IDF vector."""
        counts = Counter(features.terms)
        weights = {t: (1 + math.log(c)) * (math.log((1 + self.n_docs) / (1 + self.doc_freq[t])) + 1.0)
                   for t, c in counts.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {t: w / norm for t, w in weights.items()}

    def best_story(self, features: ArticleFeatures, vector: dict[str, float]) -> tuple[str | None, float]:
        """Return the key of the best candidate story and its score (candidates via the term index)."""
        candidates: set[str] = set()
        for term in sorted(vector, key=lambda t: -vector[t])[:30]:
            candidates.update(self._term_index.get(term, ()))
        for name in features.names:
            candidates.update(self._term_index.get("\x00" + name, ()))
        best_key, best_score = None, 0.0
        for key in sorted(candidates & self.stories.keys()):
            score = self.similarity(features, vector, self.stories[key])
            if score > best_score:
                best_key, best_score = key, score
        return best_key, best_score

    def similarity(self, features: ArticleFeatures, vector: dict[str, float], story: StoryProfile) -> float:
        """Return the blended similarity of an article to a story, decayed by the time between them."""
        centroid_norm = math.sqrt(sum(w * w for w in story.centroid.values())) or 1.0
        cosine = sum(w * story.centroid.get(t, 0.0) for t, w in vector.items()) / centroid_norm
        overlap = 0.0
        if features.names and story.names:
            overlap = len(features.names & story.names) / min(len(features.names), len(story.names))
        score = (1 - NAME_WEIGHT) * cosine + NAME_WEIGHT * overlap
        if features.published and story.last_published:
            gap_days = abs((features.published - story.last_published).total_seconds()) / 86400
            score *= 0.5 ** (max(0.0, gap_days - 1) / TIME_HALF_LIFE_DAYS)
        return score

    def place(self, features: ArticleFeatures, new_key: str) -> tuple[str, bool]:
        """Return (story key, created) for the article, updating that story's profile."""
        self.observe(features)
        vector = self.vector(features)
        key, score = self.best_story(features, vector)
        if key is None or score < JOIN_THRESHOLD:
            self.stories[new_key] = StoryProfile(new_key)
            self._absorb(self.stories[new_key], features, vector)
            return new_key, True
        self._absorb(self.stories[key], features, vector)
        return key, False

    def _absorb(self, story: StoryProfile, features: ArticleFeatures, vector: dict[str, float]) -> None:
        for term, weight in vector.items():
            story.centroid[term] = story.centroid.get(term, 0.0) + weight
        if len(story.centroid) > CENTROID_TERMS:
            kept = sorted(story.centroid.items(), key=lambda kv: -kv[1])[:CENTROID_TERMS]
            story.centroid = dict(kept)
        story.names |= features.names
        story.size += 1
        if features.published and (story.last_published is None or features.published > story.last_published):
            story.last_published = features.published
        for term in story.centroid:
            self._term_index.setdefault(term, set()).add(story.key)
        for name in story.names:
            self._term_index.setdefault("\x00" + name, set()).add(story.key)
