"""The export dialog: format, grouping, filters, how many notes go out, and progress."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

FORMATS = (
    ("docx", QT_TRANSLATE_NOOP("ExportDialog", "Word 文档（.docx）")),
    ("html", QT_TRANSLATE_NOOP("ExportDialog", "网页（.html，可打印）")),
    ("md", QT_TRANSLATE_NOOP("ExportDialog", "Markdown（.md）")),
    ("csv", QT_TRANSLATE_NOOP("ExportDialog", "表格（.csv，Excel 可打开）")),
    ("xlsx", QT_TRANSLATE_NOOP("ExportDialog", "Excel 工作簿（.xlsx）")),
    ("jsonld", QT_TRANSLATE_NOOP("ExportDialog", "W3C 批注（.jsonld，其他批注工具可读）")),
)
# The file dialog's filter for each format, so that it lists the files of that kind.
FILTERS = {
    "docx": QT_TRANSLATE_NOOP("ExportDialog", "Word 文档 (*.docx)"),
    "html": QT_TRANSLATE_NOOP("ExportDialog", "网页 (*.html *.htm)"),
    "md": "Markdown (*.md)",
    "csv": QT_TRANSLATE_NOOP("ExportDialog", "表格 (*.csv)"),
}
DEFAULT_NAME = QT_TRANSLATE_NOOP("ExportDialog", "学习笔记")
# The notes' colour words, in their context: the default meanings (重点…) are there too, so
# a meaning translates when it is a default one and stays as typed when it is the user's.
COLOR_NAMES = {
    "yellow": QT_TRANSLATE_NOOP("NoteColor", "黄"),
    "red": QT_TRANSLATE_NOOP("NoteColor", "红"),
    "green": QT_TRANSLATE_NOOP("NoteColor", "绿"),
    "blue": QT_TRANSLATE_NOOP("NoteColor", "蓝"),
    "purple": QT_TRANSLATE_NOOP("NoteColor", "紫"),
}


def _color_word(name: str) -> str:
    word = COLOR_NAMES.get(name)
    return QCoreApplication.translate("NoteColor", word) if word else name


def _meaning(label: str) -> str:
    return QCoreApplication.translate("NoteColor", label) if label else label


# count(tag, color, doc) -> how many notes these filters select
Counter = Callable[[str | None, str | None, str | None], int]


class ExportDialog(QDialog):
    """Choose what to export; emits export_requested, and shows the job's progress."""

    export_requested = Signal(dict)  # {"fmt", "path", "tag", "color", "doc", "grouping"}

    def __init__(
        self,
        parent: QWidget | None,
        *,
        tags: list[str],
        colors: list[tuple[str, str]],
        documents: list[tuple[str, str]],
        counter: Counter,
        folder: Path,
        fmt: str = "docx",
        tag: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("导出学习笔记"))
        self.counter = counter
        self.count = 0
        self.format_box = self._combo("export_format", [(f, self.tr(t)) for f, t in FORMATS])
        self.group_box = self._combo(
            "export_grouping",
            [("chapter", self.tr("按章节（计划顺序）")), ("tag", self.tr("按标签"))],
        )
        self.tag_box = self._combo(
            "export_tag", [(None, self.tr("全部标签")), *((t, t) for t in tags)]
        )
        color_items = [
            (n, self.tr("{0}（{1}）").format(_color_word(n), _meaning(label)))
            for n, label in colors
        ]
        self.color_box = self._combo("export_color", [(None, self.tr("全部颜色")), *color_items])
        self.doc_box = self._combo("export_doc", [(None, self.tr("全部文档")), *documents])
        if tag is not None and tag in tags:
            self.tag_box.setCurrentIndex(tags.index(tag) + 1)
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(fmt)))
        fmt = self.format_box.currentData()
        name = QCoreApplication.translate("ExportDialog", DEFAULT_NAME)
        self.path_edit = QLineEdit(str(folder / f"{name}.{fmt}"), self)
        self.path_edit.setObjectName("export_path")
        browse = QPushButton(self.tr("浏览…"), self)
        browse.setObjectName("export_browse")
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("export_count")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("export_progress")
        self.progress.hide()
        self.result_label = QLabel(self)
        self.result_label.setObjectName("export_result")
        self.result_label.setWordWrap(True)
        self.open_folder = QPushButton(self.tr("打开所在文件夹"), self)
        self.open_folder.setObjectName("export_open_folder")
        self.open_folder.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = self.buttons.addButton(
            self.tr("导出"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("export_start")
        self.export_button.setDefault(True)

        form = QFormLayout()
        form.addRow(self.tr("格式"), self.format_box)
        form.addRow(self.tr("分组"), self.group_box)
        form.addRow(self.tr("标签"), self.tag_box)
        form.addRow(self.tr("颜色"), self.color_box)
        form.addRow(self.tr("文档"), self.doc_box)
        form.addRow(self.tr("保存到"), path_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.count_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        layout.addWidget(self.open_folder)
        layout.addWidget(self.buttons)

        for box in (self.tag_box, self.color_box, self.doc_box):
            box.currentIndexChanged.connect(self.update_count)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        browse.clicked.connect(self._browse)
        self.export_button.clicked.connect(self._request)
        self.buttons.rejected.connect(self.reject)
        self.open_folder.clicked.connect(self._open_folder)
        self._written: Path | None = None
        self.update_count()
        self.resize(520, self.sizeHint().height())

    def _combo(self, name: str, items) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        for value, text in items:
            box.addItem(text, value)
        return box

    def choices(self) -> dict:
        """What the dialog currently asks for."""
        return {
            "fmt": self.format_box.currentData(),
            "path": self.path_edit.text().strip(),
            "tag": self.tag_box.currentData(),
            "color": self.color_box.currentData(),
            "doc": self.doc_box.currentData(),
            "grouping": self.group_box.currentData(),
        }

    def update_count(self) -> None:
        """Show how many notes the current filters select."""
        c = self.choices()
        self.count = self.counter(c["tag"], c["color"], c["doc"])
        self.count_label.setText(self.tr("将导出 %n 条笔记", None, self.count))
        self.export_button.setEnabled(self.count > 0)

    def _format_changed(self) -> None:
        path = self.path_edit.text().strip()
        if path:
            self.path_edit.setText(str(Path(path).with_suffix("." + self.format_box.currentData())))

    def _browse(self) -> None:
        fmt = self.format_box.currentData()
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出到"), self.path_edit.text(), self.tr(FILTERS[fmt])
        )
        if chosen:
            if not Path(chosen).suffix:
                chosen = str(Path(chosen).with_suffix("." + fmt))
            self.path_edit.setText(chosen)

    def _request(self) -> None:
        choices = self.choices()
        if not choices["path"]:
            self.result_label.setText(self.tr("请先选择保存位置"))
            return
        self.set_busy(True)
        self.export_requested.emit(choices)

    def set_busy(self, busy: bool) -> None:
        """Lock the choices while an export runs; show the progress bar."""
        for widget in (
            self.format_box,
            self.group_box,
            self.tag_box,
            self.color_box,
            self.doc_box,
            self.path_edit,
            self.export_button,
        ):
            widget.setEnabled(not busy)
        if busy:
            self.progress.setRange(0, 0)  # busy until the first report says how much
            self.progress.show()
            self.result_label.setText(self.tr("正在导出…"))
            self.open_folder.hide()

    def set_progress(self, done: int, total: int) -> None:
        """Progress reported by the export job; its last step (the file) is named."""
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))
        if total > 1 and total - 1 <= done < total:
            self.result_label.setText(self.tr("正在完成导出…（写入文件）"))

    def show_done(self, path: str, count: int) -> None:
        """The export finished."""
        self.set_busy(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self._written = Path(path)
        self.result_label.setText(self.tr("已导出 %n 条笔记到 {0}", None, count).format(path))
        self.open_folder.show()

    def show_failed(self, message: str) -> None:
        """The export failed: say why; nothing was written."""
        self.set_busy(False)
        self.progress.hide()
        self.result_label.setText(self.tr("导出失败：{0}").format(message))

    def _open_folder(self) -> None:
        if self._written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._written.parent)))
