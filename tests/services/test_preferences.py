"""Preferences (设置): stored in the settings table, carried by the JSON backup, merged back
without overwriting a choice made in the data dir restored into."""

from __future__ import annotations

import json

import pytest

from hzreader import i18n
from hzreader.core import preferences as prefs
from hzreader.core.errors import BadInputError
from hzreader.paths import DataPaths
from hzreader.services.composition import Services
from hzreader.services.opening import open_context


def test_defaults_then_saved_values_clamped(app_ctx):
    service = Services(app_ctx).preferences
    assert service.load() == prefs.DEFAULTS
    stored = service.save({prefs.LINE_HEIGHT: 999, prefs.THEME: "dark", "nonsense": 1})
    assert stored == {prefs.LINE_HEIGHT: prefs.MAX_LINE_HEIGHT, prefs.THEME: "dark"}
    assert service.save({prefs.THEME: "purple"}) == {}  # not a theme: nothing stored
    loaded = service.load()
    assert loaded[prefs.LINE_HEIGHT] == 250 and loaded[prefs.THEME] == "dark"


def test_backup_settings_are_mirrored_beside_the_database(app_ctx, tmp_path):
    folder = tmp_path / "elsewhere"
    Services(app_ctx).preferences.save({prefs.BACKUP_FOLDER: str(folder), prefs.BACKUP_KEEP: 3})
    paths = DataPaths(app_ctx.paths.root)
    assert paths.backups_dir == folder and paths.backup_keep == 3


def test_automatic_backups_go_to_the_folder_and_keep_the_number_chosen(app_ctx, tmp_path):
    from datetime import datetime, timedelta

    from hzreader.storage import backups as store

    services = Services(app_ctx)
    folder = tmp_path / "copies"
    services.preferences.save({prefs.BACKUP_FOLDER: str(folder), prefs.BACKUP_KEEP: 2})
    services.backups.snapshot("auto")
    assert [b.kind for b in store.list_backups(folder)] == ["auto"]
    assert store.list_backups(app_ctx.paths.root / "backups") == []
    # Older copies, two months back, one a day: only the number chosen stays.
    start = datetime.now() - timedelta(days=90)
    for day in range(5):
        store.make_backup(app_ctx.paths.database, folder, "auto", now=start + timedelta(days=day))
    services.backups.snapshot("pre-restore")
    old = datetime.now() - timedelta(days=60)
    kept = [b for b in store.list_backups(folder) if b.created < old]
    assert len(kept) == 0  # the two latest are today's; month-old ones are not kept by day
    assert len(store.list_backups(folder)) == 2


def _export(ctx, path):
    Services(ctx).backup_files.export(path)
    return json.loads(path.read_text(encoding="utf-8"))


def test_settings_survive_backup_and_restore_into_a_fresh_data_dir(app_ctx, tmp_path):
    services = Services(app_ctx)
    chosen = {
        prefs.FONT_FAMILY: "Noto Sans CJK SC",
        prefs.LINE_HEIGHT: 200,
        prefs.PAPER: "#f4ecd8",
        prefs.THEME: "dark",
        prefs.REOPEN_POSITION: False,
        prefs.BACKUP_KEEP: 5,
        prefs.BACKUP_FOLDER: str(tmp_path / "not-on-the-other-machine"),
        prefs.POINT_SIZE: 18,
    }
    services.preferences.save(chosen)
    services.annotations.set_color_label("red", "存疑")
    i18n.remember_language(app_ctx.paths.root, "en")
    data = _export(app_ctx, tmp_path / "backup.json")
    assert data["settings"]["reader.line_height"] == 200
    assert data["settings"]["ui.language"] == "en"
    assert "window.geometry" not in data["settings"]

    fresh = open_context(tmp_path / "fresh")
    try:
        restored = Services(fresh)
        restored.backup_files.restore(tmp_path / "backup.json")
        loaded = restored.preferences.load()
        for key, value in chosen.items():
            if key != prefs.BACKUP_FOLDER:
                assert loaded[key] == value, key
        # A folder that is not there on this machine is not taken.
        assert loaded[prefs.BACKUP_FOLDER] == ""
        assert i18n.read_language(tmp_path / "fresh") == "en"
        assert DataPaths(tmp_path / "fresh").backup_keep == 5
        meanings = {n: label for n, label, _h in restored.annotations.colors()}
        assert meanings["red"] == "存疑" and meanings["yellow"] == "重点"
        # Running it again changes nothing.
        again = restored.backup_files.restore(tmp_path / "backup.json")
        assert again.backup is None
    finally:
        fresh.close()


def test_a_restore_keeps_the_choices_made_here(app_ctx, tmp_path):
    services = Services(app_ctx)
    services.preferences.save({prefs.THEME: "dark", prefs.LINE_HEIGHT: 210})
    services.annotations.set_color_label("blue", "统计")
    _export(app_ctx, tmp_path / "backup.json")

    other = open_context(tmp_path / "other")
    try:
        mine = Services(other)
        mine.preferences.save({prefs.THEME: "light"})
        mine.annotations.set_color_label("blue", "数字")
        mine.backup_files.restore(tmp_path / "backup.json")
        loaded = mine.preferences.load()
        assert loaded[prefs.THEME] == "light"  # chosen here: kept
        assert loaded[prefs.LINE_HEIGHT] == 210  # not set here: taken
        meanings = {n: label for n, label, _h in mine.annotations.colors()}
        assert meanings["blue"] == "数字"
    finally:
        other.close()


def test_a_bad_setting_in_a_backup_is_refused_whole(app_ctx, tmp_path):
    path = tmp_path / "backup.json"
    data = _export(app_ctx, path)
    data["settings"] = {"ui.theme": "sepia"}
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(BadInputError, match=r"settings\.ui\.theme"):
        Services(app_ctx).backup_files.restore(path)
    data["settings"] = ["dark"]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(BadInputError, match="settings"):
        Services(app_ctx).backup_files.restore(path)
