"""Back and forward through jumps: a history of reading positions, as a browser keeps one."""

from __future__ import annotations

from typing import NamedTuple


class Place(NamedTuple):
    """A reading position: a document, the node at the top of the view, an offset in it."""

    doc: str
    key: str
    offset: int = 0


class JumpHistory:
    """Places left by jumps (back) and places left by going back (forward)."""

    def __init__(self, limit: int = 100) -> None:
        self.limit = limit
        self._back: list[Place] = []
        self._forward: list[Place] = []

    def record(self, left: Place) -> None:
        """A jump is leaving `left`: it becomes the place to go back to; forward is cleared."""
        if not self._back or self._back[-1] != left:
            self._back.append(left)
            del self._back[: -self.limit]
        self._forward.clear()

    def can_back(self) -> bool:
        """True when there is a place to go back to."""
        return bool(self._back)

    def can_forward(self) -> bool:
        """True when there is a place to go forward to."""
        return bool(self._forward)

    def back(self, here: Place | None) -> Place | None:
        """The place to go back to (here becomes the way forward); None when there is none."""
        if not self._back:
            return None
        target = self._back.pop()
        if here is not None:
            self._forward.append(here)
        return target

    def forward(self, here: Place | None) -> Place | None:
        """The place to go forward to (here becomes the way back); None when there is none."""
        if not self._forward:
            return None
        target = self._forward.pop()
        if here is not None:
            self._back.append(here)
        return target

    def forget(self, doc: str) -> None:
        """Drop the places of a document that is gone."""
        self._back = [p for p in self._back if p.doc != doc]
        self._forward = [p for p in self._forward if p.doc != doc]
