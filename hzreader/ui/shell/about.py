"""帮助 → 关于: the version, where the data is and in which mode, and a button that copies a
diagnostic summary (versions, sizes, the log's last lines) for a colleague who helps."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hzreader.paths import is_frozen, is_portable
from hzreader.version import version


class AboutDialog(QDialog):
    """What the program is and where it keeps the user's data."""

    def __init__(self, data_dir: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("关于 hzreader"))
        self.data_dir = data_dir
        portable = data_dir is not None and is_portable(data_dir)
        mode = (
            self.tr("便携模式：数据在程序旁的 hzreader-data 文件夹里，随程序一起复制")
            if portable
            else self.tr("常规模式：数据在用户数据目录（或启动时指定的数据目录）")
        )
        how = self.tr("打包程序") if is_frozen() else self.tr("从源代码运行")
        heading = QLabel(self.tr("hzreader {0}").format(version()), self)
        heading.setObjectName("about_version")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        text = QLabel(
            self.tr("离线阅读、批注政策规划文本的工具（{0}，Qt {1}）。").format(how, qVersion()),
            self,
        )
        where = QLabel(self.tr("数据目录：{0}").format(data_dir or self.tr("（尚未打开）")), self)
        where.setObjectName("about_data_dir")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setWordWrap(True)
        self.mode_label = QLabel(mode, self)
        self.mode_label.setObjectName("about_mode")
        self.mode_label.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("about_status")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("复制诊断信息"), self)
        self.copy_button.setObjectName("about_copy_diagnostics")
        self.copy_button.setToolTip(
            self.tr("把版本、数据库和索引大小、日志最后 50 行复制到剪贴板，发给帮忙的同事")
        )
        self.copy_button.setEnabled(data_dir is not None)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_diagnostics)
        layout = QVBoxLayout(self)
        for widget in (heading, text, where, self.mode_label, self.status, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(460)

    def copy_diagnostics(self) -> str:
        """Put the diagnostic summary on the clipboard; returns it."""
        import PySide6

        from hzreader.services.diagnostics import diagnostic_summary

        summary = diagnostic_summary(Path(self.data_dir), qVersion(), PySide6.__version__)
        QApplication.clipboard().setText(summary)
        self.status.setText(self.tr("诊断信息已复制，可以粘贴到邮件或聊天里"))
        return summary
