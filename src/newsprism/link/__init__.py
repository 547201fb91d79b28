"""Link what the articles of a story mention: one entity per real-world name."""

from newsprism.link.entities import link_entities
from newsprism.link.speakers import attach_speakers

__all__ = ["attach_speakers", "link_entities"]
