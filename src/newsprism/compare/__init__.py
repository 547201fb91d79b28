"""Compare the articles of a story: passages, quotes, claims, timeline and summary."""

from newsprism.compare.story import build_story

__all__ = ["build_story"]
