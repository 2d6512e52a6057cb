"""Where resources and data live, from the source tree and (simulated) in the built folder."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from hzreader import paths

ROOT = Path(__file__).resolve().parent.parent


def test_from_source_resources_and_migrations_are_the_trees_folders() -> None:
    assert paths.ROOT == ROOT
    assert paths.BUNDLED_PLAN.is_file()
    assert (paths.MIGRATIONS_DIR / "env.py").is_file()
    assert paths.TRANSLATIONS_DIR == ROOT / "resources" / "i18n"
    assert not paths.is_frozen()
    assert paths.executable_dir() is None  # python is not hzreader's executable


def test_frozen_resources_come_from_the_unpacked_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "hzreader"))
    assert paths.is_frozen()
    assert paths._bundle_root() == tmp_path / "_internal"
    assert paths.executable_dir() == tmp_path


def test_the_data_dir_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    exe_dir = tmp_path / "stick"
    exe_dir.mkdir()
    monkeypatch.delenv(paths.ENV_DATA_DIR, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))

    user = paths.choose_data_dir(None, exe_dir)
    assert (user.source, user.portable) == (paths.FROM_USER_FOLDER, False)
    assert user.path == paths.default_data_dir()

    (exe_dir / "hzreader-data").mkdir()
    portable = paths.choose_data_dir(None, exe_dir)
    assert portable == paths.DataDirChoice(exe_dir / "hzreader-data", paths.FROM_PORTABLE)
    assert portable.portable

    monkeypatch.setenv(paths.ENV_DATA_DIR, str(tmp_path / "env"))
    assert paths.choose_data_dir(None, exe_dir) == paths.DataDirChoice(
        tmp_path / "env", paths.FROM_ENVIRONMENT
    )
    assert paths.choose_data_dir(str(tmp_path / "opt"), exe_dir) == paths.DataDirChoice(
        tmp_path / "opt", paths.FROM_OPTION
    )


def test_a_file_named_hzreader_data_is_not_portable_mode(tmp_path: Path) -> None:
    (tmp_path / "hzreader-data").write_text("not a folder", encoding="utf-8")
    assert paths.portable_data_dir(tmp_path) is None


def test_is_portable_knows_the_folder_however_it_was_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    portable = tmp_path / "hzreader-data"
    portable.mkdir()
    assert paths.is_portable(portable, tmp_path)
    assert paths.is_portable(tmp_path / "x" / ".." / "hzreader-data", tmp_path)
    assert not paths.is_portable(tmp_path / "elsewhere", tmp_path)
    # From source there is no executable of hzreader's own, so never portable.
    assert not paths.is_portable(portable)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "hzreader"))
    assert paths.is_portable(portable)
    assert paths.resolve_data_dir(None) != portable  # the test's $HZREADER_DATA_DIR wins
