"""What the window shows, walked as a person reading it would: every text of every object
(hzreader.ui.shell.retranslate's snapshot) and every cell and header of every item view; and
which of those texts still hold Chinese that is not document content."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QWidget

from hzreader.services.relations import short_citation
from hzreader.ui.markdown_view import plain_preview
from hzreader.ui.shell import retranslate

# Ideographs, CJK punctuation (、。《》), full-width forms (，：（）); not U+3000, a space.
CHINESE = re.compile(
    "[\u2e80-\u2fff\u3001-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]"
)
# Each language is named in its own language in the language menu.
ENDONYMS = {"action_language_zh"}
_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.StatusTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
)
MAX_ROWS = 3000
_MARKS = re.compile(r"[*_`#>]+")  # Markdown's emphasis, code, heading and quote marks
# A text this long found in the documents is a piece of them; a shorter one (目标, 笔记) may be
# an untranslated label that happens to be a word of the plan too.
FRAGMENT = 8
_LINES = re.compile(r"(\n|: )")


@dataclass(frozen=True)
class Shown:
    """One text on screen: where it is (a path of object names and classes) and what."""

    where: str
    text: str
    left: str = ""  # what is not content, when it is still Chinese


def path_of(obj: QObject) -> str:
    """The object's place: objectName or class[index among same-class siblings], up to the top."""
    parts = []
    while obj is not None:
        name = obj.objectName()
        if not name:
            parent = obj.parent()
            kin = [c for c in parent.children() if type(c) is type(obj)] if parent else [obj]
            name = f"{type(obj).__name__}[{kin.index(obj) if obj in kin else '?'}]"
        parts.append(name)
        obj = obj.parent()
    return "/".join(reversed(parts))


def _views(roots: list[QWidget]) -> list[QAbstractItemView]:
    found = []
    for root in roots:
        if isinstance(root, QAbstractItemView):
            found.append(root)
        found += root.findChildren(QAbstractItemView)
    return found


def shown(roots: list[QWidget]) -> list[Shown]:
    """Every text `roots` show: object texts, then item views' headers and cells."""
    out = [
        Shown(f"{path_of(s.owner)}:{s.what}" if s.owner else s.what, s.text)
        for s in retranslate.snapshot(roots)
        if not (s.owner is not None and s.owner.objectName() in ENDONYMS)
    ]
    for view in _views(roots):
        model, where = view.model(), path_of(view)
        if model is None:
            continue
        top = QModelIndex()
        for column in range(retranslate.column_count(model, top)):
            head = model.headerData(column, Qt.Orientation.Horizontal)
            if isinstance(head, str):
                out.append(Shown(f"{where}:header{column}", head))
            tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                out.append(Shown(f"{where}:header{column}:tip", tip))
        columns = range(retranslate.column_count(model, top))
        stack = [model.index(r, c) for r in range(model.rowCount(top)) for c in columns]
        seen = 0
        while stack and seen < MAX_ROWS:
            index = stack.pop()
            seen += 1
            for role in _ROLES:
                value = index.data(role)
                if isinstance(value, str) and value:
                    out.append(Shown(f"{where}:{index.row()},{index.column()}:{role.name}", value))
            if index.column() == 0:
                stack += [
                    model.index(r, c, index)
                    for r in range(model.rowCount(index))
                    for c in range(retranslate.column_count(model, index))
                ]
    return out


def content_of(services, extra: tuple[str, ...] = (), documents: tuple = ()) -> list[str]:
    """The texts that are the user's or the documents': titles, nodes, citations, notes, tags,
    targets; longest first, so that a title goes before a word inside it."""
    texts = set(extra)
    library = [services.library.document(d.id) for d in services.library.documents()]
    for document in [*library, *documents]:
        texts.add(document.title)
        for node in document.walk():
            for value in (node.text, node.title, node.citation, node.number):
                if value:
                    texts.add(value)
            if node.title or node.text:
                texts.add(f"{node.marker}{node.title or node.text[:12]}")
            if node.citation:  # as tables and the related clauses cite it: 第三部分第9条
                texts.add(short_citation(node.citation, document.title))
    for a in [*services.annotations.list(), *services.annotations.trash()]:
        texts.update((a.quote, a.note, a.citation, *a.tags))
        # A note as lists and search snippets show it: without its Markdown marks.
        texts.update((plain_preview(a.note, 200), _MARKS.sub("", a.note)))
        texts.update(a.quote[:n] for n in (20, 30, 120, 200) if len(a.quote) > n)
    for t in services.annotations.tags():
        texts.update(t.name.split("/"))
        texts.add(t.name)
    # The task breakdown's units and rows are the user's.
    texts.update(u.name for u in services.tasks.units())
    for task in [*services.tasks.list(), *services.tasks.trash()]:
        texts.update((task.title, task.citation, task.lead, *task.partners, task.note))
    for doc in services.library.documents():
        for row in services.targets.ledger(doc.id):
            t = row.target
            texts.update((t.name, t.unit, t.text, row.citation, row.chapter_label))
            texts.update((row.chapter_title or "", row.section_title or "", row.chapter_number))
            for actual in row.actuals:
                texts.update(x for x in (actual.source, actual.note) if x)
    return sorted((t for t in texts if t), key=len, reverse=True)


def chinese_left(items: list[Shown], content: list[str]) -> list[Shown]:
    """The texts that still show Chinese once the documents' and the user's texts are taken
    out of them (a piece of a document's text, or an elided one around a "…", counts as
    content too)."""
    blob = "\n".join(content)
    left = []
    for item in items:
        if not CHINESE.search(item.text):
            continue
        rest = item.text
        if len(rest) >= FRAGMENT and rest.strip("… ") in blob:
            continue  # a piece of a document's text (a tooltip, a snippet), not a label
        # A tooltip of several lines (a citation, a snippet, "Shared phrases: …"): each
        # line, and what follows a label's colon, judged as a piece of its own.
        rest = "".join(
            part
            for part in _LINES.split(rest)
            if not (len(part.strip("… ")) >= FRAGMENT and part.strip("… ") in blob)
        )
        if "…" in rest:
            rest = "…".join(
                part for part in rest.split("…") if not (part.strip() and part.strip() in blob)
            )
        for piece in content:
            if piece in rest:
                rest = rest.replace(piece, "")
                if not CHINESE.search(rest):
                    break
        if CHINESE.search(rest):
            left.append(Shown(item.where, item.text, rest))
    return left
