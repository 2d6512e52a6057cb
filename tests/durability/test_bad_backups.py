"""A bad backup file is refused whole, with a clear line, and changes nothing."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from hzreader.core.errors import BadInputError
from hzreader.exporters import backup_json
from hzreader.services.composition import Services


@pytest.fixture
def good(app_ctx, tmp_path: Path) -> dict:
    """A valid backup with two notes, as plain data to spoil."""
    service = Services(app_ctx).annotations
    service.create("m9", quote="共有产权住房", note="本局牵头", tags=["部门/发改"])
    service.create("m2", quote="人才", note="人才政策")
    return Services(app_ctx).backup_files.payload()


def _spoil(data: dict, change: Callable[[dict], None]) -> bytes:
    data = json.loads(json.dumps(data))
    change(data)
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def _first(data: dict) -> dict:
    return data["annotations"][0]


CASES: dict[str, Callable[[dict], bytes]] = {
    "truncated": lambda d: json.dumps(d, ensure_ascii=False).encode("utf-8")[:-40],
    "not json": lambda d: b"PK\x03\x04 this is a zip file",
    "not utf-8": lambda d: json.dumps(d, ensure_ascii=False).encode("gb18030"),
    "wrong format": lambda d: _spoil(d, lambda x: x.update(format="zotero")),
    "newer version": lambda d: _spoil(d, lambda x: x.update(version=2)),
    "version as text": lambda d: _spoil(d, lambda x: x.update(version="1")),
    "bad uuid": lambda d: _spoil(d, lambda x: _first(x).update(id="not-a-uuid")),
    "uuid braces": lambda d: _spoil(d, lambda x: _first(x).update(id="{" + _first(x)["id"] + "}")),
    "duplicate id": lambda d: _spoil(d, lambda x: x["annotations"].append(_first(x))),
    "unknown colour": lambda d: _spoil(d, lambda x: _first(x).update(color="orange")),
    "note not text": lambda d: _spoil(d, lambda x: _first(x).update(note=["a"])),
    "missing quote": lambda d: _spoil(d, lambda x: _first(x).pop("quote")),
    "bad date": lambda d: _spoil(d, lambda x: _first(x).update(updated="yesterday")),
    "start after end": lambda d: _spoil(d, lambda x: _first(x).update(start=9, end=3)),
    "start is bool": lambda d: _spoil(d, lambda x: _first(x).update(start=True)),
    "unknown document": lambda d: _spoil(d, lambda x: _first(x).update(doc="elsewhere")),
    "text and hash differ": lambda d: _spoil(
        d,
        lambda x: x["documents"].append(
            {
                "id": "imp",
                "title": "t",
                "kind": "document",
                "content_hash": "a" * 64,
                "bundled": False,
                "source_text": "一、总则",
            }
        ),
    ),
    "nul in note": lambda d: _spoil(d, lambda x: _first(x).update(note="a\x00b")),
    "lone surrogate": lambda d: (
        json.dumps(d, ensure_ascii=False).replace('"本局牵头"', '"本局\\ud800牵头"').encode("utf-8")
    ),
    "NaN": lambda d: (
        json.dumps(d, ensure_ascii=False).replace('"version": 1', '"version": NaN').encode()
    ),
    "deep nesting": lambda d: (
        json.dumps(d, ensure_ascii=False)
        .replace('"tags": [', '"tags": ' + "[" * 10_000 + "]" * 9_999 + ", [", 1)
        .encode("utf-8")
    ),
    "top is a list": lambda d: b"[]",
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_backup_changes_nothing(app_ctx, good, tmp_path: Path, counts, case: str) -> None:
    path = tmp_path / f"{case}.json"
    path.write_bytes(CASES[case](good))
    before = counts(app_ctx.paths.database)
    copies = (
        sorted(app_ctx.paths.backups_dir.glob("*")) if app_ctx.paths.backups_dir.exists() else []
    )
    with pytest.raises(BadInputError) as caught:
        Services(app_ctx).backup_files.restore(path)
    message = str(caught.value)
    assert "\n" not in message and ("备份" in message)
    assert counts(app_ctx.paths.database) == before
    after = (
        sorted(app_ctx.paths.backups_dir.glob("*")) if app_ctx.paths.backups_dir.exists() else []
    )
    assert after == copies  # not even a pre-restore copy for a file that is refused


def test_the_good_file_is_accepted(app_ctx, good, tmp_path: Path) -> None:
    """The spoiled files above differ from this one only in what each case changes."""
    path = tmp_path / "good.json"
    path.write_bytes(json.dumps(good, ensure_ascii=False).encode("utf-8"))
    result = Services(app_ctx).backup_files.restore(path)
    assert (result.added, result.updated, result.skipped) == (0, 0, 2)


def test_messages_say_what_and_where(good) -> None:
    with pytest.raises(BadInputError, match=r"annotations\[0\]\.id 不是 UUID"):
        backup_json.parse(CASES["bad uuid"](good))
    with pytest.raises(BadInputError, match="更新版本"):
        backup_json.parse(CASES["newer version"](good))
    with pytest.raises(BadInputError, match="代理字符"):
        backup_json.parse(CASES["lone surrogate"](good))
    with pytest.raises(BadInputError, match="嵌套"):
        backup_json.parse(CASES["deep nesting"](good))
    with pytest.raises(BadInputError, match="截断"):
        backup_json.parse(CASES["truncated"](good))


def test_huge_file_is_refused_before_it_is_read(app_ctx, tmp_path: Path, counts) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:  # sparse: takes no disk space
        handle.truncate(backup_json.MAX_BYTES + 1)
    before = counts(app_ctx.paths.database)
    with pytest.raises(BadInputError, match="太大"):
        Services(app_ctx).backup_files.restore(path)
    assert counts(app_ctx.paths.database) == before


def test_missing_file(app_ctx, tmp_path: Path) -> None:
    with pytest.raises(BadInputError, match="找不到"):
        Services(app_ctx).backup_files.restore(tmp_path / "nope.json")


def test_a_long_unterminated_string_is_refused_quickly(good) -> None:
    import time

    good["annotations"][0]["note"] = "长" * 2_000_000
    raw = json.dumps(good, ensure_ascii=False).encode("utf-8")
    cut = raw[: raw.index("长".encode()) + 3_000_000]  # ends inside the note
    started = time.monotonic()
    with pytest.raises(BadInputError, match="截断"):
        backup_json.parse(cut)
    assert time.monotonic() - started < 5
