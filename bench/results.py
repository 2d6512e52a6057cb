"""bench/RESULTS.md: each benchmark script owns one `## ` section of it."""

from __future__ import annotations

from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def write_section(section: str, text: str) -> None:
    """Put `## section` into RESULTS.md, keeping every other section as it is."""
    old = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    out: list[str] = []
    skipping = False
    for line in old.rstrip("\n").split("\n"):
        if line.startswith("## "):
            skipping = line.strip() == f"## {section}"
        if not skipping:
            out.append(line)
    RESULTS.write_text("\n".join(out).rstrip("\n") + "\n\n" + text.rstrip("\n") + "\n", "utf-8")
