"""Names mentioned in an article: people, places, organisations and other named things.

Mentions come from the NER when the pipeline has one, else from runs of capitalised words.
Either way they are cleaned the same way: sentence-initial words that are not names
(`Volgens`, `Donderdag`, `Daarom`) are dropped, roles and titles (`De Kazachse president`)
are cut off the name and kept for role binding, adjectives of place (`Kazachse`) become
`derived` mentions of the place, and mentions inside other mentions are dropped. Then the
article's short forms, abbreviations and roles are resolved (`link.article_names`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsprism.analyse.doc_cache import text_of
from newsprism.lang import LanguageData
from newsprism.link.article_names import resolve_article_names
from newsprism.link.roles import bind_roles, is_role_noun, named_after_someone
from newsprism.model import Article, EntityType, Mention

_NER_LABELS: dict[str, EntityType] = {
    "PER": "PER", "PERSON": "PER", "LOC": "LOC", "GPE": "LOC", "ORG": "ORG", "NORP": "MISC",
    "MISC": "MISC", "EVENT": "MISC", "FAC": "LOC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC",
    "LAW": "MISC", "LANGUAGE": "MISC",
}
_OPENING_PUNCT = frozenset("\"'‘“„«(-–—") | {",,"}
# An ordinal figure (`21ste`, `3e`, `2nd`); ordinal words come from the language data.
_ORDINAL_FIGURE = re.compile(r"\d+[a-z]{1,3}")
# Two given names joined by a hyphen (`Kassym-Jomart`, `Jean-Pierre`).
_DOUBLE_GIVEN_NAME = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+-[A-ZÀ-Ý][a-zà-ÿ]+")


def _is_person_label(label: str) -> bool:
    """Return True if a pipeline's entity label (`PER`, `PERSON`) means a person."""
    return _NER_LABELS.get(label) == "PER"


@dataclass
class _Run:
    """A stretch of tokens [start, end) that names something, before cleaning."""

    start: int
    end: int
    label: EntityType | None  # from the NER, None when found by rule


def find_mentions(doc: Doc, article: Article, lang: LanguageData) -> list[Mention]:
    """Return the name mentions of `doc`: from the NER when the pipeline has one, else capitalised names."""
    runs = _capitalised_runs(doc, lang)
    if doc.has_annotation("ENT_IOB"):
        runs = _merge_ner_runs(doc, runs, lang)
    else:
        runs = [run for run in runs if not _unsupported_sentence_opener(doc, run, runs, lang)]
    runs = [run for run in runs if not _common_word_opener(doc, run, lang)]
    mentions: list[Mention] = []
    for run in runs:
        mentions.extend(_clean_run(doc, run, article, lang))
    mentions.extend(_hyphen_compound_names(doc, article, lang, mentions))
    mentions = _joined_place_names(text_of(doc), drop_nested_mentions(mentions), lang)
    mentions = _joined_listed_organisation_names(text_of(doc), mentions, lang)
    for mention in mentions:
        if not mention.derived:
            mention.label = _rule_label(doc, mention, lang)
    resolve_article_names(mentions, text_of(doc), lang)
    _places_after_prepositions(doc, mentions, lang)
    _places_in_signatures(text_of(doc), mentions)
    _names_typed_by_a_noun_before(doc, mentions, lang)
    mentions.extend(bind_roles(doc, mentions, lang))
    return sorted(mentions, key=lambda m: (m.start, -m.end))


