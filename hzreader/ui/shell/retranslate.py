"""Saying again, in another language, every text the window shows, without rebuilding it.

A snapshot walks every top-level window (the main window, open note editors, the tag manager,
a settings dialog…) and notes each text an object shows: titles, labels, button texts,
tooltips, placeholders, combo box and table items, actions, menus. After the switch each text
is looked up among the texts the translators have shown (hzreader.i18n keeps them) and
replaced by the same source in the new language; a text made with .format() is matched
against the shown templates ({0} fields), its fields said again where they are interface
words too (a colour's name), kept as they are where they are content (a title, a tag).
Anything else (document text, notes, citations, titles, what the user typed) is left alone:
it is not among the texts shown by a translator.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QTabBar,
    QTableWidget,
    QTextEdit,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItemIterator,
    QWidget,
)

from hzreader import i18n
from hzreader.ui.texts import icon_text

Say = Callable[[str], str | None]  # a text shown -> the same in the new language, or None

_FIELD = re.compile(r"\{(\d+)(?::[^{}]*)?\}")
_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


@dataclass
class Slot:
    """One text of one object: what it showed, and how to set it."""

    text: str
    set: Callable[[str], None]
    later: bool = False  # actions go after widgets (a dock's title resets its toggle's text)


# -- saying a text again -----------------------------------------------------------------


class Translator:
    """Looks a shown text up and says it in the language now in use."""

    def __init__(self) -> None:
        self._templates = sorted(
            i18n.shown_templates(), key=lambda t: -len(_FIELD.sub("", t[0]).strip())
        )

    def __call__(self, text: str, depth: int = 0) -> str | None:
        if not text or depth > 3:
            return None
        found = i18n.source_of(text)
        if found is not None:
            return i18n.translate(*found)
        for shown, source in self._templates:
            literal = _FIELD.sub("", shown)
            if not literal.strip() or not all(part in text for part in _parts(shown)):
                continue
            match = _pattern(shown).fullmatch(text)
            if match is None:
                continue
            fields = {int(name[1:]): value for name, value in match.groupdict().items()}
            said = {k: self(v, depth + 1) or v for k, v in fields.items()}
            template = i18n.translate(*source)
            return _fill(template, said)
        return None


def _parts(template: str) -> list[str]:
    return [p for p in _FIELD.split(template)[::2] if p]


@lru_cache(maxsize=4096)
def _pattern(template: str) -> re.Pattern:
    """A template as a regular expression: each {N} a named group (repeats must agree)."""
    out, seen, at = [], {}, 0
    for m in _FIELD.finditer(template):
        out.append(re.escape(template[at : m.start()].replace("{{", "{").replace("}}", "}")))
        number = m.group(1)
        if number in seen:
            out.append(f"(?P={seen[number]})")
        else:
            seen[number] = f"f{number}"
            out.append(f"(?P<f{number}>.*?)")
        at = m.end()
    out.append(re.escape(template[at:].replace("{{", "{").replace("}}", "}")))
    return re.compile("".join(out), re.DOTALL)


def _fill(template: str, fields: dict[int, str]) -> str:
    def field(m: re.Match) -> str:
        return fields.get(int(m.group(1)), m.group(0))

    parts = re.split(r"(\{\{|\}\})", template)
    return "".join({"{{": "{", "}}": "}"}.get(p) or _FIELD.sub(field, p) for p in parts if p)


# -- what an object shows ----------------------------------------------------------------


def _texts(obj: QObject) -> list[Slot]:
    slots: list[Slot] = []

    def add(text: str, setter: Callable[[str], None], later: bool = False) -> None:
        if text:
            slots.append(Slot(text, setter, later))

    if isinstance(obj, QAction):
        _action_texts(obj, add)
        return slots
    if not isinstance(obj, QWidget):
        return slots
    driven = isinstance(obj, QToolButton) and obj.defaultAction() is not None
    add(obj.windowTitle(), obj.setWindowTitle)
    if not driven:
        add(obj.toolTip(), obj.setToolTip)
    add(obj.statusTip(), obj.setStatusTip)
    add(obj.whatsThis(), obj.setWhatsThis)
    add(obj.accessibleName(), obj.setAccessibleName)
    add(obj.accessibleDescription(), obj.setAccessibleDescription)
    if isinstance(obj, QLabel) or (isinstance(obj, QAbstractButton) and not driven):
        add(obj.text(), obj.setText)
    elif isinstance(obj, QGroupBox | QMenu):
        add(obj.title(), obj.setTitle)
    elif isinstance(obj, QProgressBar):
        add(obj.format(), obj.setFormat)
    elif isinstance(obj, QLineEdit | QPlainTextEdit | QTextEdit):
        add(obj.placeholderText(), obj.setPlaceholderText)
    elif isinstance(obj, QComboBox):
        for row in range(obj.count()):
            add(obj.itemText(row), lambda t, r=row, b=obj: b.setItemText(r, t))
            tip = obj.itemData(row, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                add(tip, lambda t, r=row, b=obj: b.setItemData(r, t, Qt.ItemDataRole.ToolTipRole))
    elif isinstance(obj, QTabBar):
        for i in range(obj.count()):
            add(obj.tabText(i), lambda t, i=i, b=obj: b.setTabText(i, t))
            add(obj.tabToolTip(i), lambda t, i=i, b=obj: b.setTabToolTip(i, t))
    if isinstance(obj, QAbstractItemView):
        _view_texts(obj, add)
    return slots


def _action_texts(action: QAction, add) -> None:
    text = action.text()
    derived_icon = action.iconText() == icon_text(text)
    derived_tip = action.toolTip() in (icon_text(text), action.iconText())
    add(text, action.setText, True)
    if derived_icon:
        add(text, lambda t, a=action: a.setIconText(icon_text(t)), True)
    else:
        add(action.iconText(), action.setIconText, True)
    if not derived_tip:
        add(action.toolTip(), action.setToolTip, True)
    add(action.statusTip(), action.setStatusTip, True)
    add(action.whatsThis(), action.setWhatsThis, True)


def _view_texts(view: QAbstractItemView, add) -> None:
    if isinstance(view, QTreeWidget):
        header = view.headerItem()
        for c in range(header.columnCount()):
            add(header.text(c), lambda t, c=c, h=header: h.setText(c, t))
        it = QTreeWidgetItemIterator(view)
        while it.value() is not None:
            item = it.value()
            for c in range(item.columnCount()):
                add(item.text(c), lambda t, c=c, i=item: i.setText(c, t))
                add(item.toolTip(c), lambda t, c=c, i=item: i.setToolTip(c, t))
            it += 1
    elif isinstance(view, QTableWidget):
        for c in range(view.columnCount()):
            head = view.horizontalHeaderItem(c)
            if head is not None:
                add(head.text(), head.setText)
        for r in range(view.rowCount()):
            for c in range(view.columnCount()):
                item = view.item(r, c)
                if item is not None:
                    add(item.text(), item.setText)
                    add(item.toolTip(), item.setToolTip)
    elif isinstance(view, QListWidget):
        for r in range(view.count()):
            item = view.item(r)
            add(item.text(), item.setText)
            add(item.toolTip(), item.setToolTip)
    else:
        model = view.model()
        if isinstance(model, QStandardItemModel) and view.parent() is not None:
            for c in range(model.columnCount()):
                head = model.horizontalHeaderItem(c)
                if head is not None:
                    add(head.text(), head.setText)
            columns = range(model.columnCount())
            stack = [model.item(r, c) for r in range(model.rowCount()) for c in columns]
            while stack:
                item = stack.pop()
                if item is None:
                    continue
                add(item.text(), item.setText)
                add(item.toolTip(), item.setToolTip)
                stack.extend(item.child(r, c) for r in range(item.rowCount()) for c in columns)


def windows() -> list[QWidget]:
    """The top-level windows whose texts a switch says again."""
    return list(QApplication.topLevelWidgets())


def snapshot() -> list[Slot]:
    """Every text shown now, widgets first, then actions."""
    slots: list[Slot] = []
    seen: set[int] = set()
    app = QGuiApplication.instance()
    name = app.applicationDisplayName()
    if name:
        slots.append(Slot(name, app.setApplicationDisplayName))
    for window in windows():
        for obj in [window, *window.findChildren(QObject)]:
            if id(obj) in seen:
                continue
            seen.add(id(obj))
            slots.extend(_texts(obj))
    return sorted(slots, key=lambda s: s.later)


def apply(slots: list[Slot], say: Say) -> int:
    """Set every text of a snapshot in the language now in use; how many changed."""
    changed = 0
    for slot in slots:
        new = say(slot.text)
        if new is not None and new != slot.text:
            slot.set(new)
            changed += 1
    return changed


def refresh_views() -> None:
    """Item views ask their models again: header titles and cells made by tr() when shown."""
    for window in windows():
        for view in window.findChildren(QAbstractItemView):
            model = view.model()
            if model is not None and model.columnCount() > 0:
                model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
            view.viewport().update()


def call_hooks() -> None:
    """Objects with texts of their own making (cached, painted) say them again themselves:
    anything in a window with a retranslate() method (Qt's changeEvent works too)."""
    for window in windows():
        for obj in [window, *window.findChildren(QObject)]:
            hook = getattr(obj, "retranslate", None)
            if callable(hook):
                hook()
