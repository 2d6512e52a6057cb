"""check, and the quick check at every start: corrupt databases are moved aside, never lost."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from hzreader.core.errors import StorageError
from hzreader.paths import DataPaths
from hzreader.services.backups import BackupService
from hzreader.services.composition import Services
from hzreader.services.integrity import full_check as _full_check
from hzreader.services.opening import open_context


def full_check(ctx) -> dict:
    """The check as the command line runs it: with the search service's index verdict."""
    services = Services(ctx)
    try:
        return _full_check(ctx, services.search.index_status)
    finally:
        services.close()


def _noted(data_dir: Path) -> str:
    ctx = open_context(data_dir)
    try:
        return Services(ctx).annotations.create("m9", quote="共有产权住房", note="本局牵头").id
    finally:
        ctx.close()


def _checkpoint(db: Path) -> None:
    con = sqlite3.connect(db)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


def _spoil_page(db: Path, page: int) -> None:
    with db.open("r+b") as handle:
        handle.seek(4096 * (page - 1))
        handle.write(b"\xff" * 200)


def test_a_healthy_library_is_ok(app_ctx) -> None:
    Services(app_ctx).annotations.create("m9", quote="共有产权住房")
    report = full_check(app_ctx)
    assert report["ok"] is True
    assert not [p for p in report["problems"] if p["level"] == "error"]


def test_notes_whose_node_is_gone(app_ctx) -> None:
    service = Services(app_ctx).annotations
    flagged = service.create("m9", quote="共有产权住房")
    lost = service.create("m2", quote="人才")
    con = sqlite3.connect(app_ctx.paths.database)
    with con:
        con.execute(
            "UPDATE annotations SET node_key='m99', needs_review=1 WHERE id=?", (flagged.id,)
        )
        con.execute("UPDATE annotations SET node_key='m98' WHERE id=?", (lost.id,))
    con.close()
    report = full_check(app_ctx)
    assert report["ok"] is False
    errors = [p for p in report["problems"] if p["level"] == "error"]
    assert [p["id"] for p in errors] == [lost.id]
    assert flagged.id in [p.get("id") for p in report["info"]]  # shown for review, not an error


def test_foreign_key_violations_and_unreadable_backups(app_ctx) -> None:
    Services(app_ctx).annotations.create("m9", quote="共有产权住房", tags=["住房"])
    con = sqlite3.connect(app_ctx.paths.database)  # foreign keys are off on this connection
    with con:
        con.execute("DELETE FROM tags")
    con.close()
    app_ctx.paths.backups_dir.mkdir(exist_ok=True)
    (app_ctx.paths.backups_dir / "auto-20200101-000000.sqlite3").write_bytes(b"x" * 5000)
    report = full_check(app_ctx)
    checks = {p["check"] for p in report["problems"] if p["level"] == "error"}
    assert report["ok"] is False and checks == {"foreign_keys", "backups"}


@pytest.mark.parametrize("damage", ["not sqlite", "bad page"])
def test_a_corrupt_database_is_quarantined_and_a_backup_offered(
    data_dir: Path, damage: str
) -> None:
    note_id = _noted(data_dir)
    open_context(data_dir).close()  # the start after the note made a verified copy
    good = BackupService(DataPaths(data_dir)).good()[0]
    db = data_dir / "hzreader.sqlite3"
    _checkpoint(db)
    if damage == "not sqlite":
        db.write_bytes(b"this was overwritten by something else" * 200)
    else:
        _spoil_page(db, 14)  # the annotations table's root page
    spoiled = db.read_bytes()
    with pytest.raises(StorageError) as caught:
        open_context(data_dir)
    message = str(caught.value)
    assert "已损坏" in message and good.name in message and "restore-backup" in message
    assert good.created.strftime("%Y-%m-%d %H:%M") in message and "1 条笔记" in message
    quarantined = list((data_dir / "backups").glob("corrupt-*.sqlite3"))
    assert len(quarantined) == 1 and quarantined[0].read_bytes() == spoiled  # moved, not lost
    assert not db.exists()
    # The next start works on a fresh database; restoring the offered copy brings the note back.
    ctx = open_context(data_dir)
    assert Services(ctx).annotations.list() == []
    ctx.close()
    BackupService(ctx.paths).restore(good.name)
    ctx = open_context(data_dir)
    try:
        assert [a.id for a in Services(ctx).annotations.list()] == [note_id]
        report = full_check(ctx)
        assert report["ok"] is True
        assert any("corrupt-" in p["message"] for p in report["info"])
    finally:
        ctx.close()


def test_a_corrupt_database_without_backups_says_so(data_dir: Path) -> None:
    open_context(data_dir).close()
    (data_dir / "hzreader.sqlite3").write_bytes(b"garbage" * 1000)
    with pytest.raises(StorageError, match="没有找到完好的备份"):
        open_context(data_dir)


def test_check_on_the_command_line(data_dir: Path, cli) -> None:
    out = cli("check", "--json", data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["ok"] is True and isinstance(report["problems"], list)
    ctx = open_context(data_dir)
    Services(ctx).annotations.create("m2", quote="人才")
    ctx.close()
    con = sqlite3.connect(data_dir / "hzreader.sqlite3")
    with con:
        con.execute("UPDATE annotations SET node_key='m77'")
    con.close()
    out = cli("check", "--json", data_dir=data_dir)
    assert out.returncode == 1
    report = json.loads(out.stdout)
    assert report["ok"] is False and report["problems"][0]["check"] == "annotations"
    human = cli("check", data_dir=data_dir)
    assert human.returncode == 1 and "m77" in human.stdout


def test_the_search_index_in_step_with_the_database(app_ctx) -> None:

    search = Services(app_ctx).search
    try:
        search.ensure_index()
    finally:
        search.close()
    assert not [p for p in full_check(app_ctx)["problems"] if p["check"] == "index"]
    Services(app_ctx).annotations.create("m9", quote="共有产权住房")  # a note the index lacks
    report = full_check(app_ctx)
    index = [p for p in report["problems"] if p["check"] == "index"]
    assert report["ok"] is True and index and index[0]["level"] in ("warning",)
    segment = max(
        (p for p in app_ctx.paths.index_dir.rglob("*") if p.is_file() and p.suffix != ".json"),
        key=lambda p: p.stat().st_size,
    )
    segment.write_bytes(b"\x00" * segment.stat().st_size)
    report = full_check(app_ctx)
    assert report["ok"] is False
    assert [p["level"] for p in report["problems"] if p["check"] == "index"] == ["error"]
