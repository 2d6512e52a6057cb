"""Editions: `compare` of two 50,000-character editions and carrying 10,000 notes.

hzreader: core/compare.py (structure by content, sentences, characters) and
EditionService.import_version (notes placed by quote and context, one transaction).
Baselines in the same run: for compare, pairing nodes by key and diffing each pair with
difflib (what a numbered diff does); for carrying, the first wave's per-note `reattach`.

    python bench/editions.py [--notes 10000] [--no-write]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from difflib import SequenceMatcher
from pathlib import Path

import results  # bench/ is on sys.path when a script runs

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from editions import edition  # noqa: E402
from relations import synthetic  # noqa: E402

from hzreader.core.anchoring import Selector, reattach  # noqa: E402
from hzreader.core.compare import compare_documents  # noqa: E402
from hzreader.core.document import parse_document  # noqa: E402
from hzreader.services.composition import Services  # noqa: E402

SECTION = "Editions"


def edited(doc):
    """A new edition of a synthetic document: 5 measures dropped, 5 added, 10 reworded."""
    lines, rng = [doc.title], random.Random(7)
    measures = [n for n in doc.walk() if n.kind == "measure"]
    drop = set(rng.sample(range(len(measures)), 5))
    reword = set(rng.sample(range(len(measures)), 10)) - drop
    number = 0
    for node in doc.nodes:
        lines.append(node.marker + node.text)
        for k, child in enumerate(c for c in node.children if c.kind == "measure"):
            index = measures.index(child)
            if index in drop:
                continue
            text = child.text
            if index in reword:
                text = text.replace("加快", "全力加快", 1).replace("推进", "稳步推进", 1)
            number += 1
            lines.append(f"{number}.{text}")
            if k == 3:
                number += 1
                lines.append(
                    f"{number}.新增任务{number}。建立健全新的工作机制，确保各项任务落地见效。"
                )
    return parse_document("\n".join(lines), doc_id="new")


def by_key(old, new):
    """Baseline: nodes paired by key, each pair diffed by difflib."""
    new_nodes = {n.key: n for n in new.walk() if n.kind != "sentence"}
    out = []
    for n in old.walk():
        if n.kind == "sentence":
            continue
        other = new_nodes.get(n.key)
        if other is not None:
            out.append(SequenceMatcher(None, n.text, other.text, autojunk=False).ratio())
    return out


def _median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def make_notes(ctx, count: int) -> None:
    """`count` notes spread over the plan's sentences, in one transaction."""
    from hzreader.core.anchoring import make_selector
    from hzreader.core.annotation import Annotation
    from hzreader.core.bundled import content_hash
    from hzreader.services.library import LibraryService
    from hzreader.storage import annotations as repo
    from hzreader.storage.engine import write_session

    doc = LibraryService(ctx).document("plan")
    nodes = [n for n in doc.walk() if n.kind == "sentence" and len(n.text) > 12]
    rng = random.Random(3)
    with write_session(ctx.sessions) as session:
        for i in range(count):
            node = nodes[i % len(nodes)]
            start = rng.randrange(0, len(node.text) - 6)
            sel = make_selector(node.text, start, start + 6)
            a = Annotation(
                id=f"n{i:05d}",
                doc="plan",
                key=node.key,
                quote=sel.quote,
                note=f"笔记{i}",
                tags=["调研"],
                created="2026-01-01T00:00:00",
                updated="2026-01-01T00:00:00",
                prefix=sel.prefix,
                suffix=sel.suffix,
                start=sel.start,
                end=sel.end,
            )
            repo.save_annotation(session, a, node_text_hash=content_hash(node.text))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    started = time.perf_counter()
    old = synthetic(1)
    new = edited(old)
    chars = sum(len(n.text) for n in old.walk() if n.kind not in ("sentence", "chapter"))
    cmp = compare_documents(old, new)
    compare_ms = _median_ms(lambda: compare_documents(old, new), 3)
    base_ms = _median_ms(lambda: by_key(old, new), 3)
    s = cmp.summary()
    wrong_by_key = sum(1 for r in by_key(old, new) if r < 1.0)

    from hzreader.services.library import LibraryService
    from hzreader.services.opening import open_context

    with tempfile.TemporaryDirectory() as tmp:
        ctx = open_context(Path(tmp) / "data", auto_backup=False)
        make_notes(ctx, args.notes)
        path = Path(tmp) / "new.txt"
        path.write_text(edition(), encoding="utf-8")
        plan = LibraryService(ctx).document("plan")
        new_plan = parse_document(edition(), doc_id="x")
        from hzreader.core.carry import Carrier

        notes = Services(ctx).annotations.list(doc_id="plan")
        ids_before = sorted(a.id for a in Services(ctx).annotations.list())
        t = time.perf_counter()
        carrier = Carrier(plan, new_plan, compare_documents(plan, new_plan))
        placed = [carrier.place(a) for a in notes]
        place_ms = (time.perf_counter() - t) * 1000
        t = time.perf_counter()
        for a in notes:
            reattach(
                Selector(a.quote, a.prefix, a.suffix, a.start or 0, a.end or 0), a.key, new_plan
            )
        reattach_ms = (time.perf_counter() - t) * 1000
        t, c = time.perf_counter(), time.process_time()
        result = Services(ctx).editions.import_version(path, "plan")
        import_ms = (time.perf_counter() - t) * 1000
        # On a shared machine the wall time counts the waits for a core and for the disk.
        import_cpu = (time.process_time() - c) * 1000
        # None lost, none doubled: every id once, before and after.
        ids_after = sorted(a.id for a in Services(ctx).annotations.list())
        ctx.close()
    total = time.perf_counter() - started
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    review = sum(1 for p in placed if not p.certain)
    text = "\n".join(
        [
            f"## {SECTION}",
            "",
            f"`python bench/editions.py` ({date.today().isoformat()}, "
            f"Python {platform.python_version()}, {os.cpu_count()} CPUs, load average "
            f"{load:.1f} at the end, {total:.0f} s in all).",
            "",
            "| step | hzreader | baseline | ratio |",
            "|---|---|---|---|",
            f"| `compare` of two editions of {chars:,} characters (5 measures dropped, 5 added, "
            f"10 reworded) | {compare_ms:.0f} ms | {base_ms:.0f} ms (by key + difflib) | "
            f"{compare_ms / base_ms:.2f}× |",
            f"| placing {len(notes):,} notes on the edited plan (core) | {place_ms:.0f} ms | "
            f"{reattach_ms:.0f} ms (per-note reattach) | {place_ms / reattach_ms:.2f}× |",
            f"| `import --version-of` with {len(notes):,} notes (parse, compare, place, one "
            f"transaction) | {import_ms:.0f} ms | | |",
            f"| the same import, CPU time of the process | {import_cpu:.0f} ms | | |",
            "",
            f"hzreader's comparison: {s['same']} same, {s['moved']} moved, {s['changed']} changed, "
            f"{s['added']} added, {s['removed']} removed. Pairing by key instead finds "
            f"{wrong_by_key} of its pairs different (the cascade after the first dropped measure).",
            f"Notes: {result.carried:,} carried, {result.review:,} left for review "
            f"(core placement: {review:,} for review). Note ids: {len(ids_before):,} before the "
            f"import, {len(ids_after):,} after, {len(set(ids_after)):,} distinct, the same set: "
            f"{'yes' if ids_before == ids_after else 'NO'}.",
        ]
    )
    print(text)
    if not args.no_write:
        results.write_section(SECTION, text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
