"""The notes panel's model: it holds annotation ids and fetches their rows in chunks, lazily."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from hzreader.core.annotation import Annotation
from hzreader.ui.texts import joined

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ANNOTATION_ROLE = Qt.ItemDataRole.UserRole + 2  # the Annotation itself (for the delegate)
REVIEW_ROLE = Qt.ItemDataRole.UserRole + 3
COLOR_ROLE = Qt.ItemDataRole.UserRole + 4  # the colour's name (yellow, red, ...)
CHUNK = 100  # rows fetched together: about three screens of the panel
MAX_CHUNKS = 60  # cached chunks; older ones are fetched again when scrolled back to

Fetch = Callable[[list[str]], list[Annotation]]
Index = QModelIndex | QPersistentModelIndex


class NotesModel(QAbstractListModel):
    """One row per annotation id; a row's data is fetched (with its chunk) when first shown."""

    def __init__(self, fetch: Fetch | None = None, parent=None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._ids: list[str] = []
        self._rows: dict[str, int] | None = None  # id -> row, built when first needed
        self._chunks: OrderedDict[int, dict[str, Annotation]] = OrderedDict()
        self.fetches = 0  # chunks fetched since the last reset (the benchmark reads it)

    # -- content -------------------------------------------------------------------------

    def set_fetch(self, fetch: Fetch | None) -> None:
        """Where rows come from (the annotation service, once the window has it)."""
        self._fetch = fetch
        self.beginResetModel()
        self._chunks.clear()
        self.endResetModel()

    def set_ids(self, ids: Iterable[str]) -> None:
        """Show these annotations, in this order (a reset: rows are fetched again)."""
        self.beginResetModel()
        self._ids = list(ids)
        self._rows = None
        self._chunks.clear()
        self.fetches = 0
        self.endResetModel()

    def ids(self) -> list[str]:
        """The ids shown, in order."""
        return list(self._ids)

    def refresh(self, ids: Iterable[str] | None = None) -> None:
        """Fetch these rows again when next shown (all of them for None)."""
        if not self._ids:
            return
        if ids is None:
            self._chunks.clear()
            self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1))
            return
        for annotation_id in ids:
            row = self.row_of(annotation_id)
            if row < 0:
                continue
            self._chunks.pop(row // CHUNK, None)
            index = self.index(row)
            self.dataChanged.emit(index, index)

    # -- look-ups ------------------------------------------------------------------------

    def id_at(self, row: int) -> str | None:
        """The id at a row, or None."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, annotation_id: str) -> int:
        """The row of an id, or -1."""
        if self._rows is None:
            self._rows = {i: row for row, i in enumerate(self._ids)}
        return self._rows.get(annotation_id, -1)

    def annotation(self, row: int) -> Annotation | None:
        """The annotation at a row (fetching its chunk if needed), or None when gone."""
        annotation_id = self.id_at(row)
        if annotation_id is None:
            return None
        chunk = self._chunk(row // CHUNK)
        return chunk.get(annotation_id)

    def _chunk(self, number: int) -> dict[str, Annotation]:
        cached = self._chunks.get(number)
        if cached is not None:
            self._chunks.move_to_end(number)
            return cached
        ids = self._ids[number * CHUNK : (number + 1) * CHUNK]
        rows = self._fetch(ids) if self._fetch is not None and ids else []
        self.fetches += 1
        chunk = {a.id: a for a in rows}
        self._chunks[number] = chunk
        while len(self._chunks) > MAX_CHUNKS:
            self._chunks.popitem(last=False)
        return chunk

    def cached_rows(self) -> int:
        """How many rows are held in memory now."""
        return sum(len(c) for c in self._chunks.values())

    # -- Qt overrides --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """The number of ids (no children: a flat list)."""
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        """Quote for display; the annotation, its id, colour and review state by role."""
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return self.id_at(index.row())
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            ANNOTATION_ROLE,
            REVIEW_ROLE,
            COLOR_ROLE,
        ):
            return None
        a = self.annotation(index.row())
        if a is None:
            return None
        if role == ANNOTATION_ROLE:
            return a
        if role == REVIEW_ROLE:
            return a.needs_review
        if role == COLOR_ROLE:
            return a.color
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{0}\n标签：{1}\n创建 {2}　修改 {3}").format(
                a.citation, joined(a.tags) or "—", a.created[:16], a.updated[:16]
            )
        return a.quote
