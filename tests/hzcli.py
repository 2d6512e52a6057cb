"""Run the real command line in a subprocess, as a script or an administrator would."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def run(
    *args: str, data_dir: Path, stdin: str | None = None, timeout: float = 180
) -> subprocess.CompletedProcess[str]:
    """`python main.py --data-dir DIR ARGS...`, its output decoded as UTF-8."""
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        input=stdin,
        timeout=timeout,
    )


def run_json(*args: str, data_dir: Path) -> Any:
    """The JSON a successful `ARGS... --json` prints."""
    out = run(*args, "--json", data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)
