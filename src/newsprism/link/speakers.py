"""Give each quote the entity that said it: a named speaker, a role, or the person a pronoun stands for."""

from __future__ import annotations

from newsprism.lang import LanguageData
from newsprism.link.roles import is_role_noun
from newsprism.model import AnalysedArticle, Mention, Quote


def attach_speakers(articles: list[AnalysedArticle], lang: LanguageData) -> None:
    """Set `quote.speaker` to an entity id from the speaker span the quote finder recorded."""
    for analysed in articles:
        linked = sorted((m for m in analysed.mentions if m.entity), key=lambda m: m.start)
        by_span = {(m.start, m.end): m for m in linked}
        persons = [m for m in linked if m.label == "PER" and not m.derived]
        for quote in analysed.quotes:
            if quote.speaker_start is None or quote.speaker_end is None:
                continue
            mention = by_span.get((quote.speaker_start, quote.speaker_end)) \
                or _overlapping(linked, quote.speaker_start, quote.speaker_end) \
                or _pronoun_referent(quote, persons, lang) \
                or _role_referent(quote, persons, lang)
            if mention is not None and mention.derived:
                mention = _name_after_adjective(linked, mention)
            if mention is not None:
                quote.speaker = mention.entity


def _name_after_adjective(mentions: list[Mention], adjective: Mention) -> Mention | None:
    """Return the name an adjective of place qualifies (`het Russische persbureau TASS`): a place never speaks."""
    return next((m for m in mentions if not m.derived and m.role is None and 0 <= m.start - adjective.end <= 30),
                None)


def _overlapping(mentions: list[Mention], start: int, end: int) -> Mention | None:
    """Return the person (else any) mention overlapping the speaker span."""
    overlapping = [m for m in mentions if m.start < end and start < m.end and not m.derived]
    return max(overlapping, key=lambda m: (m.label == "PER", m.end - m.start), default=None)


def _pronoun_referent(quote: Quote, persons: list[Mention], lang: LanguageData) -> Mention | None:
    """Return the last person named before a pronoun speaker (`hij`, `zij`)."""
    pronoun = (quote.speaker_text or "").lower()
    if pronoun not in lang.speaker_pronouns and pronoun not in lang.object_speaker_pronouns \
            or quote.speaker_start is None:
        return None
    start = quote.speaker_start
    earlier = [m for m in persons if m.end <= start]
    return earlier[-1] if earlier else None


def _role_referent(quote: Quote, persons: list[Mention], lang: LanguageData) -> Mention | None:
    """Return the person a role speaker (`de president`) was bound to earlier in the article."""
    words = (quote.speaker_text or "").lower().split()
    role = next((w for w in reversed(words) if is_role_noun(w, lang)), None)
    if role is None or quote.speaker_start is None:
        return None
    start = quote.speaker_start
    bound = [m for m in persons if m.role == role and m.end <= start] or [m for m in persons if m.role == role]
    return bound[-1] if bound else None
