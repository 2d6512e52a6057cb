"""Helpers shared by the importing tests."""

from __future__ import annotations

from pathlib import Path

from hzreader.core.model import Node

CORPUS = Path(__file__).resolve().parents[1] / "data" / "import"


def outline(nodes: list[Node], depth: int = 0) -> list[tuple]:
    """(depth, kind, key, number, title) of every node above the sentences."""
    out: list[tuple] = []
    for n in nodes:
        if n.kind != "sentence":
            out.append((depth, n.kind, n.key, n.number, n.title))
            out.extend(outline(n.children, depth + 1))
    return out
