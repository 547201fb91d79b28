"""Sentences of an article, with the content lemmas later stages compare."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsprism.analyse.doc_cache import text_of
from newsprism.lang import LanguageData
from newsprism.model import Sentence

_OPENING_QUOTES = frozenset({"“", "„", ",,", "‘", "«"})
_AMBIGUOUS_QUOTES = frozenset({'"', "'", "»"})


def _opens_next_sentence(text: str, token: Token) -> bool:
    """Return True for a quote mark that opens the following text rather than closing this sentence."""
    if token.text in _OPENING_QUOTES:
        return True
    if token.text not in _AMBIGUOUS_QUOTES:
        return False
    after = text[token.idx + len(token.text):token.idx + len(token.text) + 1]
    before = text[token.idx - 1:token.idx] if token.idx > 0 else " "
    return before.isspace() and after.isalnum()


def content_lemma(token: Token, lang: LanguageData) -> str | None:
    """Return the lowercased lemma of a content word, or None for punctuation and stop words."""
    if token.is_punct or token.is_space or not token.text.strip():
        return None
    lemma = (token.lemma_ or token.text).lower()
    if lemma in lang.stop_words or token.lower_ in lang.stop_words:
        return None
    return lemma


def split_sentences(doc: Doc, article_id: str, lang: LanguageData) -> list[Sentence]:
    """Return the sentences of `doc`, an opening quote mark kept with the sentence it opens."""
    text = text_of(doc)  # Doc.text joins every token on each access: read it once
    sentences: list[Sentence] = []
    carry_start: int | None = None
    for sent in doc.sents:
        tokens = [t for t in sent if not t.is_space]
        if not tokens:
            continue
        start = carry_start if carry_start is not None else tokens[0].idx
        carry_start = None
        end_token = tokens[-1]
        if len(tokens) > 1 and _opens_next_sentence(text, end_token):
            carry_start = end_token.idx
            end_token = tokens[-2]
        end = end_token.idx + len(end_token.text)
        if end <= start:
            continue
        lemmas = [lemma for t in tokens if (lemma := content_lemma(t, lang))]
        sentences.append(Sentence(article_id, start, end, text[start:end], lemmas=lemmas))
    return sentences
