"""Full-text search over documents and notes (Whoosh + Chinese n-grams + rjieba words).

Importing this package costs nothing: Whoosh and rjieba load on first use, so nothing of
search sits on the window's start path. Entry points:
`hzreader.search.index.SearchIndex`, `hzreader.search.records.IndexRecord`.
"""

from __future__ import annotations

from typing import Any

_LAZY = {
    "IndexRecord": "hzreader.search.records",
    "records_from_document": "hzreader.search.records",
    "node_contexts": "hzreader.search.records",
    "note_record": "hzreader.search.records",
    "highlight": "hzreader.search.results",
    "SearchIndex": "hzreader.search.index",
    "IndexUnavailable": "hzreader.search.index",
    "SearchResult": "hzreader.search.results",
    "Hit": "hzreader.search.results",
}

__all__ = sorted(_LAZY)


def __getattr__(name: str) -> Any:
    """Load a public name's module on first access (PEP 562)."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(name)
    import importlib

    return getattr(importlib.import_module(module), name)
