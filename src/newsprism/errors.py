"""Every error newsprism raises on purpose.

NewsprismError                 base of all of them
├── InputError                 an input could not be read (one per source; others go on)
│   ├── EmptyInput             nothing but whitespace after extraction
│   ├── UnsupportedFormat      binary, PDF, unknown extension, not a feed
│   ├── TooLarge               over the size cap (see config `max_input_bytes`)
│   ├── DecodingFailed         no text encoding fits the bytes
│   ├── MalformedInput         a truncated JSONL line, a bad date, a field of the wrong type
│   └── FetchFailed            a URL could not be fetched (offline, timeout, HTTP error)
├── StoreError                 the SQLite store cannot be opened, migrated or written
└── ModelError                 an NLP pipeline cannot be loaded

Each message names the input (or store, or model) and the reason in plain words.
"""

from __future__ import annotations


class NewsprismError(Exception):
    """Base class of every error newsprism raises on purpose."""


class InputError(NewsprismError):
    """An input could not be read; `source` names it and the message says why."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class EmptyInput(InputError):
    """The input holds no text."""


class UnsupportedFormat(InputError):
    """The input is not a kind newsprism reads."""


class TooLarge(InputError):
    """The input is larger than the size cap."""


class DecodingFailed(InputError):
    """The bytes are not text in any encoding we can detect."""


class MalformedInput(InputError):
    """The input is structurally broken (truncated JSON line, bad field)."""


class FetchFailed(InputError):
    """A URL could not be fetched."""


class StoreError(NewsprismError):
    """The store cannot be opened, migrated or written."""


class ModelError(NewsprismError):
    """An NLP pipeline cannot be loaded."""
