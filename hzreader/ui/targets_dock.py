"""The ledger's dock in the main window, and showing a target in the reader."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QDockWidget, QWidget

from hzreader.ui.reader_layers import Z_SEARCH, Span
from hzreader.ui.targets_view import TargetsView

if TYPE_CHECKING:
    # Only a type here: the services (and SQLAlchemy) load after the window is up.
    from hzreader.services.targets import TargetService

TARGET_LAYER = "target"
TARGET_MARK = QColor(120, 190, 150, 130)


def mark_target(reader, key: str, start: int, end: int) -> bool:
    """Scroll the reader to a target's sentence and mark its figure; False if not shown."""
    if not reader.scroll_to_key(key, flash=True):
        return False
    if 0 <= start < end:
        span = Span(reader.text_position(key, start), reader.text_position(key, end), TARGET_MARK)
        reader.set_layer(TARGET_LAYER, [span._replace(underline=True)], z=Z_SEARCH)
    else:
        reader.clear_layer(TARGET_LAYER)
    return True


class TargetsDock(QDockWidget):
    """The ledger as a dock of the main window, hidden until asked for."""

    def __init__(self, service: TargetService | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("指标台账"), parent)
        self.setObjectName("targets_dock")
        self.view = TargetsView(service, self)
        self.setWidget(self.view)
        toggle = self.toggleViewAction()
        toggle.setObjectName("action_toggle_targets")
        toggle.setText(self.tr("指标台账(&L)"))
        toggle.setShortcut(QKeySequence("Ctrl+Shift+T"))
        toggle.setStatusTip(self.tr("打开或关闭指标台账：量化指标、实际值和进度"))
        # Opening it is the intent to work in it: the table takes the keyboard.
        toggle.triggered.connect(lambda on: on and self.view.table.setFocus())
