"""Build a Story from the analysed articles of one story: link, align, group and summarise."""

from __future__ import annotations

from newsprism.compare.alignment import align_passages
from newsprism.compare.claims import group_claims, quantity_holders
from newsprism.compare.framing import frame_story
from newsprism.compare.quote_groups import group_quotes_across_articles
from newsprism.compare.summary import summarise_story
from newsprism.compare.syndication import copies_of, find_voices
from newsprism.compare.timeline import build_timeline
from newsprism.compare.word_forms import stem_word, word_pieces
from newsprism.config import int_setting
from newsprism.lang import get_language
from newsprism.link import attach_speakers, link_entities
from newsprism.model import AnalysedArticle, Story

_TITLE_MAX_CHARS = 90
# A title with fewer content words than this counts as only partly telling (`Britse royals herdenken`).
_TITLE_FULL_WORDS = 4


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
        claims=group_claims(quantities, lang, quantity_holders(articles)),
        times=sorted((t for a in articles for t in a.times), key=lambda t: (t.value is None, t.value or "", t.article)),
        passages=passages,
        summary=summarise_story(articles, passages, length, voices),
        duplicates=copies_of(voices),
        framing=frame_story(articles, entities, quotes, lang),
    )
    story.timeline = build_timeline(articles, story.times)
    return story


def story_title(articles: list[AnalysedArticle]) -> str:
    """Return the most representative article title, else the opening of the first sentence."""
    titled = [a for a in articles if a.article.title]
    if titled:
        return _most_shared_title(titled, articles)
    for analysed in articles:
        if analysed.sentences:
            text = analysed.sentences[0].text
            if len(text) <= _TITLE_MAX_CHARS:
                return text
            return text[:_TITLE_MAX_CHARS].rsplit(" ", 1)[0] + "…"
    return "(untitled story)"


def _most_shared_title(titled: list[AnalysedArticle], articles: list[AnalysedArticle]) -> str:
    """Return the title whose words the story's other articles share most (the earliest given on a tie).

    The first article of a story is often a reaction, a reader's letter or a live blog; the title the
    other articles echo says what the story is about.
    """
    if len(articles) < 3:
        return str(titled[0].article.title)
    lang = get_language(articles[0].article.language)

    def stems(text: str) -> set[str]:
        return {stem_word(w, lang) for w in word_pieces(text) if len(w) > 1 and not w.isdigit()
                and w not in lang.stop_words}

    words = {id(a): stems(f"{a.article.title or ''} {a.article.text}") for a in articles}
    best_title, best_score = str(titled[0].article.title), -1.0
    for analysed in titled:
        title_words = stems(str(analysed.article.title))
        if not title_words:
            continue
        others = [words[id(a)] for a in articles if a is not analysed]
        shared = sum(len(title_words & other) for other in others) / (len(title_words) * len(others))
        score = shared * min(1.0, len(title_words) / _TITLE_FULL_WORDS)
        if score > best_score:
            best_title, best_score = str(analysed.article.title), score
    return best_title
