"""Huge texts: refused by their counts, or (one endless line) imported as many nodes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hostile_files import many_short_lines, one_long_line
from inproc import run_main

from hzreader.core import limits
from hzreader.core.document import parse_with_report
from hzreader.core.errors import BadInputError
from hzreader.core.sentences import split_sentences
from hzreader.core.textbounds import break_line, break_long_lines, check_text
from hzreader.importers import read_file
from hzreader.services.composition import Services
from hzreader.services.library import LibraryService
from hzreader.storage import documents as docs_repo


def test_five_million_characters_on_one_line_import_as_many_nodes(app_ctx, tmp_path) -> None:
    path = one_long_line(tmp_path / "一行.txt", 5_000_000)
    text = path.read_text(encoding="utf-8")
    doc = Services(app_ctx).imports.import_file(path)
    # Reloaded from the database, as the window gets it.
    stored = LibraryService(app_ctx).document(doc.id)
    blocks = [n for n in stored.walk() if n.kind != "sentence"]
    assert len(blocks) >= 5_000_000 // limits.MAX_LINE_CHARS
    assert max(len(n.text) for n in stored.walk()) <= limits.MAX_LINE_CHARS
    # Every piece ends at a sentence end, and together they are the whole text.
    assert all(n.text.endswith("。") for n in blocks)
    assert "".join(n.text for n in blocks) == text
    assert len({n.key for n in stored.walk()}) == sum(1 for _ in stored.walk())
    with app_ctx.sessions() as session:
        assert docs_repo.source_of(session, doc.id)[2] == text  # the source is kept as it came


def test_a_line_without_sentence_ends_is_cut_at_a_fixed_length() -> None:
    text = "甲" * 100_000
    pieces = break_line(text)
    assert [len(p) for p in pieces] == [limits.MAX_LINE_CHARS] * 25
    doc, _ = parse_with_report(text, doc_id="x")
    assert [len(n.text) for n in doc.nodes] == [limits.MAX_LINE_CHARS] * 25


def test_a_line_is_cut_at_its_last_sentence_end_else_at_a_comma() -> None:
    sentence = "到2025年，全市居民人均可支配收入达到9万元。"  # 24 characters
    line = sentence * 10
    pieces = break_line(line, limit=100)
    assert "".join(pieces) == line
    assert all(p.endswith("。") and len(p) <= 100 for p in pieces)
    assert len(pieces[0]) == 96  # four whole sentences
    # A closing quote stays with its sentence.
    quoted = ("他说：“完善制度。”" * 20)[:180]
    assert all(p.endswith(("”", "。")) for p in break_line(quoted, limit=60)[:-1])
    commas = "推进共同富裕，" * 40
    assert all(p.endswith("，") for p in break_line(commas, limit=100)[:-1])


def test_normal_texts_are_left_as_they_are(plan_raw: str) -> None:
    assert break_long_lines(plan_raw) is plan_raw
    mixed = "短行\r\n" + "长" * 9_000 + "\r\n下一行\n"
    broken = break_long_lines(mixed)
    assert broken.replace("\n", "").replace("\r", "") == mixed.replace("\n", "").replace("\r", "")
    assert broken.startswith("短行\r\n") and broken.endswith("\r\n下一行\n")
    assert max(len(line) for line in broken.splitlines()) == limits.MAX_LINE_CHARS


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("字" * (limits.MAX_TEXT_CHARS + 1), f"的文字太多：{limits.MAX_TEXT_CHARS + 1:,} 个字符"),
        ("行\n" * limits.MAX_TEXT_LINES, f"的行数太多：{limits.MAX_TEXT_LINES + 1:,} 行"),
        ("句。" * limits.MAX_TEXT_UNITS, f"段落和句子太多：约 {limits.MAX_TEXT_UNITS + 1:,} 个"),
    ],
)
def test_texts_past_a_limit_are_refused_by_counting(text: str, message: str) -> None:
    with pytest.raises(BadInputError, match=message):
        check_text(text, "大文件.txt")


def test_a_million_short_lines_are_refused_on_the_command_line(tmp_path: Path) -> None:
    path = many_short_lines(tmp_path / "清单.txt", 1_000_000)
    data_dir = tmp_path / "data"
    before = run_main("docs", "--json", data_dir=data_dir)
    out = run_main("import", str(path), data_dir=data_dir)
    assert out.code == 2 and out.out == ""
    lines = out.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("hzreader: 清单.txt 的")
    assert "分成几个文件" in lines[0]
    assert run_main("docs", "--json", data_dir=data_dir).out == before.out
    assert len(json.loads(before.out)) == 2


def test_what_is_accepted_at_the_limits_still_reads(tmp_path: Path) -> None:
    # Just under the limit of lines: a list of that many items less one is read.
    path = tmp_path / "list.txt"
    path.write_text("".join(f"{i}项\n" for i in range(limits.MAX_TEXT_LINES - 1)), "utf-8")
    assert read_file(path).text.count("\n") == limits.MAX_TEXT_LINES - 1


def test_sentences_of_one_repeated_bracket_split_in_linear_time() -> None:
    # 200,000 unclosed brackets: a scan per bracket would take hours (it took 0.06 s).
    text = "（" * 200_000
    assert split_sentences(text) == [text]
    mixed = "（注：见附件。" * 50_000
    assert "".join(split_sentences(mixed)) == mixed
