"""One data dir, one window: a QLockFile says who holds it, a QLocalServer lets a second
start bring the first window to the front instead of opening another."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Signal

translate = QCoreApplication.translate  # the name pyside6-lupdate reads

if TYPE_CHECKING:
    # QtNetwork loads when the server starts listening, after the first frame.
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

_ACTIVATE = b"activate\n"
_OK = b"ok\n"
TIMEOUT_MS = 2000


def server_name(data_dir: Path) -> str:
    """The local socket name of the window on this data dir (same for every start)."""
    import hashlib  # asked after the first frame (listen) or by a second start only

    digest = hashlib.sha256(str(Path(data_dir).resolve()).encode("utf-8")).hexdigest()
    return f"hzreader-{digest[:20]}"


class SingleInstance(QObject):
    """Holds the data dir's lock while the window runs and answers later starts."""

    activate_requested = Signal()

    def __init__(self, data_dir: Path, lock_file: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self._name: str | None = None
        self.lock = QLockFile(str(lock_file))
        # Only a dead holder makes the lock stale, never its age: a window may run for weeks.
        self.lock.setStaleLockTime(0)
        self.server: QLocalServer | None = None

    @property
    def name(self) -> str:
        """The local socket name (worked out when first needed)."""
        if self._name is None:
            self._name = server_name(self.data_dir)
        return self._name

    def acquire(self) -> bool:
        """Take the lock; False when another window holds it. Call listen() next."""
        Path(self.lock.fileName()).parent.mkdir(parents=True, exist_ok=True)
        return self.lock.tryLock(100)

    def listen(self) -> None:
        """Answer later starts from now on (once; the window shows first, then this)."""
        if self.server is not None or not self.lock.isLocked():
            return
        from PySide6.QtNetwork import QLocalServer

        self.server = QLocalServer(self)
        # A crashed window leaves its socket behind; we hold the lock, so it is not in use.
        QLocalServer.removeServer(self.name)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.listen(self.name)
        self.server.newConnection.connect(self._answer)
        return True

    def holder(self) -> int | None:
        """The process id of the window holding the lock, if known."""
        info = self.lock.getLockInfo()  # PySide6: (pid, host, app); pid 0 when unknown
        pid = info[0] if isinstance(info, tuple) and info else 0
        return int(pid) if isinstance(pid, int) and pid > 0 else None

    def activate_other(self) -> bool:
        """Ask the window holding the lock to come to the front; True when it answered.

        A window that has only just started listens a moment after its first frame: ask
        again for a while before giving up."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket(self)
        deadline = time.monotonic() + TIMEOUT_MS / 1000
        while True:
            socket.connectToServer(self.name)
            if socket.waitForConnected(TIMEOUT_MS):
                break
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.1)
        socket.write(_ACTIVATE)
        socket.waitForBytesWritten(TIMEOUT_MS)
        answered = socket.waitForReadyRead(TIMEOUT_MS) and socket.readAll().data() == _OK
        socket.disconnectFromServer()
        return answered

    def release(self) -> None:
        """Stop listening and give the lock back (at exit)."""
        if self.server is not None:
            self.server.close()
            self.server = None
        if self.lock.isLocked():
            self.lock.unlock()

    def _answer(self) -> None:
        while self.server is not None and self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if socket.readAll().data().startswith(_ACTIVATE.strip()):
            socket.write(_OK)
            socket.flush()
            self.activate_requested.emit()


def bring_to_front(window) -> None:
    """Show a window that may be minimised or behind others."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


def claim_data_dir(data_dir: Path, lock_file: Path, parent: QObject | None = None):
    """(guard, None) when this start may open a window; (None, message or "") otherwise.

    An empty message means the running window has been brought to the front; otherwise the
    message says that the data dir is open in another window that does not answer.
    """
    guard = SingleInstance(data_dir, lock_file, parent)
    if guard.acquire():
        return guard, None
    if guard.activate_other():
        return None, ""
    pid = guard.holder()
    who = translate("single_instance", "（进程 {0}）").format(pid) if pid else ""
    return None, translate(
        "single_instance",
        "这个数据目录已经在另一个 hzreader 窗口中打开{0}，但它没有响应。\n"
        "请切换到那个窗口；如果它已卡住，请先关闭它再打开 hzreader。",
    ).format(who)
