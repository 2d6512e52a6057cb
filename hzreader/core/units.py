"""Responsible units of a task, read from the text that names them.

实施方案 end a task with （牵头单位：市发改委；责任单位：各区、县（市）政府）, （责任部门：…） or
（牵头部门：…）. The text stays as written; this reads it as data: the first unit named leads,
the others are partners. The 任务分解表 starts from these.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_LABEL = re.compile(
    r"(?:(?:主要|主体)?(?:牵头|责任|配合|参与|协同|协办|主责|承办|实施|落实)(?:单位|部门|主体|处室)?"
    r"|责任主体)\s*[：:]"
)
# A parenthesis that names units without a label: （各有关单位）, （各区县政府）.
_BARE = re.compile(r"^各[^（）()：:，,；;。]{0,12}(?:单位|部门|政府)$")
_SEPARATORS = "、，,；;/"
_TRAILING = "。；;.，, \u3000"
_OPEN, _CLOSE = "（(", "）)"


class Role(NamedTuple):
    """One label of the parenthesis and the units it names (牵头单位: 市发改委)."""

    label: str  # as printed, without its colon; "" for a parenthesis without one
    units: tuple[str, ...]


class Units(NamedTuple):
    """Who is responsible for a task: the lead, the partners, and the text they came from."""

    lead: str
    partners: tuple[str, ...]
    roles: tuple[Role, ...]
    start: int  # the parenthesis is text[start:end]
    end: int

    def to_json(self) -> dict:
        """The lead and partners as `outline --json` adds them to a node."""
        return {"lead": self.lead, "partners": list(self.partners)}


def _closing_group(text: str) -> tuple[int, int] | None:
    """The span of the parenthesis that ends the text (nested ones included)."""
    end = len(text.rstrip(_TRAILING))
    if end == 0 or text[end - 1] not in _CLOSE:
        return None
    depth = 0
    for i in range(end - 1, -1, -1):
        if text[i] in _CLOSE:
            depth += 1
        elif text[i] in _OPEN:
            depth -= 1
            if depth == 0:
                return i, end
    return None


def split_units(text: str) -> list[str]:
    """Units in a list (市发改委、市财政局等), split outside brackets, 各区、县（市）kept whole."""
    parts: list[str] = []
    depth, current = 0, ""
    for ch in text:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        if ch in _SEPARATORS and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    parts.append(current)
    units: list[str] = []
    for part in (p.strip(" \u3000") for p in parts):
        if not part:
            continue
        # 各区、县（市）政府 is one unit: the districts' and counties' governments.
        if units and units[-1].startswith("各") and part.startswith("县") and "（" in part:
            units[-1] = f"{units[-1]}、{part}"
            continue
        units.append(part)
    if units and units[-1].endswith("等") and len(units[-1]) > 2:
        units[-1] = units[-1][:-1]
    return units


def _roles(inner: str) -> list[Role]:
    labels = list(_LABEL.finditer(inner))
    if not labels or labels[0].start() != 0:
        bare = inner.strip()
        return [Role("", (bare,))] if _BARE.match(bare) else []
    roles: list[Role] = []
    for k, m in enumerate(labels):
        stop = labels[k + 1].start() if k + 1 < len(labels) else len(inner)
        units = split_units(inner[m.end() : stop])
        if units:
            roles.append(Role(m.group(0).rstrip("：: "), tuple(units)))
    return roles


def responsible_units(text: str) -> Units | None:
    """The units a task's closing parenthesis names, or None when it names none."""
    span = _closing_group(text)
    if span is None:
        return None
    start, end = span
    roles = _roles(text[start + 1 : end - 1])
    named: list[str] = []
    for role in roles:
        named.extend(u for u in role.units if u not in named)
    if not named:
        return None
    return Units(named[0], tuple(named[1:]), tuple(roles), start, end)
