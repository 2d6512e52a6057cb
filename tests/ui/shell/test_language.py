"""The window in English: every interface text translated (documents, citations and notes stay
as written), View → 语言 / Language switching at once with nothing open or typed lost, the
choice remembered, --lang."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from language_walk import chinese_left, content_of, path_of, shown
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDockWidget,
    QLabel,
    QMenu,
    QMessageBox,
)

from hzreader import i18n
from hzreader.ui.shell.language import Language

CORPUS = Path(__file__).resolve().parents[2] / "data" / "import"
QUOTE = "共有产权住房"
TYPED = "Notes typed before the switch: 住房保障 **要点**"


@pytest.fixture
def english(qapp):
    """The window's translators in English (as `--lang en` installs them), Chinese after."""
    Language.of(qapp).install("en")
    yield
    Language.of(qapp).install("zh")


def _open(qtbot, data_dir: Path):
    from hzreader.services.opening import open_context
    from hzreader.ui.shell.main_window import MainWindow

    ctx = open_context(data_dir)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 860)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.position_restored)
    return window, ctx


def furnish(window, qtbot, modal: bool = True) -> dict:
    """The window as a user has it after an hour's work: notes with tags, one in the trash,
    an actual value, a search with hits in text and notes, the find bar, the ledger, and the
    dialogs that stay open beside the window (note editor, tag manager, trash); with `modal`
    the others too (import preview, export, backups, about, record actual), which keep the
    menus out of reach while they are open."""
    from hzreader.ui.shell.about import AboutDialog
    from hzreader.ui.targets.actual_dialog import ActualDialog

    s = window.services
    notes = s.annotations
    kept = notes.create(
        "m9.s2", quote=QUOTE, note="**住房**：调研共有产权", tags=["部门/发改", "调研"]
    )
    notes.create("m12", note="整条措施的笔记", color="green")
    gone = notes.create("m9.s1", note="删掉的笔记", tags=["调研"])
    notes.delete(gone.id)
    rows = s.targets.ledger("plan")
    s.targets.record_actual("plan", rows[0].target.id, "5.3", "2024-12-31", source="区统计局")
    s.backups.auto_backup()
    window.notes.reload()
    window.library_controller.refresh()

    window.findChild(QAction, "action_toggle_targets").trigger()
    view = window.targets.view
    qtbot.waitUntil(lambda: view.isVisible() and view.model.rowCount() > 0)
    view.select_target(rows[0].target.id)

    window.search_box.set_text("住房")
    qtbot.waitUntil(
        lambda: window.search.settled() and window.search.panel.model.total > 0, timeout=20_000
    )
    window.findChild(QAction, "action_find").trigger()
    window.search.finder.find_bar.field.setText("保障")
    window.notes.panel.search.setText("调研")

    editor = window.notes.open_editor(kept.id)
    editor.text_edit.setPlainText(TYPED)
    dialogs = {
        "editor": editor,
        "tags": window.notes.dialogs.open_tag_manager(),
        "trash": window.notes.dialogs.open_trash(),
    }
    qtbot.waitUntil(window.search.settled)
    qtbot.waitUntil(lambda: not window.notes.panel._filter_timer.isActive())
    dialogs |= second_wave(window, qtbot)
    if not modal:
        return dialogs
    dialogs |= {
        "export": window.durability.open_export_dialog(),
        "backups": window.durability.open_backups_dialog(),
        "about": AboutDialog(window.data_dir, window),
        "actual": ActualDialog(rows[0].target, view),
    }
    dialogs["about"].show()
    dialogs["actual"].show()
    window.library_controller.start_import(CORPUS / "notice.txt")
    qtbot.waitUntil(
        lambda: (
            window.library_controller.dialog is not None
            and window.library_controller.dialog.preview is not None
        )
    )
    dialogs["import"] = window.library_controller.dialog
    # 对照阅读: the other document of the library on the right, following the left.
    window.findChild(QAction, "action_parallel").trigger()
    qtbot.waitUntil(lambda: window.compare.pane is not None and window.compare.pane.isVisible())
    qtbot.waitUntil(lambda: dialogs["backups"].table.rowCount() > 0)
    return dialogs


