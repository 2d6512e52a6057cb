"""A database made by the first schema (issue 2) upgrades with nothing lost."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from hzreader.services.composition import Services
from hzreader.services.library import LibraryService
from hzreader.services.opening import open_context
from hzreader.services.reading import ReadingService
from hzreader.storage import migrate

DATA = Path(__file__).resolve().parents[1] / "data"


def test_schema_0001_database_upgrades(data_dir: Path) -> None:
    db = data_dir / "hzreader.sqlite3"
    shutil.copy(DATA / "schema-0001.sqlite3", db)
    before = sqlite3.connect(db).execute("SELECT count(*) FROM nodes").fetchone()[0]
    ctx = open_context(data_dir)
    try:
        assert migrate.current_revision(db) == migrate.HEAD
        assert ReadingService(ctx).position("plan") == ("m9", 0.4)
        assert ReadingService(ctx).setting("zoom") == 3
        assert LibraryService(ctx).node("m9.s2").citation.endswith("第9条第2句")
        with ctx.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM nodes").scalar() == before
        a = Services(ctx).annotations.create("m9", note="升级后可以标注")
        assert Services(ctx).annotations.get(a.id).note == "升级后可以标注"
        assert list((data_dir / "backups").glob("pre-migration-0001-*.sqlite3"))
    finally:
        ctx.close()
