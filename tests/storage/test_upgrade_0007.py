"""A database of schema 0006 (before bookmarks and the study map) upgrades to 0007 with every
row kept, and the new tables work at once; going back drops only them."""

from __future__ import annotations

from pathlib import Path

from test_upgrade_0006 import _tables
from test_upgrade_rows import _counts, _downgrade

from hzreader.services.composition import Services
from hzreader.services.opening import open_context
from hzreader.storage import migrate

NEW = {"bookmarks", "read_marks"}


def test_schema_0006_database_upgrades_to_0007(data_dir: Path) -> None:
    ctx = open_context(data_dir)
    services = Services(ctx)
    note = services.annotations.create("m9", quote="共有产权住房", note="本局牵头", tags=["住房"])
    services.reading.save_position("plan", "m9", 0.0)
    task = services.tasks.assign("m9", lead="市住保房管局", due="2025")
    ctx.close()
    db = data_dir / "hzreader.sqlite3"
    _downgrade(db, "0006")
    assert migrate.current_revision(db) == "0006"
    assert not _tables(db) & NEW
    before = _counts(db)

    ctx = open_context(data_dir)  # the upgrade a new release runs at start
    try:
        assert migrate.current_revision(db) == migrate.HEAD
        assert _counts(db) == before
        assert list((data_dir / "backups").glob("pre-migration-0006-*.sqlite3"))
        services = Services(ctx)
        assert services.annotations.get(note.id).note == "本局牵头"
        assert [t.id for t in services.tasks.list()] == [task.id]
        services.bookmarks.add("m9")
        services.study.record("plan", ["m9"])
        assert [b.key for b in services.bookmarks.list()] == ["m9"]
        assert services.study.map("plan").read == 1
    finally:
        ctx.close()
    _downgrade(db, "0006")  # the way back drops the new tables and nothing else
    assert not _tables(db) & NEW
    assert _counts(db) == before
