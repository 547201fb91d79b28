"""An extractive summary of a story: facts several outlets report first, each with its sources."""

from __future__ import annotations

from newsprism.model import AnalysedArticle, Passage, SummarySentence


def summarise_story(articles: list[AnalysedArticle], passages: list[Passage], length: int = 6) -> list[SummarySentence]:
    """Return up to `length` sentences, one per passage, preferring passages many articles share."""
    texts = {a.article.id: a.article.text for a in articles}
    position = {a.article.id: index for index, a in enumerate(articles)}

    def support(passage: Passage) -> int:
        return len({s.article for s in passage.sentences})

    def earliest(passage: Passage) -> tuple[int, int]:
        return min((position[s.article], s.start) for s in passage.sentences)

    ranked = sorted(passages, key=lambda p: (-support(p), earliest(p)))
    chosen = sorted(ranked[:length], key=earliest)
    summary: list[SummarySentence] = []
    for passage in chosen:
        first = min(passage.sentences, key=lambda s: (position[s.article], s.start))
        articles_in = sorted({s.article for s in passage.sentences}, key=lambda a: position[a])
        summary.append(SummarySentence(texts[first.article][first.start:first.end], [passage.id], articles_in))
    return summary
