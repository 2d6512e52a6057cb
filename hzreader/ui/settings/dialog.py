"""The settings dialog (设置): the widgets only; every change is reported at once (changed),
so the controller can show it live, and the values are read back with values()."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFontDatabase, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hzreader.core import preferences as prefs
from hzreader.ui import theme

LANGUAGE = "ui.language"  # the dialog's own key for the language (kept in a file, not here)
MEANINGS = "colors.meanings"  # {colour name: meaning as shown}


def chinese_families() -> list[str]:
    """The installed faces that can set Simplified Chinese, in name order."""
    system = QFontDatabase.WritingSystem.SimplifiedChinese
    return sorted(f for f in QFontDatabase.families(system) if not QFontDatabase.isPrivateFamily(f))


def _swatch(color: QColor, size: int = 16) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(color)
    return QIcon(pixmap)


class SettingsDialog(QDialog):
    """设置: reader, appearance, highlight colours, automatic backups."""

    changed = Signal(dict)  # {key: value} of what the user just changed

    def __init__(
        self,
        values: dict[str, Any],
        colors: list[tuple[str, str, str, str]],
        languages: dict[str, str],
        default_backups: Path,
        parent: QWidget | None = None,
    ) -> None:
        """`colors` are (name, name as shown, meaning as shown, hex) of the highlight colours."""
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("设置"))
        self.setMinimumWidth(480)
        self._paper = values[prefs.PAPER]
        self._loading = True
        layout = QVBoxLayout(self)

        reader = QGroupBox(self.tr("阅读"), self)
        form = QFormLayout(reader)
        self.font_box = QComboBox(reader)
        self.font_box.setObjectName("settings_font")
        self.font_box.addItem(self.tr("默认（宋体，缺字时换黑体）"), "")
        for family in chinese_families():
            self.font_box.addItem(family, family)
        if values[prefs.FONT_FAMILY] and self.font_box.findData(values[prefs.FONT_FAMILY]) < 0:
            self.font_box.addItem(values[prefs.FONT_FAMILY], values[prefs.FONT_FAMILY])
        self.font_box.setCurrentIndex(max(0, self.font_box.findData(values[prefs.FONT_FAMILY])))
        form.addRow(self.tr("字体(&F)："), self.font_box)
        self.size_box = QSpinBox(reader)
        self.size_box.setObjectName("settings_point_size")
        self.size_box.setRange(prefs.MIN_POINT_SIZE, prefs.MAX_POINT_SIZE)
        self.size_box.setSuffix(self.tr(" 磅"))
        self.size_box.setValue(values[prefs.POINT_SIZE])
        form.addRow(self.tr("字号(&Z)："), self.size_box)
        self.line_box = QSpinBox(reader)
        self.line_box.setObjectName("settings_line_height")
        self.line_box.setRange(prefs.MIN_LINE_HEIGHT, prefs.MAX_LINE_HEIGHT)
        self.line_box.setSingleStep(5)
        self.line_box.setSuffix("%")
        self.line_box.setValue(values[prefs.LINE_HEIGHT])
        form.addRow(self.tr("行距(&H)："), self.line_box)
        paper_row = QHBoxLayout()
        self.paper_button = QPushButton(reader)
        self.paper_button.setObjectName("settings_paper")
        self.paper_button.setText(self.tr("选择颜色(&P)…"))
        self.paper_default = QPushButton(self.tr("默认"), reader)
        self.paper_default.setObjectName("settings_paper_default")
        paper_row.addWidget(self.paper_button)
        paper_row.addWidget(self.paper_default)
        paper_row.addStretch(1)
        form.addRow(self.tr("纸张颜色（浅色主题）："), paper_row)
        self.reopen_box = QCheckBox(self.tr("启动时回到上次阅读的位置(&R)"), reader)
        self.reopen_box.setObjectName("settings_reopen")
        self.reopen_box.setChecked(values[prefs.REOPEN_POSITION])
        form.addRow(self.reopen_box)
        layout.addWidget(reader)

        look = QGroupBox(self.tr("外观"), self)
        form = QFormLayout(look)
        self.theme_box = QComboBox(look)
        self.theme_box.setObjectName("settings_theme")
        for mode, text in (
            ("system", self.tr("跟随系统")),
            ("light", self.tr("浅色")),
            ("dark", self.tr("深色（夜间阅读）")),
        ):
            self.theme_box.addItem(text, mode)
        self.theme_box.setCurrentIndex(self.theme_box.findData(values[prefs.THEME]))
        form.addRow(self.tr("主题(&T)："), self.theme_box)
        self.language_box = QComboBox(look)
        self.language_box.setObjectName("settings_language")
        for code, name in languages.items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(values[LANGUAGE])))
        form.addRow(self.tr("界面语言(&L)："), self.language_box)
        layout.addWidget(look)

        colors_box = QGroupBox(self.tr("高亮颜色的含义"), self)
        grid = QGridLayout(colors_box)
        self.meaning_edits: dict[str, QLineEdit] = {}
        for row, (name, shown, meaning, hex_value) in enumerate(colors):
            swatch = QLabel(colors_box)
            swatch.setPixmap(_swatch(QColor(hex_value)).pixmap(16, 16))
            grid.addWidget(swatch, row, 0)
            grid.addWidget(QLabel(shown, colors_box), row, 1)
            edit = QLineEdit(meaning, colors_box)
            edit.setObjectName(f"settings_meaning_{name}")
            edit.setMaxLength(20)
            grid.addWidget(edit, row, 2)
            self.meaning_edits[name] = edit
        grid.setColumnStretch(2, 1)
        layout.addWidget(colors_box)

        backups = QGroupBox(self.tr("自动备份"), self)
        form = QFormLayout(backups)
        folder_row = QHBoxLayout()
        self.folder_edit = QLineEdit(values[prefs.BACKUP_FOLDER], backups)
        self.folder_edit.setObjectName("settings_backup_folder")
        self.folder_edit.setPlaceholderText(str(default_backups))
        self.folder_edit.setToolTip(
            self.tr("留空则放在数据目录的 backups 文件夹；已有的备份留在原处")
        )
        self.folder_button = QPushButton(self.tr("浏览(&B)…"), backups)
        self.folder_button.setObjectName("settings_backup_browse")
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)
        form.addRow(self.tr("备份位置："), folder_row)
        self.keep_box = QSpinBox(backups)
        self.keep_box.setObjectName("settings_backup_keep")
        self.keep_box.setRange(prefs.MIN_KEEP, prefs.MAX_KEEP)
        self.keep_box.setValue(values[prefs.BACKUP_KEEP])
        self.keep_box.setSuffix(self.tr(" 份"))
        self.keep_box.setToolTip(self.tr("另外，近一个月每天保留一份"))
        form.addRow(self.tr("保留最近(&K)："), self.keep_box)
        layout.addWidget(backups)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._show_paper()

        self.font_box.currentIndexChanged.connect(
            lambda _i: self._emit(prefs.FONT_FAMILY, self.font_box.currentData())
        )
        self.size_box.valueChanged.connect(lambda v: self._emit(prefs.POINT_SIZE, v))
        self.line_box.valueChanged.connect(lambda v: self._emit(prefs.LINE_HEIGHT, v))
        self.theme_box.currentIndexChanged.connect(
            lambda _i: self._emit(prefs.THEME, self.theme_box.currentData())
        )
        self.language_box.currentIndexChanged.connect(
            lambda _i: self._emit(LANGUAGE, self.language_box.currentData())
        )
        self.paper_button.clicked.connect(self.choose_paper)
        self.paper_default.clicked.connect(lambda: self.set_paper(""))
        self.folder_button.clicked.connect(self.choose_folder)
        self._loading = False

    # -- values --------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """Everything the dialog shows, as preference keys (plus the language, the meanings)."""
        return {
            prefs.FONT_FAMILY: self.font_box.currentData() or "",
            prefs.POINT_SIZE: self.size_box.value(),
            prefs.LINE_HEIGHT: self.line_box.value(),
            prefs.PAPER: self._paper,
            prefs.REOPEN_POSITION: self.reopen_box.isChecked(),
            prefs.THEME: self.theme_box.currentData(),
            LANGUAGE: self.language_box.currentData(),
            prefs.BACKUP_FOLDER: self.folder_edit.text().strip(),
            prefs.BACKUP_KEEP: self.keep_box.value(),
            MEANINGS: {n: e.text().strip() for n, e in self.meaning_edits.items()},
        }

    def set_paper(self, hex_value: str) -> None:
        """A paper colour for the light theme ("" for the default), shown at once."""
        self._paper = hex_value
        self._show_paper()
        self._emit(prefs.PAPER, hex_value)

    def choose_paper(self) -> None:
        """Pick a paper colour; one the ink would not be legible on is refused."""
        start = QColor(self._paper) if self._paper else theme.PAPER
        color = QColorDialog.getColor(start, self, self.tr("纸张颜色"))
        if not color.isValid():
            return
        if theme.contrast(theme.INK, color) < theme.TEXT_CONTRAST + 2:
            QMessageBox.information(
                self, self.tr("纸张颜色"), self.tr("这个颜色太深，文字会看不清；请选浅一些的颜色。")
            )
            return
        self.set_paper(color.name())

    def choose_folder(self) -> None:
        """Pick the folder for automatic backups."""
        start = self.folder_edit.text().strip() or self.folder_edit.placeholderText()
        folder = QFileDialog.getExistingDirectory(self, self.tr("自动备份的位置"), start)
        if folder:
            self.folder_edit.setText(str(Path(folder)))

    def _show_paper(self) -> None:
        color = QColor(self._paper) if self._paper else theme.PAPER
        self.paper_button.setIcon(_swatch(color))
        self.paper_default.setEnabled(bool(self._paper))

    def _emit(self, key: str, value: Any) -> None:
        if not self._loading:
            self.changed.emit({key: value})

    def keyPressEvent(self, event) -> None:
        """Enter in a meaning's field does not close the dialog before the others are seen."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(
            self.focusWidget(), QLineEdit
        ):
            self.focusNextChild()
            return
        super().keyPressEvent(event)
