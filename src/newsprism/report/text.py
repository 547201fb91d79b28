"""The terminal report (Rich): summary, claims, quotes, entities, timeline, unique facts."""

from __future__ import annotations

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from newsprism.model import InputFailure, Story
from newsprism.report.views import NO_CLAIMS, NO_NAMES, NO_QUOTES, build_view

_STATUS_STYLE = {"agree": "green", "conflict": "bold red", "single": "dim"}


def print_stories(console: Console, stories: list[Story], failures: list[InputFailure]) -> None:
    """Print every story's comparison, then the inputs that could not be read."""
    for story in stories:
        console.print(render_story(story))
    for failure in failures:
        console.print(f"[red]error[/red] {escape(failure.source)}: {escape(failure.error)}")


def render_story(story: Story) -> Group:
    """Return the Rich renderable of one story's comparison."""
    view = build_view(story)
    parts: list[object] = []
    header = Text(story.title, style="bold")
    header.append(f"\n{len(story.articles)} articles: " + ", ".join(view.labels.values()), style="dim")
    parts.append(Panel(header, title=f"story {story.id}", expand=True))

    summary = Table(title="Summary", show_header=True, expand=True)
    summary.add_column("", ratio=5)
    summary.add_column("reported by", ratio=1)
    for line in story.summary:
        summary.add_row(Text(line.text), ", ".join(view.labels[a] for a in line.articles))
    parts.append(summary)

    claims = Table(title="Numbers", expand=True)
    claims.add_column("status")
    claims.add_column("what", ratio=2)
    claims.add_column("per outlet", ratio=3)
    for status, description, quantities in view.claims:
        claims.add_row(Text(status, style=_STATUS_STYLE.get(status, "")), Text(description),
                       Text("\n".join(f"{view.labels[n.article]}: {n.text}" for n in quantities)))
    parts.append(claims if view.claims else Text(f"Numbers: {NO_CLAIMS}", style="dim"))

    quotes = Table(title="Quotes", expand=True)
    quotes.add_column("speaker")
    quotes.add_column("kind")
    quotes.add_column("as reported", ratio=4)
    for members, speaker in zip(view.quote_groups, view.speakers, strict=True):
        first = members[0]
        lines = Text()
        for quote in members:
            lines.append(f"{view.labels[quote.article]}: ", style="dim")
            lines.append(f"“{quote.text}”\n")
        for steps in view.drift.get(first.id, []):
            lines.append("wording: ", style="dim")
            for op, words in steps:
                style = {"-": "red strike", "+": "green"}.get(op, "")
                lines.append(("−" if op == "-" else "+" if op == "+" else "") + words + " ", style=style)
            lines.append("\n")
        quotes.add_row(Text(speaker), first.kind, lines)
    parts.append(quotes if view.quote_groups else Text(f"Quotes: {NO_QUOTES}", style="dim"))

    entities = Table(title="Who and where", expand=True)
    entities.add_column("name")
    entities.add_column("type")
    entities.add_column("variants", ratio=2)
    entities.add_column("mentioned by", ratio=2)
    for entity in story.entities[:40]:
        outlets = sorted({view.labels[m.article] for m in entity.mentions})
        entities.add_row(Text(entity.name), entity.type, Text(" / ".join(entity.variants)), Text(", ".join(outlets)))
    parts.append(entities if story.entities else Text(f"Who and where: {NO_NAMES}", style="dim"))

    if view.timeline:
        timeline = Table(title="Timeline", expand=True)
        timeline.add_column("when")
        timeline.add_column("outlet")
        timeline.add_column("sentence", ratio=4)
        for value, label, expression, sentence in view.timeline:
            timeline.add_row(value, Text(label), Text(f"[{expression}] {sentence}"))
        parts.append(timeline)

    if view.framing:
        framing = Table(title="Framing: words for the main actors", expand=True)
        framing.add_column("actor")
        for label in view.labels.values():
            framing.add_column(label, ratio=2)
        for actor, per_outlet in view.framing:
            framing.add_row(Text(actor), *(Text(", ".join(per_outlet.get(label, [])) or "—")
                                           for label in view.labels.values()))
        parts.append(framing)

    for copy, original in view.copies.items():
        parts.append(Text(f"{copy} is a copy of {original}: counted as one voice", style="dim"))

    for article_id, sentences in view.unique_by_article.items():
        if sentences:
            body = Text("\n".join(f"• {s}" for s in sentences[:8]))
            parts.append(Panel(body, title=f"only in {view.labels[article_id]}"))
    return Group(*parts)  # type: ignore[arg-type]
