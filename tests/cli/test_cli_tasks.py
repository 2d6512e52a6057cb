"""assign, tasks, unassign, export-tasks, export --format xlsx|jsonld, export-ledger --format
xlsx and restore of a W3C file, in real processes, as CLI.md fixes them."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from hzcli import run, run_json
from openpyxl import load_workbook

TASK_KEYS = {"id", "doc", "key", "task", "citation", "lead", "partners", "due", "status", "note"}


def _rows(data_dir: Path) -> dict[str, int]:
    con = sqlite3.connect(data_dir / "hzreader.sqlite3")
    try:
        tables = ("tasks", "units", "task_units", "annotations", "annotation_tags", "tags")
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    finally:
        con.close()


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three clauses on the table for two units, and two notes."""
    d = tmp_path_factory.mktemp("desk") / "data"
    run_json(
        "assign",
        "m9",
        "--lead",
        "市住保房管局",
        "--partner",
        "市发改委",
        "--due",
        "2099-06",
        "--status",
        "推进中",
        "--note",
        "已报送方案",
        data_dir=d,
    )
    run_json("assign", "m2.s2", "--lead", "市发改委", "--due", "2099", data_dir=d)
    run_json("assign", "m12", "--lead", "市住保房管局", "--status", "late", data_dir=d)
    run_json(
        "annotate",
        "m9",
        "--quote",
        "共有产权住房",
        "--note",
        "**重点**",
        "--tag",
        "住房",
        data_dir=d,
    )
    run_json("annotate", "m2", "--quote", "人才", data_dir=d)
    return d


def test_assign_prints_a_task_and_tasks_lists_the_table(desk: Path) -> None:
    table = run_json("tasks", data_dir=desk)
    assert [t["key"] for t in table] == ["m2.s2", "m9", "m12"]
    m9 = table[1]
    assert set(m9) >= TASK_KEYS
    assert (m9["task"], m9["lead"], m9["partners"], m9["due"], m9["status"], m9["note"]) == (
        "完善城乡住房保障体系",
        "市住保房管局",
        ["市发改委"],
        "2099-06",
        "doing",
        "已报送方案",
    )
    assert m9["citation"].endswith("第三部分第9条")
    assert [t["key"] for t in run_json("tasks", "--unit", "市发改委", data_dir=desk)] == [
        "m2.s2",
        "m9",
    ]
    assert [t["key"] for t in run_json("tasks", "--status", "滞后", data_dir=desk)] == ["m12"]
    human = run("tasks", data_dir=desk).stdout
    assert "完善城乡住房保障体系" in human and "推进中" in human


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("assign", "m99", "--lead", "市发改委"), "没有节点 m99"),
        (("assign", "m9", "--lead", "市发改委", "--due", "2025-02-30"), "没有这一天"),
        (("assign", "m9", "--lead", "市发改委", "--due", "明年"), "YYYY-MM-DD"),
        (("assign", "m9", "--lead", "市发改委", "--status", "搁置"), "未知状态"),
        (("assign", "m9", "--lead", "市发改委", "--doc", "nowhere"), "没有这个文档"),
        (("assign", "m9"), "--lead"),
        (("unassign", "m99"), "没有节点 m99"),
        (("tasks", "--status", "x"), "未知状态"),
        (
            ("export-tasks", "--format", "xls", "-o", "t.xls"),
            "无效的选择",
        ),  # argparse speaks Chinese since --lang
    ],
)
def test_bad_input_exits_2_with_one_line_and_changes_nothing(desk: Path, args, says) -> None:
    before = _rows(desk)
    out = run(*args, data_dir=desk)
    assert out.returncode == 2, out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("hzreader: ") and says in lines[0]
    assert "Traceback" not in out.stderr and _rows(desk) == before


