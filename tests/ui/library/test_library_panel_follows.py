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
