"""Every setting newsprism has: one table of (name, default, help) drives CLI help and checks."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Setting:
    """One setting: its name, default, the environment variable that overrides it, and help."""

    name: str
    default: object
    env: str | None
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", str(Path.home() / ".local/share/newsprism/newsprism.db"), "NEWSPRISM_DB",
            "Path of the SQLite store."),
    Setting("nl_model", None, "NEWSPRISM_NL_MODEL",
            "spaCy pipeline for Dutch (path or installed package); default: the shipped one."),
    Setting("max_input_bytes", 20_000_000, "NEWSPRISM_MAX_INPUT_BYTES",
            "Largest text, HTML or feed input (file or download) read, in bytes."),
    Setting("max_jsonl_bytes", 2_000_000_000, "NEWSPRISM_MAX_JSONL_BYTES",
            "Largest JSONL file read, in bytes (read line by line)."),
    Setting("max_article_chars", 1_000_000, "NEWSPRISM_MAX_ARTICLE_CHARS",
            "Longest article text analysed, in characters."),
    Setting("fetch_timeout", 15.0, "NEWSPRISM_FETCH_TIMEOUT", "Seconds before a download gives up."),
    Setting("user_agent", "newsprism/0.1 (+https://github.com/newsprism/newsprism)", None,
            "User-Agent header sent with every download."),
    Setting("n_process", 2, "NEWSPRISM_N_PROCESS",
            "Processes used to analyse large batches of articles."),
    Setting("batch_size", 32, None, "Articles per spaCy batch."),
    Setting("summary_length", 6, None, "Sentences in a story summary."),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def setting(name: str) -> object:
    """Return the value of a setting: its environment variable if set, else its default."""
    spec = _BY_NAME[name]
    if spec.env and os.environ.get(spec.env):
        raw = os.environ[spec.env]
        if isinstance(spec.default, bool):
            return raw.lower() in ("1", "true", "yes")
        if isinstance(spec.default, int):
            return int(raw)
        if isinstance(spec.default, float):
            return float(raw)
        return raw
    return spec.default


def int_setting(name: str) -> int:
    """Return an integer setting."""
    value = setting(name)
    return int(value) if isinstance(value, (int, float, str)) else 0


def float_setting(name: str) -> float:
    """Return a float setting."""
    value = setting(name)
    return float(value) if isinstance(value, (int, float, str)) else 0.0
