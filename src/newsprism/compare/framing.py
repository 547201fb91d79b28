"""Framing: which words each outlet uses for the main actors of a story, in its own voice or quoted.

`frame_story` returns a list of actor entries, most talked-about actor first. The actors
are the groups of the language's label lexicon (`lang/<code>/labels.py`: protesters,
security forces, foreign troops, government); a word names an actor when its stem is a
label's stem or ends in one (compound heads: `ME-agenten`, `Tokajev-bewind`). Only actors
some article names appear, and not those named only by labels with an everyday sense
(`leiding`, `aanvaller`: `lang/<code>/labels.py` CONTEXT_LABELS) or only by hostile ones
(`criminelen`, `seriemoordenaar`). Format of one entry::

    {"actor": "protesters",
     "outlets": [                      # articles that name the actor, in story order
        {"article": "a1", "outlet": "nos.nl",          # outlet may be null
         "words": [                    # one per distinct word as written (lowercased)
            {"word": "demonstranten", "label": "demonstrant", "stance": "neutral",
             "own": 3,                 # times used in the outlet's own voice
             "quoted": 1,              # times inside a direct or partial quote (indirect speech is own voice)
             "scare_quoted": 0,        # times inside a scare-quoted term (quote kind `term`)
             "speakers": ["Tokajev"]}  # who is quoted using it (entity name or speaker text)
         ]}]}

The last entry, when any article scare-quotes something, has `"actor": "scare_quoted"`
and the same shape: every quote of kind `term` per outlet, with `label` and `stance` null
unless the term is itself a label (then it is also counted under its actor).
"""

from __future__ import annotations

import re

from newsprism.compare.word_forms import stem_word
from newsprism.lang import LanguageData
from newsprism.model import AnalysedArticle, Entity, Quote

SCARE_QUOTED = "scare_quoted"
_MIN_HEAD = 5
_MIN_MODIFIER = 2
# A modifier without hyphen or linking sound must be this long to count as a word (`oproer-politie`).
_MIN_WORD_MODIFIER = 5
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def frame_story(articles: list[AnalysedArticle], entities: list[Entity], quotes: list[Quote],
                lang: LanguageData) -> list[dict[str, object]]:
    """Return, per main actor, the words each outlet uses for it and in whose voice (format above)."""
    labels = _label_stems(lang)
    names = {e.id: e.name for e in entities}
    quotes_of: dict[str, list[Quote]] = {}
    for quote in quotes:
        quotes_of.setdefault(quote.article, []).append(quote)
    usage: dict[str, dict[str, dict[str, dict[str, object]]]] = {}
    for analysed in articles:
        article = analysed.article
        for match in _WORD.finditer(article.text):
            word = match.group().lower()
            found = _actor_label(word, labels, lang)
            if found is None:
                continue
            actor, label, stance = found
            enclosing = _enclosing_quote(quotes_of.get(article.id, []), match.start(), match.end())
            _count(_word_entry(usage, actor, article.id, word, label, stance), enclosing, names)
        for quote in quotes_of.get(article.id, []):
            if quote.kind == "term":
                term = quote.text.strip().lower()
                found = _actor_label(term, labels, lang)
                entry = _word_entry(usage, SCARE_QUOTED, article.id, term,
                                    found[1] if found else None, found[2] if found else None)
                _count(entry, quote, names)
    for actor in [a for a in usage if a != SCARE_QUOTED and _no_plain_label(usage[a], lang)]:
        del usage[actor]
    order = {a.article.id: index for index, a in enumerate(articles)}
    outlets = {a.article.id: a.article.outlet for a in articles}
    actors = sorted((a for a in usage if a != SCARE_QUOTED), key=lambda a: (-_total(usage[a]), a))
    if SCARE_QUOTED in usage:
        actors.append(SCARE_QUOTED)
    return [{
        "actor": actor,
        "outlets": [{"article": article_id, "outlet": outlets[article_id], "words": list(words.values())}
                    for article_id, words in sorted(usage[actor].items(), key=lambda item: order[item[0]])],
    } for actor in actors]


def _no_plain_label(by_article: dict[str, dict[str, dict[str, object]]], lang: LanguageData) -> bool:
    """Return True when no word for an actor names it plainly: only everyday senses (`leiding`) or hostile words.

    `criminele asielzoekers`, `de seriemoordenaar` or `terroristen` alone are no protesters: a
    story about protesters names them plainly somewhere (`demonstranten`), whatever else it calls them.
    """
    return all(w["label"] in lang.context_labels or w["stance"] == "hostile"
               for words in by_article.values() for w in words.values())


def _label_stems(lang: LanguageData) -> dict[str, tuple[str, str, str]]:
    return {stem_word(label, lang): (actor, label, stance)
            for actor, words in lang.actor_labels.items() for label, stance in words.items() if " " not in label}


def _actor_label(word: str, labels: dict[str, tuple[str, str, str]], lang: LanguageData) -> tuple[str, str, str] | None:
    stem = stem_word(word, lang)
    if stem in labels:
        return labels[stem]
    for cut in range(_MIN_MODIFIER, len(stem) - _MIN_HEAD + 1):
        if stem[cut:] in labels and _compound_modifier(stem[:cut], lang):
            return labels[stem[cut:]]
    return None


def _compound_modifier(modifier: str, lang: LanguageData) -> bool:
    """Return True when `modifier` can open a compound: a hyphen, a linking sound or a word of its own.

    `ME-agenten`, `bezettingsleger`, `oproerpolitie` are compounds; `verpleger` is no kind of `leger`.
    """
    return (modifier.endswith("-") or modifier.endswith(lang.compound_linkers)
            or len(modifier) >= _MIN_WORD_MODIFIER or modifier in lang.common_words)


def _enclosing_quote(quotes: list[Quote], start: int, end: int) -> Quote | None:
    # Indirect speech is paraphrase: its wording is the outlet's own, so it does not make a word "quoted".
    inside = [q for q in quotes if q.start <= start and end <= q.end and q.kind != "indirect"]
    return min(inside, key=lambda q: q.end - q.start) if inside else None


def _word_entry(usage: dict[str, dict[str, dict[str, dict[str, object]]]], actor: str, article: str, word: str,
                label: str | None, stance: str | None) -> dict[str, object]:
    words = usage.setdefault(actor, {}).setdefault(article, {})
    if word not in words:
        words[word] = {"word": word, "label": label, "stance": stance, "own": 0, "quoted": 0,
                       "scare_quoted": 0, "speakers": []}
    return words[word]


def _count(entry: dict[str, object], quote: Quote | None, names: dict[str, str]) -> None:
    voice = "own" if quote is None else "scare_quoted" if quote.kind == "term" else "quoted"
    entry[voice] = int(entry[voice]) + 1  # type: ignore[call-overload]
    if quote is not None and quote.kind != "term":
        speaker = names.get(quote.speaker or "", None) or quote.speaker_text
        speakers = entry["speakers"]
        if speaker and isinstance(speakers, list) and speaker not in speakers:
            speakers.append(speaker)


def _total(by_article: dict[str, dict[str, dict[str, object]]]) -> int:
    return sum(int(w["own"]) + int(w["quoted"]) + int(w["scare_quoted"])  # type: ignore[call-overload]
               for words in by_article.values() for w in words.values())
