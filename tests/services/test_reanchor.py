"""Notes stay attached when a document's text changes; the lost ones wait for review."""

from __future__ import annotations

from hzreader.core.bundled import content_hash
from hzreader.core.model import Document
from hzreader.core.parser import PARSER_VERSION, parse_body
from hzreader.services.composition import Services
from hzreader.storage import documents as repo
from hzreader.storage.engine import write_session

ORIGINAL = "\n".join(
    ["一、总体要求", "1.稳就业。扩大就业容量。落实创业扶持。", "2.促增收。提高劳动报酬。"]
)
CHANGED = "\n".join(
    [
        "一、总体要求",
        "1.保民生。新增一句。",
        "2.稳就业。扩大就业容量。落实创业扶持。",
        "3.促增收。提高劳动报酬。",
    ]
)


def _save(ctx, text: str) -> None:
    doc = Document(
        id="dtest",
        title="测试",
        kind="document",
        nodes=parse_body(text, title="测试"),
        source_text=text,
        content_hash=content_hash(text),
    )
    with write_session(ctx.sessions) as session:
        repo.save_document(session, doc, parser_version=PARSER_VERSION, sort_order=5)


def test_reimport_of_changed_text_reattaches(app_ctx) -> None:
    _save(app_ctx, ORIGINAL)
    notes = Services(app_ctx).annotations
    moved = notes.create("m1", doc_id="dtest", quote="扩大就业容量", note="跟进")
    lost = notes.create("m2.s2", doc_id="dtest", quote="提高劳动报酬", note="收入")
    gone = notes.create("m1.s3", doc_id="dtest", quote="落实创业扶持", note="扶持")
    _save(app_ctx, CHANGED.replace("落实创业扶持", "落实小微企业扶持"))
    assert notes.reanchor("dtest") == (2, 1)
    a = notes.get(moved.id)
    node = notes.library.node(a.key, "dtest")
    assert a.key == "m2" and node.text[a.start : a.end] == "扩大就业容量"
    b = notes.get(lost.id)
    assert b.key == "m3.s2" and not b.needs_review
    c = notes.get(gone.id)
    assert c.needs_review and c.note == "扶持"
    assert [x.id for x in notes.list(review_only=True)] == [gone.id]


def test_unchanged_text_moves_nothing(app_ctx) -> None:
    _save(app_ctx, ORIGINAL)
    notes = Services(app_ctx).annotations
    notes.create("m1", doc_id="dtest", quote="扩大就业容量")
    assert notes.reanchor("dtest") == (0, 0)
