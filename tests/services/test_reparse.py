"""A newer parser parses stored documents again; titles, keys and notes survive."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from hzreader.core.parser import PARSER_VERSION
from hzreader.services.composition import Services
from hzreader.services.library import LibraryService
from hzreader.services.opening import open_context

CORPUS = Path(__file__).resolve().parents[1] / "data" / "import"


def test_outdated_documents_are_parsed_again_with_their_notes(data_dir: Path) -> None:
    ctx = open_context(data_dir)
    doc = Services(ctx).imports.import_file(CORPUS / "provincial_plan.utf8.txt", title="改过的标题")
    before = [(n.key, n.kind, n.text) for n in LibraryService(ctx).document(doc.id).walk()]
    node = next(n for n in LibraryService(ctx).document(doc.id).walk() if n.kind == "sentence")
    quote = node.text[:6]
    note = Services(ctx).annotations.create(node.key, doc_id=doc.id, quote=quote, note="跟进")
    ctx.close()
    con = sqlite3.connect(data_dir / "hzreader.sqlite3")
    con.execute("UPDATE documents SET parser_version = 0")
    con.execute("UPDATE annotations SET node_text_hash = 'old'")
    con.commit()
    con.close()
    ctx = open_context(data_dir)
    try:
        library = LibraryService(ctx)
        again = library.document(doc.id)
        assert again.title == "改过的标题"
        assert [(n.key, n.kind, n.text) for n in again.walk()] == before
        kept = Services(ctx).annotations.get(note.id)
        assert kept.key == node.key and not kept.needs_review
        assert library.node(kept.key, doc.id).text[kept.start : kept.end] == quote
        versions = sqlite3.connect(data_dir / "hzreader.sqlite3").execute(
            "SELECT DISTINCT parser_version FROM documents"
        )
        assert [v for (v,) in versions] == [PARSER_VERSION]
    finally:
        ctx.close()
