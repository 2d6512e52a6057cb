"""The command line of CLI.md, on the same services as the window."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from typing import Any, NoReturn

from hzreader.version import version

# One module per group of commands; each has register(subparsers).
COMMAND_MODULES = (
    "reading",
    "annotating",
    "searching",
    "targets",
    "durability",
    "importing",
    "relations",
    "editions",
    "tasks",
)


class UsageError(Exception):
    """Bad command-line usage (exit 2)."""


class Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one `hzreader: ` line (exit 2)."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message}（用 hzreader --help 查看用法）")


def build_parser() -> Parser:
    """The whole command line: global options and every command."""
    parser = Parser(prog="hzreader", description="离线阅读和批注中文政策文件")
    parser.add_argument("--data-dir", help="数据目录（默认：用户数据目录，或 $HZREADER_DATA_DIR）")
    parser.add_argument(
        "--version", action="version", version=f"hzreader {version()}", help="显示版本号并退出"
    )
    sub = parser.add_subparsers(dest="command", parser_class=Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(f"hzreader.cli.{name}").register(sub)
    return parser


# Arguments that name files: a name that is not UTF-8 (surrogate escapes) is still a name.
_PATH_ARGUMENTS = frozenset({"data_dir", "file", "output", "note_file", "name"})
_POSITIONAL = frozenset({"key", "query", "target", "value", "id", "file", "name"})


def _is_file_name(value: str) -> bool:
    try:
        os.fsencode(value)
    except UnicodeError:
        return False
    return "\x00" not in value


def check_text_arguments(args: argparse.Namespace) -> None:
    """UsageError for a text argument that is not text, or a file name no file can have.

    Bytes the terminal could not decode become lone surrogates, which no database, index or
    file can hold; without this check they failed deep inside as internal errors."""
    for name, value in vars(args).items():
        shown = name if name in _POSITIONAL else "--" + name.replace("_", "-")
        for item in value if isinstance(value, list) else [value]:
            if not isinstance(item, str):
                continue
            if name in _PATH_ARGUMENTS:
                if not _is_file_name(item):
                    raise UsageError(f"参数 {shown} 不是可用的文件名（含有空字符或无法编码的字符）")
            elif any("\ud800" <= ch <= "\udfff" for ch in item):
                raise UsageError(
                    f"参数 {shown} 含有无法识别的字符（不是 UTF-8 编码的文字），"
                    "请检查终端的文字编码设置"
                )


def emit(args: argparse.Namespace, data: Any, human: str) -> None:
    """Print exactly one JSON document with --json, else text for people."""
    if getattr(args, "json", False):
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(human.rstrip("\n") + "\n")


def add_json(parser: argparse.ArgumentParser) -> None:
    """The --json flag every command takes."""
    parser.add_argument("--json", action="store_true", help="输出一个 JSON 文档")
