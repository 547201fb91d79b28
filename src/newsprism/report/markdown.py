"""The Markdown report, for pasting into notes."""

from __future__ import annotations

from newsprism.model import InputFailure, Story
from newsprism.report.views import NO_CLAIMS, NO_NAMES, NO_QUOTES, build_view


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(stories: list[Story], failures: list[InputFailure]) -> str:
    """Return every story's comparison as Markdown."""
    lines: list[str] = []
    for story in stories:
        view = build_view(story)
        lines += [f"# {story.title}", "", "Articles: " + ", ".join(view.labels.values()), "", "## Summary", ""]
        for line in story.summary:
            lines.append(f"- {line.text} _({', '.join(view.labels[a] for a in line.articles)})_")
        lines += ["", "## Numbers", ""]
        lines += ["| status | claim | as reported |", "|---|---|---|"] if view.claims else [f"_{NO_CLAIMS}_"]
        for status, description, quantities in view.claims:
            reported = "; ".join(f"{view.labels[n.article]}: {n.text}" for n in quantities)
            lines.append(f"| {status} | {_cell(description)} | {_cell(reported)} |")
        lines += ["", "## Quotes", ""] + ([] if view.quote_groups else [f"_{NO_QUOTES}_"])
        for members, speaker in zip(view.quote_groups, view.speakers, strict=True):
            lines.append(f"- **{speaker}** ({members[0].kind})")
            for quote in members:
                lines.append(f"  - {view.labels[quote.article]}: “{quote.text}”")
            for steps in view.drift.get(members[0].id, []):
                wording = " ".join(f"~~{w}~~" if op == "-" else f"**{w}**" if op == "+" else w for op, w in steps)
                lines.append(f"  - wording: {wording}")
        lines += ["", "## Who and where", ""]
        lines += ["| name | type | variants |", "|---|---|---|"] if story.entities else [f"_{NO_NAMES}_"]
        for entity in story.entities[:40]:
            lines.append(f"| {_cell(entity.name)} | {entity.type} | {_cell(' / '.join(entity.variants))} |")
        if view.framing:
            lines += ["", "## Framing", "", "| actor | " + " | ".join(view.labels.values()) + " |",
                      "|---|" + "---|" * len(view.labels)]
            for actor, per_outlet in view.framing:
                cells = [_cell(", ".join(per_outlet.get(label, [])) or "—") for label in view.labels.values()]
                lines.append(f"| {actor} | " + " | ".join(cells) + " |")
        for article_id, sentences in view.unique_by_article.items():
            if sentences:
                lines += ["", f"## Only in {view.labels[article_id]}", ""] + [f"- {s}" for s in sentences[:10]]
        if view.timeline:
            lines += ["", "## Timeline", ""]
            for value, label, expression, sentence in view.timeline:
                lines.append(f"- {value} — {label}: **{expression}** — {sentence}")
        lines.append("")
    if failures:
        lines += ["## Inputs that could not be read", ""]
        lines += [f"- `{f.source}`: {f.error}" for f in failures]
    return "\n".join(lines) + "\n"
