"""The version of newsprism."""

__version__ = "0.1.0"
