"""No key of the main window is bound twice where both bindings are live at once.

Qt calls a key that two live shortcuts share ambiguous and fires neither of them, so a
duplicate silently kills both actions (issue 11, item 1: Ctrl+Shift+R)."""

from __future__ import annotations

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


def test_every_shortcut_of_the_window_is_bound_once(qtbot, window):
    assert window.notes is not None  # the features are built: their actions count too
    bindings = live_bindings(window)
    assert len(bindings) > 30  # the collection sees the window's actions
    assert "Ctrl+Shift+R" in bindings and "Ctrl+Shift+F" in bindings
    assert clashes(window) == []


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
