"""The notes panel with 10,000 notes: the lazy id model against a naive filled model.

Creates 10,000 notes on the plan in a temporary data dir (one transaction through the
storage layer; every note is a real row with tags), then times, for the real panel
(NotesPanel: ids from the service, rows fetched in chunks when painted) and for a baseline
(every annotation read and put into a QStandardItemModel, filtered by a
QSortFilterProxyModel, shown in a QListView):

- load: query + model reset (the panel) / read all + fill the items (baseline)
- first paint: from load start to the list's first painted frame, shown
- scroll: paging through the whole list (each page painted), and a jump to the end
- filter: a text, a tag and a colour filter, each until the list is painted again

    python bench/notes_panel.py [--notes 10000] [--runs 3] [--no-write]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import results  # bench/ is on sys.path when a script runs

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SECTION = "Notes panel"
TAGS = ["部门/发改", "部门/住建", "部门/人社", "住房", "就业", "调研/萧山", "调研/余杭", "数字经济"]
COLORS = ["yellow", "red", "green", "blue", "purple"]
NOTES = [
    "**本局牵头**：与住建局对接试点方案",
    "需要核实 2025 年目标值，参见 *统计公报*",
    "",
    "- 落实到区县\n- 年底前报送进展",
    "与第二部分第3条相互呼应，可作为学习心得的例子",
]

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt  # noqa: E402
from PySide6.QtGui import QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtWidgets import QApplication, QListView  # noqa: E402


def make_notes(ctx, count: int) -> None:
    """Insert `count` notes spread over the plan's nodes, in one transaction."""
    from hzreader.core.anchoring import make_selector
    from hzreader.core.annotation import Annotation
    from hzreader.core.bundled import content_hash
    from hzreader.services.library import LibraryService
    from hzreader.storage import annotations as repo
    from hzreader.storage.engine import write_session

    doc = LibraryService(ctx).document("plan")
    nodes = [n for n in doc.walk() if n.kind == "sentence" and len(n.text) >= 8]
    start = datetime(2025, 1, 1, 9, 0, 0)
    with write_session(ctx.sessions) as session:
        for i in range(count):
            node = nodes[i % len(nodes)]
            a = (i * 7) % (len(node.text) - 6)
            selector = make_selector(node.text, a, a + 4 + i % 3)
            when = (start + timedelta(minutes=i)).isoformat(timespec="seconds")
            note = Annotation(
                id=f"bench-{i:06d}",
                doc="plan",
                key=node.key,
                quote=selector.quote,
                note=f"{NOTES[i % len(NOTES)]}（{i}）" if NOTES[i % len(NOTES)] else "",
                tags=sorted({TAGS[i % len(TAGS)], TAGS[(i // 3) % len(TAGS)]}),
                color=COLORS[i % len(COLORS)],
                created=when,
                updated=when,
                prefix=selector.prefix,
                suffix=selector.suffix,
                start=selector.start,
                end=selector.end,
            )
            repo.save_annotation(session, note, node_text_hash=content_hash(node.text))


class Painted(QObject):
    """Counts paint events of a viewport."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def paint(app: QApplication, view: QListView, probe: Painted) -> None:
    """Paint the view now and wait for the paint to have happened."""
    before = probe.count
    view.viewport().repaint()
    while probe.count == before:
        app.processEvents()


class Subject:
    """One list under test: a way to load it and to filter it."""

    def __init__(self, name: str, view: QListView, load: Callable, filt: Callable) -> None:
        self.name, self.view, self.load, self.filter = name, view, load, filt


def real_subject(service) -> Subject:
    """The panel as the window has it."""
    from hzreader.ui.notes.panel import NotesPanel

    panel = NotesPanel()
    panel.model.set_fetch(service.get_many)
    panel.resize(380, 800)

    def load() -> None:
        panel.model.set_ids(service.ids())

    def filt(kind: str, value: str | None) -> None:
        args = {kind: value} if value else {}
        panel.model.set_ids(service.ids(**args))

    subject = Subject("lazy id model (NotesPanel)", panel.list, load, filt)
    subject.widget = panel
    subject.fetches = lambda: panel.model.fetches
    return subject


def baseline_subject(service) -> Subject:
    """Every note read and turned into an item; filtering by a proxy model."""
    model = QStandardItemModel()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterRole(Qt.ItemDataRole.UserRole + 1)
    view = QListView()
    view.setModel(proxy)
    view.setUniformItemSizes(True)
    view.resize(380, 800)
    roles = {
        "text": Qt.ItemDataRole.UserRole + 1,
        "tag": Qt.ItemDataRole.UserRole + 2,
        "color": Qt.ItemDataRole.UserRole + 3,
    }

    def load() -> None:
        model.clear()
        root = model.invisibleRootItem()
        items = []
        for a in service.list():
            item = QStandardItem(f"{a.quote}\n{a.note[:80]}\n{' '.join(a.tags)} · {a.citation}")
            item.setEditable(False)
            item.setData(f"{a.quote}\n{a.note}", roles["text"])
            item.setData("\n".join(a.tags), roles["tag"])
            item.setData(a.color, roles["color"])
            items.append(item)
        root.appendRows(items)

    def filt(kind: str, value: str | None) -> None:
        proxy.setFilterRole(roles[kind])
        proxy.setFilterFixedString(value or "")

    subject = Subject("naive QStandardItemModel", view, load, filt)
    subject.widget = view
    subject.fetches = lambda: 0
    return subject


def measure(app: QApplication, subject: Subject) -> dict[str, float]:
    """Times in seconds for one subject."""
    probe = Painted()
    subject.view.viewport().installEventFilter(probe)
    out: dict[str, float] = {}
    t0 = time.perf_counter()
    subject.load()
    out["load"] = time.perf_counter() - t0
    subject.widget.show()
    paint(app, subject.view, probe)
    out["first paint"] = time.perf_counter() - t0
    out["rows fetched after first paint"] = subject.fetches()
    bar = subject.view.verticalScrollBar()
    pages = 0
    t0 = time.perf_counter()
    while bar.value() < bar.maximum():
        bar.setValue(bar.value() + bar.pageStep())
        paint(app, subject.view, probe)
        pages += 1
    out["scroll all pages"] = time.perf_counter() - t0
    out["pages"] = pages
    out["per page"] = out["scroll all pages"] / max(pages, 1)
    bar.setValue(0)
    paint(app, subject.view, probe)
    t0 = time.perf_counter()
    bar.setValue(bar.maximum())
    paint(app, subject.view, probe)
    out["jump to end"] = time.perf_counter() - t0
    for kind, value in (("text", "住建局"), ("tag", "调研"), ("color", "red")):
        t0 = time.perf_counter()
        subject.filter(kind, value)
        paint(app, subject.view, probe)
        out[f"filter {kind}"] = time.perf_counter() - t0
        subject.filter(kind, None)
    subject.widget.hide()
    subject.view.viewport().removeEventFilter(probe)
    return out


def write_section(text: str) -> None:
    """Put this script's section into RESULTS.md."""
    results.write_section(SECTION, text)


def main() -> int:
    """Build the notes, time both lists, print and record medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-write", action="store_true", help="do not update RESULTS.md")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from hzreader.services.composition import Services
    from hzreader.services.opening import open_context

    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="hzbench-notes-") as tmp:
        ctx = open_context(Path(tmp) / "data")
        t0 = time.perf_counter()
        make_notes(ctx, args.notes)
        created = time.perf_counter() - t0
        service = Services(ctx).annotations
        assert len(service.ids()) == args.notes
        runs: dict[str, list[dict[str, float]]] = {"real": [], "base": []}
        for _ in range(args.runs):
            runs["real"].append(measure(app, real_subject(service)))
            runs["base"].append(measure(app, baseline_subject(service)))
        ctx.close()
    med = {k: {m: statistics.median(r[m] for r in v) for m in v[0]} for k, v in runs.items()}
    real, base = med["real"], med["base"]
    rows = [
        "load",
        "first paint",
        "per page",
        "jump to end",
        "filter text",
        "filter tag",
        "filter color",
    ]
    labels = {
        "load": "load (query + model reset / read + fill)",
        "first paint": "time to first paint (from load start)",
        "per page": "scroll: one page, painted",
        "jump to end": "scroll: jump to the end",
        "filter text": "filter by text (住建局)",
        "filter tag": "filter by tag (调研 subtree)",
        "filter color": "filter by colour (红)",
    }
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    lines = [
        f"## {SECTION}",
        "",
        f"`python bench/notes_panel.py` ({date.today()}, Python {sys.version.split()[0]}, "
        f"{os.cpu_count()} CPUs, load average {load:.1f}, {time.perf_counter() - began:.0f} s "
        f"in all): {args.notes:,} notes on the plan (created in {created:.1f} s in one "
        f"transaction), median of {args.runs} runs, offscreen, a 380×800 list. hzreader: the "
        "notes panel (ids from an SQL query, rows fetched in chunks of 100 when painted, "
        "filters in SQL). Baseline: every note read and put into a QStandardItemModel, "
        "filtered by a QSortFilterProxyModel.",
        "",
        "| step | hzreader | baseline | ratio |",
        "|---|---|---|---|",
    ]
    for name in rows:
        ratio = real[name] / base[name] if base[name] else float("nan")
        lines.append(
            f"| {labels[name]} | {real[name] * 1000:.1f} ms | {base[name] * 1000:.1f} ms "
            f"| {ratio:.2f}× |"
        )
    lines += [
        "",
        f"Paging through all {int(real['pages'])} pages took "
        f"{real['scroll all pages']:.2f} s (baseline {base['scroll all pages']:.2f} s). After "
        f"the first paint the panel had fetched {int(real['rows fetched after first paint'])} "
        f"chunk(s) of rows; the baseline holds all {args.notes:,} in memory from the start.",
    ]
    report = "\n".join(lines)
    print(report)
    if not args.no_write:
        write_section(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
