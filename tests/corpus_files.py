"""The real documents of ../shared/corpus, read where they stay (never copied here)."""

from __future__ import annotations

from pathlib import Path

import pytest

# <repo>/../shared/corpus; its SOURCES.md says where each file comes from.
SHARED_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def shared_file(prefix: str) -> Path:
    """The corpus file whose name starts with `prefix`; the test is skipped without it."""
    if not SHARED_CORPUS.is_dir():
        pytest.skip(f"{SHARED_CORPUS} not found: the real documents of ../shared/corpus are absent")
    found = sorted(SHARED_CORPUS.glob(f"{prefix}_*"))
    if not found:
        pytest.skip(f"no file {prefix}_* in ../shared/corpus")
    return found[0]
