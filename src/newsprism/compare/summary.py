"""An extractive summary of a story: facts several voices report first, each with its sources.

Each passage is one fact. Passages are ranked by how many voices report them (syndicated
copies count once), then by how early they stand in their articles (news puts the main
fact first); passages whose best sentence is too short to stand alone (a subheading, a
quote tail) are skipped, and so is a passage whose sentence says mostly the same words as
one already chosen, so no fact is repeated. A passage speaks through the sentence that shares
most words with the other outlets' sentences in it, preferring one that does not open with
a pronoun. An outlet supports that sentence only if it reports the sentence's numbers too:
an aligned sentence without `26` does not back "26 demonstranten". The chosen sentences are ordered by time: the
publication time of the earliest article that reports them, then their place in the text.
"""

from __future__ import annotations

from datetime import datetime

from newsprism.compare.syndication import count_voices, find_voices
from newsprism.compare.word_forms import stem_word, word_pieces
from newsprism.lang import LanguageData, get_language
from newsprism.model import AnalysedArticle, Passage, SentenceRef, SummarySentence

MIN_SUMMARY_WORDS = 6
# Share of a candidate's content stems already said by a chosen sentence above which it repeats a fact.
REPEATED_FACT_OVERLAP = 0.6


def summarise_story(articles: list[AnalysedArticle], passages: list[Passage], length: int = 6,
                    voices: dict[str, str] | None = None) -> list[SummarySentence]:
    """Return up to `length` sentences, one per fact, ordered by time, each with its passage and articles."""
    if not articles or length <= 0:
        return []
    lang = get_language(articles[0].article.language)
    voices = voices if voices is not None else find_voices(articles)
    by_id = {a.article.id: a for a in articles}
    order = {a.article.id: index for index, a in enumerate(articles)}
    candidates = []
    for passage in passages:
        sentence = _best_sentence(passage, by_id, lang)
        text = by_id[sentence.article].article.text[sentence.start:sentence.end]
        if len(word_pieces(text)) < MIN_SUMMARY_WORDS:
            continue
        backing = _backing_articles(passage, sentence, by_id)
        support = count_voices(backing, voices)
        lead = min(_relative_position(s, by_id) for s in passage.sentences if s.article in backing)
        candidates.append((-support, lead, passage, sentence, text, backing))
    candidates.sort(key=lambda c: (c[0], c[1]))
    chosen: list[tuple[tuple[datetime | None, float, int], SummarySentence]] = []
    said: list[set[str]] = []
    for _, lead, passage, _sentence, text, backing in candidates:
        stems = _content_stems(text, lang)
        if any(len(stems & earlier) > REPEATED_FACT_OVERLAP * max(len(stems), 1) for earlier in said):
            continue
        said.append(stems)
        supporting = sorted(backing, key=lambda a: order[a])
        dates = [d for a in supporting if (d := by_id[a].article.published) is not None]
        first_published = min(dates) if dates else None
        key = (first_published, lead, order[supporting[0]])
        chosen.append((key, SummarySentence(text, [passage.id], supporting)))
        if len(chosen) == length:
            break
    chosen.sort(key=lambda item: (item[0][0] is None, item[0][0] or datetime.min, item[0][1], item[0][2]))
    return [sentence for _, sentence in chosen]


def _backing_articles(passage: Passage, sentence: SentenceRef, by_id: dict[str, AnalysedArticle]) -> set[str]:
    """Return the articles of the passage that report the numbers the sentence states (all, when it states none)."""
    wanted = _numbers_in(by_id[sentence.article], [sentence])
    articles = {s.article for s in passage.sentences}
    if not wanted:
        return articles
    return {a for a in articles if a == sentence.article
            or wanted <= _numbers_in(by_id[a], [s for s in passage.sentences if s.article == a])}


def _numbers_in(analysed: AnalysedArticle, refs: list[SentenceRef]) -> set[float]:
    """Return the values of the counted quantities that lie in the given sentences of an article."""
    return {q.value for q in analysed.quantities if q.value is not None
            and any(ref.start <= q.start < ref.end for ref in refs)}


def _best_sentence(passage: Passage, by_id: dict[str, AnalysedArticle], lang: LanguageData) -> SentenceRef:
    stems = {id(ref): _content_stems(by_id[ref.article].article.text[ref.start:ref.end], lang)
             for ref in passage.sentences}

    def rank(ref: SentenceRef) -> tuple[bool, int, float]:
        words = word_pieces(by_id[ref.article].article.text[ref.start:ref.end])
        opens_with_pronoun = bool(words) and words[0] in lang.speaker_pronouns
        shared = sum(len(stems[id(ref)] & stems[id(other)]) for other in passage.sentences
                     if other.article != ref.article)
        return opens_with_pronoun, -shared, _relative_position(ref, by_id)

    return min(passage.sentences, key=rank)


def _relative_position(ref: SentenceRef, by_id: dict[str, AnalysedArticle]) -> float:
    return ref.start / max(len(by_id[ref.article].article.text), 1)


def _content_stems(text: str, lang: LanguageData) -> set[str]:
    return {stem_word(w, lang) for w in word_pieces(text) if w not in lang.stop_words}
