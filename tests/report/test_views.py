"""The reader's view of a story: how quote speakers are named."""

from __future__ import annotations

import pytest

from newsprism.model import Quote
from newsprism.report.views import speaker_label

NAMES = {"e1": "Kassym-Jomart Tokajev"}


@pytest.mark.parametrize("quote,expected", [
    (Quote("a1", 0, 5, "rust", kind="direct", speaker="e1", speaker_text="Tokajev"), "Kassym-Jomart Tokajev"),
    (Quote("a1", 0, 5, "rust", kind="indirect", speaker_text="een woordvoerder"), "een woordvoerder"),
    (Quote("a1", 0, 5, "rust", kind="term"), "(a term in quote marks)"),
    (Quote("a1", 0, 5, "rust", kind="direct"), "(speaker not found)"),
])
def test_speaker_label(quote: Quote, expected: str) -> None:
    assert speaker_label(quote, NAMES) == expected