def second_wave(window, qtbot) -> dict:
    """The rooms the second wave added, as a user has them: the 任务分解 dock with tasks (one
    overdue, one in the trash), its editor, units and trash open beside the window; the
    相关条款 dock showing a clause's relations; the 需复核 dock; the 版本 menu is the window's."""
    tasks = window.services.tasks
    task = tasks.assign("m9", lead="市住保房管局", partners=["市发改委"], due="2025-06")
    tasks.assign("m12", lead="市发改委", due="2020", status="doing")  # overdue
    tasks.assign("m10", lead="市财政局", status="done")
    tasks.unassign("m10")
    window.findChild(QAction, "action_toggle_tasks").trigger()
    qtbot.waitUntil(lambda: window.tasks.panel.model.rowCount() == 2)
    for name in ("action_toggle_related", "action_toggle_review"):
        window.findChild(QAction, name).trigger()
    window.relations.show_related("m9")
    related = window.findChild(QAbstractItemView, "related_list")
    qtbot.waitUntil(lambda: related.model().rowCount() > 0)
    return {
        "task editor": window.tasks.edit_task(task),
        "units": window.tasks.open_units(),
        "task trash": window.tasks.open_trash(),
    }


def _left(window) -> list[str]:
    """The texts of the window that show Chinese which is neither a document's nor the
    user's: what was typed, and a document being previewed for import, count as theirs."""
    typed = (window.search_box.text(), window.search.finder.find_bar.needle())
    dialog = window.library_controller.dialog
    previewed = (dialog.preview.document,) if dialog is not None and dialog.preview else ()
    content = content_of(window.services, tuple(t for t in typed if t), previewed)
    left = chinese_left(shown([window]), content)
    return [f"{item.where}: {item.text!r} (not content: {item.left!r})" for item in left]


# -- English from the start ------------------------------------------------------------


def test_every_text_of_the_window_and_its_dialogs_is_english(english, qtbot, data_dir):
    window, ctx = _open(qtbot, data_dir)
    try:
        furnish(window, qtbot)
        assert window.findChild(QMenu, "menu_file").title() == "&File"
        assert window.findChild(QAction, "action_copy_with_citation").text() == (
            "Cop&y with Citation"
        )
        left = _left(window)
        assert left == [], "Chinese left in the English window:\n" + "\n".join(left)
        # Document text stays as written: the reader, the outline, the citation.
        assert QUOTE in window.reader.toPlainText()
        assert window.windowTitle() == window.document.title
    finally:
        window.close()
        ctx.close()


def test_every_menu_in_english_has_its_own_mnemonics(english, qtbot, data_dir):
    window, ctx = _open(qtbot, data_dir)
    try:
        twice = []
        for menu in [window.menuBar(), *window.findChildren(QMenu)]:
            seen: dict[str, str] = {}
            for action in menu.actions():
                found = re.search(r"&([^&])", action.text())
                if action.isSeparator() or not found:
                    continue
                key = found.group(1).lower()
                if key in seen:
                    twice.append(f"{menu.title() or 'menu bar'}: {seen[key]} / {action.text()}")
                seen[key] = action.text()
        assert twice == []
    finally:
        window.close()
        ctx.close()


def test_an_untranslated_label_is_found(english, qtbot, data_dir):
    window, ctx = _open(qtbot, data_dir)
    try:
        left = _left(window)
        assert left == [], "Chinese left in the English window:\n" + "\n".join(left)
        label = QLabel("没有翻译的说明", window.statusBar())
        label.setObjectName("untranslated_label")
        action = QAction(window.tr("这个按钮还没有英文"), window)  # in tr(), not in the .ts
        action.setObjectName("untranslated_action")
        window.addAction(action)
        left = _left(window)
        assert {line.split(":")[0] for line in left} == {
            "main_window/QStatusBar[0]/untranslated_label",
            "main_window/untranslated_action",
        }
        assert any("'没有翻译的说明'" in line for line in left)
        assert any("'这个按钮还没有英文'" in line for line in left)
    finally:
        window.close()
        ctx.close()


def test_qt_standard_dialogs_follow_the_language(qapp):
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "取消"  # Chinese, the default
    Language.of(qapp).install("en")
    try:
        english_box = QMessageBox(
            QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Cancel
        )
        assert english_box.button(QMessageBox.StandardButton.Cancel).text() == "Cancel"
    finally:
        Language.of(qapp).install("zh")


# -- switching while the window is open -------------------------------------------------

_TIME = re.compile(r"(\d{4}-\d\d-\d\d[ T])?(?<!\d)\d\d:\d\d(:\d\d(\.\d+)?)?")  # Today 20:46 too


def _texts(window, folders: list[Path]) -> dict[str, str]:
    """What the window shows, by place; paths and clock times made comparable across runs."""
    out = {}
    for item in shown([window]):
        text = _TIME.sub("<time>", item.text)
        for folder in folders:
            text = text.replace(str(folder), "<dir>")
        out[item.where] = text
    return out


