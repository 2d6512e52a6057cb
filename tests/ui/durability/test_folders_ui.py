"""Where exports and backup files go by default (issue 11, item 3)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from hzreader.services.composition import Services
from hzreader.ui.durability.controller import DurabilityController


@pytest.fixture
def home() -> Path:
    """A fresh Linux account: a home folder without ~/Documents (HOME is the test's)."""
    path = Path.home()
    path.mkdir(parents=True, exist_ok=True)
    assert not (path / "Documents").exists()
    return path


def _controller(window) -> DurabilityController:
    return window.findChild(DurabilityController)


def _note(window) -> None:
    Services(window.ctx).annotations.create("m9", quote="共有产权住房", note="本局牵头")


def test_the_first_export_works_on_an_account_without_documents(qtbot, window, home):
    _note(window)
    dialog = _controller(window).open_export_dialog()
    target = Path(dialog.path_edit.text())
    assert target == home / "学习笔记.docx"
    dialog.export_button.click()  # nothing chosen: the default must work
    qtbot.waitUntil(lambda: "已导出" in dialog.result_label.text(), timeout=20_000)
    assert target.is_file()
    dialog.close()


def test_the_documents_folder_is_used_when_it_exists(qtbot, window, home):
    (home / "Documents").mkdir()
    dialog = _controller(window).open_export_dialog()
    assert Path(dialog.path_edit.text()) == home / "Documents" / "学习笔记.docx"
    dialog.close()


def test_the_last_folder_and_format_are_remembered(qtbot, window, restart, home, tmp_path):
    _note(window)
    out = tmp_path / "汇报材料"
    out.mkdir()
    dialog = _controller(window).open_export_dialog()
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("md"))
    dialog.path_edit.setText(str(out / "九月.md"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: "已导出" in dialog.result_label.text(), timeout=20_000)
    dialog.close()
    qtbot.waitUntil(lambda: _controller(window).export_dialog is None)
    again = _controller(window).open_export_dialog()
    assert Path(again.path_edit.text()) == out / "学习笔记.md"
    assert again.format_box.currentData() == "md"
    again.close()
    later = restart(window)
    dialog = _controller(later).open_export_dialog()
    assert Path(dialog.path_edit.text()).parent == out  # after a restart too
    dialog.close()


def test_browse_offers_the_format_as_its_filter(qtbot, window, home, monkeypatch):
    asked = []

    def choose(_parent, _title, start, filters):
        asked.append((start, filters))
        return str(home / "心得"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    dialog = _controller(window).open_export_dialog()
    dialog.findChild(type(dialog.export_button), "export_browse").click()
    assert asked == [(str(home / "学习笔记.docx"), "Word 文档 (*.docx)")]
    assert dialog.path_edit.text() == str(home / "心得.docx")  # the suffix is added
    dialog.close()


def test_backup_dialogs_open_where_the_last_backup_went(qtbot, window, home, tmp_path, monkeypatch):
    started: list[str] = []
    stick = tmp_path / "U盘"
    stick.mkdir()

    def save(_parent, _title, start, _filters):
        started.append(start)
        return str(stick / "备份.json"), ""

    def open_(_parent, _title, start, _filters):
        started.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_)
    controller = _controller(window)
    controller.export_backup.trigger()
    qtbot.waitUntil((stick / "备份.json").exists, timeout=20_000)
    assert Path(started[0]).parent == home  # no ~/Documents: home, not the program's folder
    controller.restore_file.trigger()
    controller.export_backup.trigger()
    assert started[1] == str(stick)
    assert Path(started[2]).parent == stick


def test_the_import_dialog_opens_in_documents_then_where_the_last_file_came_from(
    qtbot, window, home, tmp_path, monkeypatch
):
    stick = tmp_path / "U盘"
    stick.mkdir()
    text = stick / "实施方案.txt"
    text.write_text("一、总体要求\n1.坚持人民至上。全面落实。\n", "utf-8")
    started: list[str] = []

    def choose(_parent, _title, start, _filters):
        started.append(start)
        return str(text), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    library = window.library_controller
    library.start_import()
    assert started == [str(home)]  # not "", which is the program's own folder
    qtbot.waitUntil(lambda: library.dialog is not None and library.dialog.preview is not None)
    library.dialog.reject()
    qtbot.waitUntil(lambda: library.dialog is None)
    library.start_import()
    assert started[1] == str(stick)
    library.dialog.reject()
