"""Render stories for people (terminal, HTML, Markdown) and programs (story JSON)."""

from newsprism.report.story_json import comparison_to_json, story_to_dict

__all__ = ["comparison_to_json", "story_to_dict"]
