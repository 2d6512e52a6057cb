"""设置 (Ctrl+,): changes show at once, are stored on 确定, survive a restart and a backup
restored into a fresh data dir, and 取消 puts everything back."""

from __future__ import annotations

from PySide6.QtGui import QPalette

from hzreader.core import preferences as prefs
from hzreader.ui import theme


def _paper(window) -> str:
    return window.reader.palette().color(QPalette.ColorRole.Base).name()


def _line_height(window) -> float:
    block = window.reader.document().findBlockByNumber(5)
    return block.blockFormat().lineHeight()


def _ink(window) -> str:
    block = window.reader.document().findBlockByNumber(5)
    return block.begin().fragment().charFormat().foreground().color().name()


def test_the_action_has_its_key_and_opens_the_dialog(window):
    action = window.settings.action
    assert action.objectName() == "action_settings"
    assert action.shortcut().toString() == "Ctrl+,"
    dialog = window.settings.open_dialog()
    assert dialog.isVisible()
    dialog.reject()


def test_changes_apply_live_and_persist_across_a_restart(window, restart, qtbot):
    dialog = window.settings.open_dialog()
    before = window.reader.document().size().height()
    dialog.line_box.setValue(220)
    assert _line_height(window) == 220  # laid out again at once
    assert window.reader.document().size().height() > before
    dialog.size_box.setValue(16)
    assert window.reader.point_size() == 16
    dialog.theme_box.setCurrentIndex(dialog.theme_box.findData("dark"))
    assert _paper(window) == theme.DARK.paper.name()
    assert _ink(window) == theme.DARK.ink.name()
    dialog.reopen_box.setChecked(False)
    dialog.keep_box.setValue(4)
    dialog.meaning_edits["red"].setText("存疑")
    dialog.accept()
    assert window.services.preferences.load()[prefs.LINE_HEIGHT] == 220
    assert any(c.meaning == "存疑" for c in window.notes.colors)

    again = restart(window)
    assert _line_height(again) == 220
    assert again.reader.point_size() == 16
    assert _paper(again) == theme.DARK.paper.name()
    assert again.look.actions["dark"].isChecked()
    assert again.ctx.paths.backup_keep == 4
    values = again.settings.open_dialog().values()
    assert values[prefs.REOPEN_POSITION] is False
    assert values["colors.meanings"]["red"] == "存疑"
    again.settings.dialog.reject()
    again.look.choose_theme("light")  # the next test's windows start light


def test_cancel_reverts_what_was_shown_live(window):
    size, paper = window.reader.point_size(), _paper(window)
    dialog = window.settings.open_dialog()
    dialog.size_box.setValue(size + 5)
    dialog.line_box.setValue(140)
    dialog.theme_box.setCurrentIndex(dialog.theme_box.findData("dark"))
    dialog.set_paper("#f4ecd8")
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))
    assert window.menuBar().actions()[0].text() != "文件(&F)"  # English at once
    dialog.reject()
    assert window.reader.point_size() == size
    assert _paper(window) == paper
    assert _line_height(window) == 175
    assert window.menuBar().actions()[0].text() == "文件(&F)"
    assert window.services.preferences.load()[prefs.THEME] == "system"


def test_paper_colour_applies_to_the_light_theme(window):
    dialog = window.settings.open_dialog()
    dialog.theme_box.setCurrentIndex(dialog.theme_box.findData("light"))
    dialog.set_paper("#f4ecd8")
    assert _paper(window) == "#f4ecd8"
    dialog.theme_box.setCurrentIndex(dialog.theme_box.findData("dark"))
    assert _paper(window) == theme.DARK.paper.name()  # night keeps its own paper
    dialog.accept()
    window.look.choose_theme("light")
    assert _paper(window) == "#f4ecd8"


def test_not_reopening_the_last_position_starts_at_the_top(window, restart, qtbot):
    window.open_node("m12")
    qtbot.waitUntil(lambda: window.reader.verticalScrollBar().value() > 0)
    window.save_position()
    window.services.preferences.save({prefs.REOPEN_POSITION: False})
    again = restart(window)
    assert again.reader.verticalScrollBar().value() == 0


def test_settings_survive_a_backup_restored_into_a_fresh_data_dir(window, tmp_path, qtbot):
    from hzreader.services.composition import Services
    from hzreader.services.opening import open_context
    from hzreader.ui.shell.main_window import MainWindow

    dialog = window.settings.open_dialog()
    dialog.line_box.setValue(205)
    dialog.theme_box.setCurrentIndex(dialog.theme_box.findData("dark"))
    dialog.accept()
    path = tmp_path / "backup.json"
    window.services.backup_files.export(path)

    fresh = open_context(tmp_path / "fresh")
    try:
        Services(fresh).backup_files.restore(path)
        other = MainWindow(fresh)
        qtbot.addWidget(other)
        other.show()
        qtbot.waitUntil(other.position_restored)
        assert _line_height(other) == 205
        assert _paper(other) == theme.DARK.paper.name()
        other.look.choose_theme("light")
        other.close()
    finally:
        fresh.close()
    window.look.choose_theme("light")


def test_a_backup_restored_in_the_window_applies_its_settings_at_once(
    window, tmp_path, qtbot, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from hzreader.services.composition import Services
    from hzreader.services.opening import open_context

    other = open_context(tmp_path / "other")
    try:
        Services(other).preferences.save({prefs.LINE_HEIGHT: 205})
        path = tmp_path / "backup.json"
        Services(other).backup_files.export(path)
    finally:
        other.close()
    before = _line_height(window)
    assert before != 205
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    window.durability.restore_backup_file(str(path))
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    # No restart: the reader lays its text out with the restored line height.
    qtbot.waitUntil(lambda: _line_height(window) == 205, timeout=5_000)
