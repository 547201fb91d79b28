"""AnalysedArticle to JSON and back, so a stored article is never parsed again."""

from __future__ import annotations

import dataclasses
import json
from typing import Any, TypeVar

from newsprism.ingest.metadata import parse_published
from newsprism.model import AnalysedArticle, Article, Mention, Quantity, Quote, Sentence, TimeRef

T = TypeVar("T")


def analysed_to_json(analysed: AnalysedArticle) -> str:
    """Return the analysis of an article (without the article itself) as JSON."""
    data = {
        "sentences": [dataclasses.asdict(s) for s in analysed.sentences],
        "mentions": [dataclasses.asdict(m) for m in analysed.mentions],
        "quotes": [dataclasses.asdict(q) for q in analysed.quotes],
        "quantities": [dataclasses.asdict(n) for n in analysed.quantities],
        "times": [dataclasses.asdict(t) for t in analysed.times],
        "tokens": analysed.tokens,
    }
    extra = {f.name: getattr(analysed, f.name) for f in dataclasses.fields(analysed)
             if f.name not in data and f.name != "article"}
    data["extra"] = json.loads(json.dumps(extra, default=_plain))
    return json.dumps(data, ensure_ascii=False, default=_plain)


def analysed_from_json(article: Article, raw: str) -> AnalysedArticle:
    """Return the stored analysis of `article`, renumbered to the article's current id."""
    data = json.loads(raw)
    result = AnalysedArticle(
        article=article,
        sentences=[_build(Sentence, d, article.id) for d in data["sentences"]],
        mentions=[_build(Mention, d, article.id) for d in data["mentions"]],
        quotes=[_build(Quote, d, article.id) for d in data["quotes"]],
        quantities=[_build(Quantity, d, article.id) for d in data["quantities"]],
        times=[_build(TimeRef, d, article.id) for d in data["times"]],
        tokens=list(data.get("tokens", [])),
    )
    for name, value in (data.get("extra") or {}).items():
        if hasattr(result, name):
            setattr(result, name, value)
    return result


def article_from_row(row: Any) -> Article:
    """Return an Article from a stored row (id becomes `a<rowid>`)."""
    return Article(
        source=row["source"], text=row["text"], outlet=row["outlet"], title=row["title"],
        published=parse_published(row["published"]) if row["published"] else None,
        published_from=row["published_from"], language=row["language"], url=row["url"],
        id=f"a{row['id']}",
    )


def _build(cls: type[T], data: dict[str, Any], article_id: str) -> T:
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    values = {k: v for k, v in data.items() if k in names}
    values["article"] = article_id
    return cls(**values)


def _plain(value: object) -> object:
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    raise TypeError(f"cannot store {type(value).__name__}")
