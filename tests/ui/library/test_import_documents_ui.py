"""Real documents in the window (issue 12's window parts): what a captured page lost, keeping
it, importing twice, responsible units in the reader, the names of the new kinds."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from hzreader.services.composition import Services
from hzreader.ui.library.import_dialog import kind_names, level_summary
from hzreader.ui.reader.doc_builder import UNITS_PROPERTY

DATA = Path(__file__).resolve().parents[2] / "data"
WEBPAGE = DATA / "import" / "webpage.txt"
SHISHI = DATA / "relations" / "shangcheng_shishi_fangan.txt"


def _previewed(qtbot, controller):
    qtbot.waitUntil(
        lambda: (
            controller.dialog is not None
            and controller.dialog.preview is not None
            and not controller.dialog.progress.isVisibleTo(controller.dialog)
        )
    )
    return controller.dialog


def _ids(window) -> list[str]:
    return [d.id for d in window.library.documents()]


def test_the_preview_lists_what_was_dropped_collapsed_with_why(qtbot, window):
    controller = window.library_controller
    controller.start_import(WEBPAGE)
    dialog = _previewed(qtbot, controller)
    box = dialog.dropped
    preview = dialog.preview
    assert len(preview.dropped) == 12
    assert box.isVisible() and box.toggle.text().startswith("已去掉 12 行网页框架")
    assert not box.tree.isVisible()  # collapsed
    qtbot.mouseClick(box.toggle, Qt.MouseButton.LeftButton)
    assert box.tree.isVisible()
    groups = [box.tree.topLevelItem(i) for i in range(box.tree.topLevelItemCount())]
    assert [g.text(0) for g in groups] == [
        f"{label}：{count} 行" for label, count in preview.dropped_by_reason()
    ]
    lines = {g.child(c).text(1): g.child(c).text(0) for g in groups for c in range(g.childCount())}
    first = preview.dropped[0]
    assert lines[str(first.line)] == first.text  # line number and text, under its reason
    assert sum(g.childCount() for g in groups) == 12
    dialog.reject()


def test_keeping_the_dropped_lines_imports_the_whole_page(qtbot, window):
    controller = window.library_controller
    controller.start_import(WEBPAGE)
    dialog = _previewed(qtbot, controller)
    dropped = [d.text for d in dialog.preview.dropped]
    dialog.dropped.keep.setChecked(True)
    qtbot.waitUntil(lambda: dialog.preview.keep_all and not dialog.progress.isVisibleTo(dialog))
    assert dialog.dropped.isVisible() and dialog.dropped.keep.isChecked()
    assert dialog.dropped.toggle.text() == "网页框架全部保留"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.dialog is None)
    doc = window.document
    assert doc.keep_all and doc.id in _ids(window)
    text = "\n".join(n.text for n in doc.walk())
    kept = [line for line in dropped if any(w in line for w in ("打印", "上一篇", "ICP备"))]
    assert len(kept) == 3 and all(line in text for line in kept)  # the page as it was


def test_importing_a_text_already_there_says_so_and_opens_it(qtbot, window, monkeypatch):
    existing = Services(window.ctx).imports.import_file(WEBPAGE)
    window.library_controller.refresh()
    controller = window.library_controller
    controller.start_import(WEBPAGE)
    dialog = _previewed(qtbot, controller)
    assert existing.id in dialog.message.text()  # the preview says so
    assert not dialog.import_button.isVisible() and dialog.existing_button.isDefault()
    # The library may get it between the preview and the import (another window, the
    # command line): the import then opens the one there is, and adds nothing.
    dialog.import_button.setEnabled(True)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: controller.dialog is None)
    assert window.document.id == existing.id
    assert _ids(window).count(existing.id) == 1 and len(_ids(window)) == 3
    message = window.statusBar().currentMessage()
    assert "已在文库中" in message and "已打开" in message


def test_the_reader_shows_responsible_units_as_a_quiet_label(qtbot, window):
    doc = Services(window.ctx).imports.import_file(SHISHI)
    window.reload_library(doc.id)
    reader = window.reader
    node = window.document.find("i1.m1")
    units = node.units()
    assert units.lead == "区发改局"
    span = reader.map.span("i1.m1")
    text_end = span.text_start + span.text_length
    block = reader.document().findBlock(text_end + 1)
    assert block.blockFormat().property(UNITS_PROPERTY) is True
    assert block.text() == "牵头：区发改局\u3000协同：区规划资源分局、区住建局"
    fmt = block.begin().fragment().charFormat()
    assert fmt.foreground().color().name() == "#6b6b6b"  # grey
    assert fmt.fontPointSize() < reader.point_size()  # and smaller
    # The label is the node's, outside its text: positions, citations and notes hold.
    assert reader.key_at(block.position() + 2) == "i1.m1"
    assert reader.map.node_offset("i1.m1", block.position() + 2) == span.text_length
    assert reader.toPlainText()[span.text_start : text_end] == node.text


def test_the_new_kinds_have_names():
    names = kind_names()
    expected = {"volume": "篇", "box": "专栏", "annex": "附件", "toc": "目录", "preface": "序言",
                "cover": "印发通知", "letter": "字母项"}  # fmt: skip
    assert {k: names[k] for k in expected} == expected
    summary = level_summary([{"volume": 2, "annex": 1}, {"chapter": 5, "box": 3}], 40)
    assert summary.split("\n")[:2] == ["第1层：2 篇、1 附件", "第2层：5 章/部分、3 专栏"]
