"""The README says every limit of core/limits.py, with the value the code uses."""

from __future__ import annotations

from pathlib import Path

from hzreader.core import limits

README = Path(__file__).resolve().parents[2] / "README.md"
_MB = 1024 * 1024


def test_every_limit_is_in_the_readme() -> None:
    section = README.read_text(encoding="utf-8").split("## Limits", 1)[1].split("\n## ", 1)[0]
    names = [n for n in dir(limits) if n.isupper() and not n.startswith("_")]
    assert len(names) >= 20
    missing = []
    for name in names:
        value = getattr(limits, name)
        shown = f"{value // _MB} MB" if value >= _MB and value % _MB == 0 else f"{value:,}"
        if shown not in section:
            missing.append(f"{name} ({shown})")
    assert missing == []
