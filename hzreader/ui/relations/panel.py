"""The 相关条款 dock: for the clause being read, its related clauses across the library."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from hzreader.ui import theme
from hzreader.ui.relations.match_list import MatchList, MatchRow


class RelatedPanel(QWidget):
    """A line naming the clause, a status line, and the related clauses by document."""

    open_requested = Signal(str, str)  # doc, key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("related_panel")
        self.heading = QLabel(
            self.tr("在正文中阅读时，这里列出当前条款在文库其他文档中的相关条款。")
        )
        self.heading.setObjectName("related_heading")
        self.heading.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("related_status")
        self.status.setWordWrap(True)
        theme.tint_label(self.status, theme.LIGHT.muted_ink, theme.DARK.muted_ink)
        self.list = MatchList(self, grouped=True)
        self.list.setObjectName("related_list")
        self.list.open_requested.connect(self.open_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)

    def set_clause(self, label: str) -> None:
        """Name the clause the list is about."""
        self.heading.setText(self.tr("{0} 的相关条款").format(label))

    def set_busy(self) -> None:
        """Matching is running."""
        self.status.setText(self.tr("正在查找相关条款…"))
        self.status.show()

    def set_groups(self, groups: list[tuple[str, list[MatchRow]]]) -> None:
        """Show the related clauses, grouped by document (best document first)."""
        self.list.set_groups(groups)
        count = sum(len(rows) for _, rows in groups)
        if count:
            self.status.setText(
                self.tr("{0} 个文档中有 {1} 条相关条款；双击打开").format(len(groups), count)
            )
        else:
            self.status.setText(self.tr("文库的其他文档中没有与它相关的条款"))

    def set_message(self, text: str) -> None:
        """Nothing to list, and why."""
        self.list.clear()
        self.status.setText(text)
