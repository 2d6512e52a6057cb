"""Real captured pages through the services: frame out of the library and of the index,
a text imported twice changes nothing, a newer parser re-parses the way it was imported."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from corpus_files import shared_file

from hzreader.core.parser import PARSER_VERSION
from hzreader.services.composition import Services
from hzreader.services.library import LibraryService
from hzreader.services.opening import open_context
from hzreader.storage import migrate

MENU_WORDS = ("魅力广州", "天河动态", "政务邮箱", "版权所有", "网站标识码", "扫一扫")


def _ids(ctx) -> list[str]:
    return [d.id for d in LibraryService(ctx).documents()]


def test_preview_lists_every_dropped_line_with_its_reason(app_ctx) -> None:
    preview = Services(app_ctx).imports.preview(shared_file("04"))
    assert [(d.line, d.reason) for d in preview.dropped][:3] == [
        (1, "page-title"),
        (2, "furniture"),
        (3, "glyph"),
    ]
    assert all(d.label for d in preview.dropped)
    by_reason = dict(preview.dropped_by_reason())
    assert by_reason["网页标题栏"] == 1 and sum(by_reason.values()) == len(preview.dropped) == 17
    assert any("17 行网页框架" in w for w in preview.warnings)
    kept = Services(app_ctx).imports.preview(shared_file("04"), keep_all=True)
    assert kept.dropped == [] and kept.keep_all and kept.node_count > preview.node_count


def test_importing_twice_gives_the_existing_document(app_ctx, tmp_path: Path) -> None:
    service = Services(app_ctx).imports
    first = service.add(shared_file("05"))
    assert not first.existing
    before = _ids(app_ctx)
    copy = tmp_path / "同一份.txt"
    copy.write_bytes(shared_file("05").read_bytes())
    again = service.add(copy, title="另一个标题")
    assert again.existing and again.document.id == first.document.id
    assert again.document.title == first.document.title  # nothing changed, not even the title
    assert [n.key for n in again.document.walk()] == [n.key for n in first.document.walk()]
    assert _ids(app_ctx) == before
    assert again.preview.existing.id == first.document.id


def test_a_menu_word_of_a_captured_page_finds_nothing(app_ctx) -> None:
    service = Services(app_ctx).imports
    ids = [service.add(shared_file(p)).document.id for p in ("01", "02")]
    search = Services(app_ctx).search
    try:
        for word in MENU_WORDS:
            assert search.search(word, limit=0).total == 0, word
        hits = search.search("生育津贴", limit=0).hits
        assert {h.doc for h in hits} == {ids[0]}
        assert search.search("家庭医生签约", limit=0).total >= 1
    finally:
        search.close()


def test_kept_chrome_is_found(tmp_path: Path) -> None:
    # The same page imported with --keep-all: its menu is text, and search finds it.
    ctx = open_context(tmp_path / "kept")
    try:
        doc = Services(ctx).imports.add(shared_file("01"), keep_all=True).document
        search = Services(ctx).search
        try:
            assert {h.doc for h in search.search("魅力广州", limit=0).hits} == {doc.id}
        finally:
            search.close()
    finally:
        ctx.close()


def _outdated(data_dir: Path) -> None:
    con = sqlite3.connect(data_dir / "hzreader.sqlite3")
    con.execute("UPDATE documents SET parser_version = 1 WHERE id NOT IN ('plan', 'brief')")
    con.commit()
    con.close()


def test_newer_parser_keeps_keep_all_and_reanchors_notes(data_dir: Path) -> None:
    ctx = open_context(data_dir)
    doc = Services(ctx).imports.add(shared_file("02"), keep_all=True).document
    before = [(n.key, n.text) for n in LibraryService(ctx).document(doc.id).walk()]
    assert any("天河动态" in text for _, text in before)
    ctx.close()
    _outdated(data_dir)
    ctx = open_context(data_dir)
    try:
        again = LibraryService(ctx).document(doc.id)
        assert again.keep_all and [(n.key, n.text) for n in again.walk()] == before
    finally:
        ctx.close()


def test_notes_follow_a_node_whose_key_the_new_parser_changed(data_dir: Path) -> None:
    ctx = open_context(data_dir)
    doc = Services(ctx).imports.add(shared_file("14")).document
    library = LibraryService(ctx)
    m8 = next(n for n in library.document(doc.id).walk() if n.text.startswith("开展云端一体"))
    note = Services(ctx).annotations.create(m8.key, doc_id=doc.id, quote="助力打造数字交通")
    ctx.close()
    # As version 1 stored it: the measure's tail (门：市交通委…）) cut off by a page break
    # was a paragraph of its own, and the note sat on a key the new parser does not make.
    con = sqlite3.connect(data_dir / "hzreader.sqlite3")
    con.execute(
        "UPDATE annotations SET node_key = 'c3.i3.p1', node_text_hash = 'old' WHERE id = ?",
        (note.id,),
    )
    con.commit()
    con.close()
    _outdated(data_dir)
    ctx = open_context(data_dir)
    try:
        kept = Services(ctx).annotations.get(note.id)
        assert kept.key == m8.key and not kept.needs_review
        node = LibraryService(ctx).node(kept.key, doc.id)
        assert node.text[kept.start : kept.end] == "助力打造数字交通"
        versions = sqlite3.connect(data_dir / "hzreader.sqlite3").execute(
            "SELECT DISTINCT parser_version FROM documents"
        )
        assert [v for (v,) in versions] == [PARSER_VERSION]
    finally:
        ctx.close()


def test_revision_0004_keeps_documents_and_positions(data_dir: Path) -> None:
    from alembic import command
    from alembic.config import Config

    from hzreader.paths import MIGRATIONS_DIR
    from hzreader.services.reading import ReadingService
    from hzreader.storage.engine import make_engine

    ctx = open_context(data_dir)
    doc = Services(ctx).imports.add(shared_file("09")).document
    ReadingService(ctx).save_position(doc.id, "a5", 0.5)
    ctx.close()
    db = data_dir / "hzreader.sqlite3"
    count = sqlite3.connect(db).execute("SELECT count(*) FROM nodes").fetchone()[0]
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    engine = make_engine(db, foreign_keys=False)  # as migrations run
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0003")
    engine.dispose()
    assert migrate.current_revision(db) == "0003"
    ctx = open_context(data_dir)  # upgrades through 0004 again
    try:
        assert migrate.current_revision(db) == migrate.HEAD
        assert sqlite3.connect(db).execute("SELECT count(*) FROM nodes").fetchone()[0] == count
        assert ReadingService(ctx).position(doc.id) == ("a5", 0.5)
        assert LibraryService(ctx).document(doc.id).keep_all is False
    finally:
        ctx.close()


CORPUS_FILES = ["01", "02", "04", "05", "06", "07", "09", "10", "11", "12", "14"]


@pytest.mark.parametrize("prefix", CORPUS_FILES)
def test_every_corpus_file_imports(app_ctx, prefix: str) -> None:
    result = Services(app_ctx).imports.add(shared_file(prefix))
    stored = LibraryService(app_ctx).document(result.document.id)
    assert [n.key for n in stored.walk()] == [n.key for n in result.preview.document.walk()]
