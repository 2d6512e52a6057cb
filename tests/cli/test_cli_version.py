"""hzreader --version: the version, exit 0, nothing else done."""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

from hzcli import run

import hzreader


def test_version_prints_the_packages_version(tmp_path: Path) -> None:
    done = run("--version", data_dir=tmp_path / "data")
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"hzreader {hzreader.__version__}\n"
    assert version("hzreader") == hzreader.__version__  # pyproject reads the same attribute
    assert not (tmp_path / "data").exists()  # no data dir opened for it
