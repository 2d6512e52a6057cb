"""Automatic backups: verified copies when data changed, rotation, listing, restoring one."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from hzreader.core.errors import StorageError
from hzreader.services.backups import BackupService
from hzreader.services.composition import Services
from hzreader.services.opening import open_context
from hzreader.services.reading import ReadingService
from hzreader.storage import backups as store


def _autos(data_dir: Path) -> list[str]:
    return sorted(p.name for p in (data_dir / "backups").glob("auto-*.sqlite3"))


def _reopen(data_dir: Path) -> None:
    open_context(data_dir).close()


def test_a_copy_when_data_changed_and_only_then(data_dir: Path) -> None:
    _reopen(data_dir)
    assert _autos(data_dir) == []  # nothing of the user's yet: nothing to keep
    ctx = open_context(data_dir)
    Services(ctx).annotations.create("m9", quote="共有产权住房", note="本局牵头")
    ctx.close()
    _reopen(data_dir)
    first = _autos(data_dir)
    assert len(first) == 1
    _reopen(data_dir)
    assert _autos(data_dir) == first  # unchanged data, no new copy
    ctx = open_context(data_dir)
    ReadingService(ctx).save_position("plan", "m3", 0.5)
    ReadingService(ctx).save_setting("zoom", 1.25)
    ctx.close()
    _reopen(data_dir)
    assert _autos(data_dir) == first  # where the reader was is not the user's work
    ctx = open_context(data_dir)
    Services(ctx).annotations.create("m2", quote="人才")
    ctx.close()
    _reopen(data_dir)
    assert len(_autos(data_dir)) == 2


def test_the_copy_is_verified_and_stands_alone(data_dir: Path) -> None:
    ctx = open_context(data_dir)
    Services(ctx).annotations.create("m9", quote="共有产权住房", note="本局牵头")
    info = BackupService(ctx.paths).auto_backup()
    ctx.close()
    assert info is not None and info.ok and info.notes == 1 and info.kind == "auto"
    assert not Path(f"{info.path}-wal").exists()
    con = sqlite3.connect(info.path)
    try:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT note FROM annotations").fetchone()[0] == "本局牵头"
    finally:
        con.close()


def test_a_copy_that_fails_its_check_is_deleted_and_reported(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = open_context(data_dir)
    Services(ctx).annotations.create("m9", quote="共有产权住房")
    monkeypatch.setattr(store, "check_file", lambda *_a, **_k: (False, "page 3 is broken", None))
    with pytest.raises(StorageError, match="完整性检查"):
        BackupService(ctx.paths).auto_backup()
    assert [p.name for p in ctx.paths.backups_dir.iterdir()] == []  # no copy, no temp file
    assert "自动备份失败" in (BackupService(ctx.paths).auto_backup_quietly() or "")
    ctx.close()


def _fake(folder: Path, template: Path, name: str) -> None:
    shutil.copyfile(template, folder / name)


def test_rotation_keeps_ten_and_one_a_day_for_a_month(data_dir: Path) -> None:
    ctx = open_context(data_dir)
    Services(ctx).annotations.create("m9", quote="共有产权住房")
    template = data_dir.parent / "template.sqlite3"
    shutil.copyfile(BackupService(ctx.paths).auto_backup().path, template)
    ctx.close()
    folder = data_dir / "backups"
    for p in folder.glob("*.sqlite3"):
        p.unlink()
    now = datetime(2030, 6, 30, 12, 0, 0)
    names = []
    for day in range(45):  # three copies a day for 45 days
        for hour in (9, 13, 17):
            when = now - timedelta(days=day) + timedelta(hours=hour - 12)
            names.append(f"auto-{when:%Y%m%d-%H%M%S}.sqlite3")
    for name in names:
        _fake(folder, template, name)
    keep_always = ["pre-migration-0002-20290101-080000.sqlite3", "replaced-20290101-080000.sqlite3"]
    for name in keep_always:
        _fake(folder, template, name)
    removed = store.rotate(folder, now=now)
    left = {p.name for p in folder.glob("*.sqlite3")}
    autos = sorted((n for n in left if n.startswith("auto-")), reverse=True)
    newest_ten = sorted(names, reverse=True)[:10]
    assert set(newest_ten) <= left
    days = {n[5:13] for n in autos}
    assert len(days) == 31  # today and each of the thirty days before
    assert len(autos) == 10 + (31 - 4)  # the ten newest span four days
    assert all(n in left for n in keep_always)
    assert len(removed) == len(names) - len(autos)


def test_the_backup_offered_after_a_corruption_is_never_rotated_away(data_dir: Path) -> None:
    ctx = open_context(data_dir)
    Services(ctx).annotations.create("m9", quote="共有产权住房")
    template = data_dir.parent / "template.sqlite3"
    shutil.copyfile(BackupService(ctx.paths).auto_backup().path, template)
    ctx.close()
    folder = data_dir / "backups"
    for p in folder.glob("*.sqlite3"):
        p.unlink()
    now = datetime(2030, 6, 30, 12, 0, 0)
    offered = "auto-20300630-080000.sqlite3"
    _fake(folder, template, offered)
    _fake(folder, template, "corrupt-20300630-090000.sqlite3")
    for minute in range(20):  # twenty copies of the fresh database the same morning
        _fake(folder, template, f"auto-20300630-10{minute:02d}00.sqlite3")
    store.rotate(folder, now=now)
    assert (folder / offered).exists()
    assert (folder / "corrupt-20300630-090000.sqlite3").exists()


def test_listing_gives_date_and_note_count(data_dir: Path) -> None:
    ctx = open_context(data_dir)
    Services(ctx).annotations.create("m9", quote="共有产权住房")
    Services(ctx).annotations.create("m2", quote="人才")
    BackupService(ctx.paths).auto_backup()
    (ctx.paths.backups_dir / "auto-20200101-000000.sqlite3").write_bytes(b"not a database")
    found = BackupService(ctx.paths).list()
    ctx.close()
    assert found[0].notes == 2 and found[0].ok
    assert found[0].created.date() == datetime.now().date()
    assert found[-1].name == "auto-20200101-000000.sqlite3" and not found[-1].ok


def test_restoring_a_copy_sets_the_current_database_aside(data_dir: Path) -> None:
    ctx = open_context(data_dir)
    service = Services(ctx).annotations
    kept = service.create("m9", quote="共有产权住房", note="第一条")
    copy = BackupService(ctx.paths).auto_backup()
    later = service.create("m2", quote="人才", note="之后写的")
    ctx.close()  # the command line disposes its engine before restoring
    chosen, aside = BackupService(ctx.paths).restore(copy.name)
    assert chosen.name == copy.name and aside.kind == "replaced" and aside.notes == 2
    ctx = open_context(data_dir)
    try:
        assert [a.id for a in Services(ctx).annotations.list()] == [kept.id]
    finally:
        ctx.close()
    con = sqlite3.connect(aside.path)  # the note written after the copy is not lost
    try:
        ids = {r[0] for r in con.execute("SELECT id FROM annotations")}
    finally:
        con.close()
    assert ids == {kept.id, later.id}


def test_restore_is_refused_while_a_window_holds_the_data_dir(data_dir: Path) -> None:
    ctx = open_context(data_dir)
    Services(ctx).annotations.create("m9", quote="共有产权住房")
    copy = BackupService(ctx.paths).auto_backup()
    ctx.close()
    window = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        ctx.paths.lock_file.write_text(f"{window.pid}\nhzreader\nhost\n", encoding="utf-8")
        with pytest.raises(StorageError, match="窗口"):
            BackupService(ctx.paths).restore(copy.name)
    finally:
        window.kill()
        window.wait()
    ctx.paths.lock_file.write_text(f"{window.pid}\nhzreader\nhost\n", encoding="utf-8")
    BackupService(ctx.paths).restore(copy.name)  # a stale lock (dead process) does not block


def test_restoring_a_copy_from_before_an_upgrade_upgrades_it(data_dir: Path) -> None:
    from hzreader.storage.migrate import HEAD, current_revision

    ctx = open_context(data_dir)
    ctx.close()
    old = Path(__file__).resolve().parents[1] / "data" / "schema-0001.sqlite3"
    name = "pre-migration-0001-20200101-000000.sqlite3"
    ctx.paths.backups_dir.mkdir(exist_ok=True)
    shutil.copyfile(old, ctx.paths.backups_dir / name)
    BackupService(ctx.paths).restore(name)
    assert current_revision(ctx.paths.database) == HEAD
    open_context(data_dir).close()
