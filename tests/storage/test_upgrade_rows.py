"""Every schema upgrade keeps every row: SQLite rebuilds a table to alter it, and with foreign
keys on, dropping the old table would cascade to the nodes, notes and positions below it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from hzreader.services.composition import Services
from hzreader.services.opening import open_context
from hzreader.storage import migrate

TABLES = ("documents", "nodes", "annotations", "annotation_tags", "tags", "reading_state")


def _counts(db: Path) -> dict[str, int]:
    con = sqlite3.connect(db)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        con.close()


def _downgrade(db: Path, target: str) -> None:
    from alembic import command
    from alembic.config import Config

    from hzreader.paths import MIGRATIONS_DIR
    from hzreader.storage.engine import make_engine

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    engine = make_engine(db, foreign_keys=False)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, target)
    finally:
        engine.dispose()


@pytest.mark.parametrize("start", [r for r in migrate.SCHEMA_REVISIONS[2:-1]])
def test_upgrading_from_each_revision_keeps_every_row(data_dir: Path, start: str) -> None:
    ctx = open_context(data_dir)
    services = Services(ctx)
    services.annotations.create("m9", quote="共有产权住房", note="本局牵头", tags=["部门/发改"])
    services.annotations.create("m2.s1", note="人才")
    services.reading.save_position("plan", "m9", 0.0)
    ctx.close()
    db = data_dir / "hzreader.sqlite3"
    before = _counts(db)
    assert before["nodes"] > 200 and before["annotations"] == 2
    _downgrade(db, start)
    assert migrate.current_revision(db) == start and _counts(db) == before
    ctx = open_context(data_dir)  # the upgrade a new release runs at start
    ctx.close()
    assert migrate.current_revision(db) == migrate.HEAD
    assert _counts(db) == before


def test_an_upgrade_that_breaks_references_is_rolled_back(data_dir: Path) -> None:
    from hzreader.core.errors import StorageError
    from hzreader.paths import MIGRATIONS_DIR

    ctx = open_context(data_dir)
    ctx.close()
    db = data_dir / "hzreader.sqlite3"
    _downgrade(db, "0004")
    con = sqlite3.connect(db)
    with con:  # a dangling reference, as a bad migration would leave one
        con.execute("PRAGMA foreign_keys=OFF")
        con.execute("UPDATE nodes SET doc_id='nowhere' WHERE id=(SELECT min(id) FROM nodes)")
    con.close()
    with pytest.raises(StorageError, match="已撤销升级"):
        migrate.upgrade(db, MIGRATIONS_DIR, migrate.HEAD)
    assert migrate.current_revision(db) == "0004"
