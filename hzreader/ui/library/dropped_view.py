"""The import preview's list of what was left out of a captured web page: collapsed under
one line (已去掉 12 行网页框架), grouped by why, each line with its number in the file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QSizePolicy,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate  # the name pyside6-lupdate reads

if TYPE_CHECKING:
    from hzreader.services.importing import ImportPreview

_LINE_CHARS = 60


class DroppedLines(QWidget):
    """Shows the lines an import leaves out and offers to keep them (keep_all)."""

    keep_all_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_dropped_box")
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("import_dropped_toggle")
        self.toggle.setCheckable(True)
        self.toggle.setChecked(False)  # collapsed: the outline is what matters first
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("import_dropped")
        self.tree.setHeaderLabels(
            [translate("DroppedLines", "去掉的内容"), translate("DroppedLines", "行")]
        )
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setMaximumHeight(180)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the line's words
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.hide()
        self.keep = QCheckBox(translate("DroppedLines", "保留这些行（按原样导入整个网页）"), self)
        self.keep.setObjectName("import_keep_all")
        self.keep.setToolTip(
            translate("DroppedLines", "去掉的若是正文，勾选后重新识别，导入时一行不去")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toggle)
        layout.addWidget(self.tree)
        layout.addWidget(self.keep)
        self.toggle.toggled.connect(self._expand)
        self.keep.toggled.connect(self.keep_all_changed)
        self.hide()

    def keep_all(self) -> bool:
        """True when the user chose to keep every line."""
        return self.keep.isChecked()

    def set_preview(self, preview: ImportPreview) -> None:
        """List what this preview left out (shown only when something was, or is kept)."""
        self.tree.clear()
        dropped = list(preview.dropped)
        if preview.keep_all:
            self.toggle.setText(translate("DroppedLines", "网页框架全部保留"))
        else:
            text = translate("DroppedLines", "已去掉 {0} 行网页框架（导航、栏目、页脚等）")
            self.toggle.setText(text.format(len(dropped)))
        by_label: dict[str, QTreeWidgetItem] = {}
        for label, count in preview.dropped_by_reason():
            item = QTreeWidgetItem(
                self.tree, [translate("DroppedLines", "{0}：{1} 行").format(label, count), ""]
            )
            item.setFirstColumnSpanned(True)
            by_label[label] = item
        for line in dropped:
            text = line.text if len(line.text) <= _LINE_CHARS else line.text[:_LINE_CHARS] + "…"
            child = QTreeWidgetItem(by_label[line.label], [text, str(line.line)])
            child.setToolTip(0, line.text)
            child.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.toggle.setEnabled(bool(dropped))
        if not dropped:
            self.toggle.setChecked(False)
        self.setVisible(bool(dropped) or self.keep.isChecked())

    def _expand(self, on: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.tree.setVisible(on)
        if on:
            self.tree.expandAll()
