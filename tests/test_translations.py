"""The English translation: complete and in step with the code (packaging/translations.py
--check, as CI runs it), what the check says when a string comes without a translation, and
hzreader.i18n, which the command line and the services use without Qt."""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hzreader import i18n

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "packaging" / "translations.py"
CHINESE = re.compile("[\u4e00-\u9fff]")


def _script(*args: str, root: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--root", str(root), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A copy of the code and its translation, to change."""
    root = tmp_path / "repo"
    shutil.copytree(
        ROOT / "hzreader", root / "hzreader", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copytree(ROOT / "resources" / "i18n", root / "resources" / "i18n")
    return root


def test_the_translation_is_complete_and_in_step() -> None:
    out = _script("--check")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "all translated, in step" in out.stdout


def test_a_string_added_without_a_translation_fails_and_says_where(checkout: Path) -> None:
    room = checkout / "hzreader" / "ui" / "new_room.py"
    room.write_text(
        "from PySide6.QtCore import QObject\n\n\n"
        "class NewPanel(QObject):\n"
        "    def title(self, n):\n"
        '        return self.tr("新的面板"), self.tr("共 %n 项", None, n)\n',
        encoding="utf-8",
    )
    out = _script("--check", root=checkout)
    assert out.returncode == 1
    lines = out.stdout.splitlines()
    assert (
        "new string, not in the .ts yet: hzreader/ui/new_room.py:6: NewPanel: '新的面板'" in lines
    )
    assert any("hzreader/ui/new_room.py:6: NewPanel: '共 %n 项'" in line for line in lines)
    assert "--missing todo.json" in lines[-1]

    # The lead's way: list what is missing, translate it, apply it; then the check passes.
    todo = checkout / "todo.json"
    assert _script("--missing", str(todo), root=checkout).returncode == 0
    entries = json.loads(todo.read_text(encoding="utf-8"))
    assert [(e["context"], e["source"], e["where"]) for e in entries] == [
        ("NewPanel", "新的面板", ["hzreader/ui/new_room.py:6"]),
        ("NewPanel", "共 %n 项", ["hzreader/ui/new_room.py:6"]),
    ]
    assert entries[1]["translation"] == ["", ""]  # a plural: one and other
    entries[0]["translation"] = "New Panel"
    entries[1]["translation"] = ["%n item", "%n items"]
    todo.write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
    assert _script("--apply", str(todo), root=checkout).returncode == 0
    out = _script("--check", root=checkout)
    assert out.returncode == 0, out.stdout
    catalog = json.loads((checkout / "resources/i18n/hzreader_en.json").read_text("utf-8"))
    assert catalog["messages"]["NewPanel"] == {
        "新的面板": "New Panel",
        "共 %n 项": ["%n item", "%n items"],
    }


def test_a_translation_that_breaks_a_placeholder_or_a_mnemonic_fails(checkout: Path) -> None:
    bad = [
        {"context": "ImportDialog", "source": "第{0}层：{1}", "translation": "Level: {1}"},
        {"context": "MainWindow", "source": "文件(&F)", "translation": "File"},
        {"context": "NotesPanel", "source": "排序", "translation": "排序 Order"},
    ]
    todo = checkout / "bad.json"
    todo.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    assert _script("--apply", str(todo), root=checkout).returncode == 0
    out = _script("--check", root=checkout)
    assert out.returncode == 1
    assert (
        "placeholders ['{0}', '{1}'] became ['{1}']: hzreader/ui/library/import_dialog.py:"
        in out.stdout
    )
    assert "the mnemonic (&) is missing: hzreader/ui/shell/main_window.py:" in out.stdout
    assert "Chinese characters or punctuation left: ['排序']" in out.stdout


def test_a_string_gone_from_the_code_is_noticed(checkout: Path) -> None:
    about = checkout / "hzreader" / "ui" / "shell" / "about.py"
    about.write_text(about.read_text("utf-8").replace('"打包程序"', '"打包好的程序"'), "utf-8")
    out = _script("--check", root=checkout)
    assert out.returncode == 1
    assert "new string, not in the .ts yet: hzreader/ui/shell/about.py:" in out.stdout
    assert "gone from the code, still in the .ts: ?: AboutDialog: '打包程序'" in out.stdout


# -- messages of KnownError ----------------------------------------------------------------


def _untranslated_errors(path: Path, root: Path = ROOT) -> list[str]:
    """Calls of an ...Error class whose message is Chinese written in place, not through a
    translation (Errors.tr, Messages.tr, tr, translate)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = getattr(node.func, "id", getattr(node.func, "attr", ""))
        if not name.endswith("Error"):
            continue
        first = node.args[0]
        parts = first.values if isinstance(first, ast.JoinedStr) else [first]
        if any(isinstance(p, ast.Constant) and CHINESE.search(str(p.value)) for p in parts):
            found.append(f"{path.relative_to(root)}:{node.lineno}")
    return found


def test_every_error_message_goes_through_the_translation() -> None:
    found = [
        line for p in sorted((ROOT / "hzreader").rglob("*.py")) for line in _untranslated_errors(p)
    ]
    assert found == [], "wrap these messages in Errors.tr(...).format(...):\n" + "\n".join(found)


def test_the_error_scan_sees_a_message_in_place(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        'raise BadInputError(f"没有这个文档：{doc_id}")\n'
        'raise NotFoundError(Errors.tr("没有这个文档：{0}").format(doc_id))\n'
        'raise StorageError("数据库已损坏")\n',
        encoding="utf-8",
    )
    assert _untranslated_errors(bad, tmp_path) == ["bad.py:1", "bad.py:3"]


# -- hzreader.i18n -----------------------------------------------------------------------


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("zh")


def test_chinese_is_the_source_and_the_default() -> None:
    assert i18n.language() == "zh"
    assert i18n.translate("Errors", "没有这个文档：{0}") == "没有这个文档：{0}"
    assert i18n.Cli.tr("共 %n 项指标", None, 3) == "共 3 项指标"


def test_english_from_the_catalog_with_plurals(english) -> None:
    assert i18n.Errors.tr("没有这个文档：{0}").format("x") == "no such document: x"
    assert i18n.Cli.tr("共 %n 项指标", None, 1) == "1 target"
    assert i18n.Cli.tr("共 %n 项指标", None, 33) == "33 targets"
    assert i18n.translate("Argparse", "用法：") == "usage: "
    # A text the catalog does not know shows as it is written.
    assert i18n.translate("Errors", "还没有翻译的话") == "还没有翻译的话"
    assert not i18n.has_translation("Errors", "还没有翻译的话")


def test_a_later_message_is_said_when_shown() -> None:
    step = i18n.Later("Messages", "重命名标签 {0} → {1}", ("调研", "调查"))
    assert str(step) == "重命名标签 调研 → 调查"
    i18n.set_language("en")
    try:
        assert str(step) == "Rename Tag 调研 → 调查"
    finally:
        i18n.set_language("zh")


def test_the_remembered_language(tmp_path: Path) -> None:
    assert i18n.read_language(tmp_path) is None
    assert i18n.remember_language(tmp_path / "new", "en")
    assert i18n.read_language(tmp_path / "new") == "en"
    assert not i18n.remember_language(tmp_path / "absent", "en", create=False)
    (tmp_path / "odd").mkdir()
    (tmp_path / "odd" / "language").write_text("fr\n", encoding="utf-8")
    assert i18n.read_language(tmp_path / "odd") is None
    with pytest.raises(ValueError):
        i18n.set_language("fr")
