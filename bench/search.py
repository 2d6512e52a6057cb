"""Search: hzreader's Whoosh index against SQLite FTS5 (trigram), on the plan and a 10 MB library.

For each corpus: build time and size, a cold one-shot query in a fresh process, warm
p50/p95 over a fixed query set (1–6 characters, words, phrases, mixed scripts,
operators), and exact substring recall (every hit set compared with a brute-force scan).
The FTS5 baseline answers the same queries: MATCH on a trigram table for literals of
three characters or more, a scan (instr) for shorter ones, set algebra in Python for
operators; like hzreader it returns the total and the first 20 rows.

    python bench/search.py [--small] [--no-write]

The library is generated from the plan's sentences (seeded shuffles and recombinations
of clauses into ~250 documents), so it is the same on every machine.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import results  # bench/ is on sys.path when a script runs

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


from hzreader.search.analysis import fold  # noqa: E402
from hzreader.search.records import IndexRecord, records_from_document  # noqa: E402

SECTION = "Search"
SEED = 20210729
WARM_REPEATS = 5
RECALL_SAMPLES = 300

# Fixed query set: (query, group). Literals are also checked for exact recall.
QUERIES: list[tuple[str, str]] = [
    ("碳", "1 char"),
    ("房", "1 char"),
    ("的", "1 char"),
    ("G", "1 char"),
    ("人才", "2 chars"),
    ("住房", "2 chars"),
    ("发展", "2 chars"),
    ("5G", "mixed"),
    ("碳达峰", "3 chars"),
    ("共同富", "3 chars"),
    ("R&D", "mixed"),
    ("职住平衡", "4 chars"),
    ("共同富裕", "4 chars"),
    ("2025年", "mixed"),
    ("83.88", "mixed"),
    ("27万元/人", "mixed"),
    ("共有产权住房", "6 chars"),
    ("数字经济核心产业", "long"),
    ("高质量发展建设共同富裕示范区", "long"),
    ('"一核九星"', "phrase"),
    ("区块链", "absent"),
    ("元宇宙", "absent"),
    ("住房 -租赁", "operators"),
    ("共同富裕 OR 碳达峰", "operators"),
    ("杭州 人才 住房", "operators"),
    ("养老 NOT 医疗", "operators"),
]


# -- corpora -------------------------------------------------------------------------


def plan_records() -> list[IndexRecord]:
    """The bundled plan and its brief, as the app indexes them."""
    from hzreader.core.bundled import parse_bundled
    from hzreader.paths import BUNDLED_PLAN

    plan, brief = parse_bundled(BUNDLED_PLAN.read_text(encoding="utf-8"))
    return records_from_document(plan) + records_from_document(brief)


def library_records(target_bytes: int, documents: int = 250) -> list[IndexRecord]:
    """A deterministic library of plan-like documents made from the plan's sentences."""
    base = [r.text for r in plan_records() if r.node_kind == "sentence"]
    clauses = [c for s in base for c in re.split(r"(?<=[，、；])", s.rstrip("。；")) if c]
    rng = random.Random(SEED)
    per_doc = target_bytes // documents
    out: list[IndexRecord] = []
    for d in range(documents):
        doc, size, measure, title = f"lib{d:03d}", 0, 0, ""
        chapter = "一"
        j = 0
        while size < per_doc:
            if j % 12 == 0:  # a new measure every dozen sentences, titled like the plan's
                measure += 1
                title = rng.choice(base).split("，")[0].rstrip("。")[:20]
                chapter = "一二三四五六七"[min(6, measure // 4)]
            if rng.random() < 0.5:
                text = rng.choice(base)
            else:
                parts = [rng.choice(clauses) for _ in range(rng.randint(2, 4))]
                text = "".join(parts).rstrip("，、；") + "。"
            j += 1
            size += len(text.encode("utf-8"))
            key = f"m{measure}.s{j}"
            out.append(
                IndexRecord(
                    uid=f"{doc}:{key}",
                    doc=doc,
                    key=key,
                    kind="text",
                    node_kind="sentence",
                    title=title,
                    text=text,
                    chapter=chapter,
                    measure=str(measure),
                    order=j,
                )
            )
    return out


# -- hzreader ------------------------------------------------------------------------


def dir_size(path: Path) -> int:
    """Bytes under a directory."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


COLD = r"""
import sys, time
t0 = time.perf_counter()
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from hzreader.search.index import SearchIndex
result = SearchIndex(Path(sys.argv[2])).search(sys.argv[3])
print(f"COLD {time.perf_counter() - t0:.6f} {result.total}")
"""

COLD_FTS = r"""
import sqlite3, sys, time
t0 = time.perf_counter()
con = sqlite3.connect(sys.argv[1])
n = con.execute("select count(*) from t where t match ?", (sys.argv[2],)).fetchone()[0]
rows = con.execute("select doc, key, text from t where t match ? order by rank limit 20",
                   (sys.argv[2],)).fetchall()
print(f"COLD {time.perf_counter() - t0:.6f} {n}")
"""


def cold(code: str, *args: str) -> tuple[float, float]:
    """(seconds inside the fresh process, wall seconds including interpreter start)."""
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
    )
    wall = time.perf_counter() - start
    line = next(ln for ln in out.stdout.splitlines() if ln.startswith("COLD "))
    return float(line.split()[1]), wall


# -- FTS5 baseline -------------------------------------------------------------------


class Fts:
    """SQLite FTS5 with the trigram tokenizer over the same folded texts."""

    def __init__(self, path: Path, records: list[IndexRecord]) -> None:
        start, cpu = time.perf_counter(), time.process_time()
        self.con = sqlite3.connect(path)
        # An ordinary table holds the text once (scans read it fast); the trigram index
        # is an external-content FTS5 table over it.
        self.con.execute("create table plain(rowid integer primary key, doc, key, text)")
        self.con.execute(
            "create virtual table t using fts5(doc unindexed, key unindexed, text,"
            " content='plain', content_rowid='rowid', tokenize='trigram')"
        )
        self.con.executemany(
            "insert into plain(rowid, doc, key, text) values (?, ?, ?, ?)",
            [(i, r.doc, r.key, fold(r.text)) for i, r in enumerate(records)],
        )
        self.con.execute("insert into t(rowid, doc, key, text) select * from plain")
        self.con.commit()
        self.build_seconds = time.perf_counter() - start
        self.build_cpu = time.process_time() - cpu
        self.size = path.stat().st_size

    def rows(self, literal: str) -> set[int]:
        """Rowids whose text holds a literal (trigram MATCH, or a scan when shorter)."""
        needle = fold(literal)
        if len(needle) >= 3:
            phrase = '"' + needle.replace('"', '""') + '"'
            sql = "select rowid from t where t match ?"
            return {r for (r,) in self.con.execute(sql, (phrase,))}
        sql = "select rowid from plain where instr(text, ?) > 0"
        return {r for (r,) in self.con.execute(sql, (needle,))}

    def search(self, query: str) -> tuple[int, list[tuple]]:
        """(total, first 20 rows) of one benchmark query."""
        from hzreader.search.query import And, Not, Or, Term, parse

        node = parse(query).node
        if isinstance(node, Term) and len(fold(node.text)) >= 3:
            phrase = '"' + fold(node.text).replace('"', '""') + '"'
            total = self.con.execute("select count(*) from t where t match ?", (phrase,))
            total = total.fetchone()[0]
            rows = self.con.execute(
                "select doc, key, text from t where t match ? order by rank limit 20", (phrase,)
            ).fetchall()
            return total, rows

        def ev(n) -> set[int]:
            if isinstance(n, Term):
                return self.rows(n.text)
            if isinstance(n, Or):
                return set().union(*(ev(c) for c in n.children))
            if isinstance(n, And):
                pos = [ev(c) for c in n.children if not isinstance(c, Not)]
                neg = [ev(c.child) for c in n.children if isinstance(c, Not)]
                out = set.intersection(*pos)
                for s in neg:
                    out -= s
                return out
            raise ValueError(n)

        found = sorted(ev(node))
        first = found[:20]
        marks = ",".join("?" * len(first))
        rows = self.con.execute(f"select doc, key, text from plain where rowid in ({marks})", first)
        return len(found), rows.fetchall()


# -- measuring -----------------------------------------------------------------------


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank)."""
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def timings(run: Callable[[str], object]) -> list[float]:
    """Seconds per query, WARM_REPEATS rounds over the query set after one warm-up round."""
    for query, _ in QUERIES:
        run(query)
    out: list[float] = []
    for _ in range(WARM_REPEATS):
        for query, _ in QUERIES:
            start = time.perf_counter()
            run(query)
            out.append(time.perf_counter() - start)
    return out


def recall(index, fts: Fts, records: list[IndexRecord]) -> dict[str, float]:
    """Exact substring recall and false hits over the literal queries and random substrings."""
    folded = [fold(r.text) for r in records]
    rng = random.Random(SEED + 1)
    literals = [q.strip('"') for q, g in QUERIES if g != "operators"]
    for _ in range(RECALL_SAMPLES):
        text = folded[rng.randrange(len(folded))]
        n = rng.randint(1, 6)
        start = rng.randrange(max(1, len(text) - n))
        sample = text[start : start + n]
        if sample.strip() == sample and sample and '"' not in sample:
            literals.append(sample)
    uid_of = [r.uid for r in records]
    expected_total = found_total = missing = false_hits = fts_missing = fts_false = 0
    for literal in literals:
        needle = fold(literal)
        expected = {i for i, t in enumerate(folded) if needle in t}
        query = f'"{literal}"' if " " in literal or literal.startswith("-") else literal
        result = index.search(query, limit=0)
        hits = {h.uid for h in result.hits}
        want = {uid_of[i] for i in expected}
        expected_total += len(want)
        found_total += len(want & hits)
        missing += len(want - hits)
        false_hits += len(hits - want)
        fts_rows = fts.rows(literal)
        fts_missing += len(expected - fts_rows)
        fts_false += len(fts_rows - expected)
    return {
        "queries": len(literals),
        "expected": expected_total,
        "recall": found_total / expected_total if expected_total else 1.0,
        "missing": missing,
        "false_hits": false_hits,
        "fts_missing": fts_missing,
        "fts_false": fts_false,
    }


def run_corpus(name: str, records: list[IndexRecord], work: Path) -> dict[str, object]:
    """Every figure of one corpus."""
    from hzreader.search.index import SearchIndex

    text_bytes = sum(len(r.text.encode("utf-8")) for r in records)
    index_dir = work / f"{name}-index"
    index = SearchIndex(index_dir)
    start, cpu = time.perf_counter(), time.process_time()
    index.rebuild(records, fingerprint=name)
    build = time.perf_counter() - start
    build_cpu = time.process_time() - cpu
    index.close()
    fts = Fts(work / f"{name}-fts.sqlite3", records)
    cold_in, cold_wall = min(cold(COLD, str(ROOT), str(index_dir), "共同富裕") for _ in range(3))
    fts_cold_in, fts_cold_wall = min(
        cold(COLD_FTS, str(work / f"{name}-fts.sqlite3"), '"共同富裕"') for _ in range(3)
    )
    index = SearchIndex(index_dir)
    ours = timings(lambda q: index.search(q))
    theirs = timings(fts.search)
    rec = recall(index, fts, records)
    per_query = {}
    for i, (query, _) in enumerate(QUERIES):
        mine = [ours[r * len(QUERIES) + i] for r in range(WARM_REPEATS)]
        base = [theirs[r * len(QUERIES) + i] for r in range(WARM_REPEATS)]
        per_query[query] = (statistics.median(mine), statistics.median(base))
    index.close()
    return {
        "name": name,
        "records": len(records),
        "documents": len({r.doc for r in records}),
        "text_mb": text_bytes / 1e6,
        "build": build,
        "build_cpu": build_cpu,
        "size_mb": dir_size(index_dir) / 1e6,
        "fts_build": fts.build_seconds,
        "fts_build_cpu": fts.build_cpu,
        "fts_size_mb": fts.size / 1e6,
        "cold": (cold_in, cold_wall),
        "fts_cold": (fts_cold_in, fts_cold_wall),
        "p50": percentile(ours, 50),
        "p95": percentile(ours, 95),
        "fts_p50": percentile(theirs, 50),
        "fts_p95": percentile(theirs, 95),
        "recall": rec,
        "per_query": per_query,
    }


# -- report --------------------------------------------------------------------------


def ms(seconds: float) -> str:
    """Milliseconds, readable."""
    return f"{seconds * 1000:.1f} ms"


def report(results: list[dict], seconds: float, small: bool) -> str:
    """The Search section of RESULTS.md."""
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    lines = [
        f"## {SECTION}",
        "",
        f"`python bench/search.py{' --small' if small else ''}` ({time.strftime('%Y-%m-%d')},"
        f" Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average {load:.1f}"
        f" at the end, {seconds:.0f} s in all). hzreader: Whoosh with character uni/bigrams,"
        " rjieba words, BM25 with title and word bonuses. Baseline: SQLite FTS5 trigram"
        " (instr scan under three characters). Warm times are medians/percentiles over"
        f" {WARM_REPEATS} rounds of the {len(QUERIES)} queries below; cold is a fresh process"
        " that opens the index and answers one query (time inside the process / wall time"
        " with interpreter start).",
        "",
        "| corpus | records | text | build (wall / CPU) | index size | cold | warm p50 | warm p95 |"
        " recall | false hits |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        rec = r["recall"]
        lines.append(
            f"| {r['name']} (hzreader) | {r['records']} | {r['text_mb']:.2f} MB"
            f" | {r['build']:.1f} s / {r['build_cpu']:.1f} s | {r['size_mb']:.1f} MB"
            f" | {ms(r['cold'][0])} / {ms(r['cold'][1])} | {ms(r['p50'])} | {ms(r['p95'])}"
            f" | {rec['recall']:.2%} of {rec['expected']} ({rec['queries']} queries)"
            f" | {rec['false_hits']} |"
        )
        fts_recall = 1 - rec["fts_missing"] / rec["expected"] if rec["expected"] else 1.0
        lines.append(
            f"| {r['name']} (FTS5) | | | {r['fts_build']:.1f} s / {r['fts_build_cpu']:.1f} s"
            f" | {r['fts_size_mb']:.1f} MB"
            f" | {ms(r['fts_cold'][0])} / {ms(r['fts_cold'][1])} | {ms(r['fts_p50'])}"
            f" | {ms(r['fts_p95'])} | {fts_recall:.2%} | {rec['fts_false']} |"
        )
        lines.append(
            f"| {r['name']} ratio | | | {r['build'] / r['fts_build']:.1f}×"
            f" | {r['size_mb'] / r['fts_size_mb']:.1f}× | {r['cold'][0] / r['fts_cold'][0]:.1f}×"
            f" | {r['p50'] / r['fts_p50']:.1f}× | {r['p95'] / r['fts_p95']:.1f}× | | |"
        )
    big = results[-1]
    rec = big["recall"]

    def met(ok: bool) -> str:
        return "met" if ok else "NOT met"

    lines += [
        "",
        f"Issue 4's targets on {big['name']}: 100 % recall"
        f" ({met(rec['missing'] == 0 and rec['false_hits'] == 0)}), warm p95 within 10× of"
        f" FTS5 ({big['p95'] / big['fts_p95']:.1f}×, {met(big['p95'] <= 10 * big['fts_p95'])}),"
        f" build under 30 s ({big['build']:.1f} s, {met(big['build'] < 30)}).",
        "",
        "Notes: the FTS5 baseline counts every match, as hzreader does, so queries under three"
        " characters scan the table (tens of ms at 10 MB) and set its p95; literals of three"
        " characters or more are faster in FTS5. hzreader's cold time is mostly importing"
        " Whoosh (pure Python) and checking the index files' checksums; the window keeps the"
        " index open, so users see the warm figures. The index is larger than FTS5's because"
        " it holds unigrams, bigrams, words and title grams plus the folded text for checking"
        " contiguity.",
        "",
        f"Per query on {big['name']} (warm medians, hzreader / FTS5):",
        "",
        "| query | kind | hzreader | FTS5 |",
        "|---|---|---|---|",
    ]
    groups = dict(QUERIES)
    for query, (mine, base) in big["per_query"].items():
        shown = query.replace("|", "\\|")
        lines.append(f"| `{shown}` | {groups[query]} | {ms(mine)} | {ms(base)} |")
    return "\n".join(lines) + "\n"


def write_section(text: str) -> None:
    """Put this script's section into RESULTS.md."""
    results.write_section(SECTION, text)


def main() -> int:
    """Run both corpora, print the figures and record them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="a 1 MB library instead of 10 MB")
    parser.add_argument("--no-write", action="store_true", help="do not update RESULTS.md")
    args = parser.parse_args()
    started = time.perf_counter()
    target = 1_000_000 if args.small else 10_000_000
    work = Path(tempfile.mkdtemp(prefix="hzbench-search-"))
    try:
        results = [run_corpus("plan", plan_records(), work)]
        library = library_records(target)
        results.append(run_corpus(f"library {target // 1_000_000} MB", library, work))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    text = report(results, time.perf_counter() - started, args.small)
    print(text)
    if not args.no_write:
        write_section(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
