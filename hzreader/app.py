"""Composition root: arguments, paths, logging, then the command line or the window."""

from __future__ import annotations

import logging
import sys
import unicodedata
from pathlib import Path

from hzreader.core.errors import KnownError
from hzreader.i18n import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    Errors,
    read_language,
    remember_language,
    set_language,
)

log = logging.getLogger("hzreader")
# Controls, lone surrogates, line and paragraph separators, invisible format characters.
_UNPRINTABLE = frozenset({"Cc", "Cs", "Zl", "Zp", "Cf"})


def _setup_logging(log_file: Path) -> None:
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(log_file, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
        handler.setLevel(logging.CRITICAL)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def one_line(message: str) -> str:
    """A message as one printable line: the input it quotes may hold line breaks or controls."""
    return "".join(
        ch.encode("unicode_escape").decode("ascii")
        if unicodedata.category(ch) in _UNPRINTABLE
        else ch
        for ch in message
    )


def _fail(message: str, code: int) -> int:
    sys.stderr.write(f"hzreader: {one_line(message)}\n")
    return code


def _global_options(argv: list[str]) -> tuple[bool, str | None, str | None]:
    """(window, --data-dir, --lang) read ahead of the parser: the language of --help depends
    on them, and with no command the window starts at once (without the command line)."""
    rest, data_dir, lang = list(argv), None, None
    while rest:
        head = rest[0]
        name, eq, value = head.partition("=")
        if name not in ("--data-dir", "--lang"):
            break
        if not eq:
            if len(rest) < 2:
                break
            value, rest = rest[1], rest[2:]
        else:
            rest = rest[1:]
        if name == "--data-dir":
            data_dir = value
        else:
            lang = value
    window = not rest and (lang is None or lang in LANGUAGES)
    return window, data_dir, lang if lang in LANGUAGES else None


def main(argv: list[str] | None = None) -> int:
    """Run hzreader: a command of CLI.md, or the window when there is none."""
    from hzreader.paths import DataPaths, resolve_data_dir

    argv = list(sys.argv[1:] if argv is None else argv)
    window, data_dir_arg, lang = _global_options(argv)
    data_dir = resolve_data_dir(data_dir_arg)
    if window:
        # The command line (and the services its commands import) stays off the start path.
        _setup_logging(DataPaths(data_dir).log_file)
        from hzreader.ui.shell.launch import run_window

        return run_window(data_dir, lang)
    set_language(lang or read_language(data_dir) or DEFAULT_LANGUAGE)
    from hzreader.cli import UsageError, check_text_arguments, parse

    try:
        args = parse(argv)
        check_text_arguments(args)
    except UsageError as exc:
        return _fail(str(exc), 2)
    except SystemExit as exc:  # --help and --version print, then stop
        if lang:
            remember_language(data_dir, lang, create=False)
        return exc.code if isinstance(exc.code, int) else 0
    data_dir = resolve_data_dir(args.data_dir)
    if args.lang:
        remember_language(data_dir, args.lang)
    _setup_logging(DataPaths(data_dir).log_file)
    if not args.command:
        from hzreader.ui.shell.launch import run_window

        return run_window(data_dir, args.lang)
    from hzreader.services.composition import Services
    from hzreader.services.opening import open_context

    try:
        ctx = open_context(data_dir)
        services = Services(ctx)
        try:
            return args.handler(services, args)
        finally:
            services.close()
            ctx.close()
    except KnownError as exc:
        return _fail(str(exc), exc.exit_code)
    except BrokenPipeError:
        return 0
    except Exception as exc:
        log.exception("unexpected error in command %s", args.command)
        return _fail(
            Errors.tr("内部错误（{0}），详情已记入 {1}").format(
                type(exc).__name__, DataPaths(data_dir).log_file
            ),
            1,
        )
