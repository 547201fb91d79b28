"""newsprism: how a news story looks through every outlet that reports it."""

from newsprism.comparison import Comparison, compare, compare_articles, compare_sources
from newsprism.errors import InputError, ModelError, NewsprismError, StoreError
from newsprism.model import AnalysedArticle, Article, Claim, Entity, Passage, Quantity, Quote, Story, TimeRef
from newsprism.version import __version__

__all__ = [
    "AnalysedArticle",
    "Article",
    "Claim",
    "Comparison",
    "Entity",
    "InputError",
    "ModelError",
    "NewsprismError",
    "Passage",
    "Quantity",
    "Quote",
    "StoreError",
    "Story",
    "TimeRef",
    "__version__",
    "compare",
    "compare_articles",
    "compare_sources",
]
