"""Names mentioned in an article: people, places, organisations and other named things."""

from __future__ import annotations

from spacy.tokens import Doc

from newsprism.lang import LanguageData
from newsprism.model import Article, EntityType, Mention

_NER_LABELS: dict[str, EntityType] = {
    "PER": "PER", "PERSON": "PER", "LOC": "LOC", "GPE": "LOC", "ORG": "ORG", "NORP": "MISC",
    "MISC": "MISC", "EVENT": "MISC", "FAC": "LOC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC",
    "LAW": "MISC", "LANGUAGE": "MISC",
}


def find_mentions(doc: Doc, article: Article, lang: LanguageData) -> list[Mention]:
    """Return the name mentions of `doc`: from the NER when the pipeline has one, else capitalised names."""
    if doc.has_annotation("ENT_IOB"):
        return [Mention(article.id, ent.start_char, ent.end_char, ent.text, label=_NER_LABELS[ent.label_])
                for ent in doc.ents if ent.label_ in _NER_LABELS and ent.text.strip()]
    return _capitalised_names(doc, article, lang)


def _capitalised_names(doc: Doc, article: Article, lang: LanguageData) -> list[Mention]:
    """Return runs of capitalised words (with name particles inside), skipping sentence openers."""
    mentions: list[Mention] = []
    sentence_starts = {sent.start for sent in doc.sents}
    i = 0
    while i < len(doc):
        token = doc[i]
        if not _is_name_word(token.text) or (i in sentence_starts and token.text in lang.sentence_openers_not_names):
            i += 1
            continue
        j = i + 1
        while j < len(doc):
            if _is_name_word(doc[j].text):
                j += 1
            elif doc[j].lower_ in lang.name_particles and j + 1 < len(doc) and _is_name_word(doc[j + 1].text):
                j += 2
            else:
                break
        span = doc[i:j]
        if not _is_adjective_of_place(span.text, j, doc):
            label: EntityType = "ORG" if span.text.isupper() and len(span.text) > 1 else "MISC"
            mentions.append(Mention(article.id, span.start_char, span.end_char, span.text, label=label))
        i = j
    return mentions


def _is_name_word(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and any(c.isalpha() for c in word[1:])


def _is_adjective_of_place(text: str, next_index: int, doc: Doc) -> bool:
    return " " not in text and text.endswith(("se", "sche")) and next_index < len(doc) \
        and doc[next_index].text[:1].islower()
