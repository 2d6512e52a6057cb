"""No key of the main window is bound twice where both bindings are live at once.

Qt calls a key that two live shortcuts share ambiguous and fires neither of them, so a
duplicate silently kills both actions (issue 11, item 1: Ctrl+Shift+R)."""

from __future__ import annotations

import re
from itertools import combinations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QWidget

Ctx = Qt.ShortcutContext


def _scope(binding, window) -> list[tuple[str, QWidget]]:
    """Where a binding is live: ('window', window), ('tree', widget) or ('widget', widget)."""
    context = binding.shortcutContext()
    if isinstance(binding, QShortcut):
        widgets = [binding.parentWidget()] if binding.parentWidget() is not None else []
    else:
        widgets = [w for w in binding.associatedObjects() if isinstance(w, QWidget)]
    # Only bindings on widgets of the main window: a dialog's keys are live in the dialog.
    widgets = [w for w in widgets if w.window() is window or isinstance(w, QMenu)]
    if context in (Ctx.WindowShortcut, Ctx.ApplicationShortcut):
        return [("window", window)] if widgets else []
    kind = "tree" if context == Ctx.WidgetWithChildrenShortcut else "widget"
    return [(kind, w) for w in widgets if not isinstance(w, QMenu)]


def _contains(outer: QWidget, inner: QWidget) -> bool:
    return outer is inner or outer.isAncestorOf(inner)


def _overlap(a: tuple[str, QWidget], b: tuple[str, QWidget]) -> bool:
    """True when some focus widget makes both scopes live."""
    (kind_a, wa), (kind_b, wb) = a, b
    if kind_a == "window" or kind_b == "window":
        return True
    if kind_a == "widget" and kind_b == "widget":
        return wa is wb
    if kind_a == "tree" and kind_b == "tree":
        return _contains(wa, wb) or _contains(wb, wa)
    tree, widget = (wa, wb) if kind_a == "tree" else (wb, wa)
    return _contains(tree, widget)


def live_bindings(window) -> dict[str, list[tuple[str, list]]]:
    """Key → [(binding name, scopes)] of every QAction and QShortcut of the window."""
    out: dict[str, list[tuple[str, list]]] = {}
    portable = QKeySequence.SequenceFormat.PortableText
    for binding in [*window.findChildren(QAction), *window.findChildren(QShortcut)]:
        keys = binding.shortcuts() if isinstance(binding, QAction) else [binding.key()]
        scopes = _scope(binding, window)
        if not scopes or (isinstance(binding, QAction) and not binding.isVisible()):
            continue
        for key in {k.toString(portable) for k in keys if not k.isEmpty()}:
            out.setdefault(key, []).append((binding.objectName() or repr(binding), scopes))
    return out


def clashes(window) -> list[tuple[str, str, str]]:
    """(key, first binding, second binding) for every pair of live bindings of one key."""
    found = []
    for key, bindings in live_bindings(window).items():
        for (name_a, scopes_a), (name_b, scopes_b) in combinations(bindings, 2):
            if any(_overlap(a, b) for a in scopes_a for b in scopes_b):
                found.append((key, name_a, name_b))
    return found


# Bindings of every room and menu, the later ones too: a clash among them must be seen.
EXPECTED = {
    "Ctrl+Shift+R": "action_toggle_search_results",
    "Ctrl+Shift+A": "action_record_actual",  # the ledger's own key
    "Ctrl+Shift+X": "action_toggle_related",  # 相关条款
    "Ctrl+Shift+V": "action_toggle_review",  # 需复核
    "Ctrl+Shift+J": "action_toggle_tasks",  # 任务分解
    "Ctrl+Alt+J": "action_assign_task",
    "Ctrl+Shift+B": "action_compare_editions",  # 版本 menu
    "F7": "action_next_change",
    "Ctrl+Alt+B": "action_export_revision",
    "Ctrl+Shift+D": "action_parallel",  # 对照阅读
    "Ctrl+Alt+A": "action_export_alignment",
}


def test_every_shortcut_of_the_window_is_bound_once(qtbot, window):
    assert window.notes is not None  # the features are built: their actions count too
    bindings = live_bindings(window)
    assert len(bindings) > 30  # the collection sees the window's actions
    names = {key: [name for name, _scopes in found] for key, found in bindings.items()}
    for key, name in EXPECTED.items():
        assert name in names.get(key, []), f"{name} on {key} not seen"
    # The task table's keys are seen (they share F2/Del with other panels, each in its own).
    assert "action_task_edit" in names["F2"] and "action_task_remove" in names["Del"]
    # The language menu's actions are walked too (they have no keys of their own).
    language = window.findChild(QMenu, "menu_language")
    walked = {a.objectName() for a in window.findChildren(QAction)}
    assert {a.objectName() for a in language.actions()} <= walked
    assert {"action_language_zh", "action_language_en"} <= walked
    assert clashes(window) == []


def mnemonics_twice(window) -> list[str]:
    """'menu: first / second' for every menu where one Alt letter opens two entries."""
    twice = []
    for menu in [window.menuBar(), *window.findChildren(QMenu)]:
        seen: dict[str, str] = {}
        for action in menu.actions():
            found = re.search(r"&([^&])", action.text())
            if action.isSeparator() or not action.isVisible() or not found:
                continue
            key = found.group(1).lower()
            if key in seen:
                twice.append(f"{menu.title() or 'menu bar'}: {seen[key]} / {action.text()}")
            seen[key] = action.text()
    return twice


def test_every_menu_has_its_own_mnemonics(qtbot, window):
    """In Chinese too: 原始大小(&R) and 搜索结果(&R) shared the 视图 menu's R."""
    assert window.findChild(QMenu, "menu_versions") is not None
    assert mnemonics_twice(window) == []
    zoom = window.findChild(QAction, "action_zoom_reset")
    zoom.setText("原始大小(&R)")  # the check can fail
    assert mnemonics_twice(window) == ["视图(&V): 原始大小(&R) / 搜索结果(&R)"]


def test_the_check_sees_a_clash_between_a_window_key_and_a_panel_key(qtbot, window):
    """The check can fail: a ledger key equal to a window key is reported."""
    record = window.findChild(QAction, "action_record_actual")
    record.setShortcut(QKeySequence("Ctrl+Shift+R"))
    assert ("Ctrl+Shift+R", "action_toggle_search_results", "action_record_actual") in clashes(
        window
    ) or ("Ctrl+Shift+R", "action_record_actual", "action_toggle_search_results") in clashes(window)


def test_search_results_and_record_actual_keep_their_own_keys(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from hzreader.ui.targets.actual_dialog import ActualDialog

    toggle = window.findChild(QAction, "action_toggle_search_results")
    record = window.findChild(QAction, "action_record_actual")
    assert toggle.shortcut().toString() == "Ctrl+Shift+R"
    assert record.shortcut().toString() == "Ctrl+Shift+A"
    asked = []
    monkeypatch.setattr(
        ActualDialog, "exec", lambda self: asked.append(self.target.name) or QDialog.Rejected
    )
    window.docks.targets.show()
    view = window.targets.view
    qtbot.waitUntil(lambda: view.proxy.rowCount() > 0)
    view.table.selectRow(0)
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    both = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(view.table, Qt.Key.Key_A, both)
    assert len(asked) == 1  # the ledger's key works inside the ledger
    # And Ctrl+Shift+R, pressed in the ledger too, is the results panel's alone.
    was = window.docks.search.isHidden()
    qtbot.keyClick(view.table, Qt.Key.Key_R, both)
    assert window.docks.search.isHidden() != was
