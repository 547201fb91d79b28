"""The embedded SQLite store: articles, their analyses, and the stories they form."""

from newsprism.store.adding import AddReport, add_articles
from newsprism.store.database import Store, default_db_path

__all__ = ["AddReport", "Store", "add_articles", "default_db_path"]