def _user_state(window, dialogs) -> dict:
    """What the user has open, typed or arranged: none of it may change with the language."""
    editor = dialogs["editor"]
    return {
        "editor text": editor.text_edit.toPlainText(),
        "editor open": editor.isVisible(),
        "editor dirty": editor.is_dirty(),
        "editors": len(window.notes.editors.open),
        "search": window.search_box.text(),
        "results": window.search.panel.model.total,
        "find": window.search.finder.find_bar.needle(),
        "notes filter": window.notes.panel.search.text(),
        "listed": window.notes.panel.model.ids(),
        "undo": window.services.annotations.history.can_undo(),
        "document": window.document.id,
        "top": window.reader.top_anchor(),
        "docks": {
            d.objectName(): (
                window.dockWidgetArea(d),
                d.isVisible(),
                d.isFloating(),
                sorted(t.objectName() for t in window.tabifiedDockWidgets(d)),
            )
            for d in window.findChildren(QDockWidget)
        },
        "geometry": window.geometry().getRect(),
        "open dialogs": sorted(n for n, d in dialogs.items() if d.isVisible()),
        "target": window.targets.view.current_row().target.id,
    }


def _widths(window) -> dict[str, int]:
    return {d.objectName(): d.width() for d in window.findChildren(QDockWidget)}


def _near(now: dict[str, int], before: dict[str, int]) -> bool:
    """Dock widths as the user left them, give or take the room a longer word needs (Qt
    widens a dock whose contents need more than it has: "Needs Review (0)" for 需复核 0)."""
    return now.keys() == before.keys() and all(
        before[k] - 12 <= now[k] <= before[k] * 1.15 + 12 for k in now
    )


def test_switching_language_says_everything_again_and_loses_nothing(
    qtbot, data_dir, tmp_path, qapp
):
    window, ctx = _open(qtbot, data_dir)
    fresh = fresh_ctx = None
    try:
        dialogs = furnish(window, qtbot, modal=False)
        before, widths = _user_state(window, dialogs), _widths(window)
        chinese = _texts(window, [data_dir, tmp_path])

        window.findChild(QAction, "action_language_en").trigger()
        assert i18n.language() == "en" and i18n.read_language(data_dir) == "en"
        left = _left(window)
        assert left == [], "Chinese left in the English window:\n" + "\n".join(left)
        assert _user_state(window, dialogs) == before
        assert _near(_widths(window), widths)
        assert window.findChild(QAction, "action_language_en").isChecked()

        # The same as a window that started in English and did the same things.
        other = tmp_path / "fresh"
        other.mkdir()
        fresh, fresh_ctx = _open(qtbot, other)
        furnish(fresh, qtbot, modal=False)
        switched, started = _texts(window, [data_dir, tmp_path]), _texts(fresh, [other, tmp_path])
        differ = {
            k: (switched[k], started.get(k)) for k in switched if switched[k] != started.get(k)
        }
        assert differ == {}
        fresh.close()
        fresh_ctx.close()
        fresh = None

        window.findChild(QAction, "action_language_zh").trigger()
        assert i18n.read_language(data_dir) == "zh"
        back = _texts(window, [data_dir, tmp_path])
        assert {k: (v, back.get(k)) for k, v in chinese.items() if back.get(k) != v} == {}
        assert _user_state(window, dialogs) == before
        assert _near(_widths(window), widths)
    finally:
        Language.of(qapp).install("zh")
        for w, c in ((fresh, fresh_ctx), (window, ctx)):
            if w is not None:
                w.close()
                c.close()


def test_the_remembered_language_opens_the_window_in_it(qtbot, data_dir, monkeypatch, qapp):
    from hzreader.ui.shell import launch

    i18n.remember_language(data_dir, "en")
    seen = {}

    def run(app):
        window = next(
            w
            for w in QApplication.topLevelWidgets()
            if w.objectName() == "main_window" and w.isVisible()
        )
        seen["file"] = window.findChild(QMenu, "menu_file").title()
        seen["checked"] = window.findChild(QAction, "action_language_en").isChecked()
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", run)
    try:
        assert launch.run_window(data_dir) == 0
    finally:
        Language.of(qapp).install("zh")
    assert seen == {"file": "&File", "checked": True}


def test_the_path_of_an_object_names_its_place(qapp):
    parent = QDialog()
    parent.setObjectName("dialog")
    child = QLabel(parent)
    assert path_of(child) == "dialog/QLabel[0]"


def test_the_language_of_a_start(tmp_path):
    from hzreader.ui.shell.language import start_language

    assert start_language(tmp_path) == "zh"  # Chinese unless asked
    assert start_language(tmp_path, "en") == "en"  # --lang en, remembered
    assert i18n.read_language(tmp_path) == "en"
    assert start_language(tmp_path) == "en"
    assert start_language(tmp_path, "zh") == "zh"
    assert start_language(tmp_path) == "zh"
