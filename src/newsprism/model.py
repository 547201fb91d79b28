"""The data classes every pipeline stage passes on.

ingest -> Article; analyse -> AnalysedArticle (sentences, mentions, quotes, quantities,
times); link -> Entity; cluster -> groups of articles; compare -> Story (passages,
claims, quote groups, summary). Offsets are character offsets into `Article.text`,
end exclusive.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

EntityType = Literal["PER", "LOC", "ORG", "MISC"]
QuoteKind = Literal["direct", "partial", "indirect", "term"]
ClaimStatus = Literal["agree", "conflict", "single"]
PassageStatus = Literal["shared", "unique"]


@dataclass
class Article:
    """One news article as read from a source, text normalised."""

    source: str
    text: str
    outlet: str | None = None
    title: str | None = None
    published: datetime | None = None
    published_from: str | None = None  # metadata | flag | html | feed | text
    language: str = "nl"
    url: str | None = None
    id: str = ""  # assigned when a document or the store numbers the articles

    @property
    def content_hash(self) -> str:
        """Return the SHA-256 of the normalised text (identity of an article's content)."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass
class Span:
    """A stretch of one article's text."""

    article: str
    start: int
    end: int
    text: str


@dataclass
class Sentence(Span):
    """One sentence of an article, with its content-word lemmas (and their surface words) for comparison."""

    lemmas: list[str] = field(default_factory=list)
    words: list[str] = field(default_factory=list)  # lowercase surface forms of the same content tokens


@dataclass
class Mention(Span):
    """A name in the text: a person, place, organisation or other named thing."""

    label: EntityType = "MISC"
    derived: bool = False  # an adjective of place (`Kazachse`) standing for the entity
    entity: str | None = None  # entity id once linked
    key: str = ""  # within-article resolution key (full name the mention refers to)
    role: str | None = None  # set on a role standing for a person named earlier (`de president`): the role noun
    introduced_by: str | None = None  # the noun right before the name that gives its type (`sterspeler Neymar`)


@dataclass
class Quote(Span):
    """Words reported as said by someone (or a scare-quoted term)."""

    kind: QuoteKind = "direct"
    speaker: str | None = None  # entity id
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    id: str = ""
    group: str = ""


@dataclass
class Quantity(Span):
    """A counted fact: a number with what it counts."""

    value: float | None = None
    low: float | None = None
    high: float | None = None
    approximate: bool = False
    counted: str | None = None
    counted_lemma: str | None = None
    unit: str | None = None  # euro, procent, jaar, ...
    predicate: str | None = None  # the event it belongs to (`gewond`, `gestuurd`)
    attributed_to: str | None = None  # `volgens TASS`
    sentence_start: int = 0
    id: str = ""
    claim: str | None = None
    events: list[str] = field(default_factory=list)  # event classes of its clause, nearest first
    context: list[str] = field(default_factory=list)  # content words of its sentence, for grouping


@dataclass
class TimeRef(Span):
    """A date or time expression, resolved against an anchor when possible."""

    value: str | None = None  # ISO date, datetime, week (2022-W01), month (2022-01), year
    anchor: str | None = None  # published | text | None
    granularity: str = "day"  # day | part_of_day | week | weekend | month | year | time
    part: str | None = None  # morning | afternoon | evening | night (granularity part_of_day)
    modifier: str | None = None  # start | mid | end | earlier | later: a part of the period


@dataclass
class AnalysedArticle:
    """An article with everything the analysis stage found in it."""

    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    times: list[TimeRef] = field(default_factory=list)
    tokens: list[str] = field(default_factory=list)  # content lemmas of the whole text


@dataclass
class Entity:
    """One real-world entity, merged across the articles of a story."""

    id: str
    name: str
    type: EntityType
    variants: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Claim:
    """One fact stated with a number, across the articles of a story."""

    id: str
    description: str
    status: ClaimStatus
    quantities: list[str] = field(default_factory=list)


@dataclass
class SentenceRef:
    """A pointer to one sentence of one article."""

    article: str
    start: int
    end: int


@dataclass
class Passage:
    """Sentences of several articles that report the same thing."""

    id: str
    sentences: list[SentenceRef]
    status: PassageStatus


@dataclass
class SummarySentence:
    """One sentence of the story summary with the articles that support it."""

    text: str
    passages: list[str]
    articles: list[str]


@dataclass
class QuoteGroup:
    """The same utterance as reported by several articles, with wording drift."""

    id: str
    quotes: list[str]
    diffs: list[dict[str, object]] = field(default_factory=list)


@dataclass
class TimelineEntry:
    """One dated sentence of a story: the time it names and the article that says it."""

    value: str  # the TimeRef's ISO value
    granularity: str
    article: str
    start: int  # the sentence's span in the article
    end: int
    text: str
    time: TimeRef  # the expression in the sentence that dates it


@dataclass
class Story:
    """A news story: its articles and the comparison of how each reports it."""

    id: str
    title: str
    articles: list[AnalysedArticle]
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    quote_groups: list[QuoteGroup] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    times: list[TimeRef] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    summary: list[SummarySentence] = field(default_factory=list)
    duplicates: dict[str, str] = field(default_factory=dict)  # article id -> id it copies
    framing: list[dict[str, object]] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)


@dataclass
class InputFailure:
    """An input that could not be read, with the reason in plain words."""

    source: str
    error: str
