"""assign, tasks, unassign, export-tasks, export --format xlsx|jsonld, export-ledger --format
xlsx and restore of a W3C file, in real processes, as CLI.md fixes them."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from hzcli import run, run_json
from openpyxl import load_workbook

TASK_KEYS = {"id", "doc", "key", "task", "citation", "lead", "partners", "due", "status", "note"}


def _database(data_dir: Path) -> tuple[list[str], list[str]]:
    """Every row of the database (an update that keeps the counts shows too), and the files of
    the data dir's backups folder (a failed restore writes no safety copy either)."""
    con = sqlite3.connect(data_dir / "hzreader.sqlite3")
    try:
        dump = list(con.iterdump())
    finally:
        con.close()
    backups = data_dir / "backups"
    return dump, sorted(p.name for p in backups.iterdir()) if backups.is_dir() else []


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
        (("tasks", "--doc", "nowhere"), "没有这个文档"),
        (("assign", "m9", "--lead", " "), "单位名称不能为空"),
        (("assign", "m9", "--lead", "市发改委", "--partner", "x" * 101), "单位名称太长"),
        (("assign", "m9", "--lead", "市发改委", "--due", "2025-13"), "月份"),
        (("export-tasks", "--format", "xls", "-o", "t.xls"), "无效的选择"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_changes_nothing(desk: Path, args, says) -> None:
    before = _database(desk)
    out = run(*args, data_dir=desk)
    assert out.returncode == 2, out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("hzreader: ") and says in lines[0]
    assert "Traceback" not in out.stderr and out.stdout == ""
    assert _database(desk) == before


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
    # A good annotation of the plan first, then one whose target is in no document: neither.
    good = {**item, "id": "https://example.org/anno/0"}
    good["target"] = {**item["target"], "source": "urn:hzreader:doc:plan"}
    mixed = tmp_path / "mixed.jsonld"
    mixed.write_text(
        json.dumps(
            {
                "@context": "http://www.w3.org/ns/anno.jsonld",
                "type": "AnnotationCollection",
                "first": {"type": "AnnotationPage", "items": [good, item]},
            }
        ),
        encoding="utf-8",
    )
    cut = tmp_path / "cut.jsonld"
    cut.write_text(json.dumps(item)[:50], encoding="utf-8")
    text = tmp_path / "notes.jsonld"
    text.write_text("这不是 JSON\n", encoding="utf-8")
    binary = tmp_path / "zip.jsonld"
    binary.write_bytes(b"PK\x03\x04\x00\xff\xfe")
    before = _database(desk)
    for path, says in (
        (nowhere, "不是文库中的文档"),
        (mixed, "第 2 条批注"),
        (cut, "不是完整的 JSON"),
        (text, "hzreader: "),
        (binary, "hzreader: "),
        (tmp_path / "missing.jsonld", "hzreader: "),
    ):
        out = run("restore", str(path), data_dir=desk)
        assert out.returncode == 2 and out.stderr.startswith("hzreader: ") and says in out.stderr
        assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr
    assert _database(desk) == before


def test_a_failed_export_writes_no_file(desk: Path, tmp_path: Path) -> None:
    before = _database(desk)
    for args in (
        ("export-tasks", "--format", "xlsx", "-o", str(tmp_path / "t.xlsx"), "--doc", "nowhere"),
        ("export", "--format", "jsonld", "-o", str(tmp_path / "n.jsonld"), "--doc", "nowhere"),
        ("export", "--format", "xlsx", "-o", str(tmp_path / "n.xlsx"), "--doc", "nowhere"),
    ):
        out = run(*args, data_dir=desk)
        assert out.returncode == 2 and out.stderr.startswith("hzreader: "), out.stderr
        assert len(out.stderr.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == [] and _database(desk) == before


# <repo>/../shared/CLI.md: the command-line contract the JSON keys are fixed by.
CLI_MD = Path(__file__).resolve().parents[2].parent / "shared" / "CLI.md"


def _contract() -> tuple[dict[str, set[str]], set[str]]:
    """The keys CLI.md's second-wave table prints for each command, and TASK's keys."""
    text = CLI_MD.read_text(encoding="utf-8")
    wave = text[text.index("## Added in the second wave") :]
    prints: dict[str, set[str]] = {}
    for line in wave.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("| `") and len(cells) >= 3:
            name = cells[0].strip("`").split()[0]
            prints[name] = set(re.findall(r'"(\w+)"', cells[-1])) or {cells[-1].strip("`[]")}
    task = re.search(r"^TASK\s*=\s*\{(.*?)\}", wave, re.S | re.M)
    assert task is not None, "CLI.md no longer defines TASK"
    return prints, set(re.findall(r'"(\w+)"', task.group(1)))


@pytest.mark.skipif(
    not CLI_MD.is_file(),
    reason="../shared/CLI.md not found: the contract to compare with is absent",
)
def test_json_keys_are_the_ones_cli_md_fixes(desk: Path, tmp_path: Path) -> None:
    prints, task_keys = _contract()
    assert task_keys == TASK_KEYS  # what this module checks is what CLI.md says
    assert prints["assign"] == prints["tasks"] == {"TASK"}
    table = run_json("tasks", data_dir=desk)
    changed = run_json("assign", "m12", "--lead", "市住保房管局", "--status", "滞后", data_dir=desk)
    for task in [*table, changed]:
        assert set(task) >= task_keys, task_keys - set(task)
        assert isinstance(task["partners"], list) and all(
            isinstance(p, str) for p in task["partners"]
        )
        assert task["due"] is None or re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", task["due"])
        assert task["status"] in {"todo", "doing", "done", "late"}
    assert (
        set(run_json("unassign", "m1", data_dir=desk)) >= prints["unassign"] == {"key", "removed"}
    )
    outputs = {
        "export-tasks": ("export-tasks", "--format", "csv", "-o", str(tmp_path / "t.csv")),
        "export": ("export", "--format", "jsonld", "-o", str(tmp_path / "n.jsonld")),
        "export-ledger": ("export-ledger", "--format", "xlsx", "-o", str(tmp_path / "l.xlsx")),
    }
    for name, args in outputs.items():
        assert prints[name] == {"path", "count"}
        assert set(run_json(*args, data_dir=desk)) >= prints[name]
    assert prints["restore"] == {"added", "updated", "skipped", "review"}
    restored = run_json("restore", str(tmp_path / "n.jsonld"), data_dir=desk)
    assert set(restored) >= prints["restore"] and restored["skipped"] == 2


# Written by hand as Hypothesis exports one: its own id and fields, a list of targets whose
# first is the web page the user read, a RangeSelector for that page's DOM, offsets in that
# page's text (so not in ours), and the quote with the words around it.
BY_HAND = """[
 {"@context": "http://www.w3.org/ns/anno.jsonld",
  "type": "Annotation",
  "id": "https://hypothes.is/a/9f3XqGmlEe-bY2t1Qk6aZw",
  "created": "2026-05-12T02:31:07.402113+00:00",
  "modified": "2026-05-12T02:33:41.019745+00:00",
  "creator": "acct:zhang.san@hypothes.is",
  "body": [
   {"type": "TextualBody", "value": "人才专项租赁住房：**区住建局**牵头",
    "format": "text/markdown"},
   {"type": "TextualBody", "value": "住房", "purpose": "tagging"}],
  "target": [
   {"source": "https://www.hangzhou.gov.cn/art/2021/7/16/art_1229063382_1768417.html",
    "selector": [{"type": "RangeSelector", "startContainer": "/div[2]/p[57]",
                  "startOffset": 31, "endContainer": "/div[2]/p[57]", "endOffset": 33}]},
   {"source": "urn:hzreader:doc:plan",
    "selector": [
     {"type": "TextPositionSelector", "start": 6101, "end": 6103},
     {"type": "TextQuoteSelector", "exact": "人才",
      "prefix": "保障性租赁住房筹建方式，加快", "suffix": "专项租赁住房、蓝领公寓建设，"}]}]},
 {"@context": "http://www.w3.org/ns/anno.jsonld",
  "type": "Annotation",
  "id": "https://hypothes.is/a/Qm2c0GmmEe-0sW8zPp1t2A",
  "body": {"type": "TextualBody", "value": "互助性养老：社区食堂"},
  "target": {"source": "urn:hzreader:doc:plan",
   "selector": {"type": "TextQuoteSelector", "exact": "养老", "prefix": "服务和互助性",
                "suffix": "，加快老年友好型社区"}}}
]"""


def test_annotations_written_by_hand_as_hypothesis_does_land_on_their_clauses(
    tmp_path: Path,
) -> None:
    path = tmp_path / "hypothesis.json"
    path.write_text(BY_HAND, encoding="utf-8")
    d = tmp_path / "data"
    result = run_json("restore", str(path), data_dir=d)
    assert (result["added"], result["review"]) == (2, 0)
    notes = {n["note"]: n for n in run_json("notes", data_dir=d)}
    housing = notes["人才专项租赁住房：**区住建局**牵头"]
    care = notes["互助性养老：社区食堂"]
    # 人才 is four times in m2 and once in m9; 养老 twice in this very sentence of m8.
    assert (housing["key"], housing["quote"], housing["tags"]) == ("m9.s4", "人才", ["住房"])
    assert (care["key"], care["quote"]) == ("m8.s9", "养老")
    assert care["prefix"].endswith("养老服务和互助性")
    for note, before, after in ((housing, "加快", "专项"), (care, "互助性", "，加快")):
        text = run_json("show", note["key"], data_dir=d)["text"]
        assert text[note["start"] - len(before) : note["start"]] == before
        assert text[note["end"] : note["end"] + len(after)] == after
    assert housing["created"].startswith("2026-05-12")
    again = run_json("restore", str(path), data_dir=d)
    assert (again["added"], again["skipped"]) == (0, 2)
