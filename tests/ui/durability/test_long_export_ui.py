"""A long export: progress to the end, and closing the window meanwhile (issue 11, item 10)."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from PySide6.QtWidgets import QProgressDialog

from hzreader.services.composition import Services
from hzreader.ui.durability.controller import DurabilityController

BENCH = Path(__file__).resolve().parents[3] / "bench"


def _many_notes(window, count: int) -> None:
    sys.path.insert(0, str(BENCH))
    try:
        from notes_panel import make_notes
    finally:
        sys.path.remove(str(BENCH))
    make_notes(window.ctx, count)


def test_the_progress_goes_on_while_the_word_file_is_laid_out(window, tmp_path):
    _many_notes(window, 200)
    seen: list[tuple[int, int]] = []
    Services(window.ctx).exports.export(
        "docx", tmp_path / "笔记.docx", progress=lambda d, t: seen.append((d, t))
    )
    total = seen[-1][1]
    assert seen[-1] == (total, total)
    halfway = total // 2
    # Reports between the gathering and the end: the layout is not one silent 99 %.
    laying_out = [d for d, t in seen if t == total and halfway < d < total]
    assert len(laying_out) >= 10
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)


def test_the_dialog_names_the_last_step(qtbot, window):
    dialog = window.findChild(DurabilityController).open_export_dialog()
    dialog.set_busy(True)
    dialog.set_progress(50, 100)
    assert dialog.result_label.text() == "正在导出…"
    dialog.set_progress(99, 100)
    assert dialog.result_label.text().startswith("正在完成导出")
    dialog.close()


def test_closing_during_an_export_says_so_and_closes_when_it_is_done(
    qtbot, window, tmp_path, monkeypatch
):
    controller = window.findChild(DurabilityController)
    release = threading.Event()
    started = threading.Event()
    original = controller.backends.export_work

    def slow_work(choices):
        work = original(choices)

        def run(progress):
            started.set()
            release.wait(20)
            return work(progress)

        return run

    monkeypatch.setattr(controller.backends, "export_work", slow_work)
    Services(window.ctx).annotations.create("m9", note="导出中")
    dialog = controller.open_export_dialog()
    dialog.path_edit.setText(str(tmp_path / "笔记.docx"))
    dialog.export_button.click()
    qtbot.waitUntil(started.is_set)
    dialog.close()
    window.close()  # as the user does: the title bar's ✕, or Ctrl+Q
    assert window.isVisible()  # held back while the file is written
    waiting = window.findChild(QProgressDialog, "closing_progress")
    assert waiting is not None and waiting.isVisible()
    assert waiting.labelText().startswith("正在完成导出…")
    assert "正在完成导出" in window.statusBar().currentMessage()
    assert window.ctx is not None and window.search.runner._closed is False  # nothing shut
    release.set()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20_000)
    assert (tmp_path / "笔记.docx").is_file()  # the export was finished, not cut off
