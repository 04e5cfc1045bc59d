"""workbench: foreign-policy articles into tidy tables of actors, stances,
tone, sources and dates.

    >>> from workbench import load_article
    >>> art = load_article("data/articles/monitor-2000-v6-i19-russia-japan-kurils.txt")
    >>> art.stances[["side", "stance", "issue"]]

Importing the package reads no files and imports no charting library.
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["load_article", "load_corpus", "read_tables", "side_sentiment", "tone_toward", "Article", "Corpus",
           "extract_archive", "read_archive", "compare_language",
           "WorkbenchError", "InputError", "__version__"]

from .errors import InputError, WorkbenchError


def __getattr__(name):  # lazy: keep `import workbench` light
    if name in ("load_article", "load_corpus", "Article", "Corpus"):
        from . import article
        return getattr(article, name)
    if name == "read_tables":
        from .schema import read_tables
        return read_tables
    if name in ("extract_archive", "read_archive"):
        from . import archive
        return getattr(archive, name)
    if name == "compare_language":
        from .language import compare_language
        return compare_language
    if name == "tone_toward":
        from .tone import tone_toward
        return tone_toward
    if name == "side_sentiment":
        from .sentiment import side_sentiment
        return side_sentiment
    raise AttributeError(f"module 'workbench' has no attribute {name!r}")
