"""Markdown link patterns on hostile lines: the patterns before issue 18's second round and now.

Each case substitutes one pattern over one line of a run of [ (or ![, [a](, <br); the old
pattern scanned from every opener to the end of the line (quadratic), the new one stops at
the next bracket (linear). The line lengths are 4,000 (the longest line the importer keeps)
and 20,000 characters (a note).

    python bench/regex_linear.py [--no-write]
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from datetime import date
from pathlib import Path

import results  # bench/ is on sys.path when a script runs

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hzreader.core import lines
from hzreader.ui.search import groups

SECTION = "Markdown patterns on hostile lines"
_TARGET = r"\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\s*\)"
CASES = [
    ("import: link", re.compile(rf"\[([^\]]*)\]{_TARGET}"), lines._LINK, "["),
    ("import: image", re.compile(rf"!\[([^\]]*)\]{_TARGET}"), lines._IMAGE, "!["),
    ("import: tag", re.compile(r"</?(?:br|p)\b[^>]*>", re.I), lines._HTML_TAG, "<br"),
    ("search hit: link", re.compile(r"(!?\[)([^\]\n]*)(\]\([^)\n]*\))"), groups._LINK, "[a]("),
    ("search hit: tag", re.compile(r"<[^>\n]+>"), groups._INLINE_MARKS, "<"),
]


def seconds(pattern: re.Pattern[str], text: str) -> float:
    t0 = time.perf_counter()
    pattern.sub("", text)
    return time.perf_counter() - t0


def main() -> int:
    """Time every case, old and new, print (and record) the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true", help="do not update RESULTS.md")
    args = parser.parse_args()
    rows = []
    for label, old, new, unit in CASES:
        for chars in (4_000, 20_000):
            text = unit * (chars // len(unit))
            rows.append((label, chars, seconds(old, text), seconds(new, text)))
            print(rows[-1])
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    out = [
        f"## {SECTION}",
        "",
        f"`python bench/regex_linear.py` ({date.today().isoformat()}, Python "
        f"{sys.version.split()[0]}, {os.cpu_count()} CPUs, load average {load:.1f}). One "
        "substitution over one line made of a run of the opener; old is the pattern before, "
        "new the one in the code now, in the same run.",
        "",
        "| pattern | line | old | new | old ÷ new |",
        "|---|---|---|---|---|",
    ]
    for label, chars, old_s, new_s in rows:
        out.append(
            f"| {label} | {chars:,} chars | {old_s * 1000:.1f} ms | {new_s * 1000:.2f} ms | "
            f"{old_s / max(new_s, 1e-9):.0f}× |"
        )
    out += [
        "",
        "Old cost grows with the square of the line (5× the line, about 25× the time); "
        "a 200,000-character line (tests/hostile/test_regex_linear.py) would take minutes.",
    ]
    report = "\n".join(out) + "\n"
    print(report)
    if not args.no_write:
        results.write_section(SECTION, report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
