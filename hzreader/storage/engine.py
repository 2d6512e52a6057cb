"""The SQLite engine: WAL, synchronous=FULL, foreign keys, a busy timeout."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from hzreader.storage.sqlerrors import as_storage_error

BUSY_TIMEOUT_MS = 10_000


def _pragmas(foreign_keys: bool):
    def on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.close()

    return on_connect


def _on_begin(conn) -> None:
    # A writing unit of work takes the write lock at once (BEGIN IMMEDIATE), so two writers
    # wait for each other instead of failing half-way; readers stay deferred under WAL.
    immediate = conn.get_execution_options().get("immediate", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(db_path: Path, *, foreign_keys: bool = True) -> Engine:
    """An engine on the database file, with the pragmas every connection needs.

    Without `foreign_keys` only for schema migrations: SQLite rebuilds a table to alter it,
    and dropping the old table would cascade to every row that refers to it."""
    engine = create_engine(f"sqlite:///{db_path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    # pysqlite's own transaction handling is turned off so BEGIN is ours.
    event.listen(engine, "connect", _disable_pysqlite_begin)
    event.listen(engine, "connect", _pragmas(foreign_keys))
    event.listen(engine, "begin", _on_begin)
    return engine


def _disable_pysqlite_begin(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.isolation_level = None


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded objects usable after commit."""
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def write_session(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One short write transaction: BEGIN IMMEDIATE, commit on success, roll back on error."""
    with factory() as session:
        try:
            session.connection(execution_options={"immediate": True})
            yield session
            session.commit()
        except BaseException as exc:
            with suppress(Exception):  # after a disk error the rollback itself may fail
                session.rollback()
            # A full disk or read-only folder becomes a clear message, not an internal error.
            clear = as_storage_error(exc) if isinstance(exc, DBAPIError) else None
            if clear is not None:
                raise clear from exc
            raise
