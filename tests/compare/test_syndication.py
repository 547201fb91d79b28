"""Tests for compare/syndication.py: copies are one voice."""

from __future__ import annotations

import pytest

from newsprism.compare.syndication import copies_of, count_voices, find_voices
from newsprism.model import AnalysedArticle, Article

WIRE = ("Havenarbeiders in Rotterdam leggen maandag voor 48 uur het werk neer. De vakbond eist een "
        "loonsverhoging van 7 procent en een vroegpensioen voor sjorders in de haven van Rotterdam.")
OTHER = "De dijk bij Zwartewaal is doorgebroken en honderden bewoners zijn geëvacueerd naar een sporthal."


def _articles(*texts: str) -> list[AnalysedArticle]:
    return [AnalysedArticle(Article(source=f"a{i}", text=t, id=f"a{i}")) for i, t in enumerate(texts, start=1)]


def test_find_voices_maps_a_copy_to_its_source() -> None:
    voices = find_voices(_articles(WIRE, OTHER, WIRE))
    assert voices == {"a1": "a1", "a2": "a2", "a3": "a1"}
    assert copies_of(voices) == {"a3": "a1"}


@pytest.mark.parametrize("ids,expected", [(["a1", "a3"], 1), (["a1", "a2", "a3"], 2), ([], 0)])
def test_count_voices(ids: list[str], expected: int) -> None:
    assert count_voices(ids, {"a1": "a1", "a2": "a2", "a3": "a1"}) == expected
