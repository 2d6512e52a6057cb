"""Closing the window while an export, backup or restore is still writing: the window says
so and closes by itself when the work is done, instead of hanging without a word."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QMainWindow, QProgressDialog


class CloseGuard(QObject):
    """Holds a close back while `busy()`; `work_done()` closes the window once it is not."""

    def __init__(
        self, window: QMainWindow, busy: Callable[[], bool], what: Callable[[], str]
    ) -> None:
        super().__init__(window)
        self.window = window
        self._busy = busy
        self._what = what  # "正在完成导出…": what the running work is finishing
        self.waiting: QProgressDialog | None = None
        built = getattr(window, "features_built", None)
        if built is not None and getattr(window, "notes", None) is None:
            # The last filter installed is asked first: ahead of the features that shut
            # down on Close (search, editors), which must not happen for a close held back.
            built.connect(lambda: window.installEventFilter(self))
        else:
            window.installEventFilter(self)

    def closing(self) -> bool:
        """True while a close waits for the work."""
        return self.waiting is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A close while the work runs: held back, with a word on what is happening."""
        if watched is self.window and event.type() == QEvent.Type.Close and self._busy():
            event.ignore()
            self._show_waiting()
            return True
        return False

    def _show_waiting(self) -> None:
        text = self.tr("{0}\n完成后窗口会自动关闭，请稍候。").format(self._what())
        self.window.statusBar().showMessage(self._what())
        if self.waiting is None:
            dialog = QProgressDialog(text, "", 0, 0, self.window)
            dialog.setObjectName("closing_progress")
            dialog.setWindowTitle(self.tr("正在完成"))
            dialog.setCancelButton(None)  # the file is written whole or not at all: no stop
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(0)
            self.waiting = dialog
        self.waiting.setLabelText(text)
        self.waiting.show()

    def work_done(self) -> None:
        """A job ended: close now if a close was waiting and nothing else runs."""
        if self.waiting is None or self._busy():
            return
        self.waiting.close()
        self.waiting.deleteLater()
        self.waiting = None
        QTimer.singleShot(0, self.window, self.window.close)
