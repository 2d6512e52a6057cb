"""Shared fixtures: every test gets its own data dir; Qt runs offscreen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test ever touches the real user folders."""
    monkeypatch.setenv("HZREADER_DATA_DIR", str(tmp_path / "default-data"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh, empty data dir for this test."""
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def app_ctx(data_dir: Path):
    """An opened context (schema created, bundled plan loaded) on the test's data dir."""
    from hzreader.services.opening import open_context

    ctx = open_context(data_dir)
    yield ctx
    ctx.close()


@pytest.fixture(scope="session")
def plan_raw() -> str:
    """The bundled file's text."""
    from hzreader.paths import BUNDLED_PLAN

    return BUNDLED_PLAN.read_text(encoding="utf-8")
