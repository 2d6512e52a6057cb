"""Opening a huge document in the reader: how long the window is frozen, and scrolling it.

A real ReaderView (offscreen Qt) opens the 5,000,000-character line of issue 18 as the
importer parses it (157,500 nodes). A 10 ms QTimer ticks throughout: the longest gap between
two ticks is how long the window could not answer. Three ways are measured in the same run:
the bundled plan (the baseline), the old way (the text inserted into the document the view
shows, which lays it out on every insertion) and the new one (`load_document`: built on a
pool thread while detached, then handed to the view, whose layout is lazy). Then the view
scrolls: page by page from the top, a jump to the middle and to the end (`scroll_to_key`).

    python bench/reader_open.py [--chars 5000000] [--no-write]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import results  # bench/ is on sys.path when a script runs

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import hostile_files  # noqa: E402

SECTION = "Reader: opening a huge document"


class Ticker:
    """A 10 ms timer on the UI thread; records the longest gap between its ticks."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer(interval=10)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.gap = 0.0
        self.ticks = 0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gap = max(self.gap, now - self.last)
        self.last = now
        self.ticks += 1

    def start(self) -> None:
        self.last, self.gap, self.ticks = time.perf_counter(), 0.0, 0
        self.timer.start()

    def stop(self) -> float:
        self._tick()
        self.timer.stop()
        return self.gap


def open_old(view, document, app) -> None:
    """The way before: insert into the QTextDocument the view shows."""
    from PySide6.QtGui import QTextCursor

    from hzreader.ui.reader.doc_builder import DocumentBuilder

    view._begin(document, None)
    view._map = DocumentBuilder(view._typo).build(document, view.document())
    view.setTextCursor(QTextCursor(view.document()))
    view._update_column()


def measure_open(how: str, document, app) -> dict:
    """Open `document` in a fresh view: seconds until shown, longest freeze, ticks."""
    from hzreader.ui.reader.view import ReaderView

    view = ReaderView()
    view.resize(900, 800)
    view.show()
    app.processEvents()
    ticker = Ticker()
    ticker.start()
    t0 = time.perf_counter()
    if how == "old":
        app.processEvents()
        open_old(view, document, app)
    elif how == "sync":
        view.set_document(document)
    else:
        if not view.load_document(document):
            while view.loading():
                app.processEvents()
                time.sleep(0.001)
    app.processEvents()
    shown = time.perf_counter() - t0
    gap = ticker.stop()
    return {"view": view, "shown": shown, "gap": gap, "ticks": ticker.ticks}


def measure_scroll(view, document, app) -> dict:
    """Page down 50 times from the top, then jump to the middle and to the end."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    ticker = Ticker()
    ticker.start()
    bar = view.verticalScrollBar()
    t0 = time.perf_counter()
    for _ in range(50):
        QTest.keyClick(view, Qt.Key.Key_PageDown)
        view.viewport().repaint()
        app.processEvents()
    pages = time.perf_counter() - t0
    keys = view.map.keys()
    out = {"pages": pages, "page_value": bar.value()}
    for label, key in (("middle", keys[len(keys) // 2]), ("end", keys[-1])):
        t0 = time.perf_counter()
        assert view.scroll_to_key(key)
        view.viewport().repaint()
        app.processEvents()
        out[label] = time.perf_counter() - t0
        out[label + "_key"] = view.top_key() == key or key in (view.top_key() or "")
    out["gap"] = ticker.stop()
    return out


def main() -> int:
    """Open the plan and the huge text each way, print (and record) the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=5_000_000)
    parser.add_argument("--no-write", action="store_true", help="do not update RESULTS.md")
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from hzreader.core.document import parse_document
    from hzreader.paths import BUNDLED_PLAN

    app = QApplication.instance() or QApplication([])
    started = time.perf_counter()
    plan = parse_document(BUNDLED_PLAN.read_text("utf-8"), doc_id="plan")
    with tempfile.TemporaryDirectory(prefix="hzbench-") as tmp:
        path = hostile_files.one_long_line(Path(tmp) / "line.txt", args.chars)
        huge = parse_document(path.read_text("utf-8"), doc_id="huge", title="长文")
    nodes = sum(1 for _ in huge.walk())
    rows = []
    base = measure_open("sync", plan, app)
    rows.append(("baseline: the bundled plan, set_document", base))
    print(f"plan: {base['shown']:.2f} s")
    for how, label in (
        ("old", f"{args.chars:,} characters, before: inserted into the shown document"),
        ("sync", f"{args.chars:,} characters, set_document (built detached, on the UI thread)"),
        ("async", f"{args.chars:,} characters, load_document (built on a pool thread)"),
    ):
        r = measure_open(how, huge, app)
        rows.append((label, r))
        print(f"{how}: shown after {r['shown']:.2f} s, longest freeze {r['gap']:.2f} s")
        if how == "async":
            scroll = measure_scroll(r["view"], huge, app)
            print(scroll)
        r["view"].deleteLater()
        app.processEvents()
    total = time.perf_counter() - started
    report = render(rows, scroll, args.chars, nodes, total)
    print(report)
    if not args.no_write:
        results.write_section(SECTION, report)
    return 0


def render(rows, scroll: dict, chars: int, nodes: int, total: float) -> str:
    """The RESULTS.md section."""
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    base = rows[0][1]
    lines = [
        f"## {SECTION}",
        "",
        f"`python bench/reader_open.py` ({date.today().isoformat()}, Python "
        f"{sys.version.split()[0]}, {os.cpu_count()} CPUs, load average {load:.1f} at the end, "
        f"{total:.0f} s in all). The {chars:,}-character line of issue 18 as the importer "
        f"parses it ({nodes:,} nodes), opened in a real ReaderView (offscreen, 900×800); "
        "a 10 ms timer ticks meanwhile, and the longest gap between its ticks is how long the "
        "window could not answer. Ratios are to the bundled plan in the same run.",
        "",
        "| how | shown after | × baseline | longest freeze | timer ticks |",
        "|---|---|---|---|---|",
    ]
    for label, r in rows:
        lines.append(
            f"| {label} | {r['shown']:.2f} s | {r['shown'] / base['shown']:.0f}× | "
            f"{r['gap']:.2f} s | {r['ticks']} |"
        )
    lines += [
        "",
        f"Scrolling the huge text once shown: 50 × PgDn from the top in {scroll['pages']:.2f} s "
        f"(repainting each page), a jump to the middle node in {scroll['middle']:.2f} s and "
        f"to the last in {scroll['end']:.2f} s (the layout up to there is made then; "
        f"the rest follows a slice at a time while the window is idle); the longest freeze "
        f"while scrolling {scroll['gap']:.2f} s.",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