def _merge_ner_runs(doc: Doc, rule_runs: list[_Run], lang: LanguageData) -> list[_Run]:
    """Combine the NER's entities with the capitalised runs, so a name either of them misses is kept.

    A capitalised run the NER split (`Kassym-Jomart` LOC + `Tokayev` ORG) stays one run; an entity
    that extends a single run (`Saïd Bouteflika` when the tagger took `Saïd` for a noun) replaces it;
    an entity spanning several runs (`Buitenlandse Zaken Antony Blinken`) gives way to them. A run
    gets the NER label only where one entity covers all its tokens; else the rules label it later.
    A run the NER does not touch must pass the same sentence-opener check as without a NER
    (a headline's `Geweld`); an entity with no name word (`Tokajev-bewind`) is dropped.
    """
    entities = [ent for ent in doc.ents if ent.label_ in _NER_LABELS]
    rule_runs = [_without_common_noun_opener(doc, run, entities, lang) for run in rule_runs]
    runs: list[_Run] = []
    used: set[int] = set()
    for ent in entities:
        inside = [r for r in rule_runs if ent.start <= r.start and r.end <= ent.end]
        overlapping = [r for r in rule_runs if r.start < ent.end and ent.start < r.end]
        if len(inside) == 1 and overlapping == inside or _whole_name_over_small_words(ent, inside, overlapping, lang):
            runs.append(_Run(ent.start, ent.end, _NER_LABELS[ent.label_]))
            used.update(id(r) for r in inside)
        elif not overlapping and any(_is_name_token(t.text) for t in ent):
            runs.append(_Run(ent.start, ent.end, _NER_LABELS[ent.label_]))
    untouched = [r for r in rule_runs if not any(e.start < r.end and r.start < e.end for e in entities)]
    for run in rule_runs:
        if id(run) in used or run in untouched and _unsupported_sentence_opener(doc, run, rule_runs, lang):
            continue
        runs.append(_Run(run.start, run.end, _covering_label(run, entities)))
    return sorted(runs, key=lambda r: (r.start, -r.end))


def _without_common_noun_opener(doc: Doc, run: _Run, entities: list[Span], lang: LanguageData) -> _Run:
    """Return the run without its sentence-opening first word when that is a common noun the NER left out.

    `Staalproducent Tata Steel presenteert ...`: opening the sentence, the noun has a capital
    like the name after it; the NER starts the name one word later, and news writes the word in
    lower case (`COMMON_WORDS`), so the name is `Tata Steel`. Acronyms stay (`NS Lab`), and so does
    a given name the tagger calls a noun (`Kassym-Jomart Tokayev`).
    """
    first = doc[run.start]
    if run.end - run.start > 1 and not first.text.isupper() and _sentence_initial(doc, run.start) \
            and first.lower_ in lang.common_words \
            and any(ent.start == run.start + 1 and ent.end <= run.end for ent in entities):
        return _Run(run.start + 1, run.end, run.label)
    return run


def _whole_name_over_small_words(ent: Span, inside: list[_Run], overlapping: list[_Run], lang: LanguageData) -> bool:
    """Return True for a name the NER found whole that the capitalisation rules cut at its small words.

    `Frenkie de Jong`, `Virgil van Dijk`: runs joined by lower-case particles; a person's leading
    capitalised particle (`Van Dijk`, `De Jonge`, `Van der Vaart`) counts too, other entities'
    does not (`De Volkskrant` stays `Volkskrant`). An organisation's or place's name may also
    hold lower-case connectors (`Staatstoezicht op de Mijnen`, `Bank voor Internationale Betalingen`).
    """
    if not inside or overlapping != inside:
        return False
    in_runs = {i for r in inside for i in range(r.start, r.end)}
    # After a role the name is a person's, whatever the NER says (`minister Dekker voor Rechtsbescherming`).
    person = _is_person_label(ent.label_) or (ent.start > 0 and is_role_noun(ent.doc[ent.start - 1].lower_, lang))

    def small_word(token: Token) -> bool:
        if token.lower_ in lang.name_particles:
            return person or token.text.islower()
        return not person and token.text.islower() and token.lower_ in lang.org_name_connectors

    return all(t.i in in_runs or small_word(t) for t in ent) \
        and (person or ent[0].i in in_runs) and any(t.i not in in_runs for t in ent)


def _covering_label(run: _Run, entities: list[Span]) -> EntityType | None:
    """Return the label of the one NER entity covering all of `run`, or None when the NER split or missed it."""
    for ent in entities:
        if ent.start <= run.start and run.end <= ent.end:
            return _NER_LABELS[ent.label_]
    return None


