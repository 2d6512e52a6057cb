"""The command line of CLI.md, on the same services as the window.

Its words follow --lang (or the language remembered in the data dir): help, output for
people, messages, and argparse's own words (usage:, options, its errors), all through
hzreader.i18n, without Qt."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, NoReturn

from hzreader.i18n import LANGUAGES, QT_TRANSLATE_NOOP, Cli, translate
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
    "bookmarks",
)

# argparse's own words (its gettext message ids) and what they are in our catalog, where the
# source is Chinese and the English translation is argparse's English again.
ARGPARSE_WORDS = {
    "usage: ": QT_TRANSLATE_NOOP("Argparse", "用法："),
    "positional arguments": QT_TRANSLATE_NOOP("Argparse", "位置参数"),
    "options": QT_TRANSLATE_NOOP("Argparse", "选项"),
    "show this help message and exit": QT_TRANSLATE_NOOP("Argparse", "显示帮助信息并退出"),
    "the following arguments are required: %s": QT_TRANSLATE_NOOP("Argparse", "缺少必需的参数：%s"),
    "unrecognized arguments: %s": QT_TRANSLATE_NOOP("Argparse", "无法识别的参数：%s"),
    "argument %(argument_name)s: %(message)s": QT_TRANSLATE_NOOP(
        "Argparse", "参数 %(argument_name)s：%(message)s"
    ),
    "invalid choice: %(value)r (choose from %(choices)s)": QT_TRANSLATE_NOOP(
        "Argparse", "无效的选择：%(value)r（可选：%(choices)s）"
    ),
    "invalid %(type)s value: %(value)r": QT_TRANSLATE_NOOP(
        "Argparse", "无效的 %(type)s 值：%(value)r"
    ),
    "expected one argument": QT_TRANSLATE_NOOP("Argparse", "需要一个值"),
    "expected at most one argument": QT_TRANSLATE_NOOP("Argparse", "最多需要一个值"),
    "expected at least one argument": QT_TRANSLATE_NOOP("Argparse", "至少需要一个值"),
    "not allowed with argument %s": QT_TRANSLATE_NOOP("Argparse", "不能与参数 %s 同时使用"),
    "one of the arguments %s is required": QT_TRANSLATE_NOOP("Argparse", "参数 %s 中必须给出一个"),
    "ambiguous option: %(option)s could match %(matches)s": QT_TRANSLATE_NOOP(
        "Argparse", "选项 %(option)s 有歧义，可能是 %(matches)s"
    ),
    "ignored explicit argument %r": QT_TRANSLATE_NOOP("Argparse", "忽略了多余的参数值 %r"),
}


def _argparse_word(message: str) -> str:
    source = ARGPARSE_WORDS.get(message)
    return translate("Argparse", source) if source else message


@contextmanager
def argparse_words() -> Iterator[None]:
    """argparse speaks the language in use while the parser is built and parses (it looks
    its words up through the module's gettext function `_` each time it needs one)."""
    saved = argparse._
    argparse._ = _argparse_word
    try:
        yield
    finally:
        argparse._ = saved


class UsageError(Exception):
    """Bad command-line usage (exit 2)."""


class Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one `hzreader: ` line (exit 2)."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(Cli.tr("{0}（用 hzreader --help 查看用法）").format(message))


def build_parser() -> Parser:
    """The whole command line: global options and every command."""
    with argparse_words():
        parser = Parser(prog="hzreader", description=Cli.tr("离线阅读和批注中文政策文件"))
        parser.add_argument(
            "--data-dir", help=Cli.tr("数据目录（默认：用户数据目录，或 $HZREADER_DATA_DIR）")
        )
        parser.add_argument(
            "--lang",
            choices=LANGUAGES,
            help=Cli.tr("界面和命令行的语言：zh 中文（默认）或 en 英文；记在数据目录中"),
        )
        parser.add_argument(
            "--version",
            action="version",
            version=f"hzreader {version()}",
            help=Cli.tr("显示版本号并退出"),
        )
        sub = parser.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")
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
                    raise UsageError(
                        Cli.tr("参数 {0} 不是可用的文件名（含有空字符或无法编码的字符）").format(
                            shown
                        )
                    )
            elif any("\ud800" <= ch <= "\udfff" for ch in item):
                raise UsageError(
                    Cli.tr(
                        "参数 {0} 含有无法识别的字符（不是 UTF-8 编码的文字），"
                        "请检查终端的文字编码设置"
                    ).format(shown)
                )


def parse(argv: list[str]) -> argparse.Namespace:
    """The arguments parsed (UsageError for bad usage; SystemExit after --help/--version)."""
    parser = build_parser()
    with argparse_words():
        return parser.parse_args(argv)


def emit(args: argparse.Namespace, data: Any, human: str) -> None:
    """Print exactly one JSON document with --json, else text for people."""
    if getattr(args, "json", False):
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(human.rstrip("\n") + "\n")


def add_json(parser: argparse.ArgumentParser) -> None:
    """The --json flag every command takes."""
    parser.add_argument("--json", action="store_true", help=Cli.tr("输出一个 JSON 文档"))
