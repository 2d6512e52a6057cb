"""The command line's door: any arguments end in exit 0, 1 or 2, never in a traceback.

Run in this process through hzreader.app.main (a subprocess per example would take a
second each), each example on a fresh copy of a warm data dir, in a working folder that
holds a few files to import, restore and export to. Arguments never name a path outside
that folder (no /, .., ~), and never another data dir.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import types
from pathlib import Path

import pytest
from fuzzing import fuzz, hostile_text
from hypothesis import example, given
from hypothesis import strategies as st
from inproc import run_main

from hzreader.cli import build_parser

FILES = {
    "a.txt": "关于推进共同富裕的实施方案\n\n一、总体要求\n\n1.加快发展。到2025年收入增长。\n",
    "b.md": "# 标题\n\n## 第一章 总则\n\n第一条 为了规范管理，制定本办法。\n",
    "空.txt": "",
    "junk.docx": "不是压缩包",
    "bad.json": '{"format": "hzreader-backup", "version": 1',
    "\udcff.txt": "名字不是 UTF-8 的文件\n\n1.加快发展。",  # a GBK name on a UTF-8 system
}
VALUES = [
    "m9", "m9.s2", "m2", "c3", "g1", "pre", "pre2", "c2.m1", "m999", "x", "plan", "brief", "d0",
    "a.txt", "b.md", "空.txt", "\udcff.txt", "c.docx", "junk.docx", "backup.json", "bad.json",
    "缺.txt",
    "out.md", "out.html", "out.docx", "out.csv", "out.json", "out.xlsx", "out", ".", "-",
    "md", "html", "docx", "csv", "json", "xlsx", "jsonld", "pdf", "yellow", "黄", "红", "pink",
    "部门/发改", "住房", "住房 -租赁", 'tag:部门 "一核九星"', "2025", "2025-12", "2025-13-45",
    "昨天", "0", "-1", "20", "1e309", "nan", "18.5", "gbk", "utf-16", "no-such", "--", "-h",
    "\udcff笔记", "\udc80", "", " ", "\x00", "\x1b[31m", "a" * 300,
]  # fmt: skip


def _commands(parser: argparse.ArgumentParser) -> dict[str, tuple[list[str], list[str]]]:
    """Each command's options: (those that take a value, flags)."""
    out: dict[str, tuple[list[str], list[str]]] = {"": ([], ["--help", "-h"])}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                valued, flags = [], []
                for option in sub._actions:
                    if option.option_strings:
                        (flags if option.nargs == 0 else valued).extend(option.option_strings)
                out[name] = (sorted(valued), sorted(flags))
    return out


COMMANDS = _commands(build_parser())


def _safe(token: str) -> bool:
    """No path outside the working folder, no other data dir (prefixes of --data-dir too)."""
    if token.startswith(("/", "~", "\\")) or ".." in token:
        return False
    return not (len(token) >= 3 and "--data-dir".startswith(token.split("=")[0]))


values = st.one_of(st.sampled_from(VALUES), hostile_text(max_pieces=4, run_len=50)).filter(_safe)


@st.composite
def argvs(draw) -> list[str]:
    """A command, its options with values (mostly well-formed), positionals, stray tokens."""
    command = draw(st.sampled_from(sorted(COMMANDS)))
    valued, flags = COMMANDS[command]
    argv = [command] if command else []
    argv += draw(st.lists(values, max_size=3))
    for _ in range(draw(st.integers(0, 4))):
        if valued and draw(st.booleans()):
            argv += [draw(st.sampled_from(valued)), draw(values)]
        elif flags:
            argv.append(draw(st.sampled_from(flags)))
    if draw(st.integers(0, 4)) == 0:  # something out of place anywhere
        stray = st.sampled_from(sorted(COMMANDS)) | values
        argv.insert(draw(st.integers(0, len(argv))), draw(stray))
    return argv


@pytest.fixture(scope="module")
def workdir(warm_data_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The working folder: files to import and restore, and room for the exports."""
    import docx

    folder = tmp_path_factory.mktemp("cwd")
    for name, text in FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    document = docx.Document()
    document.add_paragraph("一、总体要求")
    document.save(str(folder / "c.docx"))
    shutil.copy(warm_data_dir.parent / "backup.json", folder / "backup.json")
    return folder


@pytest.fixture
def no_window(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """No command means the window: record that it would have started instead of starting it."""
    started: list[Path] = []
    fake = types.ModuleType("hzreader.ui.launch")
    fake.run_window = lambda data_dir: started.append(data_dir) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "hzreader.ui.launch", fake)
    return started


# About 0.1 s an example: a fresh data dir, one command.
@fuzz(150, fixtures=True)
@given(argv=argvs())
# What the fuzzing found (each was an internal error or a message of two lines):
@example(argv=["annotate", "\n"])
@example(argv=["annotate", "m9", "--note", "\udcff笔记"])
@example(argv=["import", "a.txt", "--title", "\udcff"])
@example(argv=["search", "\udcff住房"])
@example(argv=["notes", "--tag", "\udcff"])
@example(argv=["restore", "\ud800.json"])  # found by the long run (bench/fuzz.py)
@example(argv=["import", "a\x00.txt"])
@example(argv=["import", "\udcff.txt"])
def test_any_arguments_exit_cleanly(workdir, fresh_data_dir, no_window, monkeypatch, argv) -> None:
    monkeypatch.chdir(workdir)
    out = run_main(*argv, data_dir=fresh_data_dir(), stdin="来自标准输入的笔记")
    assert out.code in (0, 1, 2), (argv, out)
    assert "Traceback" not in out.err and "内部错误" not in out.err, (argv, out.err)
    if out.code == 2:
        lines = out.err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("hzreader: "), (argv, out.err)
    if out.code == 0 and "--json" in argv and "-h" not in argv and "--help" not in argv:
        json.loads(out.out)  # exactly one JSON document
