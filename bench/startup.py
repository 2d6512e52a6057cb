"""Start-up time: process start to the reader's first painted frame, against a bare window.

The built folder (dist/hzreader/, packaging/build.py) gets a row of its own when it exists.

Each run is a fresh `python` process on Qt's offscreen platform. The parent passes the
monotonic time just before it starts the child (HZBENCH_T0); an event filter on the
reader's viewport prints the time of the first Paint event relative to it and quits.
The bare window is a QTextEdit showing the plan's plain text, with the same filter.

    python bench/startup.py [--runs 5] [--no-write] [--no-frozen]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import results  # bench/ is on sys.path when a script runs

ROOT = Path(__file__).resolve().parent.parent

SECTION = "Startup"

# packaging/first_paint.py defines first_paint_filter() and, with HZBENCH_T0 set, slips it
# into MainWindow.show() when hzreader.ui.shell.main_window is first imported, so that nothing is
# imported earlier than it would be. The built folder runs the same file first (a runtime
# hook), so the frozen row measures exactly what the source rows measure.
PROBE_FILE = ROOT / "packaging" / "first_paint.py"
FROZEN = ROOT / "dist" / "hzreader" / "hzreader"
PROBE = PROBE_FILE.read_text(encoding="utf-8")

BARE = (
    PROBE
    + r"""
import os, sys
from PySide6.QtWidgets import QApplication, QTextEdit
app = QApplication(sys.argv[:1])
view = QTextEdit()
view.setReadOnly(True)
view.setPlainText(open(os.environ["HZBENCH_TEXT"], encoding="utf-8").read())
view.resize(1180, 820)
probe = first_paint_filter()
view.viewport().installEventFilter(probe)
view.show()
sys.exit(app.exec())
"""
)

# HZBENCH_PATH picks where hzreader starts: "full" is `python main.py` (hzreader.app.main:
# argument parsing, logging, then the window); "window" is hzreader.ui.shell.launch.run_window,
# the window's own start path.
HZREADER = (
    PROBE
    + r"""
import os, sys
sys.path.insert(0, os.environ["HZBENCH_ROOT"])
if os.environ["HZBENCH_PATH"] == "full":
    from hzreader.app import main
    sys.exit(main(["--data-dir", os.environ["HZBENCH_DATA"]]))
from pathlib import Path
from hzreader.ui.shell.launch import run_window
sys.exit(run_window(Path(os.environ["HZBENCH_DATA"])))
"""
)


# A returning user's data dir: a window has been open and closed there once, so a layout is
# saved (the very first window of a data dir builds its docks' contents before showing).
WARM_WINDOW = r"""
import os, sys
from pathlib import Path
sys.path.insert(0, os.environ["HZBENCH_ROOT"])
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from hzreader.services.opening import open_context
from hzreader.ui.shell.main_window import MainWindow
ctx = open_context(Path(os.environ["HZBENCH_DATA"]))
window = MainWindow(ctx)
window.show()
QTimer.singleShot(1500, window.close)
QTimer.singleShot(1600, app.quit)
app.exec()
ctx.close()
"""


def _environment(extra: dict[str, str]) -> dict[str, str]:
    env = dict(os.environ)
    env.update(extra)
    env["QT_QPA_PLATFORM"] = "offscreen"
    # As an installed program starts: with the bytecode pip compiled at install (and that
    # the built folder carries). A machine that sets PYTHONDONTWRITEBYTECODE would have
    # every module of hzreader compiled from source on every run (some 60 ms more).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def time_child(code: str | None, env: dict[str, str]) -> tuple[float, float]:
    """(wall, CPU) seconds from starting a child to its first paint (code None: the built
    program)."""
    env = dict(env)
    if code is None:
        command = [str(FROZEN), "--data-dir", env["HZBENCH_DATA"]]
    else:
        command = [sys.executable, "-c", code]
    env["HZBENCH_T0"] = repr(time.monotonic())
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    for line in done.stdout.splitlines():
        if line.startswith("FIRST_PAINT "):
            wall, cpu = line.split()[1:3]
            return float(wall), float(cpu)
    raise RuntimeError(f"no first paint (exit {done.returncode}):\n{done.stderr[-2000:]}")


def plan_text() -> str:
    """The plan's text as the bundled file has it, without the brief before it."""
    sys.path.insert(0, str(ROOT))
    from hzreader.core.bundled import split_bundle
    from hzreader.paths import BUNDLED_PLAN

    _brief, title, body = split_bundle(BUNDLED_PLAN.read_text(encoding="utf-8"))
    return f"{title}\n{body}"


def frozen_rows(runs: dict, medians: dict, row) -> list[str]:
    """The built folder's row and how it compares with `python main.py` (same arguments)."""
    if "frozen" not in runs:
        return []
    ratio = medians["frozen"] / medians["full"]
    return [
        row("hzreader, built folder (`dist/hzreader/hzreader`, same arguments)", "frozen"),
        "",
        f"The built folder against `python main.py`: {ratio:.2f}× "
        f"({medians['frozen'] * 1000:.0f} ms / {medians['full'] * 1000:.0f} ms); aim ≤ 1.0×.",
    ]


