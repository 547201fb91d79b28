"""Give each quote the entity that said it: a named speaker, or the person a pronoun stands for."""

from __future__ import annotations

from newsprism.lang import LanguageData
from newsprism.model import AnalysedArticle


def attach_speakers(articles: list[AnalysedArticle], lang: LanguageData) -> None:
    """Set `quote.speaker` to an entity id from the speaker span the quote finder recorded."""
    for analysed in articles:
        by_span = {(m.start, m.end): m for m in analysed.mentions if m.entity}
        persons = sorted((m for m in analysed.mentions if m.entity and m.label == "PER"), key=lambda m: m.start)
        for quote in analysed.quotes:
            if quote.speaker_start is None or quote.speaker_end is None:
                continue
            mention = by_span.get((quote.speaker_start, quote.speaker_end))
            if mention is None and (quote.speaker_text or "").lower() in lang.speaker_pronouns:
                earlier = [m for m in persons if m.end <= quote.speaker_start]
                mention = earlier[-1] if earlier else None
            if mention is None:
                mention = next((m for m in analysed.mentions if m.entity and m.start <= quote.speaker_start < m.end),
                               None)
            if mention is not None:
                quote.speaker = mention.entity
