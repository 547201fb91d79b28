"""Decide which per-article name groups are one entity: transliteration keys, fuzzy surnames, given names, context."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from newsprism.link.transliteration_keys import skeleton_key
from newsprism.model import EntityType

# Two spellings of a word are one when their consonant skeletons are equal and their keys are
# this similar (rapidfuzz ratio, 0-100); vowels vary between transliterations, consonants much
# less (`Tokajev` / `Tokarev` are two names) ...
_SKELETON_MIN_SCORE = 70.0
# ... or when the keys are this similar whatever the skeleton (long names, one letter off).
_WORD_MIN_SCORE = 95.0
# Multi-word names that are not people must be nearly identical.
_NAME_MIN_SCORE = 92.0
# Words this short must match exactly (`Jong-un` / `Jong-il`).
_SHORT_WORD = 3


@dataclass
class NameGroup:
    """The mentions of one name in one article, summarised for matching across articles."""

    key: str  # transliteration key of the full name
    text: str  # the full name as written
    label: EntityType
    article: str
    size: int
    derived_only: bool = False
    context: frozenset[str] = field(default_factory=frozenset)
    introduced_as: EntityType | None = None  # the type a noun before one of its mentions gave it (`sterspeler X`)

    @property
    def words(self) -> list[str]:
        """Return the words of the key."""
        return self.key.split()


class UnionFind:
    """Disjoint sets over group indices, with what a merged set knows: label, given names, context."""

    def __init__(self, groups: list[NameGroup], gendered_endings: tuple[tuple[str, str], ...] = ()) -> None:
        self.parent = list(range(len(groups)))
        # (feminine, masculine) surname key endings: such pairs name two people (see `gendered_forms`)
        self.gendered_endings = gendered_endings
        self.labels: list[set[EntityType]] = [{g.label} - {"MISC"} for g in groups]
        self.givens: list[set[tuple[str, ...]]] = [
            {tuple(g.words[:-1])} if len(g.words) > 1 and g.label in ("PER", "MISC") else set() for g in groups
        ]
        self.context: list[set[str]] = [set(g.context) for g in groups]
        self.articles: list[set[str]] = [{g.article} for g in groups]
        self.size = [g.size for g in groups]

    def find(self, index: int) -> int:
        """Return the representative of the set holding `index`."""
        while self.parent[index] != index:
            self.parent[index] = self.parent[self.parent[index]]
            index = self.parent[index]
        return index

    def can_join(self, a: int, b: int) -> bool:
        """Return True if the sets of a and b agree on type and given names."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self.labels[ra] and self.labels[rb] and not self.labels[ra] & self.labels[rb]:
            return False
        return all(given_names_agree(x, y) for x in self.givens[ra] for y in self.givens[rb])

    def retype(self, index: int, group: NameGroup, label: EntityType) -> None:
        """Give a group that is still a set of its own another type (the NER's was weaker evidence)."""
        group.label = label
        self.labels[index] = {label} - {"MISC"}

    def join(self, a: int, b: int) -> bool:
        """Merge the sets of a and b if they agree; return whether they are now one."""
        if not self.can_join(a, b):
            return False
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.labels[ra] |= self.labels[rb]
        self.givens[ra] |= self.givens[rb]
        self.context[ra] |= self.context[rb]
        self.articles[ra] |= self.articles[rb]
        self.size[ra] += self.size[rb]
        return True

    def share_an_article(self, a: int, b: int) -> bool:
        """Return True if one article writes a name of each set."""
        return bool(self.articles[self.find(a)] & self.articles[self.find(b)])


def words_match(a: str, b: str) -> bool:
    """Return True if two words of transliteration keys are spellings of one word."""
    if a == b:
        return True
    if min(len(a), len(b)) <= _SHORT_WORD:
        return False
    score = fuzz.ratio(a, b)
    return score >= _WORD_MIN_SCORE or (score >= _SKELETON_MIN_SCORE and skeleton_key(a) == skeleton_key(b))


