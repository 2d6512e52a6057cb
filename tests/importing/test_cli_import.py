"""`import` in a subprocess, as an administrator preparing a machine runs it."""

from __future__ import annotations

import json
from pathlib import Path

from corpus_files import shared_file
from hzcli import run, run_json

from .helpers import CORPUS


def _docs(data_dir: Path) -> list[dict]:
    out = run("docs", "--json", data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_import_outline_and_import_again(tmp_path: Path) -> None:
    data_dir = tmp_path / "d"
    out = run("import", str(CORPUS / "provincial_plan.gbk.txt"), "--json", data_dir=data_dir)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert set(data) >= {"id", "title", "nodes"}
    assert data["title"] == "浙江省促进城乡居民增收实施方案（2023—2027年）"
    assert data["encoding"] == "gbk" and data["id"].startswith("d") and data["nodes"] == 35
    docs = _docs(data_dir)
    assert [d["id"] for d in docs] == ["plan", "brief", data["id"]]
    assert docs[-1] == {"id": data["id"], "title": data["title"], "kind": "document"}

    out = run("outline", "--doc", data["id"], "--json", data_dir=data_dir)
    outline = json.loads(out.stdout)
    assert outline["doc"] == data["id"] and outline["title"] == data["title"]
    assert [(n["key"], n["kind"], n["number"], n["title"]) for n in outline["nodes"]] == [
        ("pre", "preamble", None, None),
        ("c1", "chapter", "一", "总体要求"),
        ("c2", "chapter", "二", "重点任务"),
        ("c3", "chapter", "三", "保障措施"),
    ]
    item = outline["nodes"][2]["children"][0]
    assert (item["key"], item["title"]) == ("c2.i1", "拓宽就业增收渠道")
    assert [m["key"] for m in item["children"]] == ["m1", "m2"]
    show = json.loads(run("show", "m4", "--doc", data["id"], "--json", data_dir=data_dir).stdout)
    assert show["title"] == "发展壮大村级集体经济" and show["citation"].endswith("第4条")

    assert data["existing"] is False and data["dropped"] == []

    # The same text in another encoding is the same document: shown, not added again.
    again = run("import", str(CORPUS / "provincial_plan.utf16.txt"), data_dir=data_dir)
    assert again.returncode == 0 and again.stderr == ""
    assert "已在文库中" in again.stdout and data["id"] in again.stdout
    twice = run(
        "import",
        str(CORPUS / "provincial_plan.utf8.txt"),
        "--title",
        "别的",
        "--json",
        data_dir=data_dir,
    )
    assert twice.returncode == 0, twice.stderr
    shown = json.loads(twice.stdout)
    assert shown["existing"] is True
    assert (shown["id"], shown["title"], shown["nodes"]) == (data["id"], data["title"], 35)
    assert len(_docs(data_dir)) == 3
    assert json.loads(run("outline", "--doc", data["id"], "--json", data_dir=data_dir).stdout) == (
        outline
    )


def test_import_with_title_and_encoding(tmp_path: Path) -> None:
    data_dir = tmp_path / "d"
    source = CORPUS / "restart.gbk.txt"
    out = run(
        "import", str(source), "--title", "服务圈方案", "--encoding", "gb18030", data_dir=data_dir
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("已导入《服务圈方案》")
    wrong = tmp_path / "x.txt"
    wrong.write_bytes(source.read_bytes())
    bad = run("import", str(wrong), "--encoding", "utf-8", data_dir=data_dir)
    assert bad.returncode == 2 and "无法用 utf-8 解码" in bad.stderr
    assert [d["title"] for d in _docs(data_dir)][2:] == ["服务圈方案"]


def test_refusals_exit_2_and_add_nothing(tmp_path: Path) -> None:
    data_dir = tmp_path / "d"
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(50 * 1024 * 1024 + 1)
    binary = tmp_path / "pic.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 broken")
    unknown = tmp_path / "table.xlsx"
    unknown.write_bytes(b"PK")
    cases = {
        big: "文件太大",
        binary: "不是文本文件",
        empty: "空文件",
        broken: "文件已损坏",
        unknown: "不支持的文件类型",
    }
    before = _docs(data_dir)
    for path, reason in cases.items():
        out = run("import", str(path), "--json", data_dir=data_dir)
        assert out.returncode == 2, path
        assert out.stdout == "", path
        assert out.stderr.startswith("hzreader: ") and reason in out.stderr, out.stderr
        assert "Traceback" not in out.stderr
    assert _docs(data_dir) == before


def _nodes(nodes: list[dict]):
    for node in nodes:
        yield node
        yield from _nodes(node["children"])


def test_outline_json_carries_lead_and_partners(tmp_path: Path) -> None:
    data_dir = tmp_path / "d"
    data = run_json("import", str(shared_file("14")), data_dir=data_dir)
    outline = run_json("outline", "--doc", data["id"], data_dir=data_dir)
    by_key = {n["key"]: n for n in _nodes(outline["nodes"])}
    m8 = by_key["c3.i3.m8"]
    assert (m8["lead"], m8["partners"]) == ("市交通委", ["市水务局", "市经济信息化委"])
    assert m8["text"].endswith("（牵头部门：市交通委、市水务局、市经济信息化委）")
    assert (by_key["c1"]["lead"], by_key["c1"]["partners"]) == (None, [])
    assert all(n["lead"] is None for n in by_key.values() if n["kind"] == "sentence")


def test_keep_all_and_the_dropped_lines(tmp_path: Path) -> None:
    page = shared_file("02")
    trimmed = run_json("import", str(page), data_dir=tmp_path / "a")
    assert trimmed["keep_all"] is False and len(trimmed["dropped"]) == 31
    first = trimmed["dropped"][0]
    assert set(first) == {"line", "text", "reason", "label"}
    assert (first["line"], first["reason"]) == (1, "preamble")
    assert first["text"].startswith("Title: ") and first["label"]
    kept = run_json("import", str(page), "--keep-all", data_dir=tmp_path / "b")
    assert kept["keep_all"] is True and kept["dropped"] == [] and kept["nodes"] > trimmed["nodes"]
    hits = run_json("search", "天河动态", data_dir=tmp_path / "b")
    assert hits["total"] >= 1
    assert run_json("search", "天河动态", data_dir=tmp_path / "a")["total"] == 0
    human = run("import", str(page), data_dir=tmp_path / "c")
    assert human.returncode == 0 and "31 行网页框架" in human.stderr
    assert "--keep-all" in human.stderr
