"""Editions of the bundled plan made by real edits, numbered again as an editor would."""

from __future__ import annotations

import re
from dataclasses import dataclass

from hzreader.core.bundled import split_bundle
from hzreader.core.normalize import canonical_line
from hzreader.core.numerals import int_to_cn
from hzreader.paths import BUNDLED_PLAN

_MEASURE = re.compile(r"^(\d+)\.")
_CHAPTER = re.compile(r"^([一二三四五六七八九十]+)、")

NEW_MEASURE = (
    "推进老年教育和终身学习。建设市、区县（市）、乡镇（街道）三级老年大学网络，"
    "推动优质课程资源向社区和乡村延伸，探索学分银行和学习成果认证制度。"
)
SPLIT_TITLE = "提升全民健康和养老服务水平。"
MOVED_SENTENCE = "推动城乡房屋安全隐患排查和整治，保持农村困难家庭危房“动态清零”。"
REWORD_OLD = "积极推进共有产权住房建设"
REWORD_NEW = "稳妥有序推进共有产权住房建设"
TARGET_OLD = "人均生产总值突破18万元"
TARGET_NEW = "人均生产总值突破20万元"


@dataclass
class Line:
    """A line of the plan body: a chapter, a measure (number stripped) or other text."""

    kind: str  # "chapter", "measure", "text"
    text: str


def plan_title_and_lines() -> tuple[str, list[Line]]:
    """The plan's title and its body as lines, numbers taken off."""
    _brief, title, body = split_bundle(BUNDLED_PLAN.read_text(encoding="utf-8"))
    lines = []
    for raw in map(canonical_line, body.split("\n")):
        if not raw:
            continue
        if m := _MEASURE.match(raw):
            lines.append(Line("measure", raw[m.end() :]))
        elif m := _CHAPTER.match(raw):
            lines.append(Line("chapter", raw[m.end() :]))
        else:
            lines.append(Line("text", raw))
    return title, lines


def render(title: str, lines: list[Line]) -> str:
    """The edition's text, chapters and measures numbered in order again."""
    out = [title]
    chapter = measure = 0
    for line in lines:
        if line.kind == "chapter":
            chapter += 1
            out.append(f"{int_to_cn(chapter)}、{line.text}")
        elif line.kind == "measure":
            measure += 1
            out.append(f"{measure}.{line.text}")
        else:
            out.append(line.text)
    return "\n".join(out) + "\n"


def _measures(lines: list[Line]) -> list[int]:
    return [i for i, line in enumerate(lines) if line.kind == "measure"]


def drop_measure(lines: list[Line], number: int) -> None:
    """Drop measure `number` (those after it move up one number)."""
    del lines[_measures(lines)[number - 1]]


def add_measure(lines: list[Line], after: int, text: str = NEW_MEASURE) -> None:
    """A new measure after measure `after`."""
    lines.insert(_measures(lines)[after - 1] + 1, Line("measure", text))


def replace_in_measure(lines: list[Line], number: int, old: str, new: str) -> None:
    """Edit words inside one measure."""
    line = lines[_measures(lines)[number - 1]]
    assert old in line.text
    line.text = line.text.replace(old, new, 1)


def replace_anywhere(lines: list[Line], old: str, new: str) -> None:
    """Edit words wherever they are (a goal paragraph, a measure)."""
    for line in lines:
        if old in line.text:
            line.text = line.text.replace(old, new, 1)
            return
    raise AssertionError(old)


def move_sentence(lines: list[Line], sentence: str, source: int, target: int) -> None:
    """Take a sentence out of measure `source` and put it at the end of measure `target`."""
    replace_in_measure(lines, source, sentence, "")
    line = lines[_measures(lines)[target - 1]]
    line.text += sentence


def split_measure(lines: list[Line], number: int, at: str, title: str = SPLIT_TITLE) -> None:
    """Split measure `number` in two before the sentence that starts with `at`."""
    index = _measures(lines)[number - 1]
    text = lines[index].text
    cut = text.index(at)
    lines[index].text = text[:cut]
    lines.insert(index + 1, Line("measure", title + text[cut:]))


def swap_chapters(lines: list[Line], first: int, second: int) -> None:
    """Exchange two neighbouring chapters with everything in them (both renumbered)."""
    starts = [i for i, line in enumerate(lines) if line.kind == "chapter"] + [len(lines)]
    a0, a1 = starts[first - 1], starts[first]
    b0, b1 = starts[second - 1], starts[second]
    assert a1 == b0
    lines[a0:b1] = lines[b0:b1] + lines[a0:a1]


def edition(*edits: str) -> str:
    """The plan with some of the named edits applied (all of them when none is named)."""
    title, lines = plan_title_and_lines()
    wanted = set(edits) or {
        "drop",
        "add",
        "reword",
        "target",
        "move_sentence",
        "swap_chapters",
        "split",
    }
    # Applied from the end of the plan backwards, so the numbers named are the original ones.
    if "add" in wanted:
        add_measure(lines, 23)
    if "swap_chapters" in wanted:
        swap_chapters(lines, 5, 6)
    if "move_sentence" in wanted:
        move_sentence(lines, MOVED_SENTENCE, 9, 11)
    if "reword" in wanted:
        replace_in_measure(lines, 9, REWORD_OLD, REWORD_NEW)
    if "split" in wanted:
        split_measure(lines, 8, "全面推进健康杭州建设")
    if "drop" in wanted:
        drop_measure(lines, 5)
    if "target" in wanted:
        replace_anywhere(lines, TARGET_OLD, TARGET_NEW)
    return render(title, lines)
