"""Undo and redo, many steps deep, as plain Python (the window wraps it in actions)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from hzreader.i18n import Later


@dataclass
class Step:
    """One undoable change: how to put things back, and how to do it again."""

    text: str | Later  # its name, as the Edit menu shows it ("新建笔记")
    undo: Callable[[], Any]
    redo: Callable[[], Any]


class UndoHistory:
    """A bounded stack of steps; a new step clears what could be redone."""

    def __init__(self, limit: int = 500) -> None:
        self.limit = limit
        self._done: list[Step] = []
        self._undone: list[Step] = []
        self.listeners: list[Callable[[], None]] = []

    def push(self, step: Step) -> None:
        """Record a step that has just been done."""
        self._done.append(step)
        del self._done[: -self.limit]
        self._undone.clear()
        self._notify()

    def can_undo(self) -> bool:
        """True when there is a step to undo."""
        return bool(self._done)

    def can_redo(self) -> bool:
        """True when there is a step to redo."""
        return bool(self._undone)

    def undo_text(self) -> str:
        """What undo would undo ("" when nothing)."""
        return str(self._done[-1].text) if self._done else ""

    def redo_text(self) -> str:
        """What redo would redo ("" when nothing)."""
        return str(self._undone[-1].text) if self._undone else ""

    def undo(self) -> str | None:
        """Undo the last step; its text, or None when there was nothing."""
        if not self._done:
            return None
        step = self._done.pop()
        step.undo()
        self._undone.append(step)
        self._notify()
        return str(step.text)

    def redo(self) -> str | None:
        """Redo the last undone step; its text, or None."""
        if not self._undone:
            return None
        step = self._undone.pop()
        step.redo()
        self._done.append(step)
        self._notify()
        return str(step.text)

    def _notify(self) -> None:
        for listener in list(self.listeners):
            listener()
