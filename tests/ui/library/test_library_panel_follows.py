"""The library panel follows the window: current row and note counts (issue 11, item 12)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from hzreader.services.composition import Services
from hzreader.services.opening import open_context
from hzreader.ui.durability.controller import DurabilityController


def _notes_of(panel, doc_id: str) -> int:
    return panel.model.summary(panel.model.row_of(doc_id)).notes


def test_the_selected_row_follows_the_document_shown(qtbot, window):
    panel = window.library_controller.panel
    assert panel.selected_id() == "plan"
    window.open_document("brief")
    assert panel.selected_id() == "brief"
    window.document_box.activated.emit(window.document_box.findData("plan"))
    assert panel.selected_id() == "plan"


def test_note_counts_follow_notes_made_in_the_window_and_a_restore(
    qtbot, window, tmp_path, monkeypatch
):
    panel = window.library_controller.panel
    assert _notes_of(panel, "plan") == 0
    window.notes.service.create("m9", note="窗口里写的")
    qtbot.waitUntil(lambda: _notes_of(panel, "plan") == 1)
    laptop = open_context(tmp_path / "laptop")
    try:
        services = Services(laptop)
        for key in ("m2", "m5", "m12"):
            services.annotations.create(key, note="在家写的")
        services.backup_files.export(tmp_path / "home.json")
    finally:
        laptop.close()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    window.findChild(DurabilityController).restore_backup_file(str(tmp_path / "home.json"))
    qtbot.waitUntil(lambda: bool(told), timeout=20_000)
    qtbot.waitUntil(lambda: _notes_of(panel, "plan") == 4)  # no restart needed


def test_the_selected_row_follows_an_imported_document(qtbot, window, tmp_path, monkeypatch):
    """An import shows a document the list did not hold yet: its row is selected when listed
    (the plan's row stayed selected, the new one only bold)."""
    from PySide6.QtWidgets import QFileDialog

    text = tmp_path / "实施方案.txt"
    text.write_text("一、总体要求\n1.坚持人民至上。全面落实。\n", "utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(text), ""))
    panel = window.library_controller.panel
    assert panel.selected_id() == "plan"
    library = window.library_controller
    library.start_import()
    qtbot.waitUntil(lambda: library.dialog is not None and library.dialog.preview is not None)
    library.dialog.import_button.click()
    qtbot.waitUntil(
        lambda: window.document is not None and window.document.id != "plan", timeout=20_000
    )
    new = window.document.id
    qtbot.waitUntil(lambda: panel.model.row_of(new) >= 0)
    qtbot.wait(400)  # the listing a moment after the document is shown (REFRESH_MS)
    assert panel.selected_id() == new