def given_names_agree(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """Return True unless both name people by given names (or initials) that differ."""
    if not x or not y:
        return True
    shorter, longer = (x, y) if len(x) <= len(y) else (y, x)
    return all(any(_given_word_match(s, w) for w in longer) for s in shorter)


def _given_word_match(a: str, b: str) -> bool:
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return words_match(a, b)


def gendered_forms(a: str, b: str, endings: tuple[tuple[str, str], ...]) -> bool:
    """Return True if two surname keys are the feminine and masculine forms of one name (`navalnaia` / `navalni`)."""
    for feminine, masculine in endings:
        for x, y in ((a, b), (b, a)):
            if x.endswith(feminine) and y.endswith(masculine) and x[:-len(feminine)] == y[:-len(masculine)]:
                return True
    return False


def _same_surname(a: str, b: str, union: UnionFind) -> bool:
    """Return True if two surname keys are spellings of one person's surname (not its other gender's form)."""
    return words_match(a, b) and not gendered_forms(a, b, union.gendered_endings)


def merge_name_groups(groups: list[NameGroup], gendered_endings: tuple[tuple[str, str], ...] = ()) -> UnionFind:
    """Return the sets of groups that name one entity (see the module docstring of `link.entities`)."""
    union = UnionFind(groups, gendered_endings)
    multi = [i for i, g in enumerate(groups) if len(g.words) > 1]
    single = [i for i, g in enumerate(groups) if len(g.words) == 1]
    _join_equal_keys(union, groups, multi)
    _join_similar_full_names(union, groups, multi)
    attached = _join_acronyms(union, groups, single, multi)
    attached |= _join_bare_surnames(union, groups, [i for i in single if i not in attached], multi)
    rest = [i for i in single if i not in attached]
    _join_equal_keys(union, groups, rest)
    _join_similar_single_words(union, groups, rest)
    return union


def _join_equal_keys(union: UnionFind, groups: list[NameGroup], indices: list[int]) -> None:
    by_key: dict[str, list[int]] = defaultdict(list)
    for i in indices:
        by_key[groups[i].key].append(i)
    for same in by_key.values():
        introduced = next((groups[i].introduced_as for i in same if groups[i].introduced_as), None)
        if introduced is not None:
            # The NER's type in other articles is weaker evidence than `sterspeler Neymar` or `netbeheerder Stedin`.
            for i in same:
                if groups[i].label != introduced and union.find(i) == i and union.size[i] == groups[i].size:
                    union.retype(i, groups[i], introduced)
        typed = sorted(same, key=lambda i: (groups[i].label == "MISC", -groups[i].size))
        for i in typed[1:]:
            if not union.join(typed[0], i):
                match = next((j for j in typed if j != i and union.can_join(j, i)), None)
                if match is not None:
                    union.join(match, i)


def _block(word: str) -> str:
    return skeleton_key(word)[:1]


def _join_similar_full_names(union: UnionFind, groups: list[NameGroup], multi: list[int]) -> None:
    representatives: dict[str, int] = {}
    for i in multi:
        representatives.setdefault(groups[i].key, i)
    blocks: dict[str, list[int]] = defaultdict(list)
    for i in representatives.values():
        blocks[_block(groups[i].words[-1])].append(i)
    for members in blocks.values():
        for n, a in enumerate(members):
            for b in members[n + 1:]:
                if _full_names_match(groups[a], groups[b], union) and not _places_told_apart(groups, union, a, b):
                    union.join(a, b)


def _full_names_match(a: NameGroup, b: NameGroup, union: UnionFind) -> bool:
    person_like = {a.label, b.label} <= {"PER", "MISC"}
    if person_like:
        return _same_surname(a.words[-1], b.words[-1], union) \
            and given_names_agree(tuple(a.words[:-1]), tuple(b.words[:-1]))
    return len(a.words) == len(b.words) and fuzz.ratio(a.key, b.key) >= _NAME_MIN_SCORE


def _initials(text: str) -> str:
    words = text.replace("-", " ").split()
    return "".join(w[0] for w in words if w[:1].isupper())


def _all_initials(text: str) -> str:
    """Return the first letters of every word, small words too, lower-cased (`Partij van de Arbeid` -> `pvda`)."""
    return "".join(w[0] for w in text.replace("-", " ").split()).lower()


def _written_as_acronym(text: str) -> bool:
    """Return True for `CSTO`, and for acronyms keeping small words' letters (`PvdA`, `SodM`)."""
    return " " not in text and 1 < len(text) <= 8 and text.isalpha() \
        and (text.isupper() or sum(c.isupper() for c in text) >= 2 and text[0].isupper())


def _join_acronyms(union: UnionFind, groups: list[NameGroup], single: list[int], multi: list[int]) -> set[int]:
    """Join `CSTO` to `Collective Security Treaty Organization` (`SodM` to `Staatstoezicht op de Mijnen`) if one fits."""
    by_initials: dict[str, set[str]] = defaultdict(set)
    by_all_initials: dict[str, set[str]] = defaultdict(set)
    first_of: dict[str, int] = {}
    for i in multi:
        if groups[i].label != "PER":
            by_initials[_initials(groups[i].text)].add(groups[i].key)
            by_all_initials[_all_initials(groups[i].text)].add(groups[i].key)
            first_of.setdefault(groups[i].key, i)
    attached: set[int] = set()
    for i in single:
        text = groups[i].text
        if not _written_as_acronym(text):
            continue
        keys = by_initials.get(text, set()) or by_all_initials.get(text.lower(), set())
        if len(keys) != 1:
            continue
        full = first_of[next(iter(keys))]
        if not union.can_join(full, i) and union.find(i) == i:
            # The NER's type for a bare acronym (`OM` as a place) is weak next to the one full name it abbreviates.
            union.retype(i, groups[i], groups[full].label)
        if union.join(full, i):
            attached.add(i)
    return attached


def _join_bare_surnames(union: UnionFind, groups: list[NameGroup], single: list[int], multi: list[int]) -> set[int]:
    """Join a bare `Tokajev` to the full name it ends; among several people, the one sharing most context."""
    surnames: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i in multi:
        if groups[i].label in ("PER", "MISC"):
            last = groups[i].words[-1]
            surnames[_block(last)][last].append(i)
    attached: set[int] = set()
    fitting_cache: dict[str, list[int]] = {}
    for i in single:
        group = groups[i]
        if group.label not in ("PER", "MISC") or group.derived_only:
            continue
        word = group.key
        if word not in fitting_cache:
            block = surnames.get(_block(word), {})
            fitting_cache[word] = [j for last, owners in block.items() if _same_surname(word, last, union)
                                   for j in owners]
        candidates: dict[int, list[int]] = defaultdict(list)
        for j in fitting_cache[word]:
            candidates[union.find(j)].append(j)
        if not candidates:
            continue
        best = max(candidates, key=lambda root: _fit(union, groups, group, root, candidates[root]))
        if union.join(candidates[best][0], i):
            attached.add(i)
    return attached


def _fit(union: UnionFind, groups: list[NameGroup], bare: NameGroup, root: int, owners: list[int]) -> tuple[int, ...]:
    """Rank a person for a bare surname: named in the same article, then shared context, then most mentioned."""
    same_article = any(groups[j].article == bare.article for j in owners)
    return int(same_article), len(union.context[root] & bare.context), union.size[root]


def _places_told_apart(groups: list[NameGroup], union: UnionFind, a: int, b: int) -> bool:
    """Return True for two similar place names one article writes both of: two places (`Brasilia`, `Brazilië`).

    Only places: an article that writes a person's name two ways mostly has a typo or an
    inflection (`Della Valle` / `Delle Valle`, `Haags` / `Haagse`).
    """
    return groups[a].label == groups[b].label == "LOC" and union.share_an_article(a, b)


def _join_similar_single_words(union: UnionFind, groups: list[NameGroup], single: list[int]) -> None:
    representatives: dict[str, int] = {}
    for i in single:
        representatives.setdefault(groups[i].key, i)
    blocks: dict[str, list[int]] = defaultdict(list)
    for i in representatives.values():
        blocks[_block(groups[i].key)].append(i)
    for members in blocks.values():
        for n, a in enumerate(members):
            for b in members[n + 1:]:
                if union.find(a) != union.find(b) and _same_surname(groups[a].key, groups[b].key, union) \
                        and groups[a].text.isupper() == groups[b].text.isupper() \
                        and not _places_told_apart(groups, union, a, b):
                    union.join(a, b)
