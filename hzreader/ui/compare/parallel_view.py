"""The right half of 对照阅读: another document, following the clause read on the left."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hzreader.core.model import Document
from hzreader.ui import theme
from hzreader.ui.reader import ReaderView
from hzreader.ui.relations import MatchList, MatchRow


class ParallelPane(QWidget):
    """A document chooser, a reader, and the next-best counterparts with their scores."""

    document_chosen = Signal(str)
    candidate_chosen = Signal(str, str)  # doc, key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("parallel_pane")
        self.chooser = QComboBox(self)
        self.chooser.setObjectName("parallel_document")
        self.chooser.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.chooser.setMinimumContentsLength(12)
        self.chooser.setToolTip(self.tr("右侧对照的文档：文库中的任何一个文档"))
        self.chooser.activated.connect(
            lambda row: self.document_chosen.emit(self.chooser.itemData(row))
        )
        self.export_button = QToolButton(self)
        self.export_button.setObjectName("parallel_export")
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("parallel_close")
        self.status = QLabel(self)
        self.status.setObjectName("parallel_status")
        self.status.setWordWrap(True)
        theme.tint_label(self.status, "#555555", theme.DARK.muted_ink)
        self.reader = ReaderView(self)
        self.reader.setObjectName("parallel_reader")
        self.candidates = MatchList(self, grouped=False)
        self.candidates.setObjectName("parallel_candidates")
        self.candidates.setHeaderLabels([self.tr("其他候选条款"), self.tr("相关度")])
        self.candidates.current_changed.connect(self.candidate_chosen)
        self.candidates.open_requested.connect(self.candidate_chosen)

        top = QHBoxLayout()
        top.setContentsMargins(6, 4, 6, 0)
        top.addWidget(QLabel(self.tr("对照："), self))
        top.addWidget(self.chooser, 1)
        top.addWidget(self.export_button)
        top.addWidget(self.close_button)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setObjectName("parallel_split")
        split.addWidget(self.reader)
        split.addWidget(self.candidates)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        status_row = QHBoxLayout()
        status_row.setContentsMargins(8, 0, 6, 0)
        status_row.addWidget(self.status, 1)
        layout.addLayout(status_row)
        layout.addWidget(split, 1)

    def set_documents(self, documents: list[tuple[str, str]], current: str | None) -> None:
        """The documents one may read on the right: (id, label)."""
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for doc_id, label in documents:
            self.chooser.addItem(label, doc_id)
            self.chooser.setItemData(self.chooser.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        self.chooser.setCurrentIndex(max(0, self.chooser.findData(current)))
        self.chooser.blockSignals(False)

    def current_document(self) -> str | None:
        """The id of the document on the right."""
        return self.chooser.currentData()

    def show_document(self, document: Document, point_size: float) -> None:
        """Read another document on the right."""
        self.reader.set_document(document, point_size)
        self.candidates.clear()

    def set_candidates(self, rows: list[MatchRow], best: MatchRow | None) -> None:
        """The counterparts of the clause on the left, best first."""
        self.candidates.set_groups([("", rows)])
        if best is not None:
            self.candidates.select_row(best.doc, best.key)
