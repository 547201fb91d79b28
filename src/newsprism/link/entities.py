"""Merge the name mentions of a story's articles into entities."""

from __future__ import annotations

from collections import Counter, defaultdict

from rapidfuzz import fuzz

from newsprism.lang import LanguageData
from newsprism.link.name_keys import fold_name
from newsprism.model import AnalysedArticle, Entity, EntityType, Mention

_FUZZY_MIN_SCORE = 88.0


def link_entities(articles: list[AnalysedArticle], lang: LanguageData) -> list[Entity]:
    """Return the entities of a story, each mention's `entity` set to its entity id."""
    mentions = [m for a in articles for m in a.mentions if fold_name(m.text)]
    for analysed in articles:
        _resolve_short_forms(analysed.mentions)
    clusters: list[list[Mention]] = []
    key_to_cluster: dict[str, int] = {}
    for mention in sorted(mentions, key=lambda m: -len(m.key or m.text)):
        key = fold_name(mention.key or mention.text)
        index = key_to_cluster.get(key)
        if index is None:
            index = _fuzzy_match(key, key_to_cluster)
        if index is None:
            index = len(clusters)
            clusters.append([])
        clusters[index].append(mention)
        key_to_cluster.setdefault(key, index)
    entities: list[Entity] = []
    for members in clusters:
        entities.append(_entity_from(members, len(entities) + 1))
    entities.sort(key=lambda e: (-len(e.mentions), e.name))
    for number, entity in enumerate(entities, start=1):
        entity.id = f"e{number}"
        for mention in entity.mentions:
            mention.entity = entity.id
        entity.mentions.sort(key=lambda m: (m.article, m.start))
    return entities


def _resolve_short_forms(mentions: list[Mention]) -> None:
    """Point a one-word mention at the longer name in the same article that ends or starts with it."""
    full_names = [m for m in mentions if len(m.text.split()) > 1]
    for mention in mentions:
        mention.key = mention.key or mention.text
        if len(mention.text.split()) != 1:
            continue
        word = fold_name(mention.text)
        for full in full_names:
            parts = fold_name(full.text).split()
            if word in (parts[-1], parts[0]) and full.label in (mention.label, "PER", "MISC"):
                mention.key = full.text
                break


def _fuzzy_match(key: str, key_to_cluster: dict[str, int]) -> int | None:
    best_score, best_index = 0.0, None
    for other, index in key_to_cluster.items():
        if abs(len(other) - len(key)) > 4 or other[:1] != key[:1]:
            continue
        score = fuzz.ratio(key, other)
        if score >= _FUZZY_MIN_SCORE and score > best_score:
            best_score, best_index = score, index
    return best_index


def _entity_from(members: list[Mention], number: int) -> Entity:
    labels = Counter(m.label for m in members)
    label: EntityType = labels.most_common(1)[0][0]
    forms = Counter(m.text for m in members)
    name = max(forms, key=lambda form: (len(form.split()), forms[form], len(form)))
    variants = sorted(forms, key=lambda form: (-forms[form], form))
    return Entity(id=f"e{number}", name=name, type=label, variants=variants, mentions=list(members))


def entities_by_article(entities: list[Entity]) -> dict[str, set[str]]:
    """Return, for every article id, the ids of the entities it mentions."""
    result: dict[str, set[str]] = defaultdict(set)
    for entity in entities:
        for mention in entity.mentions:
            result[mention.article].add(entity.id)
    return dict(result)