def drop_nested_mentions(mentions: list[Mention]) -> list[Mention]:
    """Return `mentions` without those lying inside a longer one (and without exact repeats)."""
    kept: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if kept and mention.start < kept[-1].end and mention.end <= kept[-1].end:
            continue
        if kept and mention.start < kept[-1].end:
            continue  # overlapping but not nested: the earlier, longer one wins
        kept.append(mention)
    return kept


def is_name_word(word: str) -> bool:
    """Return True for a capitalised word (or an all-caps acronym) that can be part of a name."""
    return len(word) > 1 and word[0].isupper() and any(c.isalpha() for c in word[1:])


def _capitalised_runs(doc: Doc, lang: LanguageData) -> list[_Run]:
    """Return runs of capitalised words, joined over name particles (`Ursula von der Leyen`)."""
    runs: list[_Run] = []
    i = 0
    while i < len(doc):
        if not _is_name_token(doc[i].text) or _is_noise(doc, i, lang):
            i += 1
            continue
        j = i + 1
        while j < len(doc):
            if _is_name_token(doc[j].text) and not _is_role_or_adjective(doc[j], lang) \
                    and not _person_after_organisation(doc, j, lang):
                j += 1
                continue
            if _hyphen_inside_name(doc, j):
                j += 2
                continue
            particles = _particles_at(doc, j, lang)
            if particles and _may_join_over_particle(doc, i, j, j + particles, lang):
                j += particles + 1
                continue
            break
        runs.append(_Run(i, j, None))
        i = j
    return runs


def _is_name_token(word: str) -> bool:
    """Return True for a name word that is not a compound with a common noun (`Tokajev-bewind`)."""
    return is_name_word(word) and not word.rpartition("-")[2][:1].islower()


def _person_after_organisation(doc: Doc, j: int, lang: LanguageData) -> bool:
    """Return True where a first name follows an organisation (`Buitenlandse Zaken Antony Blinken`)."""
    return doc[j - 1].lower_ in lang.org_words and doc[j].lower_ in lang.first_names


def _hyphen_inside_name(doc: Doc, j: int) -> bool:
    """Return True for the hyphen of `Kassym-Jomart` when the tokenizer split it off."""
    return doc[j].text in ("-", "‐") and not doc[j - 1].whitespace_ and not doc[j].whitespace_ \
        and j + 1 < len(doc) and _is_name_token(doc[j + 1].text)


def _is_role_or_adjective(token: Token, lang: LanguageData) -> bool:
    return is_role_noun(token.lower_, lang) or token.lower_ in lang.place_adjectives


def _particles_at(doc: Doc, j: int, lang: LanguageData) -> int:
    """Return how many name particles start at token j and are followed by a capitalised word."""
    k = j
    while k < len(doc) and doc[k].lower_ in lang.name_particles and doc[k].text[:1].islower():
        k += 1
    return k - j if k > j and k < len(doc) and is_name_word(doc[k].text) else 0


def _may_join_over_particle(doc: Doc, start: int, particle: int, after: int, lang: LanguageData) -> bool:
    """Join `Frans van der Laan` and `Mohammed bin Salman`, not `Groesjko van Buitenlandse Zaken`."""
    following = doc[after]
    if following.lower_ in lang.org_words or following.lower_ in lang.place_adjectives \
            or following.lower_.endswith(("se", "sche")) or _in_gazetteer(following.text, lang):
        return False
    if after - particle > 1 or doc[particle].lower_ not in ("van", "von", "de", "den", "der"):
        return True
    names_before = [t for t in doc[start:particle] if not is_role_noun(t.lower_, lang)]
    if len(names_before) != 1:
        return False
    # A first name we know, or one the NER takes for a person while it does not take the word after
    # the particle for a place or organisation (`Virgil van Dijk`, not `Messi van Barcelona`).
    return names_before[0].lower_ in lang.first_names \
        or _is_person_label(names_before[0].ent_type_) and (not following.ent_type_ or _is_person_label(following.ent_type_))


