"""Roles bound to the person they introduce: `de Kazachse president Tokayev` makes a later `de president` him."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from newsprism.analyse.doc_cache import text_of
from newsprism.lang import LanguageData
from newsprism.model import Mention


def is_role_noun(word: str, lang: LanguageData) -> bool:
    """Return True if the lower-case `word` is a role or title (`president`, `oud-premier`, `vvd-kamerlid`).

    A compound with a hyphen is a role when its last part is: a prefix (`oud-`, `ex-`) or a
    party or organisation (`pvv-leider`, `nos-verslaggever`) before it.
    """
    return word in lang.role_nouns or word.rpartition("-")[2] in lang.role_nouns


# Shorter organisation words end surnames too (`Jan Hof`, `Piet Bank`): they do not make a name an organisation.
_MIN_ORG_HEAD = 6


def named_after_someone(name: str, lang: LanguageData) -> bool:
    """Return True for an organisation named after a person: a name headed by an organisation word.

    `Anne Frank Stichting`, `Prinses Irene Brigade`: a first name or a role before it says nothing.
    """
    words = name.replace("-", " ").lower().split()
    return len(words) > 1 and words[-1] in lang.org_words and len(words[-1]) >= _MIN_ORG_HEAD


def bind_roles(doc: Doc, mentions: list[Mention], lang: LanguageData) -> list[Mention]:
    """Return role mentions (`de president`) pointing at the person the role introduced earlier in the article."""
    names = {m.start: m for m in mentions if not m.derived and m.role is None}
    mention_counts = Counter(m.key for m in names.values())
    bindings: dict[tuple[str, str | None], list[str]] = {}
    role_mentions: list[Mention] = []
    for token in doc:
        lower = token.lower_
        if not is_role_noun(lower, lang):
            continue
        qualifier, first = _qualifier_before(doc, token.i, lang)
        following = _next_name(doc, token.i, names)
        if following is not None and not named_after_someone(following.text, lang):
            following.label = "PER"
            following.introduced_by = lower
            for mention in names.values():
                if mention.key == following.key:
                    mention.label = "PER"
            bindings.setdefault((lower, qualifier), []).append(following.key)
            continue
        if first == 0 or doc[first - 1].lower_ not in lang.role_determiners:
            continue
        person = _referent(bindings, lower, qualifier, mention_counts)
        if person is None:
            continue
        start = doc[first - 1].idx
        end = token.idx + len(token.text)
        role_mentions.append(Mention(_article_of(mentions), start, end, text_of(doc)[start:end], label="PER",
                                     key=person, role=lower))
    return role_mentions


def _article_of(mentions: list[Mention]) -> str:
    return mentions[0].article if mentions else ""


def _qualifier_before(doc: Doc, i: int, lang: LanguageData) -> tuple[str | None, int]:
    """Return the place an adjective before token i names (`Russische` -> Rusland), and where the phrase starts."""
    if i > 0 and doc[i - 1].lower_ in lang.place_adjectives:
        return lang.place_adjectives[doc[i - 1].lower_], i - 1
    return None, i


def _next_name(doc: Doc, i: int, names: dict[int, Mention]) -> Mention | None:
    """Return the name mention right after the role noun (or after `X,`), if any."""
    for k in (i + 1, i + 2):
        if k < len(doc) and doc[k].idx in names:
            return names[doc[k].idx]
        if k < len(doc) and not (doc[k].is_punct and doc[k].text == ","):
            return None
    return None


def _referent(bindings: dict[tuple[str, str | None], list[str]], role: str, qualifier: str | None,
              mention_counts: Counter[str]) -> str | None:
    """Return the person a role refers to: the one bound to it, the most mentioned if several."""
    if qualifier is not None:
        people = bindings.get((role, qualifier), [])
    else:
        people = [p for (r, _), bound in bindings.items() if r == role for p in bound]
    if not people:
        return None
    order = {person: n for n, person in enumerate(people)}
    return max(order, key=lambda person: (mention_counts[person], order[person]))
