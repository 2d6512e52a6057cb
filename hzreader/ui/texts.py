"""Interface texts that work in every language: toolbar labels without mnemonics, lists."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

_CJK_MNEMONIC = re.compile(r"\(&[^)]\)")  # 文件(&F): the mnemonic in brackets after the word
ICON_FROM_TEXT = "hzreader_icon_from_text"  # a dynamic property of such actions


def icon_text(text: str) -> str:
    """A menu text as a toolbar button reads it: "缩小(&O)" → "缩小", "Zoom &Out" → "Zoom Out"."""
    text = _CJK_MNEMONIC.sub("", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def set_icon_text(action: QAction, text: str) -> None:
    """Give an action the toolbar label of its menu text, and mark it as made so: a switch of
    language makes it again from the new text."""
    action.setIconText(icon_text(text))
    action.setProperty(ICON_FROM_TEXT, True)


def qt_stripped(text: str) -> str:
    """The icon text and tooltip Qt makes by itself from a menu text (&, ... and … dropped)."""
    text = text.replace("...", "").replace("…", "")
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def joined(items: Iterable[str]) -> str:
    """Items as a list in the language shown: 甲、乙 in Chinese, "a, b" in English."""
    return QCoreApplication.translate("texts", "、").join(items)
