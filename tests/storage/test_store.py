"""The store: schema, round trip, idempotent loading, refusing a too-new database."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from hzreader.core.bundled import parse_bundled
from hzreader.core.errors import StorageError
from hzreader.paths import MIGRATIONS_DIR
from hzreader.services.library import LibraryService
from hzreader.services.opening import open_context
from hzreader.storage import migrate


def test_fresh_data_dir_gets_plan_and_brief(app_ctx) -> None:
    docs = LibraryService(app_ctx).documents()
    assert [(d.id, d.kind) for d in docs] == [("plan", "plan"), ("brief", "guide")]


def test_round_trip_keeps_the_tree(app_ctx, plan_raw: str) -> None:
    parsed, _ = parse_bundled(plan_raw)
    stored = LibraryService(app_ctx).document("plan")
    assert [
        (n.key, n.kind, n.number, n.title, n.text, n.citation, n.marker) for n in stored.walk()
    ] == [(n.key, n.kind, n.number, n.title, n.text, n.citation, n.marker) for n in parsed.walk()]


def test_loading_again_is_a_no_op(app_ctx) -> None:
    con = sqlite3.connect(app_ctx.paths.database)
    before = con.execute("SELECT count(*), max(id) FROM nodes").fetchone()
    assert LibraryService(app_ctx).ensure_bundled() == []
    assert con.execute("SELECT count(*), max(id) FROM nodes").fetchone() == before
    con.close()


def test_pragmas(app_ctx) -> None:
    with app_ctx.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_too_new_database_is_refused(data_dir: Path) -> None:
    ctx = open_context(data_dir)
    ctx.close()
    con = sqlite3.connect(data_dir / "hzreader.sqlite3")
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    with pytest.raises(StorageError, match="更新版本"):
        open_context(data_dir)


def test_old_database_upgrades_with_a_copy_first(data_dir: Path) -> None:
    db = data_dir / "hzreader.sqlite3"
    migrate.upgrade(db, MIGRATIONS_DIR, "0001")
    ctx = open_context(data_dir)
    try:
        assert migrate.current_revision(db) == migrate.HEAD
        assert ctx.migration_backup is not None
        copy = Path(ctx.migration_backup)
        con = sqlite3.connect(copy)
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        con.close()
    finally:
        ctx.close()


def test_schema_revisions_match_migration_scripts() -> None:
    """Every script under db/versions is listed, in order, so start-up knows the head."""
    found = {}
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        text = script.read_text(encoding="utf-8")
        rev = re.search(r'^revision = "(\w+)"', text, re.M).group(1)
        down = re.search(r"^down_revision = (None|\"\w+\")", text, re.M).group(1).strip('"')
        found[rev] = None if down == "None" else down
    chain, rev = [], migrate.HEAD
    while rev:
        chain.append(rev)
        rev = found[rev]
    assert tuple(reversed(chain)) == migrate.SCHEMA_REVISIONS
    assert set(found) == set(migrate.SCHEMA_REVISIONS)


def test_not_an_hzreader_database(data_dir: Path) -> None:
    con = sqlite3.connect(data_dir / "hzreader.sqlite3")
    con.execute("CREATE TABLE stranger (x)")
    con.commit()
    con.close()
    with pytest.raises(StorageError, match="不是 hzreader"):
        open_context(data_dir)


def test_a_loaded_document_carries_every_field_its_listing_has(app_ctx) -> None:
    """load_document reads plain rows for speed: it must not drop a field the listing has."""
    from dataclasses import fields

    from hzreader.storage import documents as repo
    from hzreader.storage.tables import DocumentRow

    with app_ctx.sessions() as session:
        row = session.get(DocumentRow, "plan")
        row.superseded_by, row.keep_all = "dnewer", True  # every optional field set
        session.flush()
        listed = repo.get_document_info(session, "plan")
        loaded = repo.load_document(session, "plan")
        session.rollback()
    for f in fields(listed):
        if f.name not in ("nodes", "source_text"):
            assert getattr(loaded, f.name) == getattr(listed, f.name), f.name
