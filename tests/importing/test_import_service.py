"""ImportService: preview writes nothing, import writes once, rename and delete keep notes safe."""

from __future__ import annotations

from pathlib import Path

import pytest

from hzreader.core.errors import BadInputError, NotFoundError
from hzreader.services.annotations import AnnotationService
from hzreader.services.composition import Services
from hzreader.services.importing import DuplicateDocumentError, ImportService
from hzreader.services.library import LibraryService

TEXT = "\n".join(
    [
        "杭州市推进共同富裕试点工作方案",
        "（2022年1月5日）",
        "为扎实推进试点，制定本方案。",
        "一、目标任务",
        "1.打造一批标志性成果。到2025年形成可复制经验。",
        "2.完善推进机制。",
        "二、保障措施",
        "3.加强组织领导。各区县（市）建立专班。",
    ]
)


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "试点方案.txt"
    path.write_text(TEXT, encoding="gbk")
    return path


def _ids(ctx) -> list[str]:
    return [d.id for d in LibraryService(ctx).documents()]


def test_preview_reads_and_counts_without_writing(app_ctx, sample: Path) -> None:
    before = _ids(app_ctx)
    preview = Services(app_ctx).imports.preview(sample)
    assert _ids(app_ctx) == before
    assert preview.title == preview.detected_title == "杭州市推进共同富裕试点工作方案"
    assert preview.encoding == "gbk" and preview.format == "txt"
    assert preview.levels == [{"preamble": 2, "chapter": 2}, {"measure": 3}]
    assert preview.counts["measure"] == 3 and preview.counts["sentence"] == 7
    assert preview.node_count == 14 and preview.warnings == [] and preview.existing is None
    titled = Services(app_ctx).imports.preview(sample, title="  新标题 ")
    assert titled.title == "新标题" and titled.document.nodes[2].citation == "《新标题》第一部分"


def test_import_adds_one_document_with_a_hash_id(app_ctx, sample: Path) -> None:
    library = LibraryService(app_ctx)
    library.documents()
    doc = ImportService(app_ctx, library).import_file(sample)
    assert doc.id.startswith("d") and len(doc.id) == 9 and doc.id == "d" + doc.content_hash[:8]
    assert _ids(app_ctx)[-1] == doc.id and len(_ids(app_ctx)) == 3
    stored = library.document(doc.id)
    assert [n.key for n in stored.walk() if n.kind != "sentence"] == [
        "pre",
        "pre2",
        "c1",
        "m1",
        "m2",
        "c2",
        "m3",
    ]
    assert stored.find("m3").citation == "《杭州市推进共同富裕试点工作方案》第二部分第3条"
    assert stored.imported_at and stored.source_name == "试点方案.txt"


def test_same_content_again_is_recognised(app_ctx, sample: Path, tmp_path: Path) -> None:
    service = Services(app_ctx).imports
    first = service.import_file(sample)
    again = tmp_path / "copy.txt"
    again.write_text(TEXT, encoding="utf-16")
    assert service.preview(again).existing.id == first.id
    with pytest.raises(DuplicateDocumentError, match="已在文库中") as info:
        service.import_file(again, title="别的标题")
    assert info.value.existing.id == first.id and info.value.exit_code == 2
    assert len(_ids(app_ctx)) == 3


def test_id_collision_takes_a_longer_prefix(app_ctx, sample: Path, tmp_path: Path) -> None:
    from hzreader.core.document import parse_document
    from hzreader.storage import documents as repo
    from hzreader.storage.engine import write_session

    digest = parse_document(TEXT, doc_id="x").content_hash
    squatter = parse_document("另一份文件\n一、内容", doc_id="d" + digest[:8])
    with write_session(app_ctx.sessions) as session:
        repo.save_document(session, squatter, parser_version=1, sort_order=9)
    doc = Services(app_ctx).imports.import_file(sample)
    assert doc.id == "d" + digest[:10]


def test_failed_write_adds_nothing(app_ctx, sample: Path, monkeypatch) -> None:
    from hzreader.storage import documents as repo

    real = repo.save_document

    def half_then_fail(session, doc, **kw):
        real(session, doc, **kw)
        raise OSError("disk full")

    monkeypatch.setattr(repo, "save_document", half_then_fail)
    with pytest.raises(OSError):
        Services(app_ctx).imports.import_file(sample)
    assert len(_ids(app_ctx)) == 2


def test_empty_after_cleanup_is_refused(app_ctx, tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("首页 > 新闻 > 通知\n【打印】【关闭】\n版权所有 某某网\n", encoding="utf-8")
    with pytest.raises(BadInputError, match="没有可导入的正文"):
        Services(app_ctx).imports.import_file(path)
    assert len(_ids(app_ctx)) == 2


def test_rename_updates_title_and_citations(app_ctx, sample: Path) -> None:
    library = LibraryService(app_ctx)
    service = ImportService(app_ctx, library)
    doc = service.import_file(sample)
    library.document(doc.id)
    renamed = service.rename(doc.id, "试点方案（简称）")
    assert renamed.title == "试点方案（简称）"
    assert (
        library.document(doc.id).find("m1.s2").citation == "《试点方案（简称）》第一部分第1条第2句"
    )
    assert [d.title for d in library.documents() if d.id == doc.id] == ["试点方案（简称）"]
    with pytest.raises(BadInputError):
        service.rename(doc.id, "   ")
    with pytest.raises(BadInputError, match="内置文档"):
        service.rename("plan", "别的")
    with pytest.raises(NotFoundError):
        service.rename("dnothere", "x")


def test_delete_moves_its_notes_to_the_trash(app_ctx, sample: Path) -> None:
    library = LibraryService(app_ctx)
    service = ImportService(app_ctx, library)
    doc = service.import_file(sample)
    notes = AnnotationService(app_ctx, library)
    mine = notes.create("m1", doc_id=doc.id, quote="标志性成果", note="跟进")
    plan_note = notes.create("m9", doc_id="plan", quote="共有产权住房", note="住房")
    assert service.delete(doc.id) == 1
    assert doc.id not in _ids(app_ctx)
    with pytest.raises(NotFoundError):
        library.document(doc.id)
    assert [a.id for a in notes.trash()] == [mine.id]
    assert notes.get(mine.id).note == "跟进"
    assert [a.id for a in notes.list()] == [plan_note.id]
    with pytest.raises(BadInputError, match="内置文档不能删除"):
        service.delete("plan")
    with pytest.raises(NotFoundError):
        service.delete(doc.id)
    # The same text can come back after its deletion.
    assert service.import_file(sample).id == doc.id


def test_summaries_count_nodes_and_live_notes(app_ctx, sample: Path) -> None:
    service = Services(app_ctx).imports
    doc = service.import_file(sample)
    Services(app_ctx).annotations.create("m2", doc_id=doc.id, quote="完善推进机制")
    rows = {r.id: r for r in service.summaries()}
    assert list(rows) == ["plan", "brief", doc.id]
    assert rows["plan"].bundled and not rows[doc.id].bundled
    assert rows["plan"].counts["measure"] == 24 and rows["plan"].counts["chapter"] == 7
    assert rows[doc.id].counts == {
        "preamble": 2,
        "chapter": 2,
        "measure": 3,
        "sentence": 7,
    }
    assert (rows[doc.id].notes, rows["plan"].notes) == (1, 0)
    assert rows[doc.id].source_name == "试点方案.txt" and rows[doc.id].imported_at
