"""The search results as a tree model: documents, chapters and measures with counts, hits."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from hzreader.ui.search.groups import ResultNode, note_snippet, short_quote, short_snippet

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "doc", "group", "hit" or "note"
COUNT_ROLE = Qt.ItemDataRole.UserRole + 2  # hits below a document or group row
SPANS_ROLE = Qt.ItemDataRole.UserRole + 3  # match spans in the row's DisplayRole text
HIT_ROLE = Qt.ItemDataRole.UserRole + 4  # the hit of a hit row
NODE_ROLE = Qt.ItemDataRole.UserRole + 5  # the ResultNode of any row
QUOTE_ROLE = Qt.ItemDataRole.UserRole + 6  # a note hit: the annotated words

_Index = QModelIndex | QPersistentModelIndex


def _snippet(hit: Any) -> tuple[str, list[tuple[int, int]]]:
    """A hit row's text and its match spans: a note's words without its Markdown."""
    if hit.kind == "note":
        return note_snippet(hit.text or hit.snippet, hit.matches if hit.text else [])
    return short_snippet(hit.snippet, hit.snippet_spans)


class SearchResultsModel(QAbstractItemModel):
    """A read-only tree over ResultNode rows; one column."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._roots: list[ResultNode] = []
        self._tooltips: dict[int, str] = {}
        self.total = 0

    def set_results(
        self, roots: list[ResultNode], total: int, tooltips: dict[int, str] | None = None
    ) -> None:
        """Show a new tree (tooltips by id() of a hit row, e.g. the hit's citation)."""
        self.beginResetModel()
        self._roots = roots
        self._tooltips = dict(tooltips or {})
        self.total = total
        self.endResetModel()

    def clear(self) -> None:
        """No results."""
        self.set_results([], 0)

    def roots(self) -> list[ResultNode]:
        """The document rows."""
        return list(self._roots)

    def hit_count(self) -> int:
        """How many hits the tree holds."""
        return sum(root.count for root in self._roots)

    def node(self, index: _Index) -> ResultNode | None:
        """The row behind an index."""
        return index.internalPointer() if index.isValid() else None

    def index_of(self, node: ResultNode) -> QModelIndex:
        """The index of a row of the tree shown."""
        return self.createIndex(node.row(), 0, node) if node.parent else self._root_index(node)

    def _root_index(self, node: ResultNode) -> QModelIndex:
        if node in self._roots:
            return self.createIndex(self._roots.index(node), 0, node)
        return QModelIndex()

    # -- Qt overrides --------------------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """The index of a child row."""
        if column != 0 or row < 0:
            return QModelIndex()
        children = self._roots if not parent.isValid() else self.node(parent).children
        if row >= len(children):
            return QModelIndex()
        return self.createIndex(row, 0, children[row])

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """The parent row's index."""
        node = self.node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.index_of(node.parent)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Children of a row (documents at the top)."""
        if parent.column() > 0:
            return 0
        return len(self._roots) if not parent.isValid() else len(self.node(parent).children)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """One column."""
        return 1

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Selectable and enabled; never editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Label or snippet, kind, count, spans, hit."""
        node = self.node(index)
        if node is None:
            return None
        hit = node.hit
        if role == Qt.ItemDataRole.DisplayRole:
            return node.label if hit is None else _snippet(hit)[0]
        if role == SPANS_ROLE:
            return [] if hit is None else _snippet(hit)[1]
        if role == KIND_ROLE:
            if hit is not None:
                return "note" if hit.kind == "note" else "hit"
            return node.kind
        if role == COUNT_ROLE:
            return node.count
        if role == HIT_ROLE:
            return hit
        if role == NODE_ROLE:
            return node
        if role == QUOTE_ROLE:
            return short_quote(hit.title) if hit is not None and hit.kind == "note" else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if hit is None:
                return self.tr("{0}（{1}）").format(node.label, node.count)
            tip = self._tooltips.get(id(node), "")
            if hit.kind == "note" and len(hit.title) > len(short_quote(hit.title)):
                tip = "\n".join(t for t in (tip, "“" + hit.title[:300] + "”") if t)
            return tip
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if hit is None:
                return self.tr("{0}，{1}").format(node.label, node.count)
            text = _snippet(hit)[0]
            return self.tr("笔记：{0}").format(text) if hit.kind == "note" else text
        return None
