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

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QObject, Qt
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
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QTabBar,
    QTableWidget,
    QTextEdit,
    QToolButton,
    QTreeWidget,
    QWidget,
)

from hzreader import i18n
from hzreader.ui.texts import ICON_FROM_TEXT, qt_stripped, set_icon_text

# a text shown, and the classes of the object showing it -> the text in the new language
Say = Callable[[str, tuple[str, ...]], str | None]

_FIELD = re.compile(r"\{(\d+)(?::[^{}]*)?\}")
_WORD = re.compile(r"[^\W\d_]")  # a letter or an ideograph: a template with words of its own
_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


@dataclass
class Slot:
    """One text of one object: what it showed, and how to set it."""

    text: str
    set: Callable[[str], None]
    later: bool = False  # actions go after widgets (a dock's title resets its toggle's text)
    owner: object = None  # the object showing it, and what the text is (for reports)
    what: str = ""


# -- saying a text again -----------------------------------------------------------------


class Translator:
    """Looks a shown text up and says it in the language now in use."""

    def __init__(self) -> None:
        self._templates = sorted(
            i18n.shown_templates(), key=lambda t: -len(_FIELD.sub("", t[0]).strip())
        )

    def __call__(self, text: str, contexts: tuple[str, ...] = (), depth: int = 0) -> str | None:
        if not text or depth > 3:
            return None
        found = i18n.source_of(text, contexts)
        if found is not None:
            return _say(*found)
        for shown, source in self._templates:
            if not all(part in text for part in _parts(shown)):
                continue
            match = _pattern(shown).fullmatch(text)
            if match is None:
                continue
            fields = {int(name[1:]): value for name, value in match.groupdict().items()}
            said = {k: self(v, contexts, depth + 1) for k, v in fields.items()}
            # No words around the fields ("{0}（{1}）", "{0} {1}"): a document's title or
            # sentence, or two words of the window ("Export Notes"), could fit by chance. Such
            # texts are said again by the rooms that make them (their retranslate()).
            if not _WORD.search(_FIELD.sub("", shown)):
                continue
            template = _say(*_pick(source, contexts))
            return _fill(template, {k: said[k] or v for k, v in fields.items()})
        return None


def _pick(sources: dict, contexts: tuple[str, ...]):
    for context in contexts:
        if context in sources:
            return sources[context]
    return next(reversed(sources.values()))


def contexts_of(obj: object) -> tuple[str, ...]:
    """The classes an object's texts most likely came from, nearest first (标签 is Tags in
    the note editor, Tag in the tag manager): its own and those of what holds it, then the
    helpers that fill it in, which are the other children of what holds it (DockFrames names
    the main window's docks)."""
    chain: list[QObject] = []
    while isinstance(obj, QObject):
        chain.append(obj)
        obj = obj.parent()
    names: list[str] = []
    for holder in chain:
        names += [k.__name__ for k in type(holder).__mro__]
    for holder in chain[1:]:
        names += _helpers(holder)
    return tuple(dict.fromkeys(names))


def _helpers(holder: QObject) -> list[str]:
    # Plain QObjects held beside the widgets (controllers, action and dock makers).
    return [type(c).__name__ for c in holder.children() if not c.isWidgetType()]


