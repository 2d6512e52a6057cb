"""related, align, compare and import --version-of from outside, as CLI.md gives them."""

from __future__ import annotations

import json
from pathlib import Path

from docx import Document as read_docx
from editions import edition
from hzcli import run, run_json
from openpyxl import load_workbook

DISTRICT = (
    Path(__file__).resolve().parents[1] / "data" / "relations" / "shangcheng_shishi_fangan.txt"
)


def test_related_json(tmp_path: Path) -> None:
    data = run_json("related", "c2.p1", "--doc", "brief", "--in", "plan", data_dir=tmp_path / "d")
    assert (data["doc"], data["key"]) == ("brief", "c2.p1")
    best = data["related"][0]
    assert set(best) >= {"doc", "key", "kind", "title", "citation", "score", "evidence"}
    assert (best["doc"], best["key"], best["kind"]) == ("plan", "m9", "measure")
    assert best["citation"].endswith("第三部分第9条") and 0 < best["score"] <= 1
    assert any("共有产权住房" in e for e in best["evidence"])


def test_align_json_and_files(tmp_path: Path) -> None:
    d = tmp_path / "d"
    doc = run_json("import", str(DISTRICT), data_dir=d)["id"]
    data = run_json("align", doc, "plan", data_dir=d)
    assert (data["a"], data["b"]) == (doc, "plan")
    rows = {r["key"]: r for r in data["rows"]}
    assert set(rows["i2.m4"]) >= {"key", "title", "citation", "matches"}
    assert rows["i2.m4"]["matches"][0]["key"] == "m9"
    assert rows["c3.m4"]["matches"] == []  # 双拥 is not in the plan
    for fmt in ("md", "csv", "docx", "xlsx"):
        out = tmp_path / f"table.{fmt}"
        made = run_json("align", doc, "plan", "--format", fmt, "-o", str(out), data_dir=d)
        assert made["count"] == len(data["rows"]) and out.stat().st_size > 0
    assert "（未找到对应条款）" in (tmp_path / "table.md").read_text(encoding="utf-8")
    table = read_docx(tmp_path / "table.docx").tables[0]
    assert len(table.rows) == len(data["rows"]) + 1
    sheet = load_workbook(tmp_path / "table.xlsx").active
    assert sheet.freeze_panes == "C3" and sheet.print_title_rows == "$2:$2"
    assert sheet.page_setup.orientation == "landscape"
    assert isinstance(sheet["A3"].value, int) and isinstance(sheet["F3"].value, float)


def test_compare_and_import_version(tmp_path: Path) -> None:
    d = tmp_path / "d"
    note = run_json("annotate", "m5", "--quote", "亲清在线", "--note", "删掉了", data_dir=d)
    kept = run_json("annotate", "m9", "--quote", "共有产权住房", data_dir=d)
    path = tmp_path / "new.txt"
    path.write_text(edition(), encoding="utf-8")
    data = run_json("import", str(path), "--version-of", "plan", data_dir=d)
    assert set(data) >= {"id", "title", "nodes", "existing", "previous", "carried", "review"}
    assert (data["existing"], data["previous"], data["carried"], data["review"]) == (
        False,
        "plan",
        1,
        1,
    )
    docs = run_json("docs", data_dir=d)
    assert docs[0]["id"] == data["id"]
    assert next(x for x in docs if x["id"] == "plan")["superseded_by"] == data["id"]
    assert "superseded_by" not in docs[0]
    notes = {a["id"]: a for a in run_json("notes", data_dir=d)}
    assert notes[note["id"]]["needs_review"] and notes[note["id"]]["doc"] == "plan"
    assert notes[kept["id"]]["doc"] == data["id"] and len(notes) == 2
    cmp = run_json("compare", "plan", data["id"], data_dir=d)
    assert set(cmp) >= {"old", "new", "summary", "changes"}
    assert cmp["summary"]["removed"] == 1 and cmp["summary"]["added"] == 2
    change = next(c for c in cmp["changes"] if c["status"] == "removed")
    assert set(change) >= {"status", "kind", "old", "new", "similarity", "diff"}
    assert change["old"] == "m5" and change["new"] is None
    out = tmp_path / "rev.docx"
    assert run_json("compare", "plan", data["id"], "--format", "docx", "-o", str(out), data_dir=d)
    assert read_docx(out).tables[0].rows[0].cells[0].text == "原文"


def test_bad_input_exits_2_with_one_line(tmp_path: Path) -> None:
    d = tmp_path / "d"
    other = tmp_path / "other.txt"
    other.write_text("某县条例\n第一条 为了加强管理，制定本条例。\n", encoding="utf-8")
    for args in (
        ("related", "m99"),
        ("related", "m9", "--in", "nosuch"),
        ("related", "m9", "--in", "plan"),
        ("align", "plan", "plan"),
        ("align", "plan", "nosuch"),
        ("compare", "plan", "plan"),
        ("compare", "plan", "nosuch"),
        ("import", str(other), "--version-of", "plan"),
        ("import", str(other), "--version-of", "nosuch"),
    ):
        out = run(*args, data_dir=d)
        assert out.returncode == 2, args
        assert out.stderr.startswith("hzreader: ") and out.stderr.count("\n") == 1, args
    assert [x["id"] for x in json.loads(run("docs", "--json", data_dir=d).stdout)] == [
        "plan",
        "brief",
    ]


def _rows(db: Path) -> dict[str, list]:
    """Every row of every table of the database, in a fixed order."""
    import sqlite3

    con = sqlite3.connect(db)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: sorted(map(repr, con.execute(f'SELECT * FROM "{t}"'))) for t in tables}
    finally:
        con.close()


def test_bad_input_changes_no_row_and_writes_no_file(tmp_path: Path) -> None:
    # An unknown document, a document compared with itself, a file that is no edition of
    # the document: exit 2 with one line, and the database exactly as it was (notes too).
    d = tmp_path / "d"
    note = run_json("annotate", "m9", "--quote", "共有产权住房", "--note", "留着", data_dir=d)
    other = tmp_path / "other.txt"
    other.write_text("某县条例\n第一条 为了加强管理，制定本条例。\n", encoding="utf-8")
    edited = tmp_path / "edited.txt"
    edited.write_text(edition(), encoding="utf-8")
    before = _rows(d / "hzreader.sqlite3")
    assert len(before["annotations"]) == 1 and before["documents"]  # the real database
    out = tmp_path / "out"
    for args in (
        ("import", str(other), "--version-of", "plan"),
        ("import", str(edited), "--version-of", "nosuch"),
        ("compare", "plan", "plan", "--format", "docx", "-o", str(out / "c.docx")),
        ("compare", "nosuch", "plan"),
        ("align", "plan", "plan", "--format", "docx", "-o", str(out / "a.docx")),
        ("align", "nosuch", "plan", "--format", "xlsx", "-o", str(out / "a.xlsx")),
        ("related", "m9", "--doc", "nosuch"),
    ):
        result = run(*args, data_dir=d)
        assert result.returncode == 2, (args, result.stderr)
        assert result.stderr.startswith("hzreader: ") and result.stderr.count("\n") == 1, args
    assert _rows(d / "hzreader.sqlite3") == before
    assert not out.exists()
    assert [n["id"] for n in run_json("notes", data_dir=d)] == [note["id"]]
