"""Online story clustering: each article joins the most likely open story or starts one.

The same algorithm serves `compare` (a batch of files) and `add` (a growing store). A story
is remembered as a profile: summed TF-IDF vectors of its titles, its texts and its names, its
numbers and its time span. Candidate stories for an article come from an inverted index over
the profiles' terms and names (never a scan of every story); the pair model scores each
candidate. Stories whose newest article is older than the active window are closed: they
leave memory (and stay in the store), so memory is bounded by the window, not the stream.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from operator import itemgetter
from typing import Any

from newsprism.cluster.features import NAME_PREFIX, ArticleFeatures
from newsprism.cluster.pair_model import PairModel, load_pair_model

Vector = dict[str, float]

# Terms kept per story vector: bounds memory per story.
CENTROID_TERMS = 120
# Article terms (highest TF-IDF first) and names used to look up candidate stories.
QUERY_TERMS = 8
# Candidate stories scored per article (those sharing the most query terms).
MAX_CANDIDATES = 8
# Terms and names found in more open stories than this say little about which one is meant: not used to look up.
MAX_POSTINGS = 200
# A story must share this many query terms with the article (a shared name counts as enough) to be scored.
MIN_SHARED = 2
# A story takes no new articles once its newest one is this much older than the stream's newest.
ACTIVE_WINDOW = timedelta(days=7)
MAX_NUMBERS = 40
# Outlet boilerplate: an outlet's own document frequencies count as if that outlet were the whole
# stream, damped by this many pseudo-documents (so a small outlet's few items do not make every word common).
OUTLET_PRIOR_DOCS = 20
OUTLET_MIN_DF = 3
# ... and only for terms in at least this share of the outlet's items (its recurring wording).
OUTLET_MIN_SHARE = 0.1
OUTLET_AWARE = True
# An article joins no story whose texts share less than this TF-IDF cosine with its own, however
# alike the names: shared names alone (a player, a city) do not make one event.
MIN_TEXT_COSINE = 0.12
# The article must also be this close to one of the story's recent articles (their strongest terms),
# not only to the blend of them all: this stops chains (morning market report -> noon -> Wall Street).
MEMBER_MIN_COSINE = 0.10
RECENT_MEMBERS = 8
MEMBER_TERMS = 40
# When both name people, places or organisations and share none of them, the texts must agree much more:
# two accidents in two towns are two stories.
DISJOINT_MIN_TEXT_COSINE = 0.4
# A story only the article's own outlet has told takes it below the model's single-outlet threshold
# only when the article is this close to one of the story's recent articles (a direct follow-up).
FOLLOW_UP_MIN_COSINE = 0.3
# Document frequencies kept: beyond this, the rarest terms are forgotten (their IDF is the highest anyway).
VOCABULARY_LIMIT = 100_000


def _idf(doc_freq: Counter[str], n_docs: int, term: str) -> float:
    return math.log((1 + n_docs) / (1 + doc_freq[term])) + 1.0


def idf_weights(terms: set[str], doc_freq: Counter[str], n_docs: int,
                outlet_freq: Counter[str] | None = None, outlet_docs: int = 0) -> dict[str, float]:
    """Return the IDF of each term; with the article's own outlet's frequencies, its boilerplate counts as common.

    A term in many of one outlet's items ("Gezocht", "release") is weighed as if that outlet
    were the whole stream, for that outlet's articles only.
    """
    df = doc_freq.get
    top = math.log(1 + n_docs) + 1.0
    if not (outlet_freq and n_docs):
        return {t: top - math.log(1 + df(t, 0)) for t in terms}
    own = outlet_freq.get
    scale = n_docs / (outlet_docs + OUTLET_PRIOR_DOCS)
    floor = max(OUTLET_MIN_DF, OUTLET_MIN_SHARE * outlet_docs)
    idf = {}
    for t in terms:
        freq: float = df(t, 0)
        own_freq = own(t, 0)
        if own_freq >= floor and own_freq * scale > freq:
            freq = own_freq * scale
        idf[t] = top - math.log(1 + freq)
    return idf


def weigh(terms: list[str], idf: dict[str, float]) -> Vector:
    """Return the L2-normalised TF-IDF vector of a bag of terms, given their IDF."""
    weights = {t: (1 + math.log(c)) * idf[t] for t, c in Counter(terms).items()}
    norm = math.sqrt(sum([w * w for w in weights.values()])) or 1.0
    return {t: w / norm for t, w in weights.items()}


def tfidf(terms: list[str], doc_freq: Counter[str], n_docs: int,
          outlet_freq: Counter[str] | None = None, outlet_docs: int = 0) -> Vector:
    """Return the L2-normalised TF-IDF vector of a bag of terms (see `idf_weights` for the outlet's part)."""
    return weigh(terms, idf_weights(set(terms), doc_freq, n_docs, outlet_freq, outlet_docs))


def cosine_to_sum(vector: Vector, centroid: Vector, centroid_norm: float) -> float:
    """Return the cosine of a unit vector with a (summed, unnormalised) centroid."""
    if not vector or not centroid or centroid_norm == 0:
        return 0.0
    return sum([vector[t] * centroid[t] for t in vector.keys() & centroid.keys()]) / centroid_norm


def _dot(unit: Vector, other: Vector) -> float:
    if len(other) < len(unit):
        unit, other = other, unit
    return sum([w * other[t] for t, w in unit.items() if t in other])


def _top_terms(vector: Vector, size: int) -> Vector:
    """Return the `size` strongest terms of a vector, renormalised to unit length."""
    top = dict(sorted(vector.items(), key=_BY_WEIGHT, reverse=True)[:size]) if len(vector) > size else vector
    norm = _norm(top) or 1.0
    return {t: w / norm for t, w in top.items()}


_BY_WEIGHT = itemgetter(1)


def _norm(vector: Vector) -> float:
    return math.sqrt(sum([w * w for w in vector.values()]))


@dataclass
class ArticleVectors:
    """An article's features with their TF-IDF vectors, computed once."""

    features: ArticleFeatures
    title: Vector
    text: Vector
    names: Vector


@dataclass
class StoryProfile:
    """What the clusterer remembers of a story."""

    key: str
    title: Vector = field(default_factory=dict)
    text: Vector = field(default_factory=dict)
    names: Vector = field(default_factory=dict)
    numbers: set[str] = field(default_factory=set)
    size: int = 0
    first_published: datetime | None = None
    last_published: datetime | None = None
    norms: tuple[float, float, float] = (0.0, 0.0, 0.0)
    recent: list[Vector] = field(default_factory=list)
    # The outlets of its articles (empty when not known, as for profiles stored before outlets were kept).
    outlets: set[str] = field(default_factory=set)

    def refresh_norms(self) -> None:
        """Recompute the vector norms after the vectors changed."""
        self.norms = (_norm(self.title), _norm(self.text), _norm(self.names))

    def to_json(self) -> dict[str, Any]:
        """Return the profile as stored (times are kept in the stories table)."""
        return {"title": self.title, "text": self.text, "names": self.names, "numbers": sorted(self.numbers),
                "recent": self.recent, "outlets": sorted(self.outlets), "version": 2}

    @classmethod
    def from_json(cls, key: str, data: dict[str, Any], size: int = 0, first_published: datetime | None = None,
                  last_published: datetime | None = None) -> StoryProfile:
        """Return the profile stored as `data` (profiles of the first schema become text-only ones)."""
        if data.get("version") == 2:
            profile = cls(key, dict(data["title"]), dict(data["text"]), dict(data["names"]), set(data["numbers"]),
                          size, first_published, last_published, recent=[dict(v) for v in data.get("recent", [])],
                          outlets=set(data.get("outlets", [])))
        else:
            names = {NAME_PREFIX + name: 1.0 for name in data.get("names", [])}
            profile = cls(key, {}, dict(data.get("centroid", {})), names, set(), size, first_published,
                          last_published)
        profile.refresh_norms()
        return profile


def pair_features(article: ArticleVectors, story: StoryProfile, text_cosine: float | None = None) -> tuple[float, ...]:
    """Return the similarity features (`pair_model.FEATURE_NAMES`) of an article and a story."""
    title_norm, text_norm, names_norm = story.norms
    if text_cosine is None:
        text_cosine = cosine_to_sum(article.text, story.text, text_norm)
    shared = len(article.features.numbers & story.numbers)
    gap_hours = 0.0
    when = article.features.published
    if when and story.first_published and story.last_published:
        if when < story.first_published:
            gap_hours = (story.first_published - when).total_seconds() / 3600
        elif when > story.last_published:
            gap_hours = (when - story.last_published).total_seconds() / 3600
    return (
        cosine_to_sum(article.title, story.title, title_norm),
        text_cosine,
        cosine_to_sum(article.title, story.text, text_norm),
        cosine_to_sum(article.names, story.names, names_norm),
        min(shared, 3) / 3,
        math.log1p(gap_hours),
        float(names_disjoint(article, story)),
    )


def names_disjoint(article: ArticleVectors, story: StoryProfile) -> bool:
    """Return whether both name people, places or organisations and share none, not even as a plain word.

    A name the analysis missed in one text (`Purmerend` in a police notice's heading) still shows as
    a word there: that is no evidence of two different events.
    """
    if not article.names or not story.names or article.names.keys() & story.names.keys():
        return False
    skip = len(NAME_PREFIX)
    return not (any(name[skip:] in story.text for name in article.names)
                or any(name[skip:] in article.text for name in story.names))


def only_own_outlet(article: ArticleVectors, story: StoryProfile) -> bool:
    """Return whether every article of the story comes from the article's own outlet.

    One outlet's series (market sessions, police notices, a celebrity column) reads alike from
    item to item; a story only that outlet has told needs stronger evidence to take another of its items.
    """
    outlet = article.features.outlet
    return bool(outlet) and story.outlets == {outlet}


class OnlineClusterer:
    """Place articles one at a time into stories, keeping term statistics as it goes."""

    def __init__(self, doc_freq: Counter[str] | None = None, n_docs: int = 0, learn_frequencies: bool = True,
                 model: PairModel | None = None, window: timedelta = ACTIVE_WINDOW, track_changes: bool = False) -> None:
        self.doc_freq: Counter[str] = doc_freq if doc_freq is not None else Counter()
        self.outlet_freq: dict[str, Counter[str]] = {}
        self.outlet_docs: Counter[str] = Counter()
        self.n_docs = n_docs
        self.learn_frequencies = learn_frequencies
        self.model = model or load_pair_model()
        self.window = window
        self.stories: dict[str, StoryProfile] = {}
        self.closed_count = 0
        self._index: dict[str, set[str]] = {}
        self._newest: datetime | None = None
        self._last_close: datetime | None = None
        # (newest article time, key) per story, pushed on every update; stale entries are skipped when popped.
        self._closing: list[tuple[datetime, str]] = []
        # With track_changes, the terms whose counts changed (what a store writes back, then clears);
        # off for in-memory streams, where the set would grow with every new word.
        self.track_changes = track_changes
        self.changed_terms: set[str] = set()
        self.changed_outlet_terms: dict[str, set[str]] = {}

    def add_story(self, profile: StoryProfile) -> None:
        """Make an existing story (e.g. loaded from the store) a candidate for new articles."""
        self.stories[profile.key] = profile
        self._index_terms(profile.key, [*profile.text, *profile.names])
        if profile.last_published is not None:
            heapq.heappush(self._closing, (profile.last_published, profile.key))

    def rename_story(self, old: str, new: str) -> None:
        """Give a story a new key (e.g. its store id once it has one)."""
        profile = self.stories.pop(old)
        self._unindex(old, [*profile.text, *profile.names])
        profile.key = new
        self.add_story(profile)

    def observe(self, features: ArticleFeatures) -> None:
        """Count the article's terms in the document frequencies (before placing it)."""
        if self.learn_frequencies:
            self.n_docs += 1
            terms = features.distinct_terms
            self.doc_freq.update(terms)
            if self.track_changes:
                self.changed_terms |= terms
            self.observe_outlet(features, terms)

    def observe_outlet(self, features: ArticleFeatures, terms: set[str] | None = None) -> None:
        """Count the article's terms in its outlet's document frequencies."""
        if features.outlet:
            if terms is None:
                terms = features.distinct_terms
            self.outlet_docs[features.outlet] += 1
            self.outlet_freq.setdefault(features.outlet, Counter()).update(terms)
            if self.learn_frequencies and self.track_changes:
                self.changed_outlet_terms.setdefault(features.outlet, set()).update(terms)

    def vectors(self, features: ArticleFeatures) -> ArticleVectors:
        """Return the article's TF-IDF vectors (title, title and body, names)."""
        own = self.outlet_freq.get(features.outlet or "") if OUTLET_AWARE else None
        own_docs = self.outlet_docs[features.outlet or ""]
        text_terms = features.title_terms + features.body_terms
        name_terms = features.name_terms
        idf = idf_weights({*text_terms, *name_terms}, self.doc_freq, self.n_docs, own, own_docs)
        return ArticleVectors(features, weigh(features.title_terms, idf), weigh(text_terms, idf),
                              weigh(name_terms, idf))

    def candidates(self, article: ArticleVectors) -> list[str]:
        """Return the open stories sharing two of the article's strongest terms or a name, most shared first."""
        hits: Counter[str] = Counter()
        for term, _ in heapq.nlargest(QUERY_TERMS, article.text.items(), key=_BY_WEIGHT):
            postings = self._index.get(term, ())
            if len(postings) <= MAX_POSTINGS:
                hits.update(postings)
        for name in article.names:
            postings = self._index.get(name, ())
            if len(postings) <= MAX_POSTINGS:
                for key in postings:
                    hits[key] += MIN_SHARED
        # Most shared first, then by key: (-count, key) pairs order exactly so.
        ranked = heapq.nsmallest(MAX_CANDIDATES, [(-n, key) for key, n in hits.items() if n >= MIN_SHARED])
        return [key for _, key in ranked]

    def best_story(self, article: ArticleVectors) -> tuple[str | None, float]:
        """Return the key of the most likely candidate story and its probability."""
        best_key, best_p = None, 0.0
        for key in self.candidates(article):
            p = self.story_probability(article, self.stories[key])
            if p > best_p or (p == best_p and best_key is not None and key < best_key):
                best_key, best_p = key, p
        return best_key, best_p

    def story_probability(self, article: ArticleVectors, story: StoryProfile) -> float:
        """Return the probability that the article belongs to the story (0 without enough shared text)."""
        # The cheap gates first: most candidates share too little text to be scored at all.
        text_cosine = cosine_to_sum(article.text, story.text, story.norms[1])
        if text_cosine < MIN_TEXT_COSINE:
            return 0.0
        if story.recent and not any(_dot(article.text, m) >= MEMBER_MIN_COSINE for m in story.recent):
            return 0.0
        features = pair_features(article, story, text_cosine)
        if features[6] and features[1] < DISJOINT_MIN_TEXT_COSINE:
            return 0.0
        probability = self.model.probability(features)
        if probability < self.model.single_outlet_threshold and only_own_outlet(article, story) \
                and not any(_dot(article.text, m) >= FOLLOW_UP_MIN_COSINE for m in story.recent):
            return 0.0
        return probability

    def place(self, features: ArticleFeatures, new_key: str, observed: bool = False) -> tuple[str, bool]:
        """Return (story key, created) for the article, updating that story's profile.

        `observed`: its terms were already counted (a batch counted up front, as `add` does).
        """
        if not observed:
            self.observe(features)
        self._advance(features.published)
        article = self.vectors(features)
        key, p = self.best_story(article)
        if key is None or p < self.model.threshold:
            self.stories[new_key] = StoryProfile(new_key)
            self.absorb(new_key, article)
            return new_key, True
        self.absorb(key, article)
        return key, False

    def absorb(self, key: str, article: ArticleVectors) -> None:
        """Add an article to a story's profile (also for copies placed without scoring)."""
        story = self.stories[key]
        for mine, theirs in ((story.title, article.title), (story.text, article.text), (story.names, article.names)):
            for term, weight in theirs.items():
                mine[term] = mine.get(term, 0.0) + weight
        dropped = self._prune(story.text) + self._prune(story.title) + self._prune(story.names)
        self._unindex(key, [t for t in dropped if t not in story.text and t not in story.names])
        story.numbers |= article.features.numbers
        if article.features.outlet:
            story.outlets.add(article.features.outlet)
        if len(story.numbers) > MAX_NUMBERS:
            story.numbers = set(sorted(story.numbers)[:MAX_NUMBERS])
        story.size += 1
        when = article.features.published
        if when:
            story.first_published = min(story.first_published or when, when)
            newest = max(story.last_published or when, when)
            if newest != story.last_published:
                heapq.heappush(self._closing, (newest, key))
            story.last_published = newest
        story.recent.append(_top_terms(article.text, MEMBER_TERMS))
        del story.recent[:-RECENT_MEMBERS]
        story.refresh_norms()
        self._index_terms(key, [t for t in article.text if t in story.text]
                          + [n for n in article.names if n in story.names])

    def _prune(self, vector: Vector) -> list[str]:
        if len(vector) <= CENTROID_TERMS:
            return []
        # Weight first, then the term: the same terms survive whatever order they were added in.
        dropped = [t for _, t in sorted([(-w, t) for t, w in vector.items()])[CENTROID_TERMS:]]
        for term in dropped:
            del vector[term]
        return dropped

    def _index_terms(self, key: str, terms: list[str]) -> None:
        for term in terms:
            self._index.setdefault(term, set()).add(key)

    def _unindex(self, key: str, terms: list[str]) -> None:
        for term in terms:
            keys = self._index.get(term)
            if keys is not None:
                keys.discard(key)
                if not keys:
                    del self._index[term]

    def _advance(self, when: datetime | None) -> None:
        if when is None or (self._newest is not None and when <= self._newest):
            return
        self._newest = when
        if self._last_close is not None and when - self._last_close < timedelta(hours=1):
            return
        self._last_close = when
        self.close_before(when - self.window)

    def close_before(self, cutoff: datetime) -> list[str]:
        """Close (forget) the stories whose newest article is older than `cutoff`; return their keys."""
        gone: dict[str, None] = {}
        while self._closing and self._closing[0][0] < cutoff:
            when, key = heapq.heappop(self._closing)
            story = self.stories.get(key)
            if story is not None and story.last_published == when:
                gone[key] = None
        for key in gone:
            story = self.stories.pop(key)
            self._unindex(key, [*story.text, *story.names])
        self.closed_count += len(gone)
        if len(self.doc_freq) > VOCABULARY_LIMIT:
            self.forget_rare_terms()
        return list(gone)

    def forget_rare_terms(self) -> None:
        """Drop the rarest document frequencies until the vocabulary is well under its limit."""
        floor = 1
        while len(self.doc_freq) > VOCABULARY_LIMIT * 3 // 4:
            for term in [t for t, df in self.doc_freq.items() if df <= floor]:
                del self.doc_freq[term]
            floor += 1
        for counts in self.outlet_freq.values():
            floor = 1
            while len(counts) > VOCABULARY_LIMIT // 4:
                for term in [t for t, df in counts.items() if df <= floor]:
                    del counts[term]
                floor += 1
