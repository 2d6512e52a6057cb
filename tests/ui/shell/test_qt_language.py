"""Qt's own dialogs speak Chinese with the window (issue 11, item 16)."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QFileInfo, QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFileDialog,
    QFileIconProvider,
    QHeaderView,
    QLabel,
    QWidget,
)

from hzreader.paths import TRANSLATIONS_DIR
from hzreader.ui.shell.qt_language import install_qt_translations, prefer_chinese_system_locale

WORDS = re.compile(r"[A-Za-z]{2,}")


@pytest.fixture
def chinese_qt(qapp):
    before = QLocale()
    translators = install_qt_translations(qapp)
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def _english(dialog: QWidget) -> set[str]:
    """Every label, button, tooltip, action, choice and header of a dialog with Latin words."""
    found: set[str] = set()
    for widget in dialog.findChildren(QWidget):
        texts = [widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            model = widget.model()
            texts += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount())
            ]
        found.update(t for t in texts if t and WORDS.search(t))
    found.update(a.text() for a in dialog.findChildren(QAction) if WORDS.search(a.text()))
    return found


def test_the_file_dialog_has_no_english_left(qtbot, chinese_qt, tmp_path):
    (tmp_path / "文件夹").mkdir()
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        dialog = QFileDialog(None, "导入文档", str(tmp_path), "政策文件 (*.txt)")
        qtbot.addWidget(dialog)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(mode)
        dialog.show()
        # Only the folder's path and the filter's patterns are not words to translate.
        assert {t for t in _english(dialog) if str(tmp_path) not in t and "*.txt" not in t} == set()
        labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
        assert labels["lookInLabel"] == "查找范围(&L)："
        assert labels["fileTypeLabel"] == "文件类型(&T)："
    assert QFileIconProvider().type(QFileInfo(str(tmp_path / "文件夹"))) == "文件夹"


def test_the_supplement_holds_what_its_source_says(chinese_qt):
    source = TRANSLATIONS_DIR / "qt_gaps_zh_CN.ts"
    messages = [
        (context.findtext("name"), m.findtext("source"), m.findtext("translation"))
        for context in ET.parse(source).getroot().iter("context")
        for m in context.iter("message")
    ]
    assert len(messages) >= 10
    for context, text, translation in messages:
        assert QCoreApplication.translate(context, text) == translation, (context, text)


def test_no_locale_set_means_a_chinese_system_locale():
    env: dict[str, str] = {"LANG": "C"}
    assert prefer_chinese_system_locale(env) and env["LANG"] == "zh_CN.UTF-8"
    env = {"LC_ALL": "POSIX"}
    assert prefer_chinese_system_locale(env) and env["LC_ALL"] == "zh_CN.UTF-8"
    assert prefer_chinese_system_locale({})
    mine = {"LANG": "en_GB.UTF-8"}
    assert not prefer_chinese_system_locale(mine) and mine == {"LANG": "en_GB.UTF-8"}


PROBE = r"""
import os, sys, time
from hzreader.ui.shell.qt_language import prefer_chinese_system_locale
prefer_chinese_system_locale()
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QFileSystemModel
app = QApplication([])
model = QFileSystemModel()
root = model.setRootPath(sys.argv[1])
for _ in range(200):
    app.processEvents()
    if model.rowCount(root):
        break
    time.sleep(0.01)
size, date = (model.index(0, column, root).data() for column in (1, 3))
print(QLocale.system().name(), "|", size, "|", date)
"""


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the system asks the OS there")
def test_the_file_dialog_s_sizes_and_dates_are_chinese_on_a_machine_without_a_locale(tmp_path):
    (tmp_path / "规划.txt").write_text("", "utf-8")
    env = {"PATH": "/usr/bin:/bin", "LANG": "C", "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path)],
        capture_output=True, text=True, timeout=60, env=env,
        cwd=Path(__file__).resolve().parents[3],
    )  # fmt: skip
    name, size, date = (part.strip() for part in out.stdout.split("|"))
    assert name == "zh_CN", out.stderr
    assert size == "0 字节"  # not "0 bytes"
    assert re.fullmatch(r"\d{4}/\d{1,2}/\d{1,2} \d{1,2}:\d{2}", date), date  # not "1 12 2026"
