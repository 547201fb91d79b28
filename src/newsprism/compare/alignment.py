"""Align sentences across articles into passages: what is shared and what only one outlet says."""

from __future__ import annotations

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from newsprism.model import AnalysedArticle, Passage, PassageStatus, Sentence, SentenceRef

# Cosine similarity of two sentences' content lemmas above which they report the same thing.
SAME_FACT_THRESHOLD = 0.32


def align_passages(articles: list[AnalysedArticle]) -> list[Passage]:
    """Return passages covering every sentence of every article, `shared` when 2+ articles are in one."""
    sentences: list[Sentence] = [s for a in articles for s in a.sentences]
    if not sentences:
        return []
    parent = list(range(len(sentences)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    documents = [s.lemmas or [s.text.lower()] for s in sentences]
    vectorizer = TfidfVectorizer(analyzer=lambda words: words, sublinear_tf=True)
    matrix = normalize(vectorizer.fit_transform(documents))
    similarity = (matrix @ matrix.T).tocoo()
    pairs = sorted(((float(v), int(i), int(j)) for i, j, v in zip(similarity.row, similarity.col, similarity.data)
                    if i < j and sentences[i].article != sentences[j].article and v >= SAME_FACT_THRESHOLD),
                   reverse=True)
    for _, i, j in pairs:
        parent[find(i)] = find(j)
    groups: dict[int, list[int]] = {}
    for index in range(len(sentences)):
        groups.setdefault(find(index), []).append(index)
    passages: list[Passage] = []
    for members in sorted(groups.values(), key=lambda m: min(m)):
        refs = [SentenceRef(sentences[i].article, sentences[i].start, sentences[i].end) for i in sorted(members)]
        status: PassageStatus = "shared" if len({r.article for r in refs}) > 1 else "unique"
        passages.append(Passage(id=f"p{len(passages) + 1}", sentences=refs, status=status))
    return passages
