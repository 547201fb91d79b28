"""Run the analysis of many articles: one spaCy pass per text, batched, then every finder."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from newsprism import nlp as nlp_loader
from newsprism.analyse.entities import find_mentions
from newsprism.analyse.language import detect_language
from newsprism.analyse.quantities import find_quantities
from newsprism.analyse.quotes import find_quotes
from newsprism.analyse.sentences import split_sentences
from newsprism.analyse.times import find_times
from newsprism.config import int_setting
from newsprism.lang import get_language
from newsprism.model import AnalysedArticle, Article
from newsprism.workers import fork_map

# Below this many articles, starting worker processes costs more than it saves.
_MIN_ARTICLES_FOR_PROCESSES = 40
# Articles per task sent to a worker: small enough to balance, big enough for nlp.pipe batching.
_CHUNK_SIZE = 16


def analyse_doc(doc: Doc, article: Article) -> AnalysedArticle:
    """Return everything the finders see in one parsed article."""
    lang = get_language(article.language)
    sentences = split_sentences(doc, article.id, lang)
    mentions = find_mentions(doc, article, lang)
    analysed = AnalysedArticle(article=article, sentences=sentences, mentions=mentions)
    analysed.quotes = find_quotes(doc, article, mentions, lang, sentences)
    analysed.quantities = find_quantities(doc, article, lang, sentences)
    analysed.times = find_times(doc, article, lang)
    analysed.tokens = [lemma for sentence in sentences for lemma in sentence.lemmas]
    return analysed


def analyse_articles(
    articles: Sequence[Article],
    *,
    nlp: Language | None = None,
    n_process: int | None = None,
    on_article_done: Callable[[Article], None] | None = None,
) -> list[AnalysedArticle]:
    """Return the analysis of every article, parsing each text exactly once (in parallel for big batches)."""
    by_language: dict[str, list[int]] = {}
    for index, article in enumerate(articles):
        if not article.language or article.language == "auto":
            article.language = detect_language(article.text)
        by_language.setdefault(article.language, []).append(index)
    slots: list[AnalysedArticle | None] = [None] * len(articles)
    processes = n_process if n_process is not None else int_setting("n_process")
    for code, indices in by_language.items():
        pipeline = nlp or nlp_loader.load(code)
        chosen = [articles[i] for i in indices]
        if processes > 1 and len(indices) >= _MIN_ARTICLES_FOR_PROCESSES:
            results: Iterator[AnalysedArticle] = _analyse_in_processes(pipeline, chosen, processes)
        else:
            results = _analyse_here(pipeline, chosen)
        for index, analysed in zip(indices, results):
            slots[index] = analysed
            if on_article_done:
                on_article_done(articles[index])
    return [slot for slot in slots if slot is not None]


def _analyse_here(pipeline: Language, articles: list[Article]) -> Iterator[AnalysedArticle]:
    docs = pipeline.pipe((a.text for a in articles), batch_size=int_setting("batch_size"))
    for doc, article in zip(docs, articles):
        yield analyse_doc(doc, article)


def _analyse_chunk(pipeline: Language, chunk: list[Article]) -> list[AnalysedArticle]:
    return list(_analyse_here(pipeline, chunk))


def _analyse_in_processes(pipeline: Language, articles: list[Article], processes: int) -> Iterator[AnalysedArticle]:
    """Parse and analyse chunks of articles in forked workers that share the loaded pipeline."""
    chunks = [articles[i:i + _CHUNK_SIZE] for i in range(0, len(articles), _CHUNK_SIZE)]
    for chunk_result in fork_map(_analyse_chunk, pipeline, chunks, processes):
        yield from chunk_result
