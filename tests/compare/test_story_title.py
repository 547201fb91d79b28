"""A story's title: the headline its articles echo, not whichever came first."""

from __future__ import annotations

from newsprism.compare.story import story_title
from newsprism.model import AnalysedArticle, Article


def article(title: str | None, text: str) -> AnalysedArticle:
    return AnalysedArticle(Article(source=title or text[:10], text=text, title=title))


FERRY = [
    article("’Wie let er nog op ons?’", "Een lezer schrijft over de veerpont die gisteren bij Harlingen aan de grond liep."),
    article("Veerpont loopt aan de grond bij Harlingen",
            "De veerpont naar Terschelling is bij Harlingen aan de grond gelopen. Niemand raakte gewond."),
    article("Passagiers urenlang vast op pont",
            "Na het vastlopen van de veerpont bij Harlingen zaten de passagiers urenlang vast."),
    article("Rederij onderzoekt waarom veerpont vastliep",
            "De rederij onderzoekt waarom de veerpont bij Harlingen aan de grond liep."),
]


def test_the_title_the_other_articles_echo_wins_over_the_first() -> None:
    assert story_title(FERRY) == "Veerpont loopt aan de grond bij Harlingen"


def test_two_articles_keep_the_first_title() -> None:
    assert story_title(FERRY[:2]) == "’Wie let er nog op ons?’"


def test_a_story_without_titles_or_sentences_is_untitled() -> None:
    untitled = AnalysedArticle(Article(source="x", text="Tekst."))
    assert story_title([untitled]) == "(untitled story)"
