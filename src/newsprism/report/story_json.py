"""The story JSON contract (../shared/spec/story-json.md): Stories as plain dicts."""

from __future__ import annotations

import json
from typing import Any

from newsprism.model import InputFailure, Story
from newsprism.version import __version__


def story_to_dict(story: Story) -> dict[str, Any]:
    """Return one story as the contract's JSON object (extra fields are additions, never renames)."""
    return {
        "id": story.id,
        "title": story.title,
        "articles": [{
            "id": a.article.id, "source": a.article.source, "outlet": a.article.outlet,
            "title": a.article.title,
            "published": a.article.published.isoformat() if a.article.published else None,
            "published_from": a.article.published_from,
            "language": a.article.language, "url": a.article.url,
            "duplicate_of": story.duplicates.get(a.article.id),
            "text": a.article.text,
        } for a in story.articles],
        "entities": [{
            "id": e.id, "name": e.name, "type": e.type, "variants": e.variants,
            "mentions": [{"article": m.article, "start": m.start, "end": m.end, "text": m.text,
                          **({"derived": True} if m.derived else {})} for m in e.mentions],
        } for e in story.entities],
        "quotes": [{
            "id": q.id, "article": q.article, "start": q.start, "end": q.end, "text": q.text,
            "kind": q.kind, "speaker": q.speaker, "speaker_text": q.speaker_text, "group": q.group,
        } for q in story.quotes],
        "quote_groups": [{"id": g.id, "quotes": g.quotes, "diffs": g.diffs} for g in story.quote_groups],
        "quantities": [{
            "id": n.id, "article": n.article, "start": n.start, "end": n.end, "text": n.text,
            "value": n.value, "low": n.low, "high": n.high, "approximate": n.approximate,
            "counted": n.counted, "unit": n.unit, "predicate": n.predicate,
            "attributed_to": n.attributed_to, "claim": n.claim,
        } for n in story.quantities],
        "claims": [{"id": c.id, "description": c.description, "status": c.status, "quantities": c.quantities}
                   for c in story.claims],
        "times": [{"article": t.article, "start": t.start, "end": t.end, "text": t.text, "value": t.value,
                   "anchor": t.anchor, "granularity": t.granularity, "part": t.part, "modifier": t.modifier}
                  for t in story.times],
        "passages": [{"id": p.id, "status": p.status,
                      "voices": len({story.duplicates.get(s.article, s.article) for s in p.sentences}),
                      "sentences": [{"article": s.article, "start": s.start, "end": s.end} for s in p.sentences]}
                     for p in story.passages],
        "summary": [{"text": s.text, "passages": s.passages, "articles": s.articles} for s in story.summary],
        "framing": story.framing,
        "timeline": [{"value": e.value, "granularity": e.granularity, "article": e.article, "start": e.start,
                      "end": e.end, "text": e.text,
                      "time": {"start": e.time.start, "end": e.time.end, "text": e.time.text}}
                     for e in story.timeline],
    }


def comparison_to_json(stories: list[Story], failures: list[InputFailure], indent: int | None = 2) -> str:
    """Return the whole document: version, stories and errors."""
    document = {
        "newsprism": __version__,
        "stories": [story_to_dict(story) for story in stories],
        "errors": [{"source": f.source, "error": f.error} for f in failures],
    }
    return json.dumps(document, ensure_ascii=False, indent=indent)