def _sentence_initial(doc: Doc, i: int) -> bool:
    """Return True if token i is the first word of its sentence (after any opening punctuation)."""
    k = i - 1
    while k >= 0 and doc[k].text in _OPENING_PUNCT:
        k -= 1
    if k < 0 or doc[k + 1].is_sent_start:
        return True
    previous = doc[k]
    return previous.text in (".", "!", "?", ":") or "\n" in previous.whitespace_ or "\n" in previous.text


def _is_word_noise(doc: Doc, i: int, lang: LanguageData) -> bool:
    """Return True for a capitalised word the word lists mark as no name: a sentence opener, weekday, month."""
    token = doc[i]
    text, lower = token.text, token.lower_
    if text in lang.non_name_openers or text in lang.sentence_openers_not_names and _sentence_initial(doc, i):
        return True
    return lower in lang.weekdays or lower in lang.months or lower in lang.relative_days


def _is_noise(doc: Doc, i: int, lang: LanguageData) -> bool:
    """Return True for a capitalised word that is not a name: a sentence opener, weekday, common word."""
    token = doc[i]
    text, lower = token.text, token.lower_
    if _is_word_noise(doc, i, lang):
        return True
    if doc.has_annotation("POS") and token.pos_ not in ("PROPN", "X", "NOUN", "ADJ") and not _is_acronym(text):
        return True
    if _sentence_initial(doc, i) and not text.isupper():
        if doc.has_annotation("POS"):
            return token.pos_ != "PROPN" and not _opens_a_full_name(doc, i, lang)
        return lower in lang.stop_words or _occurs_lowercase(doc, lower)
    return False


def _opens_a_full_name(doc: Doc, i: int, lang: LanguageData) -> bool:
    """Return True for a given name the tagger took for a noun, opening a sentence (`Kassym-Jomart Tokayev sprak`).

    It must look like a given name (a known one, or two joined by a hyphen), the NER must mark it
    as part of a name, and a capitalised name word must follow: `Branchevereniging Netbeheer` is no name.
    """
    word = doc[i].text
    return (word.lower() in lang.first_names or _DOUBLE_GIVEN_NAME.fullmatch(word) is not None) \
        and doc[i].ent_iob_ in ("B", "I") and i + 1 < len(doc) and _is_name_token(doc[i + 1].text)


def _unsupported_sentence_opener(doc: Doc, run: _Run, runs: list[_Run], lang: LanguageData) -> bool:
    """Return True for a lone capitalised word opening a sentence that nothing else marks as a name.

    Without POS tags `Mensen in Den Haag` and `Tokajev zei` look alike; the word is kept when it
    is capitalised elsewhere in the text, ends a longer name, is an acronym, a known place or
    first name, or an adjective of place.
    """
    if run.end - run.start != 1 or not _sentence_initial(doc, run.start):
        return False
    word = doc[run.start].text
    lower = word.lower()
    if word.isupper() or lower in lang.first_names or lower in lang.place_adjectives or _in_gazetteer(word, lang) \
            or lower.endswith(lang.place_suffixes):
        return False
    for other in runs:
        if other is run:
            continue
        words = [t.text for t in doc[other.start:other.end]]
        if word in words and (len(words) > 1 or not _sentence_initial(doc, other.start)):
            return False
    return word not in _hyphen_heads(doc)


def _common_word_opener(doc: Doc, run: _Run, lang: LanguageData) -> bool:
    """Return True for a lone word opening a sentence that news writes in lower case (`Stem op deze brief`).

    The tagger and NER take many such openers for names (`Leeftijd speelt geen rol`); a surname
    that is also a word (`Bakker`) is kept when the text capitalises it inside a sentence too.
    """
    if run.end - run.start != 1 or not _sentence_initial(doc, run.start):
        return False
    word = doc[run.start].text
    if word.isupper() or word.lower() not in lang.common_words:
        return False
    return not any(token.text == word and not _sentence_initial(doc, token.i) for token in doc)


