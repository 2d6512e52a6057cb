"""Importing in the window: preview dialog, drag and drop, the library dock."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu

from hzreader.services.composition import Services

CORPUS = Path(__file__).resolve().parents[2] / "data" / "import"
PLAN_TITLE = "浙江省促进城乡居民增收实施方案（2023—2027年）"


def _previewed(qtbot, controller):
    qtbot.waitUntil(lambda: controller.dialog is not None and controller.dialog.preview is not None)
    return controller.dialog


def _ids(window) -> list[str]:
    return [d.id for d in window.library.documents()]


def _import_directly(window, name: str):

    doc = Services(window.library.ctx).imports.import_file(CORPUS / name)
    window.library_controller.refresh()
    return doc


def test_dock_and_action_are_in_the_window(window) -> None:
    controller = window.library_controller
    dock = controller.panel
    assert dock.model.rowCount() == 2
    assert [dock.model.index(r, 1).data() for r in range(2)] == ["计划", "解读"]
    assert dock.model.index(0, 2).data().startswith("7 章节 · 30 条目")
    assert dock.select("plan") and not dock.rename_button.isEnabled()
    assert not dock.delete_button.isEnabled() and dock.open_button.isEnabled()
    action = window.findChild(QMenu, "menu_file").actions()[0]
    assert action.objectName() == "action_import" and action.shortcut().toString() == "Ctrl+O"
    assert window.acceptDrops()


def test_preview_then_import_with_corrected_title(window, qtbot) -> None:
    controller = window.library_controller
    controller.start_import(CORPUS / "provincial_plan.gbk.txt")
    dialog = _previewed(qtbot, controller)
    assert dialog.title_edit.text() == PLAN_TITLE
    assert dialog.encoding() == "gbk" and dialog.encoding_box.isEnabled()
    tree = dialog.tree
    assert [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())] == [
        "为深入贯彻落实党中央、国务院关于扎实推动共同富裕的决策部署，持续拓宽城乡…",
        "一、总体要求",
        "二、重点任务",
        "三、保障措施",
    ]
    assert tree.topLevelItem(2).child(0).text(0) == "（一）拓宽就业增收渠道"
    counts = dialog.counts_label.text()
    assert counts.split("\n") == [
        "第1层：1 序言段、3 章/部分",
        "第2层：5 项、2 条目",
        "第3层：1 段落、5 条目",
        "共 18 句",
    ]
    assert _ids(window) == ["plan", "brief"]  # a preview writes nothing

    # Typing Chinese goes through an input method; a typed text arrives like this.
    dialog.title_edit.setText("省增收方案")
    dialog.title_edit.textEdited.emit("省增收方案")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.dialog is None)
    assert window.document.title == "省增收方案" and window.document.id in _ids(window)
    assert window.windowTitle().startswith("省增收方案")
    assert window.document.find("m4").citation == "《省增收方案》第二部分第（二）项第4条"
    assert controller.panel.model.rowCount() == 3
    assert window.document_box.count() == 3
    assert "已导入《省增收方案》" in window.statusBar().currentMessage()


def test_cancel_adds_nothing(window, qtbot) -> None:
    controller = window.library_controller
    controller.start_import(CORPUS / "notice.txt")
    dialog = _previewed(qtbot, controller)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert controller.dialog is None
    assert _ids(window) == ["plan", "brief"] and window.document.id == "plan"


def test_another_encoding_is_read_again(window, qtbot) -> None:
    controller = window.library_controller
    controller.start_import(CORPUS / "restart.gbk.txt")
    dialog = _previewed(qtbot, controller)
    box = dialog.encoding_box

    def pick(code: str) -> None:
        row = box.findData(code)
        box.setCurrentIndex(row)
        box.activated.emit(row)

    pick("utf-8")
    qtbot.waitUntil(lambda: "无法用 utf-8 解码" in dialog.message.text())
    assert not dialog.import_button.isEnabled()
    pick("gb18030")
    qtbot.waitUntil(lambda: dialog.preview.encoding == "gb18030")
    assert dialog.import_button.isEnabled()
    assert dialog.title_edit.text() == "杭州市推进“15分钟公共服务圈”建设行动方案"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.dialog is None)
    assert len(_ids(window)) == 3


def test_same_content_again_offers_the_existing_document(window, qtbot) -> None:
    existing = _import_directly(window, "provincial_plan.utf8.txt")
    controller = window.library_controller
    controller.start_import(CORPUS / "provincial_plan.utf16.txt")
    dialog = _previewed(qtbot, controller)
    assert not dialog.import_button.isEnabled()
    assert dialog.existing_button.isVisible()
    assert "已在文库中" not in dialog.message.text() and existing.id in dialog.message.text()
    qtbot.mouseClick(dialog.existing_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.dialog is None)
    assert window.document.id == existing.id and len(_ids(window)) == 3


def test_a_file_that_cannot_be_imported_is_explained(window, qtbot, tmp_path, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "hzreader.ui.library.controller.show_known_error",
        lambda parent, exc: shown.append(str(exc)),
    )
    empty = tmp_path / "空.txt"
    empty.write_bytes(b"")
    window.library_controller.start_import(empty)
    qtbot.waitUntil(lambda: bool(shown))
    assert "空文件" in shown[0] and window.library_controller.dialog is None
    assert _ids(window) == ["plan", "brief"]


def test_dropping_a_file_on_the_window_starts_its_import(window, qtbot) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(CORPUS / "article.md"))])
    # Over the text: the read-only reader refuses the drop and Qt passes it up to the window.
    target = window.reader.viewport()
    point = QPointF(target.width() / 2, target.height() / 2)
    actions = Qt.DropAction.CopyAction
    with warnings.catch_warnings():
        # PySide6 marks the QPoint constructor deprecated but offers no other one for it.
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            point.toPoint(),
            actions,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        point, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(target, drop)
    dialog = _previewed(qtbot, window.library_controller)
    assert dialog.title_edit.text() == "学习《行动计划》的几点体会"
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)


def test_rename_from_the_dock(window, qtbot, monkeypatch) -> None:
    doc = _import_directly(window, "notice.txt")
    window.open_document(doc.id)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("防汛通知（简称）", True))
    dock = window.library_controller.panel
    assert dock.select(doc.id) and dock.rename_button.isEnabled()
    qtbot.mouseClick(dock.rename_button, Qt.MouseButton.LeftButton)
    assert window.document.id == doc.id and window.document.title == "防汛通知（简称）"
    assert window.document.find("c1").citation == "《防汛通知（简称）》第一部分"
    assert dock.model.index(dock.model.row_of(doc.id), 0).data() == "防汛通知（简称）"
    assert window.document_box.currentText() == "防汛通知（简称）"


@pytest.mark.parametrize("confirmed", [False, True])
def test_delete_asks_first_and_moves_notes_to_the_trash(
    window, qtbot, monkeypatch, confirmed: bool
) -> None:

    doc = _import_directly(window, "regulation.utf16.txt")
    notes = Services(window.library.ctx).annotations
    note = notes.create("a1", doc_id=doc.id, quote="促进数字经济", note="学习")
    window.open_document(doc.id)
    controller = window.library_controller
    controller.refresh()
    asked: list[str] = []

    def confirm(row) -> bool:
        asked.append(f"{row.title}:{row.notes}")
        return confirmed

    monkeypatch.setattr(controller, "confirm_delete", confirm)
    assert controller.panel.select(doc.id)
    qtbot.mouseClick(controller.panel.delete_button, Qt.MouseButton.LeftButton)
    assert asked == ["杭州市数字经济促进条例:1"]
    if not confirmed:
        assert doc.id in _ids(window) and window.document.id == doc.id
        return
    assert doc.id not in _ids(window)
    assert window.document.id == "plan" and window.document_box.count() == 2
    assert controller.panel.model.rowCount() == 2
    assert [a.id for a in notes.trash()] == [note.id]
    assert "1 条笔记已移到回收站" in window.statusBar().currentMessage()