def write_section(text: str) -> None:
    """Put this script's section into RESULTS.md."""
    results.write_section(SECTION, text)


def main() -> int:
    """Run the comparison and print (and record) the medians and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-write", action="store_true", help="do not update RESULTS.md")
    parser.add_argument("--no-frozen", action="store_true", help="leave out dist/hzreader/")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="hzbench-") as tmp:
        data_dir = Path(tmp) / "data"
        text_file = Path(tmp) / "plan.txt"
        text_file.write_text(plan_text(), encoding="utf-8")
        warm = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir), "docs"],
            capture_output=True,
            text=True,
        )
        if warm.returncode != 0:
            raise SystemExit(f"warming the data dir failed: {warm.stderr}")
        env = _environment(
            {
                "HZBENCH_TEXT": str(text_file),
                "HZBENCH_DATA": str(data_dir),
                "HZBENCH_ROOT": str(ROOT),
            }
        )
        full_env = dict(env, HZBENCH_PATH="full")
        window_env = dict(env, HZBENCH_PATH="window")
        subprocess.run([sys.executable, "-c", WARM_WINDOW], env=env, check=True, timeout=120)
        children: dict[str, tuple[str | None, dict[str, str]]] = {
            "bare": (BARE, env),
            "full": (HZREADER, full_env),
            "window": (HZREADER, window_env),
        }
        if FROZEN.exists() and not args.no_frozen:
            children["frozen"] = (None, env)
        # One untimed run of each, so all start from warm file caches.
        for code, child_env in children.values():
            time_child(code, child_env)
        runs: dict[str, list[float]] = {name: [] for name in children}
        cpu: dict[str, list[float]] = {name: [] for name in children}
        for _ in range(args.runs):
            for name, (code, child_env) in children.items():
                wall, used = time_child(code, child_env)
                runs[name].append(wall)
                cpu[name].append(used)
    medians = {name: statistics.median(times) for name, times in runs.items()}
    cpu_medians = {name: statistics.median(times) for name, times in cpu.items()}
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")

    def row(label: str, name: str) -> str:
        ratio = medians[name] / medians["bare"]
        cpu_ratio = cpu_medians[name] / cpu_medians["bare"]
        times = ", ".join(f"{t * 1000:.0f}" for t in runs[name])
        return (
            f"| {label} | {medians[name] * 1000:.0f} ms | {ratio:.2f}× "
            f"| {cpu_medians[name] * 1000:.0f} ms | {cpu_ratio:.2f}× | {times} |"
        )

    report = "\n".join(
        [
            f"## {SECTION}",
            "",
            "`python bench/startup.py`: process start to the first painted frame of the reader",
            "(a returning user's data dir: plan loaded, a window opened and closed there once;",
            f"offscreen platform), median of {args.runs} alternating runs, each",
            "in a fresh process, against a bare PySide6 window (a QTextEdit with the plan's text).",
            "",
            "| start | median (wall) | ratio to bare | median (CPU) | CPU ratio | runs, wall (ms) "
            "|",
            "|---|---|---|---|---|---|",
            row("bare QTextEdit", "bare"),
            row("hzreader, `python main.py` (arguments, logging, window)", "full"),
            row("hzreader, window path only (`run_window`)", "window"),
            *frozen_rows(runs, medians, row),
            "",
            f"Aim: ≤ 1.5×. {date.today().isoformat()}, Python {sys.version.split()[0]}, "
            f"{os.cpu_count()} CPUs, load average {load:.1f} at the end.",
            "",
            "How the window gets there: a ready data dir is first read with the standard",
            "sqlite3 module (services/startup.py), so the reader paints before SQLAlchemy is",
            "imported; the full context then opens on a worker thread and attaches. Only the",
            "reader, the outline, the empty dock frames and the rooms' toolbar tools come",
            "before the first paint; notes, search, library, backups and targets are built",
            "right after it (ui/shell/main_window.py build_features). The reader is given its",
            "text as it shows, laid out once at its real width; PySide's scan of every",
            "imported module's source is skipped (ui/shell/feature_scan.py); the first frame",
            "asks no Python question of QStyle. Most of what is left is Qt itself: the first",
            "use of a Qt class creates its Python enums (the `Qt` namespace alone takes some",
            "25 ms on Python 3.11). The `main.py` row also pays for",
            "`hzreader.app`, which starts the window before it builds the command line.",
            "The built folder (packaging/build.py) runs packaging/first_paint.py as a",
            "PyInstaller runtime hook: the same probe as the source rows, which exec that file;",
            "the modules of its start are .pyc files beside it, not in its compressed archive",
            "(packaging/trim.py STARTUP_MODULES).",
            "Runs vary by ±30 % on this shared 2-core machine; compare rows of one run only.",
            "The CPU columns (the process's CPU time at its first paint) move far less when",
            "other work shares the machine than the wall clock does.",
        ]
    )
    print(report)
    if not args.no_write:
        write_section(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
