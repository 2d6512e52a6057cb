"""DESIGN.md's direction of dependencies, read from the imports."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "hzreader"

# What each layer must never import.
FORBIDDEN = {
    "core": (
        "PySide6",
        "sqlalchemy",
        "whoosh",
        "alembic",
        "hzreader.storage",
        "hzreader.search",
        "hzreader.services",
        "hzreader.ui",
        "hzreader.cli",
        "hzreader.exporters",
    ),
    "storage": (
        "PySide6",
        "whoosh",
        "hzreader.search",
        "hzreader.services",
        "hzreader.ui",
        "hzreader.cli",
    ),
    "search": (
        "PySide6",
        "sqlalchemy",
        "hzreader.storage",
        "hzreader.services",
        "hzreader.ui",
        "hzreader.cli",
    ),
    "services": ("PySide6", "hzreader.ui", "hzreader.cli"),
    "exporters": ("PySide6", "hzreader.ui", "hzreader.cli"),
    "ui": (
        "sqlalchemy",
        "whoosh",
        "alembic",
        "hzreader.storage",
        "hzreader.search",
        "hzreader.cli",
    ),
    "cli": ("PySide6", "hzreader.ui"),
    "importers": (
        "PySide6",
        "sqlalchemy",
        "whoosh",
        "hzreader.storage",
        "hzreader.search",
        "hzreader.services",
        "hzreader.ui",
        "hzreader.cli",
    ),
}


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def test_layers_keep_their_direction() -> None:
    problems = []
    for layer, forbidden in FORBIDDEN.items():
        for path in (PACKAGE / layer).rglob("*.py"):
            for name in _imports(path):
                if any(name == f or name.startswith(f + ".") for f in forbidden):
                    problems.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert problems == []


def test_the_checker_sees_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtWidgets import QWidget\nimport sqlalchemy.orm\n")
    assert _imports(bad) == ["PySide6.QtWidgets", "sqlalchemy.orm"]