def _say(context: str, source: str, disambiguation: str | None, n: int) -> str:
    """The source in the language now in use, through the application's translators (ours
    and Qt's own)."""
    return QCoreApplication.translate(context, source, disambiguation, n)


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
            what = getattr(setter, "__name__", "") or "item"
            slots.append(Slot(text, setter, later, obj, what))

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
            if obj.itemData(row) == obj.itemText(row):
                continue  # a name chosen by its own text (a tag, a unit): content
            add(obj.itemText(row), lambda t, r=row, b=obj: b.setItemText(r, t))
            tip = obj.itemData(row, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                add(tip, lambda t, r=row, b=obj: b.setItemData(r, t, Qt.ItemDataRole.ToolTipRole))
    elif isinstance(obj, QTabBar) and not isinstance(obj.parent(), QMainWindow):
        # (a main window's tabs of docks follow the docks' titles by themselves)
        for i in range(obj.count()):
            add(obj.tabText(i), lambda t, i=i, b=obj: b.setTabText(i, t))
            add(obj.tabToolTip(i), lambda t, i=i, b=obj: b.setTabToolTip(i, t))
    if isinstance(obj, QAbstractItemView):
        _view_texts(obj, add)
    return slots


def _action_texts(action: QAction, add) -> None:
    text = action.text()
    derived_tip = action.toolTip() in (qt_stripped(text), action.iconText())
    add(text, action.setText, True)
    if action.property(ICON_FROM_TEXT):
        add(text, lambda t, a=action: set_icon_text(a, t), True)
    elif action.iconText() != qt_stripped(text):
        add(action.iconText(), action.setIconText, True)
    # (else Qt makes the icon text from the text by itself)
    if derived_tip:
        # Made from the text (or set to it): made again from the new text.
        add(text, lambda _t, a=action: a.setToolTip(""), True)
    else:
        add(action.toolTip(), action.setToolTip, True)
    add(action.statusTip(), action.setStatusTip, True)
    add(action.whatsThis(), action.setWhatsThis, True)


def _view_texts(view: QAbstractItemView, add) -> None:
    # Only the headers: the rows of item widgets and of standard item models hold content
    # in hzreader (tags, quotes, nodes of a preview, recorded values); a room with interface
    # words in its rows (全部笔记) says them again in its retranslate().
    if isinstance(view, QTreeWidget):
        header = view.headerItem()
        for c in range(header.columnCount()):
            add(header.text(c), lambda t, c=c, h=header: h.setText(c, t))
    elif isinstance(view, QTableWidget):
        for c in range(view.columnCount()):
            head = view.horizontalHeaderItem(c)
            if head is not None:
                add(head.text(), head.setText)
    elif isinstance(view, QListWidget):
        return
    else:
        model = view.model()
        if isinstance(model, QStandardItemModel) and view.parent() is not None:
            for c in range(model.columnCount()):
                head = model.horizontalHeaderItem(c)
                if head is not None:
                    add(head.text(), head.setText)


def column_count(model: QAbstractItemModel, parent: QModelIndex | None = None) -> int:
    """A model's columns, whether it is a table, a tree or a list (whose columnCount Qt keeps
    private in Python)."""
    try:
        return model.columnCount(parent or QModelIndex())
    except TypeError:
        return 1


def windows() -> list[QWidget]:
    """The top-level windows whose texts a switch says again."""
    return list(QApplication.topLevelWidgets())


def snapshot(roots: list[QWidget] | None = None) -> list[Slot]:
    """Every text shown now (by every window, or by `roots` and what they hold), widgets
    first, then actions."""
    slots: list[Slot] = []
    seen: set[int] = set()
    app = QGuiApplication.instance()
    name = app.applicationDisplayName()
    if name:
        slots.append(Slot(name, app.setApplicationDisplayName, False, app, "displayName"))
    for window in windows() if roots is None else roots:
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
        new = say(slot.text, contexts_of(slot.owner))
        if new is not None and new != slot.text:
            slot.set(new)
            changed += 1
    return changed


def refresh_views() -> None:
    """Item views ask their models again: header titles and cells made by tr() when shown."""
    for window in windows():
        for view in window.findChildren(QAbstractItemView):
            model = view.model()
            columns = column_count(model) if model is not None else 0
            if columns > 0:
                model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
            view.viewport().update()


def refresh_sizes() -> None:
    """Combo boxes measure their items again (one sized on first show keeps its old width
    otherwise, and "Red – Question" shows as "Red – Q")."""
    for window in windows():
        for box in window.findChildren(QComboBox):
            policy = box.sizeAdjustPolicy()  # a change of policy drops the measured size
            other = QComboBox.SizeAdjustPolicy.AdjustToContents
            if policy == other:
                other = QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow
            box.setSizeAdjustPolicy(other)
            box.setSizeAdjustPolicy(policy)


def call_hooks() -> None:
    """Objects with texts of their own making (cached, painted) say them again themselves:
    anything in a window with a retranslate() method (Qt's changeEvent works too)."""
    for window in windows():
        for obj in [window, *window.findChildren(QObject)]:
            hook = getattr(obj, "retranslate", None)
            if callable(hook):
                hook()
