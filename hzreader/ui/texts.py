"""Interface texts that work in every language: toolbar labels without mnemonics, lists."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

_CJK_MNEMONIC = re.compile(r"\(&[^)]\)")  # 文件(&F): the mnemonic in brackets after the word


def icon_text(text: str) -> str:
    """A menu text as a toolbar button reads it: "缩小(&O)" → "缩小", "Zoom &Out" → "Zoom Out"."""
    text = _CJK_MNEMONIC.sub("", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def joined(items: Iterable[str]) -> str:
    """Items as a list in the language shown: 甲、乙 in Chinese, "a, b" in English."""
    return QCoreApplication.translate("texts", "、").join(items)
