"""The import preview: detected title, outline and counts; the user corrects the title, picks
another encoding, imports or cancels. The dialog shows and asks; the controller does the work."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hzreader.importers import ENCODING_CHOICES
from hzreader.ui.library.dropped_view import DroppedLines
from hzreader.ui.texts import joined

translate = QCoreApplication.translate  # the name pyside6-lupdate reads

if TYPE_CHECKING:
    from hzreader.core.model import Node
    from hzreader.services.importing import ImportPreview

_EXCERPT = 36
_ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": QT_TRANSLATE_NOOP("ImportDialog", "UTF-8（带 BOM）"),
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16 LE",
    "utf-16-be": "UTF-16 BE",
    "utf-32": "UTF-32",
    "gbk": "GBK",
    "gb18030": "GB18030",
    "big5": "Big5",
}


def kind_count(kind: str, n: int) -> str:
    """How many nodes of a kind, in words: 3 章/部分."""
    counted = {
        "chapter": lambda: ImportDialog.tr("%n 章/部分", None, n),
        "part": lambda: ImportDialog.tr("%n 部分", None, n),
        "section": lambda: ImportDialog.tr("%n 节", None, n),
        "article": lambda: ImportDialog.tr("%n 条", None, n),
        "item": lambda: ImportDialog.tr("%n 项", None, n),
        "measure": lambda: ImportDialog.tr("%n 条目", None, n),
        "subitem": lambda: ImportDialog.tr("%n 小项", None, n),
        "goal": lambda: ImportDialog.tr("%n 目标段", None, n),
        "list": lambda: ImportDialog.tr("%n 列项", None, n),
        "heading": lambda: ImportDialog.tr("%n 标题", None, n),
        "preamble": lambda: ImportDialog.tr("%n 序言段", None, n),
        "paragraph": lambda: ImportDialog.tr("%n 段落", None, n),
        "sentence": lambda: ImportDialog.tr("%n 句", None, n),
        "volume": lambda: ImportDialog.tr("%n 篇", None, n),
        "letter": lambda: ImportDialog.tr("%n 字母项", None, n),
        "box": lambda: ImportDialog.tr("%n 专栏", None, n),
        "annex": lambda: ImportDialog.tr("%n 附件", None, n),
        "toc": lambda: ImportDialog.tr("%n 目录", None, n),
        "preface": lambda: ImportDialog.tr("%n 序言", None, n),
        "cover": lambda: ImportDialog.tr("%n 印发通知", None, n),
    }.get(kind)
    return counted() if counted else f"{n} {kind}"


def kind_names() -> dict[str, str]:
    """What each kind of node is called in the counts."""
    return {
        "chapter": translate("ImportDialog", "章/部分"),
        "part": translate("ImportDialog", "部分"),
        "section": translate("ImportDialog", "节"),
        "article": translate("ImportDialog", "条"),
        "item": translate("ImportDialog", "项"),
        "measure": translate("ImportDialog", "条目"),
        "subitem": translate("ImportDialog", "小项"),
        "goal": translate("ImportDialog", "目标段"),
        "list": translate("ImportDialog", "列项"),
        "heading": translate("ImportDialog", "标题"),
        "preamble": translate("ImportDialog", "序言段"),
        "paragraph": translate("ImportDialog", "段落"),
        "sentence": translate("ImportDialog", "句"),
        "volume": translate("ImportDialog", "篇"),
        "letter": translate("ImportDialog", "字母项"),
        "box": translate("ImportDialog", "专栏"),
        "annex": translate("ImportDialog", "附件"),
        "toc": translate("ImportDialog", "目录"),
        "preface": translate("ImportDialog", "序言"),
        "cover": translate("ImportDialog", "印发通知"),
    }


def level_summary(levels: list[dict[str, int]], sentences: int) -> str:
    """One line per level: 第1层：3 章/部分、1 序言段."""
    lines = []
    for depth, counts in enumerate(levels, start=1):
        parts = joined(kind_count(k, n) for k, n in counts.items())
        lines.append(translate("ImportDialog", "第{0}层：{1}").format(depth, parts))
    lines.append(ImportDialog.tr("共 %n 句", None, sentences))
    return "\n".join(lines)


def node_label(node: Node) -> str:
    """How a node reads in the preview outline: its numbering and title (or first words)."""
    text = node.title or node.text
    if len(text) > _EXCERPT:
        text = text[:_EXCERPT] + "…"
    marker = node.marker if node.marker and not node.marker.startswith("#") else ""
    return f"{marker}{text}"


def _format_name(fmt: str) -> str:
    return {
        "txt": translate("ImportDialog", "纯文本"),
        "md": translate("ImportDialog", "Markdown"),
        "docx": translate("ImportDialog", "Word 文档"),
    }.get(fmt, fmt)


def _size_text(size: int) -> str:
    if size < 1024:
        return ImportDialog.tr("%n 字节", None, size)
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


class ImportDialog(QDialog):
    """Preview of one file before it is imported."""

    encoding_changed = Signal(str)
    keep_all_changed = Signal(bool)  # keep the page's chrome: preview again
    import_confirmed = Signal(str, str)  # title, encoding ('' for automatic); keep_all()
    open_existing_requested = Signal(str)

    def __init__(self, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.setWindowTitle(self.tr("导入文档 — {0}").format(file_name))
        self.preview: ImportPreview | None = None
        self._title_edited = False

        self.file_label = QLabel(file_name, self)
        self.file_label.setObjectName("import_file_label")
        self.file_label.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("import_progress")
        self.progress.setRange(0, 0)  # busy: reading and parsing have no steps to count
        self.progress.setTextVisible(False)
        self.message = QLabel(self)
        self.message.setObjectName("import_message")
        self.message.setWordWrap(True)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("import_title")
        self.title_edit.textEdited.connect(self._title_typed)
        self.encoding_box = QComboBox(self)
        self.encoding_box.setObjectName("import_encoding")
        self.encoding_box.activated.connect(self._encoding_picked)
        # 作为新版本导入: a document of the library this file may be the next edition of.
        self.version_box = QComboBox(self)
        self.version_box.setObjectName("import_version_of")
        self.version_box.setToolTip(self.tr("作为文库中某个文档的新版本导入：笔记随之带到新版本"))
        self.version_box.currentIndexChanged.connect(self._version_picked)
        self.version_hint = QLabel(self)
        self.version_hint.setObjectName("import_version_hint")
        self.version_hint.setWordWrap(True)
        self.version_hint.setStyleSheet("color: #1f5e8e;")
        self.version_hint.hide()
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("import_counts")
        self.counts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("import_outline")
        self.tree.setHeaderLabels([self.tr("结构"), self.tr("键")])
        self.tree.setUniformRowHeights(True)
        self.tree.setMinimumHeight(260)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.dropped = DroppedLines(self)
        self.dropped.keep_all_changed.connect(self._keep_all_picked)

        self.buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(self.tr("导入"), self)
        self.import_button.setObjectName("import_accept")
        self.import_button.setDefault(True)
        self.existing_button = QPushButton(self.tr("打开已有文档"), self)
        self.existing_button.setObjectName("import_open_existing")
        self.cancel_button = QPushButton(self.tr("取消"), self)
        self.cancel_button.setObjectName("import_cancel")
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.existing_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.clicked.connect(self._confirm)
        self.existing_button.clicked.connect(self._open_existing)
        self.cancel_button.clicked.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("标题："), self.title_edit)
        form.addRow(self.tr("文字编码："), self.encoding_box)
        form.addRow(self.tr("版本："), self.version_box)
        form.addRow("", self.version_hint)
        form.addRow(self.tr("识别结果："), self.counts_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.progress)
        layout.addLayout(form)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.dropped)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(640, 620)
        self.set_loading(self.tr("正在读取和识别文件…"))

    # -- state shown -----------------------------------------------------------------------

    def set_loading(self, text: str) -> None:
        """Busy: a preview or the import itself is running."""
        self.progress.show()
        self._set_message(text)
        for widget in (self.import_button, self.existing_button, self.encoding_box):
            widget.setEnabled(False)
        self.dropped.keep.setEnabled(False)
        self.existing_button.setVisible(
            self.preview is not None and self.preview.existing is not None
        )

    def set_preview(self, preview: ImportPreview) -> None:
        """Show what the file would become."""
        self.preview = preview
        self.progress.hide()
        self.title_edit.setEnabled(True)
        self.file_label.setText(
            self.tr("文件：{0}（{1}，{2}）").format(
                preview.path.name, _format_name(preview.format), _size_text(preview.size)
            )
        )
        if not self._title_edited:
            self.title_edit.setText(preview.title)
        self._fill_encodings(preview.encoding, preview.format == "docx")
        sentences = preview.counts.get("sentence", 0)
        self.counts_label.setText(level_summary(preview.levels, sentences))
        self._fill_tree(preview.document.nodes)
        self.dropped.set_preview(preview)
        self.dropped.keep.setEnabled(True)
        warnings = list(preview.warnings)
        self._set_message("\n".join("· " + w for w in warnings), warn=bool(warnings))
        duplicate = preview.existing is not None
        # Already in the library: say so (the message) and offer it, not a second import.
        self.import_button.setVisible(not duplicate)
        self.import_button.setEnabled(not duplicate)
        self.existing_button.setVisible(duplicate)
        self.existing_button.setEnabled(duplicate)
        self.existing_button.setDefault(duplicate)
        self.import_button.setDefault(not duplicate)
        (self.existing_button if duplicate else self.title_edit).setFocus()

    def set_versions(self, choices: list[tuple[str, str]], chosen: str | None) -> None:
        """The documents the file may be a new edition of, (id, label); `chosen` preselected
        (a similar title, or the document the import was started from)."""
        self.version_box.blockSignals(True)
        self.version_box.clear()
        self.version_box.addItem(self.tr("作为独立文档导入"), None)
        for doc_id, label in choices:
            self.version_box.addItem(self.tr("作为《{0}》的新版本导入").format(label), doc_id)
        self.version_box.setCurrentIndex(max(0, self.version_box.findData(chosen)))
        self.version_box.blockSignals(False)
        label = dict(choices).get(chosen) if chosen else None
        if label:
            self.version_hint.setText(
                self.tr("文库中已有标题相近的《{0}》：将作为它的新版本导入，"
                        "笔记带到新版本，旧版保留可查；不需要时请改为“作为独立文档导入”。").format(label)
            )  # fmt: skip
        self.version_hint.setVisible(bool(label))
        self._version_picked(self.version_box.currentIndex())

    def version_of(self) -> str | None:
        """The document this file is to be the next edition of (None: a document of its own)."""
        return self.version_box.currentData()

    def _version_picked(self, _row: int) -> None:
        edition = self.version_of() is not None
        self.import_button.setText(self.tr("作为新版本导入") if edition else self.tr("导入"))

    def set_error(self, text: str, *, can_retry: bool = True) -> None:
        """A problem the user can fix (another encoding, say): shown here, not in a box."""
        self.progress.hide()
        self.title_edit.setEnabled(True)
        self._set_message(text, warn=True)
        self.encoding_box.setEnabled(self.encoding_box.count() > 1)
        self.import_button.setEnabled(can_retry and self.preview is not None)

    def title(self) -> str:
        """The title the document will get."""
        return self.title_edit.text().strip()

    def encoding(self) -> str:
        """The encoding chosen ('' when the file needs none, a .docx)."""
        return self.encoding_box.currentData() or ""

    def keep_all(self) -> bool:
        """True when the page's chrome is to be kept (every line imported)."""
        return self.dropped.keep_all()

    # -- building --------------------------------------------------------------------------

    def _set_message(self, text: str, *, warn: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #9a5b00;" if warn else "")
        self.message.setVisible(bool(text))

    def _fill_encodings(self, detected: str, is_docx: bool) -> None:
        self.encoding_box.blockSignals(True)
        self.encoding_box.clear()
        if is_docx:
            self.encoding_box.addItem(self.tr("Word 文档（无需选择）"), "")
        else:
            codes = [detected, *[c for c in ENCODING_CHOICES if c != detected]]
            for code in codes:
                name = translate("ImportDialog", _ENCODING_NAMES.get(code, code))
                label = self.tr("{0}（识别结果）").format(name) if code == detected else name
                self.encoding_box.addItem(label, code)
        self.encoding_box.setCurrentIndex(0)
        self.encoding_box.setEnabled(not is_docx)
        self.encoding_box.blockSignals(False)

    def _fill_tree(self, nodes: list[Node]) -> None:
        self.tree.clear()

        def add(parent, children: list[Node]) -> None:
            for node in children:
                if node.kind == "sentence":
                    continue
                item = QTreeWidgetItem(parent, [node_label(node), node.key])
                item.setToolTip(0, node.text)
                add(item, node.children)

        add(self.tree.invisibleRootItem(), nodes)
        self.tree.expandToDepth(1)

    # -- user acts -------------------------------------------------------------------------

    def _title_typed(self, _text: str) -> None:
        self._title_edited = True

    def _encoding_picked(self, row: int) -> None:
        code = self.encoding_box.itemData(row)
        if code and self.preview is not None and code != self.preview.encoding:
            self.set_loading(self.tr("正在按 {0} 重新读取…").format(code))
            self.encoding_changed.emit(code)

    def _keep_all_picked(self, keep: bool) -> None:
        if self.preview is not None and keep != self.preview.keep_all:
            self.set_loading(
                self.tr("正在按原样重新识别…") if keep else self.tr("正在去掉网页框架重新识别…")
            )
            self.keep_all_changed.emit(keep)

    def _confirm(self) -> None:
        if not self.title():
            self._set_message(self.tr("请填写标题"), warn=True)
            self.title_edit.setFocus()
            return
        self.set_loading(self.tr("正在导入…"))
        self.title_edit.setEnabled(False)
        self.import_confirmed.emit(self.title(), self.encoding())

    def _open_existing(self) -> None:
        if self.preview is not None and self.preview.existing is not None:
            self.open_existing_requested.emit(self.preview.existing.id)
            self.accept()
