"""--lang: the command line's own words (help, argparse's, messages, errors) in Chinese or
English, remembered in the data dir; documents and notes stay as written."""

from __future__ import annotations

import re
from pathlib import Path

from hzcli import run

from hzreader.app import _global_options

CHINESE = re.compile("[\u3001-\u303f\u4e00-\u9fff\uff00-\uffef]")


def test_help_in_english_has_no_chinese(tmp_path: Path) -> None:
    out = run("--lang", "en", "--help", data_dir=tmp_path / "d")
    assert out.returncode == 0
    assert out.stdout.startswith("usage: hzreader")
    assert "options:" in out.stdout and "--lang {zh,en}" in out.stdout
    assert "show this help message and exit" in out.stdout
    assert "list the documents in the library" in out.stdout
    assert CHINESE.findall(out.stdout) == []
    assert not (tmp_path / "d").exists()  # asking for help makes no data dir


def test_help_in_chinese_by_default_argparse_words_too(tmp_path: Path) -> None:
    out = run("--help", data_dir=tmp_path / "d")
    assert out.stdout.startswith("用法：hzreader")
    assert "选项" in out.stdout and "显示帮助信息并退出" in out.stdout
    assert "usage:" not in out.stdout and "options:" not in out.stdout


def test_errors_follow_the_language_and_it_is_remembered(tmp_path: Path) -> None:
    data = tmp_path / "d"
    out = run("--lang", "en", "show", "m99", data_dir=data)
    assert out.returncode == 2
    assert out.stderr == "hzreader: plan has no node m99 (the outline command lists them all)\n"
    assert (data / "language").read_text(encoding="utf-8").strip() == "en"
    # Remembered: the next command without --lang speaks English too.
    out = run("show", "--doc", "nope", "m9", data_dir=data)
    assert out.returncode == 2
    assert out.stderr == "hzreader: no such document: nope (the docs command lists them)\n"
    out = run("--lang", "zh", "show", "m99", data_dir=data)
    assert out.stderr.startswith("hzreader: plan 中没有节点 m99")
    out = run("show", "m99", data_dir=data)
    assert out.stderr.startswith("hzreader: plan 中没有节点 m99")


def test_usage_errors_in_english(tmp_path: Path) -> None:
    data = tmp_path / "d"
    out = run("--lang", "en", "bogus", data_dir=data)
    assert out.returncode == 2
    assert out.stderr.startswith("hzreader: argument COMMAND: invalid choice: 'bogus'")
    assert out.stderr.rstrip().endswith("(see hzreader --help)")
    out = run("--lang", "en", "show", data_dir=data)
    assert out.stderr == (
        "hzreader: the following arguments are required: key (see hzreader --help)\n"
    )
    out = run("--lang", "en", "import", str(tmp_path / "missing.txt"), data_dir=data)
    assert out.returncode == 2
    assert out.stderr.startswith("hzreader: file not found: ")
    assert CHINESE.findall(out.stderr) == []


def test_a_bad_language_is_a_usage_error_and_not_remembered(tmp_path: Path) -> None:
    data = tmp_path / "d"
    out = run("--lang", "fr", "docs", data_dir=data)
    assert out.returncode == 2
    assert out.stderr.startswith("hzreader: 参数 --lang：无效的选择：'fr'")
    assert not (data / "language").exists()


def test_output_for_people_in_english_keeps_the_documents_words(tmp_path: Path) -> None:
    data = tmp_path / "d"
    out = run("--lang", "en", "targets", "--ledger", data_dir=data)
    assert out.returncode == 0
    head, *rows = out.stdout.splitlines()
    assert head.split()[:4] == ["Ch.", "Measure", "Target", "Goal"]
    assert rows[-1] == "33 targets"
    assert "人均生产总值" in out.stdout  # the plan's own words
    out = run("--lang", "en", "search", "共有产权住房", data_dir=data)
    assert re.fullmatch(r"\d+ hits?", out.stdout.splitlines()[0])
    assert "[text]" in out.stdout and "共有产权住房" in out.stdout
    json_out = run("--lang", "en", "show", "m9", "--json", data_dir=data)
    assert '"citation": "《' in json_out.stdout  # JSON stays as the data is


def test_global_options_are_read_before_the_parser() -> None:
    assert _global_options([]) == (True, None, None)
    assert _global_options(["--lang", "en"]) == (True, None, "en")
    assert _global_options(["--data-dir", "x", "--lang=en"]) == (True, "x", "en")
    assert _global_options(["--lang", "en", "docs"]) == (False, None, "en")
    # A bad value goes to the parser, which explains it.
    assert _global_options(["--lang", "fr"]) == (False, None, None)
    # After the command, --lang is the command's business (a note's text, say).
    assert _global_options(["annotate", "m9", "--lang", "en"]) == (False, None, None)


def test_lang_with_no_command_starts_the_window_in_it(tmp_path: Path, monkeypatch) -> None:
    from hzreader import app
    from hzreader.ui.shell import launch

    seen = []
    monkeypatch.setattr(launch, "run_window", lambda d, lang=None: seen.append((d, lang)) or 0)
    assert app.main(["--data-dir", str(tmp_path / "d"), "--lang", "en"]) == 0
    assert app.main(["--data-dir", str(tmp_path / "d")]) == 0
    assert seen == [(tmp_path / "d", "en"), (tmp_path / "d", None)]


def test_every_command_s_help_in_english_has_no_chinese() -> None:
    """Each command's own --help (the task table's, the W3C export's… as well as the
    first wave's) in English; in Chinese they keep their Chinese."""
    import argparse

    from hzreader import i18n
    from hzreader.cli import argparse_words, build_parser

    def helps() -> dict[str, str]:
        parser = build_parser()
        commands = next(
            a for a in parser._actions if isinstance(a, argparse._SubParsersAction)
        ).choices
        with argparse_words():
            return {name: sub.format_help() for name, sub in commands.items()}

    i18n.set_language("en")
    try:
        english = helps()
    finally:
        i18n.set_language("zh")
    assert {"assign", "tasks", "unassign", "export-tasks", "export", "restore"} <= set(english)
    left = {name: CHINESE.findall(text) for name, text in english.items()}
    assert {name: found for name, found in left.items() if found} == {}
    assert "lead unit" in english["assign"] and "Not started" in english["assign"]
    assert "牵头单位" in helps()["assign"]
