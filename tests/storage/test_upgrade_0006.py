"""A database of schema 0005 (before the 任务分解表) upgrades to 0006 with every row kept, and
the new tables work at once; going back drops only them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from test_upgrade_rows import _counts, _downgrade

from hzreader.services.composition import Services
from hzreader.services.opening import open_context
from hzreader.storage import migrate


def _tables(db: Path) -> set[str]:
    con = sqlite3.connect(db)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        con.close()


def test_schema_0005_database_upgrades_to_0006(data_dir: Path) -> None:
    ctx = open_context(data_dir)
    services = Services(ctx)
    note = services.annotations.create("m9", quote="共有产权住房", note="本局牵头", tags=["住房"])
    services.reading.save_position("plan", "m9", 0.0)
    rate = next(t for t in services.targets.targets() if t.name == "城镇调查失业率")
    services.targets.record_actual("plan", rate.id, 5.3, "2024-12-31")
    ctx.close()
    db = data_dir / "hzreader.sqlite3"
    _downgrade(db, "0005")
    assert migrate.current_revision(db) == "0005"
    assert not _tables(db) & {"tasks", "units", "task_units"}
    before = _counts(db)

    ctx = open_context(data_dir)  # the upgrade a new release runs at start
    try:
        assert migrate.current_revision(db) == migrate.HEAD
        assert _counts(db) == before
        assert list((data_dir / "backups").glob("pre-migration-0005-*.sqlite3"))
        services = Services(ctx)
        assert services.annotations.get(note.id).note == "本局牵头"
        assert len(services.targets.actuals(rate.id)) == 1
        task = services.tasks.assign("m9", lead="市住保房管局", partners=["市发改委"], due="2025")
        assert [t.id for t in services.tasks.list()] == [task.id]
        assert [u.name for u in services.tasks.units()] == ["市住保房管局", "市发改委"]
    finally:
        ctx.close()
    _downgrade(db, "0005")  # the way back drops the task tables and nothing else
    assert not _tables(db) & {"tasks", "units", "task_units"}
    assert _counts(db) == before
