"""Quote speakers: names, roles and pronouns resolved to the entity of the person meant."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsprism.lang import get_language
from newsprism.link import attach_speakers, link_entities
from newsprism.model import AnalysedArticle, Article, Mention, Quote

NL = get_language("nl")


def _article_with_quote(text: str, speaker: str, occurrence: int = 1) -> AnalysedArticle:
    """Return an analysed article whose one quote names `speaker` (its n-th occurrence in `text`)."""
    start = -1
    for _ in range(occurrence):
        start = text.index(speaker, start + 1)
    quote = Quote("a1", 0, 5, text[:5], speaker_text=speaker, speaker_start=start, speaker_end=start + len(speaker))
    return AnalysedArticle(Article("a1", text, id="a1"), quotes=[quote])


@pytest.mark.parametrize("text,speaker,occurrence,meant", [
    ("De Kazachse president Kassym-Jomart Tokayev sprak. De president zei dat het rustig is.",
     "De president", 1, "Kassym-Jomart Tokayev"),
    ("Minister Anna Kovacs kwam binnen. Hij zei niets, maar Kovacs wel. Zij zei: ja.", "Zij", 1, "Anna Kovacs"),
    ("Volgens het Russische persbureau TASS is het kalm.", "Russische", 1, "TASS"),
    ("Staatssecretaris Barbara Visser kwam. Volgens haar is de kazerne te oud.", "haar", 1, "Barbara Visser"),
    ("De Kazachse president Kassym-Jomart Tokayev belde de Russische president Vladimir Poetin. Later zei "
     "de Russische president dat hij komt.", "de Russische president", 1, "Vladimir Poetin"),
])
def test_speaker_is_the_person_meant(analyse_text: Callable[..., AnalysedArticle], text: str, speaker: str,
                                     occurrence: int, meant: str) -> None:
    analysed = analyse_text(text)
    probe = _article_with_quote(analysed.article.text, speaker, occurrence)
    analysed.quotes = probe.quotes
    entities = link_entities([analysed], NL)
    attach_speakers([analysed], NL)
    assert next(e.name for e in entities if e.id == analysed.quotes[0].speaker) == meant


def test_quote_without_speaker_span_stays_unattributed() -> None:
    analysed = AnalysedArticle(Article("a1", "Er werd geschoten.", id="a1"),
                               mentions=[Mention("a1", 0, 2, "Er")], quotes=[Quote("a1", 0, 2, "Er")])
    link_entities([analysed], NL)
    attach_speakers([analysed], NL)
    assert analysed.quotes[0].speaker is None
