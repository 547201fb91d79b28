"""Who said it: speech cues in a sentence and the words naming the speaker of each cue."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc, Token

from newsprism.lang import LanguageData
from newsprism.model import Mention, Quote

CueKind = Literal["verb", "naming", "leading", "trailing", "agent"]
# Words a `volgens` source may run on over its complements before the verb (`van de ... uit de ...`).
_MAX_COMPLEMENT_WORDS = 12
# How many words may stand between a determiner and the role noun it opens.
_MAX_MODIFIERS = 3
# How far after a speech verb its subject may stand (`zei ook de minister`).
_MAX_SUBJECT_GAP = 3
_SUBJECT_DEPS = ("nsubj", "nsubj:pass", "su")
_AGENT_DEPS = ("obl:agent",)
_TRIM_DEPS = ("acl", "acl:relcl", "punct", "parataxis", "advcl", "conj", "cc")


@dataclass(frozen=True)
class Cue:
    """A word that reports speech: a speech verb, `volgens`, `aldus`, a passive agent."""

    token: int  # index of the cue token in the Doc
    kind: CueKind


# How far back a demonstrative speaker (`Die`) looks for what it points to, at most.
_ANTECEDENT_TOKENS = 60


@dataclass(frozen=True)
class Phrase:
    """Words naming a speaker: character offsets and the last token index."""

    start: int
    end: int
    last_token: int


def give_speaker(quote: Quote, text: str, speaker: Phrase) -> None:
    """Record `speaker` on the quote: its offsets and its words in `text`."""
    quote.speaker_start, quote.speaker_end = speaker.start, speaker.end
    quote.speaker_text = text[speaker.start:speaker.end]


class SpeakerFinder:
    """Find speech cues and the words naming their speakers in one parsed article."""

    def __init__(self, doc: Doc, mentions: Sequence[Mention], lang: LanguageData) -> None:
        """Index the mentions of `doc` by their first token."""
        self.doc = doc
        self.lang = lang
        self.has_parse = doc.has_annotation("DEP")
        self.has_pos = doc.has_annotation("POS")
        self.has_lemma = doc.has_annotation("LEMMA")
        self.mention_at: dict[int, Phrase] = {}
        for mention in mentions:
            if mention.derived:  # an adjective of place (`Britse kranten meldden`) never speaks itself
                continue
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None and len(span) and not (len(span) == 1 and span[0].lower_ in lang.stop_words):
                self.mention_at[span.start] = self._with_flat_names(span.start, span.end - 1)
        covered = {i for start, phrase in self.mention_at.items() for i in range(start, phrase.last_token + 1)}
        for ent in doc.ents:  # a name the NER found that the mention cleaning dropped still names a speaker
            if ent.label_ != "MISC" and not covered.intersection(range(ent.start, ent.end)):
                self.mention_at[ent.start] = Phrase(ent.start_char, ent.end_char, ent.end - 1)

    def _with_flat_names(self, first: int, last: int) -> Phrase:
        """Return a mention grown by the proper nouns the parse hangs on it (`Sigrid` + `Kaag`) the NER cut off."""
        while self.has_parse and last + 1 < len(self.doc):
            following = self.doc[last + 1]
            if following.dep_ not in ("flat", "flat:name") or not first <= following.head.i <= last \
                    or not self._is_name(following):
                break
            last += 1
        return Phrase(self.doc[first].idx, self.doc[last].idx + len(self.doc[last].text), last)

    def cues(self, tokens: Sequence[int]) -> list[Cue]:
        """Return the speech cues among `tokens` (indices, in text order)."""
        lang = self.lang
        words = [self.doc[i].lower_ for i in tokens]
        found: list[Cue] = []
        for position, i in enumerate(tokens):
            token, word = self.doc[i], words[position]
            # A separable verb with its particle later in the clause is a verb whatever the tagger says
            # (`licht directeur Van den Berg toe`: `licht` read as an adjective).
            with_particle = word in lang.particle_speech_verbs and any(
                w in lang.particle_speech_verbs[word] for w in words[position + 1:])
            if self.has_pos and token.pos_ not in ("VERB", "AUX", "ADP", "ADV", "SCONJ", "") and not with_particle:
                continue
            if word in lang.naming_verbs or self._lemma(token) in lang.naming_verbs:
                found.append(Cue(i, "naming"))
            elif word in lang.speech_verbs or self._lemma(token) in lang.speech_verbs:
                found.append(Cue(i, "verb"))
            elif with_particle:
                found.append(Cue(i, "verb"))
            elif word in lang.attribution_markers:
                found.append(Cue(i, "leading"))
            elif word in lang.trailing_attribution_markers:
                found.append(Cue(i, "trailing"))
            elif word in lang.agent_prepositions:
                found.append(Cue(i, "agent"))
        if not any(cue.kind == "naming" for cue in found):
            found = [cue for cue in found if cue.kind != "agent"]
        return found

    def speaker(self, cue: Cue, frame: Sequence[int]) -> Phrase | None:
        """Return the words naming who speaks at `cue`, looking only at `frame` tokens."""
        allowed = set(frame)
        # The rules come first: the parser often reads an inverted subject (`zei de minister`)
        # as an object and a sentence-initial date as the subject; its answer is the fallback.
        if cue.kind in ("leading", "trailing", "agent"):
            phrase = self._phrase_after_marker(cue.token, allowed)
        else:
            phrase = self._subject_by_rules(cue.token, allowed, object_follows=cue.kind == "naming")
        if phrase is None and self.has_parse:
            phrase = self._plausible(self._speaker_from_parse(cue), allowed)
        return phrase

    def sentence_subject(self, start: int, end: int, quoted: set[int]) -> Phrase | None:
        """Return the subject of the sentence at characters start..end if it names someone outside the `quoted` tokens."""
        span = self.doc.char_span(start, end, alignment_mode="contract")
        if span is None or not self.has_parse:
            return None
        root = next((t for t in span if t.dep_ == "ROOT"), None)
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None) if root is not None else None
        if subject is None or subject.i in quoted:
            return None
        allowed = set(range(span.start, span.end))
        return self._mention_covering(subject.i) or self.phrase_at(subject.left_edge.i, allowed)

    def _plausible(self, phrase: Phrase | None, allowed: set[int]) -> Phrase | None:
        """Return a parse-found speaker only when it stands outside the quotes and names someone."""
        if phrase is None:
            return None
        span = self.doc.char_span(phrase.start, phrase.end, alignment_mode="expand")
        if span is None or any(t.i not in allowed for t in span):
            return None
        if not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in span):
            return None
        if self._names_a_time(span[-1]):  # `Eerder deze week werd bekendgemaakt`: the parser's subject is a time
            return None
        return phrase

    def _names_a_time(self, token: Token) -> bool:
        word = token.lower_
        lang = self.lang
        return word in lang.period_units or word in lang.day_parts or word in lang.weekdays or word in lang.months

    def _lemma(self, token: Token) -> str:
        return token.lemma_.lower() if self.has_lemma else ""

    def _speaker_from_parse(self, cue: Cue) -> Phrase | None:
        token = self.doc[cue.token]
        if cue.kind in ("leading", "trailing", "agent"):
            if token.dep_ == "case" or token.head.i > token.i:
                return self._dep_phrase(token.head) if token.head is not token else None
            return None
        verb: Token | None = token
        for _ in range(3):
            if verb is None:
                break
            subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
            agent = next((c for c in verb.children if c.dep_ in _AGENT_DEPS), None)
            if cue.kind == "naming" and agent is not None:
                return self._dep_phrase(agent)
            if subject is not None:
                return self._dep_phrase(subject)
            verb = verb.head if verb.head is not verb and verb.dep_ in ("conj", "xcomp", "aux") else None
        return None

    def _dep_phrase(self, head: Token) -> Phrase:
        """Return the mention heading or inside a subject, else the subject without its clauses."""
        phrase = self._mention_covering(head.i)
        if phrase is not None:
            return phrase
        for child in head.children:
            if child.dep_ in ("appos", "flat", "flat:name", "nmod") and child.i > head.i:
                covering = self._mention_covering(child.i)
                if covering is not None and child.dep_ != "nmod":
                    return covering
        kept = [head] + [t for c in head.children if c.dep_ not in _TRIM_DEPS and c.dep_ != "case"
                         for t in c.subtree]
        first = min(kept, key=lambda t: t.i)
        last = max(kept, key=lambda t: t.i)
        if first.dep_ == "case" or first.lower_ in self.lang.attribution_markers:
            first = self.doc[first.i + 1]
        return Phrase(first.idx, last.idx + len(last.text), last.i)

    def _mention_covering(self, index: int) -> Phrase | None:
        for start, phrase in self.mention_at.items():
            if start <= index <= phrase.last_token:
                return phrase
        return None

    def _phrase_after_marker(self, marker: int, allowed: set[int]) -> Phrase | None:
        """Return the source after `volgens`/`aldus`: a name, a role phrase, else a determiner and its nouns."""
        phrase = self.phrase_at(marker + 1, allowed)
        if phrase is not None:
            return self._up_to_the_finite_verb(phrase, allowed)
        following = self.doc[marker + 1] if marker + 1 < len(self.doc) else None
        if following is not None and marker + 1 in allowed and following.lower_ in self.lang.object_speaker_pronouns:
            return Phrase(following.idx, following.idx + len(following.text), marker + 1)  # `volgens hem`
        last: int | None = None
        for i in range(marker + 1, min(marker + 1 + _MAX_MODIFIERS + 1, len(self.doc))):
            token = self.doc[i]
            if i not in allowed or token.is_punct:
                break
            if i in self.mention_at:
                return self.mention_at[i]
            if i == marker + 1 and token.lower_ in self.lang.speaker_determiners:
                continue
            if token.lower_ in self.lang.stop_words or (self.has_pos and token.pos_ not in ("ADJ", "NOUN", "PROPN")):
                break
            last = i
        if last is None:
            return None
        first = self.doc[marker + 1]
        return self._up_to_the_finite_verb(Phrase(first.idx, self.doc[last].idx + len(self.doc[last].text), last),
                                           allowed)

    def _up_to_the_finite_verb(self, phrase: Phrase, allowed: set[int]) -> Phrase:
        """Return the source phrase grown over its complements up to the verb that follows it.

        `Volgens de zus van de ontsnapte patiënt uit de kliniek in Den Dolder is er ...`: a fronted
        `volgens` phrase ends where the finite verb comes (Dutch puts it second); what comes between
        (`van de ontsnapte patiënt ...`) still names the source, and the report starts at the verb.
        """
        first = phrase.last_token + 1
        if not self.has_pos or first not in allowed or first >= len(self.doc) \
                or self.doc[first].lower_ not in self.lang.speaker_linkers:
            return phrase
        for j in range(first, min(first + _MAX_COMPLEMENT_WORDS, len(self.doc))):
            token = self.doc[j]
            if j not in allowed or token.is_punct or token.pos_ in ("PRON", "SCONJ", "CCONJ"):
                return phrase  # a relative clause (`die worden vervolgd`) or a second clause: not the source
            if token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm", []):
                if j == first:
                    return phrase
                last = self.doc[j - 1]
                return Phrase(phrase.start, last.idx + len(last.text), j - 1)
        return phrase

    def _subject_by_rules(self, verb: int, allowed: set[int], object_follows: bool = False) -> Phrase | None:
        """Return the subject of a speech verb: right after it (inversion), else just before it.

        After a naming verb the next phrase is usually its object (`noemde de betogers "X"`),
        so the subject is looked for before the verb first.
        """
        after = self.phrase_at(verb + 1, allowed)
        if after is not None and not object_follows:
            return after
        before = self._phrase_ending_at(verb - 1, allowed)
        if before is not None:
            return self._first_conjunct(before, allowed)
        clause_start = verb
        while clause_start - 1 in allowed and not self.doc[clause_start - 1].is_punct:
            clause_start -= 1
        for i in range(clause_start, verb):
            phrase = self.phrase_at(i, allowed)
            if phrase is not None:
                return phrase
        if after is not None:
            return after
        for i in range(verb + 2, min(verb + 2 + _MAX_SUBJECT_GAP, len(self.doc))):
            if i not in allowed or self.doc[i].is_punct:
                break
            phrase = self.phrase_at(i, allowed)
            if phrase is not None:
                return phrase
        return None

    def _phrase_ending_at(self, last: int, allowed: set[int]) -> Phrase | None:
        for i in range(max(0, last - 2 * _MAX_MODIFIERS - 2), last + 1):
            if i not in allowed:
                continue
            phrase = self.phrase_at(i, allowed)
            if phrase is not None and phrase.last_token == last:
                return phrase
        return None

    def _first_conjunct(self, phrase: Phrase, allowed: set[int]) -> Phrase:
        """Return `X` of `X en zijn regering zeiden`: the named first of two coordinated subjects."""
        first = self.doc.char_span(phrase.start, phrase.end, alignment_mode="expand")
        if first is None or first.start < 2:
            return phrase
        link = self.doc[first.start - 1]
        if link.lower_ not in self.lang.stop_words or link.i not in allowed:
            return phrase
        for start, mention in self.mention_at.items():
            if mention.last_token == link.i - 1 and start in allowed:
                return mention
        return phrase

    def phrase_at(self, i: int, allowed: set[int]) -> Phrase | None:
        """Return a speaker phrase starting at token `i`: a name, a pronoun or a role phrase."""
        if i not in allowed or i >= len(self.doc):
            return None
        token = self.doc[i]
        if i in self.mention_at:
            return self.mention_at[i]
        lower = token.lower_
        if lower in self.lang.speaker_determiners or lower in self.lang.place_adjectives:
            role = self._role_after(i + 1, allowed)  # `haar woordvoerder`, `Britse kranten`
        else:
            role = i if self._is_role(token) else None
        if role is None:
            # `die` opens a role phrase (`die woordvoerder`) or, a pronoun by the tagger, stands for the
            # nearest speaker before it (`Die noemde`).
            if lower in self.lang.demonstrative_pronouns and self.has_pos and token.pos_ == "PRON":
                antecedent = self._antecedent(i)
                return antecedent or Phrase(token.idx, token.idx + len(token.text), i)
            if lower not in self.lang.speaker_pronouns:
                return None
            return Phrase(token.idx, token.idx + len(token.text), i)
        if role + 1 in self.mention_at and role + 1 in allowed:
            return self.mention_at[role + 1]
        name = self._name_after_role(role + 1, allowed)
        if name is not None:
            return name
        last = self._complement_end(role, allowed)
        end_token = self.doc[last]
        return Phrase(token.idx, end_token.idx + len(end_token.text), last)

    def _name_after_role(self, i: int, allowed: set[int]) -> Phrase | None:
        """Return the name right after a role (`minister Kaag`) that the NER missed: capitalised proper nouns."""
        last = i - 1
        while last + 1 < len(self.doc) and last + 1 in allowed and self._is_name(self.doc[last + 1]):
            last += 1
        if last < i:
            return None
        return Phrase(self.doc[i].idx, self.doc[last].idx + len(self.doc[last].text), last)

    def _is_name(self, token: Token) -> bool:
        word = token.text
        if len(word) < 2 or not word[0].isupper() or not word[1:].isalpha():
            return False
        return token.pos_ == "PROPN" if self.has_pos else True

    def _role_after(self, i: int, allowed: set[int]) -> int | None:
        for k in range(i, min(i + _MAX_MODIFIERS + 1, len(self.doc))):
            token = self.doc[k]
            if k not in allowed or token.is_punct or token.lower_ in self.lang.speaker_determiners:
                return None
            if self._is_role(token):
                return k
            if self.has_pos and token.pos_ not in ("ADJ", "NUM", "PROPN", "NOUN"):
                return None
        return None

    def _antecedent(self, i: int) -> Phrase | None:
        """Return the speaker a demonstrative at token i points back to: the last name or role before it.

        `… sprak met een politiewoordvoerder. Die noemde het …`: a demonstrative stands for the
        nearest phrase, not for the last person named, so the search stops at the sentence before.
        """
        sentence_starts = 0
        for k in range(i - 1, max(-1, i - _ANTECEDENT_TOKENS), -1):
            token = self.doc[k]
            if token.is_sent_start:
                sentence_starts += 1
            named = self._mention_covering(k)  # going back, the first token of a name met is its last
            if named is not None:
                return named
            if self._is_role(token):
                first = k - 1 if k > 0 and self.doc[k - 1].lower_ in self.lang.speaker_determiners else k
                last = self._complement_end(k, set(range(k, i)))
                return Phrase(self.doc[first].idx, self.doc[last].idx + len(self.doc[last].text), last)
            if sentence_starts >= 2 or "\n\n" in token.whitespace_:
                break
        return None

    def _is_role(self, token: Token) -> bool:
        word = token.lower_
        if word in self.lang.speaker_roles:
            return True
        return any(len(role) >= 5 and word.endswith(role) for role in self.lang.speaker_roles)

    def _complement_end(self, role: int, allowed: set[int]) -> int:
        """Return the last token of `woordvoerder van de politie`: the role plus one linked phrase."""
        link = role + 1
        if link not in allowed or link >= len(self.doc) or self.doc[link].lower_ not in self.lang.speaker_linkers:
            return role
        k = link + 1
        if k in allowed and k < len(self.doc) and self.doc[k].lower_ in self.lang.speaker_determiners:
            k += 1
        if k in self.mention_at and k in allowed:
            return self.mention_at[k].last_token
        for j in range(k, min(k + _MAX_MODIFIERS, len(self.doc))):
            token = self.doc[j]
            if j not in allowed or token.is_punct or token.lower_ in self.lang.stop_words:
                break
            if self.has_pos:
                if token.pos_ in ("NOUN", "PROPN"):
                    return j
            elif not token.lower_.endswith(self.lang.term_adjective_endings) or self._is_role(token):
                return j
        return role
