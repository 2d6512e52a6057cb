"""A dock's show/hide key as a keyboard user needs it: the dock comes to the front of its
tab group with the keyboard in it, and only a dock already in front with the keyboard in
it is closed by the key."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDockWidget, QWidget


def focus_target(dock: QDockWidget) -> QWidget | None:
    """What takes the keyboard when a dock comes forward: its first list, tree or table."""
    content = dock.widget()
    if content is None:
        return None
    if isinstance(content, QAbstractItemView):
        return content
    if isinstance(content.focusProxy(), QAbstractItemView):
        return content.focusProxy()  # the view the dock names (the outline's tree)
    views = [v for v in content.findChildren(QAbstractItemView) if v.isVisibleTo(content)]
    return views[0] if views else content


class DockKey(QObject):
    """Watches one dock's toggle action (QDockWidget.toggleViewAction)."""

    def __init__(self, dock: QDockWidget) -> None:
        super().__init__(dock)
        self.dock = dock
        action = dock.toggleViewAction()
        # The shortcut arrives as a Shortcut event before the action toggles: there is
        # still time to decide that this press means "come forward", not "close".
        action.installEventFilter(self)
        # Shown again (by the key or from the 视图 menu): Qt puts it back behind the tab
        # that was in front meanwhile; bring it forward.
        action.triggered.connect(lambda shown: shown and self.bring_forward())

    def in_front(self) -> bool:
        """True when the dock is open and not behind another tab."""
        return self.dock.isVisible() and not self.dock.visibleRegion().isEmpty()

    def has_focus(self) -> bool:
        """True when the keyboard is inside the dock."""
        focus = QApplication.focusWidget()
        return focus is not None and (focus is self.dock or self.dock.isAncestorOf(focus))

    def bring_forward(self) -> None:
        """Raise the dock in its tab group and give its list the keyboard."""
        self.dock.show()
        self.dock.raise_()
        target = focus_target(self.dock)
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The key on an open dock that is behind a tab or without the keyboard: forward."""
        shortcut = event.type() == QEvent.Type.Shortcut
        if shortcut and not self.dock.isHidden() and not (self.in_front() and self.has_focus()):
            self.bring_forward()
            return True  # not toggled: the dock stays open
        return False
