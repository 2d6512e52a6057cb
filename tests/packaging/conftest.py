"""The copy of the built folder each test of it runs."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from frozen_run import copy_folder


@pytest.fixture
def folder_copy(tmp_path: Path) -> Iterator[Path]:
    """dist/hzreader/ copied to a new place; its executable. Removed afterwards (it is large)."""
    dest = tmp_path / "elsewhere" / "hzreader"
    yield copy_folder(dest)
    subprocess.run(["chmod", "-R", "u+w", str(dest)], check=False)
    shutil.rmtree(dest, ignore_errors=True)
