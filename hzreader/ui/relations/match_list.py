"""A list of matched clauses: grouped by document, each with its score and evidence.

Used by the 相关条款 panel and by the 对照 view's list of next-best counterparts. It shows
plain data (RELATED rows as the services give them) and asks to open a clause by signal."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem

from hzreader.ui import theme
from hzreader.ui.texts import joined

WEAK_SCORE = 0.3  # under it a counterpart is shown as weak: it says little of the same
ROLE = Qt.ItemDataRole.UserRole + 1
_WEAK_INK = (QColor("#8a8a8a"), theme.DARK.muted_ink)  # (light, night), legible on the list
_EXCERPT = 60


@dataclass(frozen=True)
class MatchRow:
    """One matched clause as the list shows it."""

    doc: str
    key: str
    label: str  # 第三部分第9条 住房保障
    score: float
    evidence: tuple[str, ...]
    text: str = ""

    @property
    def weak(self) -> bool:
        """True for a match that says little of what the clause says."""
        return self.score < WEAK_SCORE


def score_text(score: float, weak: bool) -> str:
    """A score as the lists print it: 0.62, or 0.18（弱）."""
    text = f"{score:.2f}"
    return QCoreApplication.translate("MatchList", "{0}（弱）").format(text) if weak else text


def clause_label(citation: str, title: str | None, doc_title: str) -> str:
    """第三部分第9条 住房保障: the citation without the document's title, then the title."""
    from hzreader.services.relations import short_citation

    cite = short_citation(citation, doc_title) or doc_title
    return f"{cite} {title}".strip() if title and title not in cite else cite


def match_rows(matches, titles: dict[str, str]) -> list[MatchRow]:
    """MatchRows of core Matches (titles: document id → title)."""
    out = []
    for m in matches:
        u = m.unit
        label = clause_label(u.citation, u.title, titles.get(u.doc, ""))
        phrases = tuple(e.phrase for e in m.evidence)
        out.append(MatchRow(u.doc, u.key, label, m.score, phrases, u.own_text or u.text))
    return out


class MatchList(QTreeWidget):
    """Matches grouped by document (a group per document when there are several)."""

    open_requested = Signal(str, str)  # doc, key
    current_changed = Signal(str, str)  # doc, key: the row the keyboard or mouse is on

    def __init__(self, parent=None, *, grouped: bool = True) -> None:
        super().__init__(parent)
        self.grouped = grouped
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("条款"), self.tr("相关度")])
        self.setRootIsDecorated(grouped)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.itemActivated.connect(self._activated)
        self.currentItemChanged.connect(self._current)
        theme.follow_look(self, self._tint_weak)

    def weak_ink(self) -> QColor:
        """The grey of a weak match for the palette in use, legible on the list's base."""
        base = self.palette().color(QPalette.ColorRole.Base)
        return theme.legible(theme.shade(*_WEAK_INK), base)

    def _tint_weak(self) -> None:
        """Every weak row in the grey of the palette in use (again after a switch of theme)."""
        ink = self.weak_ink()
        for item in self._items():
            row = item.data(0, ROLE)
            if isinstance(row, MatchRow) and row.weak:
                for column in (0, 1):
                    item.setForeground(column, ink)

    def _items(self) -> list[QTreeWidgetItem]:
        out, stack = [], [self.invisibleRootItem()]
        while stack:
            item = stack.pop()
            children = [item.child(i) for i in range(item.childCount())]
            out += children
            stack += children
        return out

    def set_groups(self, groups: list[tuple[str, list[MatchRow]]]) -> None:
        """Show (document title, rows) groups, in the order given."""
        self.clear()
        for title, rows in groups:
            parent = self.invisibleRootItem()
            if self.grouped:
                parent = QTreeWidgetItem(self, [title, str(len(rows))])
                font = parent.font(0)
                font.setBold(True)
                parent.setFont(0, font)
                parent.setToolTip(0, title)
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for row in rows:
                self._add(parent, row)
        self.expandAll()

    def _add(self, parent: QTreeWidgetItem, row: MatchRow) -> None:
        item = QTreeWidgetItem(parent, [row.label, ""])
        item.setData(0, ROLE, row)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._say(item, row)
        if row.weak:
            for column in (0, 1):
                item.setForeground(column, self.weak_ink())
                font = QFont(item.font(column))
                font.setItalic(True)
                item.setFont(column, font)

    def _say(self, item: QTreeWidgetItem, row: MatchRow) -> None:
        """The row's words of the window: its score and the tooltips."""
        item.setText(1, score_text(row.score, row.weak))
        excerpt = row.text if len(row.text) <= _EXCERPT else row.text[:_EXCERPT] + "…"
        phrases = joined(row.evidence) if row.evidence else self.tr("（无）")
        tip = self.tr("共同的说法：{0}").format(phrases)
        item.setToolTip(0, f"{row.label}\n{excerpt}\n{tip}" if excerpt else f"{row.label}\n{tip}")
        explained = self.tr("相关度 {0}：共同的说法在两段文字中所占的分量（0–1）")
        item.setToolTip(1, explained.format(f"{row.score:.2f}"))

    def retranslate(self) -> None:
        """After a switch of language (ui/shell/language.py): every row's score and tips."""
        stack = [self.invisibleRootItem()]
        while stack:
            item = stack.pop()
            stack += [item.child(i) for i in range(item.childCount())]
            row = item.data(0, ROLE) if item is not self.invisibleRootItem() else None
            if isinstance(row, MatchRow):
                self._say(item, row)

    def rows(self) -> list[MatchRow]:
        """Every match shown, in order."""
        out = []
        stack = [self.invisibleRootItem()]
        while stack:
            item = stack.pop()
            for i in reversed(range(item.childCount())):
                stack.append(item.child(i))
            row = item.data(0, ROLE) if item is not self.invisibleRootItem() else None
            if isinstance(row, MatchRow):
                out.append(row)
        return out

    def select_row(self, doc: str, key: str) -> None:
        """Make a match the current row (without asking to open it)."""
        iterator = [self.invisibleRootItem()]
        while iterator:
            item = iterator.pop()
            row = item.data(0, ROLE) if item is not self.invisibleRootItem() else None
            if isinstance(row, MatchRow) and (row.doc, row.key) == (doc, key):
                self.blockSignals(True)
                self.setCurrentItem(item)
                self.blockSignals(False)
                return
            iterator.extend(item.child(i) for i in range(item.childCount()))

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        row = item.data(0, ROLE)
        if isinstance(row, MatchRow):
            self.open_requested.emit(row.doc, row.key)

    def _current(self, item: QTreeWidgetItem | None, _previous) -> None:
        row = item.data(0, ROLE) if item is not None else None
        if isinstance(row, MatchRow):
            self.current_changed.emit(row.doc, row.key)