def _hyphen_heads(doc: Doc) -> set[str]:
    """Return the words that start a hyphenated token (`Tokajev` of `Tokajev-bewind`), cached per Doc."""
    heads: set[str] | None = doc.user_data.get("newsprism_hyphen_heads")
    if heads is None:
        heads = {t.text.split("-", 1)[0] for t in doc if "-" in t.text[1:]}
        doc.user_data["newsprism_hyphen_heads"] = heads
    return heads


def _occurs_lowercase(doc: Doc, lower: str) -> bool:
    """Return True if `lower` also occurs uncapitalised in the text (so it is a common word)."""
    words: set[str] | None = doc.user_data.get("newsprism_lower_words")
    if words is None:
        words = {t.text for t in doc if t.text[:1].islower()}
        doc.user_data["newsprism_lower_words"] = words
    return lower in words


def _clean_run(doc: Doc, run: _Run, article: Article, lang: LanguageData) -> list[Mention]:
    """Return the mentions of one run: the name without noise or titles, and any derived place."""
    result: list[Mention] = []
    start, end = run.start, run.end
    while start < end:
        token = doc[start]
        lower = token.lower_
        # `Kazachse` alone or before a role is derived; before a first name too (`de Haagse Jan van der
        # Heijdenstraat`); before another name word it belongs to the name (`Nederlandse Spoorwegen`).
        if lower in lang.place_adjectives and (start + 1 == end or not _is_name_token(doc[start + 1].text)
                                               or is_role_noun(doc[start + 1].lower_, lang)
                                               or doc[start + 1].lower_ in lang.first_names):
            result.append(_derived(doc, start, article, lang))
            start += 1
        elif start == run.start and _leading_particle_of_person(doc, run, lang):
            break
        elif is_role_noun(lower, lang) or lower in lang.honorifics or not is_name_word(token.text) \
                or (start == run.start and _is_run_noise(doc, run, lang)):
            start += 1
        else:
            break
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].lower_ in lang.name_particles):
        end -= 1
    if end <= start:
        return result
    if end - start == 1 and doc[start].lower_ in lang.place_adjectives:
        result.append(_derived(doc, start, article, lang))
        return result
    span = doc[start:end]
    label: EntityType = run.label or "MISC"
    result.append(Mention(article.id, span.start_char, span.end_char, span.text, label=label))
    return result


def _leading_particle_of_person(doc: Doc, run: _Run, lang: LanguageData) -> bool:
    """Return True when a person's run opens with a capitalised particle before the surname (`Van Dijk`, `De Jonge`)."""
    if run.label != "PER" or not doc[run.start].text[:1].isupper():
        return False
    k = run.start
    while k < run.end and doc[k].lower_ in lang.name_particles:
        k += 1
    return run.start < k < run.end and is_name_word(doc[k].text)


def _is_run_noise(doc: Doc, run: _Run, lang: LanguageData) -> bool:
    """Return True if the first word of `run` is no name; the NER's own spans are not second-guessed by POS."""
    if run.label is not None and run.end - run.start > 1:
        return _is_word_noise(doc, run.start, lang)
    first = doc[run.start]
    if run.label is not None and _sentence_initial(doc, run.start) and first.pos_ != "ADJ" \
            and not _common_word_or_compound(first.lower_, lang):
        # A name the NER found opening a sentence, a word news does not write in lower case (`Öztürk`,
        # which the tagger calls a noun there): the capital is the name's own.
        return _is_word_noise(doc, run.start, lang)
    return _is_noise(doc, run.start, lang)


_MIN_COMPOUND_PART = 4


def _common_word_or_compound(lower: str, lang: LanguageData) -> bool:
    """Return True for a word news writes in lower case, or a compound ending in one (`vastgoed-concern`).

    Both parts have four letters or more: `Severin` and `Ceferin` do not end a compound in `erin`.
    """
    if lower in lang.common_words:
        return True
    return any(lower[cut:] in lang.common_words
               for cut in range(_MIN_COMPOUND_PART, len(lower) - _MIN_COMPOUND_PART + 1))


