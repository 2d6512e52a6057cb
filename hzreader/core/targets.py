"""Quantitative targets (指标) in policy text: indicator, value, unit, comparator and year.

A target is a figure the text commits to: ``人均生产总值突破18万元`` gives the indicator
``人均生产总值``, value 18, unit ``万元``, comparator ``>=``. The rules, in order:

* Figures that are not quantities are skipped: years (2025年), dates (7月29日), ranges
  (2021—2025年, 10—50万元: a range names a group, the target is the share that follows),
  list and measure numbers (``1.``, ``2、``, ``（3）``, 第4条), figures inside quotes or titles
  (“5433”, “152”, “1小时交通圈”) and figures glued to Latin letters (5G, G60).
* A figure is a target when a comparative verb stands just before it (达到, 突破, 超过,
  低于, 控制在, 缩小到, 提高到 …, optionally with a base such as ``平均工资的``); or, without
  such a verb, when its clause states a figure to deliver: ``新增大学生创业企业10000家``,
  ``实现…通达率100%`` (the clause opens with 实现/新增/累计/…) or a count of things to
  deliver, ``培育100个康养联合体`` or ``建成都市圈、省域、市域、城区4个“1小时交通圈”`` (an
  action verb, the count right after it or after the list it sums up, the counted noun).
* Comparator: a marker after the figure wins (以上 ``>=``; 以内/以下 ``<=``; 左右 ``~``);
  else the verb decides (see ``_VERBS``: 达到/实现/突破/超过/不低于 ``>=``, since a target is met
  when reached or passed; 低于/控制在/缩小到/不超过 ``<=``; a change by an amount such as
  增长5% and a bare stated figure ``=``).
* Year: the last 到YYYY年 (至/截至 …, YYYY年前/底) before the figure in its sentence, else the
  year carried from earlier text in scope (see ``extract_targets``), else None.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from hzreader.core.model import Document, Node
from hzreader.core.target_rules import Hit, find_in_sentence, years_in


@dataclass(frozen=True)
class Target:
    """One quantitative target of a document, found in one sentence."""

    name: str
    value: float
    unit: str
    comparator: str
    year: int | None
    key: str
    text: str

    @property
    def id(self) -> str:
        """A stable id: the sentence key plus a short digest of the indicator and unit."""
        # Not an ordinal: a target found (or no longer found) earlier in the same sentence
        # must not move the actual values a user recorded against the others.
        digest = hashlib.blake2b(f"{self.name}|{self.unit}".encode(), digest_size=4).hexdigest()
        return f"{self.key}~{digest}"

    def to_json(self) -> dict:
        """The TARGET shape of CLI.md."""
        return {
            "name": self.name,
            "value": self.value,
            "unit": self.unit,
            "comparator": self.comparator,
            "year": self.year,
            "key": self.key,
            "text": self.text,
        }


def _targets_of(key: str, text: str, year: int | None) -> tuple[list[Target], int | None]:
    """The targets of one sentence and the year context after it."""
    hits: list[Hit] = find_in_sentence(text)
    stated = years_in(text)
    found = []
    for hit in hits:
        before = [y for pos, y in stated if pos < hit.start]
        found.append(
            Target(
                name=hit.name,
                value=hit.value,
                unit=hit.unit,
                comparator=hit.comparator,
                year=before[-1] if before else year,
                key=key,
                text=text,
            )
        )
    return found, (stated[-1][1] if stated else year)


def extract_from_sentences(
    pairs: Iterable[tuple[str, str]], year: int | None = None
) -> list[Target]:
    """Targets in (sentence key, sentence text) pairs read in order, starting from `year`."""
    # A year stated in one sentence (到2025年，…) carries to the sentences after it: the
    # caller chooses the scope by what it passes in.
    out: list[Target] = []
    for key, text in pairs:
        found, year = _targets_of(key, text, year)
        out.extend(found)
    return out


# Containers whose stated year carries on to their later siblings: a chapter's lead
# paragraph (到2025年，…) sets the year of the goals that follow it. A year stated inside a
# goal, measure, item or chapter stays inside it.
_CARRYING_KINDS = frozenset({"sentence", "paragraph", "preamble"})


def _scan(nodes: list[Node], year: int | None, out: list[Target]) -> int | None:
    """Collects the targets under `nodes`; returns the year context after them."""
    for node in nodes:
        if node.kind == "sentence":
            found, after = _targets_of(node.key, node.text, year)
            out.extend(found)
        else:
            after = _scan(node.children, year, out)
        if node.kind in _CARRYING_KINDS:
            year = after
    return year


def extract_targets(doc: Document) -> list[Target]:
    """Every target in the sentences of `doc`, in reading order."""
    # Measures get a year only when their own text gives one (the plan's measures never
    # do): the plan period 2021—2025 is a span, not a target year.
    out: list[Target] = []
    _scan(doc.nodes, None, out)
    return out


def locate(target: Target) -> tuple[int, int] | None:
    """The span of the target's figure (value, unit, marker) in its sentence, to mark it."""
    for hit in find_in_sentence(target.text):
        if hit.name == target.name and hit.value == target.value:
            return hit.start, hit.end
    return None
