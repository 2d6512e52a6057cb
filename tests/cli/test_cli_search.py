"""search and reindex from outside."""

from __future__ import annotations

import json
from pathlib import Path

from hzcli import run


def test_search_json_shape_and_limit(tmp_path: Path) -> None:
    d = tmp_path / "d"
    out = run("search", "人才", "--json", "--limit", "0", data_dir=d)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    expected = set()
    for doc in ("plan", "brief"):
        outline = json.loads(run("outline", "--doc", doc, "--json", data_dir=d).stdout)
        stack = list(outline["nodes"])
        while stack:
            node = stack.pop()
            stack.extend(node["children"])
            if node["kind"] == "sentence" and "人才" in node["text"]:
                expected.add((doc, node["key"]))
    assert data["query"] == "人才" and data["total"] == len(data["hits"]) == len(expected)
    assert {(h["doc"], h["key"]) for h in data["hits"]} == expected
    hit = data["hits"][0]
    assert set(hit) >= {"key", "doc", "kind", "title", "snippet", "score"}
    assert "m2.s8" in {h["key"] for h in data["hits"]}
    limited = json.loads(run("search", "人才", "--json", "--limit", "3", data_dir=d).stdout)
    assert len(limited["hits"]) == 3 and limited["total"] == data["total"]


def test_notes_found_with_kind_note(tmp_path: Path) -> None:
    d = tmp_path / "d"
    run("search", "人才", data_dir=d)  # the index exists before the note is written
    run("annotate", "m9", "--note", "与住建局对接", "--tag", "部门/发改", data_dir=d)
    data = json.loads(run("search", "住建局", "--json", data_dir=d).stdout)
    assert [(h["kind"], h["key"]) for h in data["hits"]] == [("note", "m9")]
    data = json.loads(run("search", "tag:部门/发改", "--json", data_dir=d).stdout)
    assert [h["kind"] for h in data["hits"]] == ["note"]


def test_odd_queries_never_crash(tmp_path: Path) -> None:
    d = tmp_path / "d"
    for query in ['"', "(", "NOT OR x", "tag:", "人" * 500, "' OR 1=1; DROP TABLE notes; --"]:
        out = run("search", query, "--json", data_dir=d)
        assert out.returncode == 0, (query, out.stderr)
        assert "Traceback" not in out.stderr
        json.loads(out.stdout)


def test_bad_arguments(tmp_path: Path) -> None:
    d = tmp_path / "d"
    for args in (["search", "人才", "--limit", "-1"], ["search", "人才", "--doc", "nope"]):
        out = run(*args, data_dir=d)
        assert out.returncode == 2 and out.stderr.startswith("hzreader: ")


def test_reindex(tmp_path: Path) -> None:
    out = run("reindex", "--json", data_dir=tmp_path / "d")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["documents"] == 2 and data["seconds"] >= 0
