"""What every human-readable report shows, computed once from a Story."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsprism.model import ClaimStatus, Quantity, Quote, Story

# What a report says in place of an empty section (every format says the same).
NO_CLAIMS = "No counted facts found."
NO_QUOTES = "No quotes found."
NO_NAMES = "No names found."


@dataclass
class ArticleView:
    """One article as a column of the report."""

    id: str
    label: str
    source: str
    published: str | None
    text: str


@dataclass
class StoryView:
    """The parts of a story comparison a reader sees, in reading order."""

    story: Story
    articles: list[ArticleView]
    labels: dict[str, str]
    quote_groups: list[list[Quote]]
    claims: list[tuple[ClaimStatus, str, list[Quantity]]]
    unique_by_article: dict[str, list[str]] = field(default_factory=dict)
    timeline: list[tuple[str, str, str, str]] = field(default_factory=list)
    drift: dict[str, list[list[tuple[str, str]]]] = field(default_factory=dict)  # first quote id -> diffs
    framing: list[tuple[str, dict[str, list[str]]]] = field(default_factory=list)
    copies: dict[str, str] = field(default_factory=dict)  # article label -> label of the article it copies
    speakers: list[str] = field(default_factory=list)  # who said each quote group, for a reader


def speaker_label(quote: Quote, names: dict[str, str]) -> str:
    """Return who said a quote as a reader should see it: the entity, the words naming the speaker, or why none."""
    if quote.speaker and quote.speaker in names:
        return names[quote.speaker]
    if quote.speaker_text:
        return quote.speaker_text
    return "(a term in quote marks)" if quote.kind == "term" else "(speaker not found)"


def article_label(story: Story, article_id: str) -> str:
    """Return a short name for an article: its outlet, else its file name, with the id."""
    for analysed in story.articles:
        article = analysed.article
        if article.id == article_id:
            name = article.outlet or article.source.rstrip("/").rsplit("/", 1)[-1]
            return f"{name} ({article.id})"
    return article_id


def build_view(story: Story) -> StoryView:
    """Return the reading-order view of a story."""
    labels = {a.article.id: article_label(story, a.article.id) for a in story.articles}
    texts = {a.article.id: a.article.text for a in story.articles}
    articles = [ArticleView(a.article.id, labels[a.article.id], a.article.source,
                            a.article.published.isoformat() if a.article.published else None, a.article.text)
                for a in story.articles]
    quotes_by_id = {q.id: q for q in story.quotes}
    groups = [[quotes_by_id[qid] for qid in g.quotes if qid in quotes_by_id] for g in story.quote_groups]
    groups.sort(key=lambda members: (-len({q.article for q in members}), members[0].article, members[0].start))
    quantities_by_id = {n.id: n for n in story.quantities}
    claims = [(c.status, c.description, [quantities_by_id[n] for n in c.quantities if n in quantities_by_id])
              for c in story.claims]
    order = {"conflict": 0, "agree": 1, "single": 2}
    claims.sort(key=lambda c: order.get(c[0], 3))
    unique: dict[str, list[str]] = {a.article.id: [] for a in story.articles}
    for passage in story.passages:
        if passage.status == "unique":
            for s in passage.sentences:
                unique[s.article].append(texts[s.article][s.start:s.end])
    timeline = [(entry.value, labels.get(entry.article, entry.article), entry.time.text, entry.text)
                for entry in story.timeline]
    drift: dict[str, list[list[tuple[str, str]]]] = {}
    for group in story.quote_groups:
        for diff in group.diffs:
            steps = diff.get("diff")
            if isinstance(steps, list):
                drift.setdefault(str(diff.get("from")), []).append([(str(op), str(words)) for op, words in steps])
    copies = {labels[copy]: labels[original] for copy, original in story.duplicates.items()
              if copy in labels and original in labels}
    names = {e.id: e.name for e in story.entities}
    speakers = [speaker_label(members[0], names) for members in groups]
    return StoryView(story, articles, labels, groups, claims, unique, timeline, drift, framing_rows(story, labels), copies,
                     speakers)


def framing_rows(story: Story, labels: dict[str, str]) -> list[tuple[str, dict[str, list[str]]]]:
    """Return, per actor, the words each outlet uses: `word ×n` in its own voice, `“word” ×n` quoted."""
    rows: list[tuple[str, dict[str, list[str]]]] = []
    for entry in story.framing:
        actor = str(entry.get("actor", ""))
        per_outlet: dict[str, list[str]] = {}
        outlets = entry.get("outlets")
        for outlet in outlets if isinstance(outlets, list) else []:
            label = labels.get(str(outlet.get("article")), str(outlet.get("article")))
            words: list[str] = []
            for word in outlet.get("words", []):
                own, quoted, scare = (int(word.get(k, 0) or 0) for k in ("own", "quoted", "scare_quoted"))
                if own:
                    words.append(f"{word['word']} ×{own}")
                if quoted:
                    words.append(f"“{word['word']}” ×{quoted} (quoted)")
                if scare:
                    words.append(f"‘{word['word']}’ ×{scare} (scare quotes)")
            per_outlet[label] = words
        rows.append((actor.replace("_", " "), per_outlet))
    return rows
