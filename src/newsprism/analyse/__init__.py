"""Find what each article says: sentences, names, quotes, numbers and dates."""

from newsprism.analyse.pipeline import analyse_articles, analyse_doc

__all__ = ["analyse_articles", "analyse_doc"]