def _derived(doc: Doc, i: int, article: Article, lang: LanguageData) -> Mention:
    token = doc[i]
    return Mention(article.id, token.idx, token.idx + len(token.text), token.text, label="LOC", derived=True,
                   key=lang.place_adjectives[token.lower_])


def _hyphen_compound_names(doc: Doc, article: Article, lang: LanguageData, found: list[Mention]) -> list[Mention]:
    """Return the name part of compounds like `Tokajev-bewind` when that name is mentioned on its own too."""
    names = {m.text for m in found}
    extra: list[Mention] = []
    for token in doc:
        head, dash, tail = token.text.partition("-")
        if dash and tail[:1].islower() and head in names and is_name_word(head):
            extra.append(Mention(article.id, token.idx, token.idx + len(head), head))
    return extra


def _in_gazetteer(text: str, lang: LanguageData) -> bool:
    return text in _places(lang)


_PLACES: dict[str, frozenset[str]] = {}


def _places(lang: LanguageData) -> frozenset[str]:
    """Return the places the adjectives of place derive from: a small gazetteer."""
    if lang.code not in _PLACES:
        _PLACES[lang.code] = frozenset(lang.place_adjectives.values())
    return _PLACES[lang.code]


def _rule_label(doc: Doc, mention: Mention, lang: LanguageData) -> EntityType:
    """Return the label from strong clues (role, first name, organisation word), else the NER's, else weak clues."""
    words = mention.text.replace("-", " ").split()
    lowers = [w.lower() for w in words]
    if named_after_someone(mention.text, lang):
        return "ORG"
    before = _word_before(doc, mention.start, lang)
    if before is not None and is_role_noun(before, lang):
        return "PER"
    if any(lowers[-1].endswith(ending) and len(lowers[-1]) > len(ending) for ending in lang.street_name_endings):
        return "LOC"  # `Jan van der Heijdenstraat`, though it starts with a first name
    if len(words) > 1 and lowers[0] in lang.first_names:
        return "PER"
    if any(w in lang.org_words for w in lowers) or len(lowers) == 1 and lowers[0] in lang.platforms:
        return "ORG"
    if any(w in lang.event_words for w in lowers):  # after the organisation words: `Open Universiteit`
        return "MISC"
    if mention.label == "PER" and _is_acronym(mention.text) and not _sentence_is_upper(doc, mention.start):
        return "LOC" if _in_gazetteer(mention.text, lang) else "ORG"
    if mention.label != "MISC":
        return mention.label
    if mention.text.isupper() and len(mention.text) > 1:
        return "LOC" if _in_gazetteer(mention.text, lang) else "ORG"
    if _in_gazetteer(mention.text, lang) or lowers[-1].endswith(lang.place_suffixes):
        return "LOC"
    if before is not None and before in lang.loc_cue_words:
        return "LOC"
    return "MISC"


def _is_acronym(text: str) -> bool:
    """Return True for a one-word capital abbreviation such as `CSTO` or `NAVO`: an organisation or place, not a person."""
    return 2 <= len(text) <= 6 and text.isalpha() and text.isupper()


