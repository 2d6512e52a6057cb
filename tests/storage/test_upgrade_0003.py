"""A database of schema 0003 (before editions) upgrades to 0005 with nothing lost."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from hzreader.paths import MIGRATIONS_DIR
from hzreader.services.composition import Services
from hzreader.services.library import LibraryService
from hzreader.services.opening import open_context
from hzreader.storage import migrate


def test_schema_0003_database_upgrades(data_dir: Path) -> None:
    db = data_dir / "hzreader.sqlite3"
    migrate.upgrade(db, MIGRATIONS_DIR, "0003")
    con = sqlite3.connect(db)
    con.execute(
        "INSERT INTO documents (id, title, kind, source_text, content_hash, source_name,"
        " encoding, parser_version, sort_order, imported_at)"
        " VALUES ('dold', '旧文档', 'document', '一、总则', 'abc', '', 'utf-8', 0, 5,"
        " '2026-01-01 00:00:00')"
    )
    con.commit()
    con.close()
    assert migrate.current_revision(db) == "0003"
    ctx = open_context(data_dir)
    try:
        assert migrate.current_revision(db) == migrate.HEAD
        docs = {d.id: d for d in LibraryService(ctx).documents()}
        assert docs["dold"].title == "旧文档" and docs["dold"].superseded_by is None
        with ctx.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM edition_imports").scalar() == 0
        note = Services(ctx).annotations.create("m9", note="升级后可以标注")
        assert Services(ctx).annotations.get(note.id).note == "升级后可以标注"
        assert list((data_dir / "backups").glob("pre-migration-0003-*.sqlite3"))
    finally:
        ctx.close()
