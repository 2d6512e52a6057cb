"""targets, record-actual, delete-actual and export-ledger in a subprocess."""

from __future__ import annotations

import json
from pathlib import Path

from hzcli import run

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = json.loads((ROOT / "tests" / "data" / "plan_targets.json").read_text(encoding="utf-8"))
TARGET_KEYS = {"name", "value", "unit", "comparator", "year", "key", "text"}


def test_targets_json_is_the_golden_list(tmp_path: Path) -> None:
    out = run("targets", "--json", data_dir=tmp_path / "d")
    assert out.returncode == 0, out.stderr
    items = json.loads(out.stdout)
    assert len(items) == 33
    assert all(set(t) >= TARGET_KEYS for t in items)
    assert [
        {
            "where": t["key"].split(".")[0],
            **{k: t[k] for k in ("name", "value", "unit", "comparator", "year")},
        }
        for t in items
    ] == GOLDEN["targets"]
    assert all(isinstance(t["value"], float) and t["text"] for t in items)
    assert all(t["key"] in t["id"] for t in items)


def test_targets_of_the_brief_and_of_an_unknown_document(tmp_path: Path) -> None:
    out = run("targets", "--doc", "brief", "--json", data_dir=tmp_path / "d")
    assert out.returncode == 0, out.stderr
    brief = json.loads(out.stdout)
    assert isinstance(brief, list)
    assert all(set(t) >= TARGET_KEYS for t in brief)
    bad = run("targets", "--doc", "nope", "--json", data_dir=tmp_path / "d")
    assert bad.returncode == 2
    assert bad.stdout == ""
    assert bad.stderr.startswith("hzreader: ") and len(bad.stderr.splitlines()) == 1


def test_targets_human_output_is_a_table(tmp_path: Path) -> None:
    out = run("targets", data_dir=tmp_path / "d")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].split()[:3] == ["章", "条", "指标"]
    assert "人均生产总值" in lines[1] and "≥ 18 万元" in lines[1]
    assert lines[-1] == "共 33 项指标"


def test_record_list_and_delete_an_actual(tmp_path: Path) -> None:
    d = tmp_path / "d"
    items = json.loads(run("targets", "--json", data_dir=d).stdout)
    target = next(t for t in items if t["name"] == "城镇调查失业率")
    out = run(
        "record-actual", target["id"], "5.3", "--date", "2024-12-31", "--source", "区统计局",
        "--json", data_dir=d,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    actual = json.loads(out.stdout)
    assert (actual["value"], actual["recorded_on"], actual["source"]) == (
        5.3,
        "2024-12-31",
        "区统计局",
    )
    for bad in (["x"], ["5", "--date", "2024-13-01"]):
        failed = run("record-actual", target["id"], *bad, data_dir=d)
        assert failed.returncode == 2 and failed.stderr.startswith("hzreader: ")
    assert run("record-actual", "nope~1", "5", data_dir=d).returncode == 2

    ledger = json.loads(run("targets", "--ledger", "--json", data_dir=d).stdout)
    row = next(t for t in ledger if t["id"] == target["id"])
    assert [a["value"] for a in row["actuals"]] == [5.3]
    assert row["progress"]["met"] is True
    assert sum(len(t["actuals"]) for t in ledger) == 1

    assert run("delete-actual", str(actual["id"]), data_dir=d).returncode == 0
    assert run("delete-actual", str(actual["id"]), data_dir=d).returncode == 2
    ledger = json.loads(run("targets", "--ledger", "--json", data_dir=d).stdout)
    assert sum(len(t["actuals"]) for t in ledger) == 0


def test_export_ledger(tmp_path: Path) -> None:
    out = run("export-ledger", "--format", "csv", "-o", str(tmp_path / "l.csv"), "--json",
              data_dir=tmp_path / "d")  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["count"] == 33
    assert (tmp_path / "l.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    missing = run("export-ledger", "--format", "md", "-o", str(tmp_path / "no" / "l.md"),
                  data_dir=tmp_path / "d")  # fmt: skip
    assert missing.returncode == 2 and missing.stderr.startswith("hzreader: ")
