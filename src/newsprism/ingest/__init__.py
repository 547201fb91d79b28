"""Read articles from files, directories, JSONL dumps, feeds and URLs."""

from newsprism.ingest.sources import IngestResult, read_sources

__all__ = ["IngestResult", "read_sources"]
