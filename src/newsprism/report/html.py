"""The HTML report: one self-contained page (CSS and script inline), all article text escaped."""

from __future__ import annotations

from dataclasses import dataclass

from jinja2 import Environment, PackageLoader, select_autoescape

from newsprism.model import InputFailure, Story
from newsprism.report.views import NO_CLAIMS, NO_QUOTES, build_view
from newsprism.version import __version__


@dataclass
class Segment:
    """A stretch of article text with the marks the page puts on it."""

    text: str
    passage: str | None = None
    status: str | None = None
    entity: str | None = None


def _environment() -> Environment:
    return Environment(loader=PackageLoader("newsprism", "report/templates"),
                       autoescape=select_autoescape(["html", "j2"], default=True),
                       trim_blocks=True, lstrip_blocks=True)


def render_html(stories: list[Story], failures: list[InputFailure]) -> str:
    """Return the whole report page for the stories and input errors."""
    template = _environment().get_template("report.html.j2")
    views = [(build_view(story), article_segments(story)) for story in stories]
    return template.render(views=views, failures=failures, version=__version__, no_claims=NO_CLAIMS,
                           no_quotes=NO_QUOTES)


def article_segments(story: Story) -> dict[str, list[list[Segment]]]:
    """Return, per article, its paragraphs as segments marked with passage status and entity."""
    passage_of: dict[tuple[str, int], tuple[str, str]] = {}
    for passage in story.passages:
        for ref in passage.sentences:
            passage_of[(ref.article, ref.start)] = (passage.id, passage.status)
    result: dict[str, list[list[Segment]]] = {}
    for analysed in story.articles:
        text = analysed.article.text
        marks: list[tuple[int, int, str | None, str | None, str | None]] = []
        mentions = sorted((m for m in analysed.mentions if m.entity), key=lambda m: m.start)
        for sentence in analysed.sentences:
            pid, status = passage_of.get((analysed.article.id, sentence.start), (None, None))
            cursor = sentence.start
            for mention in mentions:
                if mention.start < cursor or mention.end > sentence.end:
                    continue
                marks.append((cursor, mention.start, pid, status, None))
                marks.append((mention.start, mention.end, pid, status, mention.entity))
                cursor = mention.end
            marks.append((cursor, sentence.end, pid, status, None))
        paragraphs: list[list[Segment]] = [[]]
        cursor = 0
        for start, end, pid, status, entity in marks:
            if start > cursor:
                _add_plain(paragraphs, text[cursor:start])
            if end > start:
                paragraphs[-1].append(Segment(text[start:end], pid, status, entity))
            cursor = max(cursor, end)
        _add_plain(paragraphs, text[cursor:])
        result[analysed.article.id] = [p for p in paragraphs if p]
    return result


def _add_plain(paragraphs: list[list[Segment]], text: str) -> None:
    pieces = text.split("\n\n")
    for index, piece in enumerate(pieces):
        if index > 0:
            paragraphs.append([])
        if piece:
            paragraphs[-1].append(Segment(piece))


