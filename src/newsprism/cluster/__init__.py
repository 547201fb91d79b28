"""Group articles into stories, and recognise copies of one another."""

from newsprism.cluster.duplicates import find_near_duplicates, minhash_signature
from newsprism.cluster.stories import group_into_stories

__all__ = ["find_near_duplicates", "group_into_stories", "minhash_signature"]
