"""How the window names things every room lists: a document, an old edition marked 旧版."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hzreader.core.model import Document


def document_label(doc: Document) -> str:
    """A document as the lists name it: its title, an old edition marked 旧版."""
    if doc.superseded_by:
        return QCoreApplication.translate("labels", "{0}（旧版）").format(doc.title)
    return doc.title
