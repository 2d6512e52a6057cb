"""Helpers for the durability tests: row counts, the command line in a real process."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TABLES = ("documents", "nodes", "annotations", "tags", "annotation_tags", "colors",
          "target_actuals", "links", "settings", "reading_state")  # fmt: skip


def row_counts(db: Path) -> dict[str, int]:
    """How many rows each table holds (to show that a failed command changed nothing)."""
    con = sqlite3.connect(db)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        con.close()


def run_cli(*args: str, data_dir: Path, **kw) -> subprocess.CompletedProcess[str]:
    """`python main.py --data-dir DIR ARGS…` as a user runs it."""
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=180,
        **kw,
    )


@pytest.fixture
def cli():
    """The run_cli helper as a fixture."""
    return run_cli


@pytest.fixture
def counts():
    """The row_counts helper as a fixture."""
    return row_counts
