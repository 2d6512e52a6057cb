"""Markdown link and tag patterns cost linear time: a line of brackets is read, not chewed on.

With the old patterns (`\\[([^\\]]*)\\]` and the like) each input below took minutes: every
[ scanned to the end of the line. The assertions are on the results; bench/regex_linear.py
times the old and new patterns side by side."""

from __future__ import annotations

from hzreader.core.lines import read_line
from hzreader.ui.search.groups import markdown_plain

N = 200_000


def test_a_line_of_open_brackets_is_read_as_text() -> None:
    line = read_line(1, "说明" + "[" * N)
    assert line.text.endswith("[" * 10) and len(line.text) >= N


def test_open_image_marks_and_tags_are_read_as_text() -> None:
    line = read_line(1, "![" * (N // 2) + "<br" * (N // 3) + "[链接](https://example.com)")
    assert line.text.endswith("链接") and "<br<br" in line.text


def test_links_still_reduce_to_their_text() -> None:
    line = read_line(1, "见[实施方案](https://example.com/a(b)) 与 ![图](x.png)[附件]（下载）")
    assert line.text.startswith("见实施方案") and "图" not in line.text and "[附件]" in line.text


def test_a_note_of_brackets_and_angles_keeps_its_words() -> None:
    note = "要点" + "[a](" * (N // 4) + "<" * N + "[方案](https://x.cn)"
    plain, spans = markdown_plain(note, [(0, 2)])
    assert plain.startswith("要点[a](") and plain.endswith("<方案") and spans == [(0, 2)]
