"""Run the analysis of many articles: one spaCy pass per text, batched, then every finder."""

from __future__ import annotations

from collections.abc import Callable, Sequence

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

# Below this many articles, starting worker processes costs more than it saves.
_MIN_ARTICLES_FOR_PROCESSES = 40


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
    """Return the analysis of every article, parsing each text exactly once."""
    results: list[AnalysedArticle] = []
    by_language: dict[str, list[int]] = {}
    for index, article in enumerate(articles):
        if not article.language or article.language == "auto":
            article.language = detect_language(article.text)
        by_language.setdefault(article.language, []).append(index)
    slots: list[AnalysedArticle | None] = [None] * len(articles)
    for code, indices in by_language.items():
        pipeline = nlp or nlp_loader.load(code)
        processes = n_process if n_process is not None else int_setting("n_process")
        if len(indices) < _MIN_ARTICLES_FOR_PROCESSES:
            processes = 1
        texts = (articles[i].text for i in indices)
        docs = pipeline.pipe(texts, batch_size=int_setting("batch_size"), n_process=processes)
        for index, doc in zip(indices, docs):
            slots[index] = analyse_doc(doc, articles[index])
            if on_article_done:
                on_article_done(articles[index])
    results = [slot for slot in slots if slot is not None]
    return results
