"""Merge the name mentions of a story's articles into entities.

Each article's mentions are first grouped by the full name they stand for (`Mention.key`,
set within the article). Those groups are merged across articles when their
transliteration keys are equal, or, inside a block of names sharing the first sound of
the surname, when the surnames are close (rapidfuzz) and the given names or initials do
not disagree. Bare surnames then join the full name they fit, the one whose articles share
the most co-occurring names if several fit (`Bouteflika` goes to the brother the article
is about). Nothing compares every mention with every other one.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict

from newsprism.lang import LanguageData
from newsprism.link.article_names import resolve_article_names
from newsprism.link.name_matching import NameGroup, UnionFind, merge_name_groups
from newsprism.link.transliteration_keys import transliteration_key
from newsprism.model import AnalysedArticle, Entity, EntityType, Mention

# Without sentence bounds, names in the same stretch of this many characters are a mention's context.
_CONTEXT_CHARS = 150
_LABEL_PRIORITY: dict[EntityType, int] = {"PER": 3, "ORG": 2, "LOC": 1, "MISC": 0}


def link_entities(articles: list[AnalysedArticle], lang: LanguageData) -> list[Entity]:
    """Return the entities of a story, each mention's `entity` set to its entity id."""
    groups: list[NameGroup] = []
    members: list[list[Mention]] = []
    for analysed in articles:
        if any(not m.key for m in analysed.mentions):
            resolve_article_names(analysed.mentions, analysed.article.text, lang)
        by_key: dict[str, list[Mention]] = defaultdict(list)
        for mention in analysed.mentions:
            if transliteration_key(mention.key or mention.text, lang):
                by_key[mention.key or mention.text].append(mention)
        first = len(groups)
        for key, mentions in by_key.items():
            groups.append(_name_group(key, mentions, analysed.article.id, lang))
            members.append(mentions)
        _set_contexts(groups[first:], members[first:], [s.start for s in analysed.sentences])
    union = merge_name_groups(groups, lang.gendered_surname_endings)
    return _entities(union, groups, members)


def _set_contexts(groups: list[NameGroup], members: list[list[Mention]], sentence_starts: list[int]) -> None:
    """Give each group the keys of the names in the sentences where it is mentioned (or within `_CONTEXT_CHARS`)."""
    def place(start: int) -> int:
        return bisect_right(sentence_starts, start) if sentence_starts else start // _CONTEXT_CHARS

    by_place: dict[int, set[str]] = defaultdict(set)
    for group, mentions in zip(groups, members, strict=True):
        for mention in mentions:
            by_place[place(mention.start)].add(group.key)
    for group, mentions in zip(groups, members, strict=True):
        near: set[str] = set()
        for mention in mentions:
            near |= by_place[place(mention.start)]
        group.context = frozenset(near - {group.key})


def _name_group(key: str, mentions: list[Mention], article: str, lang: LanguageData) -> NameGroup:
    names = [m for m in mentions if m.role is None]
    labels = Counter(m.label for m in names) or Counter(m.label for m in mentions)
    label = max(labels, key=lambda lab: (lab != "MISC", labels[lab], _LABEL_PRIORITY[lab]))
    return NameGroup(key=transliteration_key(key, lang), text=key, label=label, article=article,
                     size=len(names), derived_only=all(m.derived for m in mentions),
                     introduced_as=next((m.label for m in names if m.introduced_by), None))


def _entities(union: UnionFind, groups: list[NameGroup], members: list[list[Mention]]) -> list[Entity]:
    clusters: dict[int, list[int]] = defaultdict(list)
    for index in range(len(groups)):
        clusters[union.find(index)].append(index)
    entities: list[Entity] = []
    for indices in clusters.values():
        mentions = [m for i in indices for m in members[i]]
        entity = _entity_from([groups[i] for i in indices], mentions)
        if entity is not None:
            entities.append(entity)
    entities.sort(key=lambda e: (-len(e.mentions), e.name))
    for number, entity in enumerate(entities, start=1):
        entity.id = f"e{number}"
    return _number_mentions(entities, clusters, members)


def _number_mentions(entities: list[Entity], clusters: dict[int, list[int]],
                     members: list[list[Mention]]) -> list[Entity]:
    """Set every mention's entity id, role mentions included (they are not listed in the entity)."""
    by_identity = {id(m): e.id for e in entities for m in e.mentions}
    for indices in clusters.values():
        mentions = [m for i in indices for m in members[i]]
        entity_id = next((by_identity[id(m)] for m in mentions if id(m) in by_identity), None)
        for mention in mentions:
            mention.entity = entity_id
    for entity in entities:
        entity.mentions.sort(key=lambda m: (m.article, m.start))
    return entities


def _entity_from(groups: list[NameGroup], mentions: list[Mention]) -> Entity | None:
    names = [m for m in mentions if m.role is None]
    if not names:
        return None
    labels: Counter[EntityType] = Counter()
    for group in groups:
        labels[group.label] += group.size
    typed: dict[EntityType, int] = {lab: n for lab, n in labels.items() if lab != "MISC"}
    label: EntityType = max(typed, key=lambda lab: (typed[lab], _LABEL_PRIORITY[lab])) if typed else "MISC"
    forms = Counter(m.text for m in names)
    plain = Counter(m.text for m in names if not m.derived)
    if plain:
        words = Counter(w for m in names if not m.derived for w in m.text.split())
        name = max(plain, key=lambda f: (len(f.split()), plain[f], sum(words[w] for w in f.split()), len(f)))
    else:
        name = Counter(m.key for m in names).most_common(1)[0][0]
    variants = sorted(forms, key=lambda form: (-forms[form], form))
    return Entity(id="", name=name, type=label, variants=variants, mentions=names)


def entities_by_article(entities: list[Entity]) -> dict[str, set[str]]:
    """Return, for every article id, the ids of the entities it mentions."""
    result: dict[str, set[str]] = defaultdict(set)
    for entity in entities:
        for mention in entity.mentions:
            result[mention.article].add(entity.id)
    return dict(result)
