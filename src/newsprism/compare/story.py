"""Build a Story from the analysed articles of one story: link, align, group and summarise."""

from __future__ import annotations

from newsprism.compare.alignment import align_passages
from newsprism.compare.claims import group_claims
from newsprism.compare.framing import frame_story
from newsprism.compare.quote_groups import group_quotes_across_articles
from newsprism.compare.summary import summarise_story
from newsprism.compare.syndication import copies_of, find_voices
from newsprism.compare.timeline import build_timeline
from newsprism.config import int_setting
from newsprism.lang import get_language
from newsprism.link import attach_speakers, link_entities
from newsprism.model import AnalysedArticle, Story

_TITLE_MAX_CHARS = 90


def build_story(story_id: str, articles: list[AnalysedArticle], summary_length: int | None = None) -> Story:
    """Return the comparison of one story's articles (ids already assigned; other ids unique within the story)."""
    lang = get_language(articles[0].article.language if articles else "nl")
    entities = link_entities(articles, lang)
    attach_speakers(articles, lang)
    quotes = [q for a in articles for q in a.quotes]
    for number, quote in enumerate(quotes, start=1):
        quote.id = f"q{number}"
    quantities = [n for a in articles for n in a.quantities]
    for number, quantity in enumerate(quantities, start=1):
        quantity.id = f"n{number}"
    voices = find_voices(articles)
    passages = align_passages(articles, voices)
    length = summary_length if summary_length is not None else int_setting("summary_length")
    story = Story(
        id=story_id,
        title=story_title(articles),
        articles=articles,
        entities=entities,
        quotes=quotes,
        quote_groups=group_quotes_across_articles(quotes),
        quantities=quantities,
        claims=group_claims(quantities, lang),
        times=sorted((t for a in articles for t in a.times), key=lambda t: (t.value is None, t.value or "", t.article)),
        passages=passages,
        summary=summarise_story(articles, passages, length, voices),
        duplicates=copies_of(voices),
        framing=frame_story(articles, entities, quotes, lang),
    )
    story.timeline = build_timeline(articles, story.times)
    return story


def story_title(articles: list[AnalysedArticle]) -> str:
    """Return the first article title, else the opening of the first sentence."""
    for analysed in articles:
        if analysed.article.title:
            return analysed.article.title
    for analysed in articles:
        if analysed.sentences:
            text = analysed.sentences[0].text
            if len(text) <= _TITLE_MAX_CHARS:
                return text
            return text[:_TITLE_MAX_CHARS].rsplit(" ", 1)[0] + "…"
    return "(untitled story)"
