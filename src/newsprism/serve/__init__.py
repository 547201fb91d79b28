"""The HTTP API (FastAPI): stored stories and on-the-fly comparisons as story JSON."""

from newsprism.serve.app import create_app

__all__ = ["create_app"]
