"""Run the command line in this process (hzreader.app.main): many calls, no interpreter start."""

from __future__ import annotations

import contextlib
import io
import logging
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Outcome:
    """What a command did: its exit status and what it wrote."""

    code: int
    out: str
    err: str


def run_main(*args: str, data_dir: Path, stdin: str = "") -> Outcome:
    """`hzreader --data-dir DIR ARGS...` through hzreader.app.main, output captured."""
    from hzreader.app import main

    logger = logging.getLogger("hzreader")
    before = list(logger.handlers)
    out, err = io.StringIO(), io.StringIO()
    old_stdin = sys.stdin
    # A real stdin has bytes underneath (`--note-file -` reads sys.stdin.buffer).
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8")
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(["--data-dir", str(data_dir), *args])
            except SystemExit as exc:  # argparse's --help exits; the console script does too
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    finally:
        sys.stdin = old_stdin
        # main() adds a log handler per call (one call per process in real use): drop them.
        for handler in logger.handlers[:]:
            if handler not in before:
                logger.removeHandler(handler)
                handler.close()
    return Outcome(code, out.getvalue(), err.getvalue())
