"""Open the full data context on a worker thread while the window already shows the text."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from hzreader.services.context import AppContext


class ContextLoader(QObject):
    """Runs open_context(data_dir) once, off the UI thread; the result arrives by signal."""

    loaded = Signal(object)  # AppContext
    failed = Signal(object)  # the exception

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self._thread: threading.Thread | None = None
        self._result: AppContext | None = None
        self._error: BaseException | None = None

    def start(self) -> None:
        """Begin opening (once)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="hzreader-open", daemon=True)
            self._thread.start()

    def wait(self, timeout: float = 30.0) -> AppContext | None:
        """Block until opened (for a window that closes early); raises what opening raised."""
        self.start()
        assert self._thread is not None
        self._thread.join(timeout)
        if self._error is not None:
            raise self._error
        return self._result

    def _run(self) -> None:
        try:
            # Imported here: SQLAlchemy is what this thread exists to keep off the start path.
            from hzreader.services.opening import open_context

            self._result = open_context(self.data_dir)
        except BaseException as exc:  # reported to the window, which explains or logs it
            self._error = exc
            self.failed.emit(exc)
        else:
            # Emitted from this thread; Qt queues it to the loader's (the UI) thread.
            self.loaded.emit(self._result)