def test_unassign(tmp_path: Path) -> None:
    d = tmp_path / "d"
    run_json("assign", "m9", "--lead", "市发改委", data_dir=d)
    assert run_json("unassign", "m9", data_dir=d) == {"key": "m9", "removed": True}
    assert run_json("unassign", "m9", data_dir=d) == {"key": "m9", "removed": False}
    assert run_json("tasks", data_dir=d) == []


def test_export_tasks_in_every_format(desk: Path, tmp_path: Path) -> None:
    for fmt in ("xlsx", "docx", "csv", "md"):
        out = tmp_path / f"分解表.{fmt}"
        made = run_json("export-tasks", "--format", fmt, "-o", str(out), data_dir=desk)
        assert made == {"path": str(out), "count": 3} and out.stat().st_size > 0
    made = run_json(
        "export-tasks",
        "--format",
        "md",
        "-o",
        str(tmp_path / "u.md"),
        "--unit",
        "市发改委",
        data_dir=desk,
    )
    assert made["count"] == 2
    sheet = load_workbook(tmp_path / "分解表.xlsx").active
    assert [c.value for c in sheet[3]][:4] == ["序号", "重点任务", "具体内容", "牵头单位"]


def test_notes_as_xlsx_and_the_ledger_as_xlsx(desk: Path, tmp_path: Path) -> None:
    made = run_json("export", "--format", "xlsx", "-o", str(tmp_path / "n.xlsx"), data_dir=desk)
    assert made["count"] == 2
    ws = load_workbook(tmp_path / "n.xlsx").active
    header = [c.value for c in ws[3]]
    assert header[:6] == ["序号", "出处", "原文", "笔记", "标签", "颜色"]
    first = [c.value for c in ws[4]]
    assert first[2] == "人才" and first[0] == 1  # plan order: measure 2 before 9
    second = [c.value for c in ws[5]]
    assert (second[2], second[3], second[4]) == ("共有产权住房", "重点", "住房")
    assert ws.cell(5, 7).is_date and ws.freeze_panes == "C4"
    made = run_json(
        "export-ledger", "--format", "xlsx", "-o", str(tmp_path / "l.xlsx"), data_dir=desk
    )
    assert made["count"] == 33


def test_jsonld_export_and_restore_into_a_fresh_data_dir(desk: Path, tmp_path: Path) -> None:
    path = tmp_path / "notes.jsonld"
    made = run_json("export", "--format", "jsonld", "-o", str(path), data_dir=desk)
    assert made["count"] == 2
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["type"] == "AnnotationCollection" and data["total"] == 2
    fresh = tmp_path / "fresh"
    result = run_json("restore", str(path), data_dir=fresh)
    assert {k: result[k] for k in ("added", "updated", "skipped", "review")} == {
        "added": 2,
        "updated": 0,
        "skipped": 0,
        "review": 0,
    }
    mine = run_json("notes", data_dir=desk)
    theirs = run_json("notes", data_dir=fresh)
    assert theirs == mine
    again = run_json("restore", str(path), data_dir=fresh)
    assert (again["added"], again["skipped"]) == (0, 2)


def test_a_bad_w3c_file_exits_2_and_changes_nothing(desk: Path, tmp_path: Path) -> None:
    item = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "Annotation",
        "id": "https://example.org/anno/1",
        "body": {"type": "TextualBody", "value": "x"},
        "target": {
            "source": "urn:hzreader:doc:nowhere",
            "selector": {"type": "TextQuoteSelector", "exact": "人才"},
        },
    }
    nowhere = tmp_path / "nowhere.jsonld"
    nowhere.write_text(json.dumps(item), encoding="utf-8")
    cut = tmp_path / "cut.jsonld"
    cut.write_text(json.dumps(item)[:50], encoding="utf-8")
    before = _rows(desk)
    for path, says in ((nowhere, "不是文库中的文档"), (cut, "不是完整的 JSON")):
        out = run("restore", str(path), data_dir=desk)
        assert out.returncode == 2 and out.stderr.startswith("hzreader: ") and says in out.stderr
        assert len(out.stderr.strip().splitlines()) == 1
    assert _rows(desk) == before
