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


UI = PACKAGE / "ui"


def _feature_of(module: str) -> str | None:
    """The feature package of ui/ a dotted module belongs to (None for ui/'s shared root)."""
    parts = module.split(".")
    if parts[:2] != ["hzreader", "ui"] or len(parts) < 3:
        return None
    return parts[2] if (UI / parts[2]).is_dir() else None


def feature_leaks(graph: dict[str, set[str]]) -> list[str]:
    """Imports by which one feature of ui/ reaches into another's modules instead of what its
    __init__ exports, or by which ui/'s shared root depends on a feature."""
    problems = []
    for module, imported in graph.items():
        if not module.startswith("hzreader.ui"):
            continue
        mine = _feature_of(module)
        for name in imported:
            other = _feature_of(name)
            if other is None or other == mine:
                continue
            if mine is None and module != "hzreader.ui":
                problems.append(f"{module} (shared) imports the feature module {name}")
            elif name != f"hzreader.ui.{other}":
                problems.append(f"{module} imports {name}, not what hzreader.ui.{other} exports")
    return sorted(problems)


def test_features_meet_only_through_their_exports() -> None:
    from importgraph import import_graph

    assert feature_leaks(import_graph(PACKAGE)) == []


def test_the_leak_checker_sees_a_leak() -> None:
    graph = {
        "hzreader.ui.search.marks": {"hzreader.ui.reader", "hzreader.ui.reader.layers"},
        "hzreader.ui.theme": {"hzreader.ui.notes"},
        "hzreader.ui.notes.panel": {"hzreader.ui.notes.model", "hzreader.ui.theme"},
    }
    assert feature_leaks(graph) == [
        "hzreader.ui.search.marks imports hzreader.ui.reader.layers, "
        "not what hzreader.ui.reader exports",
        "hzreader.ui.theme (shared) imports the feature module hzreader.ui.notes",
    ]


def test_ui_root_holds_at_most_ten_modules() -> None:
    assert len(list(UI.glob("*.py"))) <= 10