def _sentence_is_upper(doc: Doc, char: int) -> bool:
    """Return True if the sentence around `char` is written in capitals (a shouted headline)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return False
    letters = [c for c in span[0].sent.text if c.isalpha()]
    return sum(c.isupper() for c in letters) > 0.8 * len(letters)


# Labels a place preposition before a one-word name overrides.
_PLACE_PREPOSITION_RELABELS = frozenset({"MISC", "PER"})


def _places_after_prepositions(doc: Doc, mentions: list[Mention], lang: LanguageData) -> None:
    """Make a one-word name a place if it follows `in`, `naar`, `uit` (after short forms are known).

    Untyped names, and names the NER took for a person (`in Brasilia`, `naar Tijuana`, `uit
    Nederhemert`): a one-word name that no full name in the article explains is no person
    there. A role noun before it (`sterspeler Neymar`, bound later) still makes it a person.
    """
    places = {m.key for m in mentions if m.label in _PLACE_PREPOSITION_RELABELS and not m.derived
              and " " not in m.text and " " not in (m.key or m.text)
              and _word_before(doc, m.start, lang) in lang.loc_prepositions}
    for mention in mentions:
        if mention.key in places and mention.label in _PLACE_PREPOSITION_RELABELS:
            mention.label = "LOC"


def _joined_place_names(text: str, mentions: list[Mention], lang: LanguageData) -> list[Mention]:
    """Join a place name the NER cut at its linking words into one place (`Capelle aan den IJssel`)."""
    joined: list[Mention] = []
    for mention in mentions:
        previous = joined[-1] if joined else None
        link = text[previous.end:mention.start].strip().lower() if previous is not None else ""
        if previous is not None and not previous.derived and not mention.derived and " " not in mention.text \
                and (link == lang.place_name_link or link in lang.river_links and mention.text.lower() in lang.rivers):
            joined[-1] = Mention(previous.article, previous.start, mention.end, text[previous.start:mention.end],
                                 label="LOC")
        else:
            joined.append(mention)
    return joined


_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]{1,7})\)")


def _joined_listed_organisation_names(text: str, mentions: list[Mention], lang: LanguageData) -> list[Mention]:
    """Join an organisation's name the NER cut at the commas and `en` of its own list, when its acronym follows.

    `Rijksinstituut voor Volksgezondheid en Milieu (RIVM)`, `Ministerie van Volksgezondheid, Welzijn
    en Sport (VWS)`: the NER gives `Milieu` and `Sport` names of their own. Only an acronym in
    brackets right after the list, ending with the last part's initial and holding every part's
    initial, joins them; `het ministerie van Defensie en Shell` stays two names.
    """
    joined: list[Mention] = []
    index = 0
    while index < len(mentions):
        first = mentions[index]
        parts = [first]
        while first.label == "ORG" and index + len(parts) < len(mentions):
            following = mentions[index + len(parts)]
            between = text[parts[-1].end:following.start].strip()
            if (between != "," and between.lower() not in lang.coordinators) or following.derived:
                break
            parts.append(following)
            if between != ",":
                break
        acronym = _ACRONYM_AFTER.match(text, parts[-1].end) if len(parts) > 1 else None
        if acronym is not None and _acronym_of_list(acronym.group(1), parts):
            joined.append(Mention(first.article, first.start, parts[-1].end, text[first.start:parts[-1].end],
                                  label="ORG"))
            index += len(parts)
        else:
            joined.append(first)
            index += 1
    return joined


def _acronym_of_list(acronym: str, parts: list[Mention]) -> bool:
    """Return whether `acronym` abbreviates the listed parts of one organisation's name.

    It opens with an initial of the first part, ends with the last part's initial and holds the
    initial of every part after the first (`RIVM`: Rijksinstituut voor Volksgezondheid, Milieu).
    """
    letters = acronym.upper()
    first_initials = {word[0] for word in parts[0].text.replace("-", " ").split() if word[:1].isupper()}
    later = [part.text[0].upper() for part in parts[1:]]
    return letters[0] in first_initials and letters[-1] == later[-1] and all(initial in letters for initial in later)


def _places_in_signatures(text: str, mentions: list[Mention]) -> None:
    """Make the one-word name after a person on a signature line a place (`J. Prins, Sliedrecht`).

    Letters to the editor end with the writer's name and town on a line of their own; the NER
    takes the town for a person or leaves it untyped.
    """
    for person, place in zip(mentions, mentions[1:]):
        line_start = text.rfind("\n", 0, person.start) + 1
        line_end = text.find("\n", place.end)
        if person.label == "PER" and not place.derived and " " not in place.text \
                and text[person.end:place.start] == ", " and not text[line_start:person.start].strip() \
                and not text[place.end:len(text) if line_end < 0 else line_end].strip():
            place.label = "LOC"


def _names_typed_by_a_noun_before(doc: Doc, mentions: list[Mention], lang: LanguageData) -> None:
    """Give every mention of a name the type a noun right before one of them says it has.

    `de stad Almaty` makes a one-word name a place; `netbeheerder Stedin` or `telecombedrijf
    KPN` makes a name an organisation, and the mention after the noun records it, so the
    story's other articles follow (`link.name_matching`). The apposition is stronger evidence
    than the NER's vote over the article's other mentions.
    """
    typed: dict[str, EntityType] = {}
    text = text_of(doc)
    # The last organisation of a list the noun introduced (`netbeheerders Stedin, Liander en Enexis`).
    listed: Mention | None = None
    for mention in mentions:
        if mention.derived or mention.role is not None:
            continue
        if " " not in mention.text and _place_noun_before(doc, mention.start, lang):
            typed[mention.key] = "LOC"
            listed = None
        elif (noun := _noun_before(doc, mention.start, lang.org_cue_heads)) is not None:
            typed[mention.key] = "ORG"
            mention.introduced_by = noun
            listed = mention
        elif (noun := _noun_before(doc, mention.start, lang.product_cue_heads)) is not None:
            typed[mention.key] = "MISC"
            mention.introduced_by = noun
            listed = None
        elif listed is not None and _next_in_list(text, listed, mention, lang):
            typed[mention.key] = "ORG"
            listed = mention
        else:
            listed = None
    for mention in mentions:
        if mention.key in typed and not mention.derived and mention.role is None:
            mention.label = typed[mention.key]


def _next_in_list(text: str, previous: Mention, mention: Mention, lang: LanguageData) -> bool:
    """Return True when `mention` follows `previous` in a list: only a comma or a coordinator between them."""
    between = text[previous.end:mention.start].strip().lower()
    return between == "," or between.removeprefix(",").strip() in lang.coordinators


def _noun_before(doc: Doc, char: int, heads: tuple[str, ...]) -> str | None:
    """Return the noun before the token at `char` (or before a colon or comma) if it ends in one of `heads`.

    `autobouwer Tesla`, `netbeheerders: Stedin`, `de fabrikant, Biogen`, `medicijn Spinraza`.
    """
    previous = _token_before(doc, char)
    if previous is not None and previous.text in (":", ",") and previous.i > 0:
        previous = doc[previous.i - 1]
    if previous is None or not previous.lower_.endswith(heads):
        return None
    if previous.pos_ in ("VERB", "AUX"):  # `bond` (tied), `merk` (notice); the tagger's ADJ for a noun is kept
        return None
    return previous.lower_


def _place_noun_before(doc: Doc, char: int, lang: LanguageData) -> bool:
    """Return True if the token at `char` follows a place noun such as `stad` or `provincie`.

    Not a verb (`staat`), and not a rank: `op de eerste plaats Hamilton` names no place.
    """
    previous = _token_before(doc, char)
    if previous is None or previous.lower_ not in lang.loc_cue_words or previous.pos_ not in ("NOUN", "PROPN"):
        return False
    if previous.i == 0:
        return True
    rank = doc[previous.i - 1]  # a number or an ordinal (`eerste`, ADJ in current UD Dutch)
    return rank.pos_ != "NUM" and rank.lower_ not in lang.ordinal_words and not _ORDINAL_FIGURE.fullmatch(rank.lower_)


def _word_before(doc: Doc, char: int, lang: LanguageData) -> str | None:
    """Return the lower-case word before the token at `char`, skipping an adjective of place."""
    previous = _token_before(doc, char)
    if previous is None:
        return None
    if previous.lower_ in lang.place_adjectives and previous.i >= 1:
        previous = doc[previous.i - 1]
    return previous.lower_


def _token_before(doc: Doc, char: int) -> Token | None:
    """Return the token before the one at character `char`, or None at the start of the text."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    return doc[span.start - 1]
