"""The targets ledger (指标台账): actual values recorded against targets, and progress.

Progress of the latest actual value against the goal, by comparator:

* ``>=`` (突破/达到/超过/以上): ratio = actual / goal; met when actual >= goal. The bar shows the
  ratio capped at 100 %; the label shows it uncapped (``112%``).
* ``=`` (a stated figure to deliver: 新增10000家, 培育100个, 实现100%): the same as ``>=``. A
  count to deliver is done when reached; going past it is not a failure.
* ``<=`` (以内/低于/控制在): met when actual <= goal. The bar is full when met, else shows
  goal / actual (how close the value has come down to the ceiling); the label says ``达标``
  or by how much the ceiling is exceeded (``超出 3%``).
* ``~`` (左右): met when actual is within ±10 % of the goal (relative, ``APPROX_TOLERANCE``).
  The bar shows 1 − |deviation|; the label gives the signed deviation (``偏差 +6%``).

A goal of 0 has no ratio: met is decided by the comparator alone and the bar is full or empty.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date

from hzreader.core.errors import BadInputError
from hzreader.core.targets import Target
from hzreader.i18n import QT_TRANSLATE_NOOP, Errors

APPROX_TOLERANCE = 0.10

# Symbols for people: the ASCII "=" would start a formula in a spreadsheet cell.
COMPARATOR_SYMBOLS = {">=": "≥", "<=": "≤", "~": "≈", "=": "＝"}
COMPARATOR_WORDS = {">=": "不低于", "<=": "不高于", "~": "左右", "=": "达到"}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Actual:
    """One actual value recorded against a target on a date."""

    id: int
    doc_id: str
    target_id: str
    value: float
    recorded_on: str
    source: str = ""
    note: str = ""
    created: str = ""

    def to_json(self) -> dict:
        """A plain dict for JSON output."""
        return {
            "id": self.id,
            "doc": self.doc_id,
            "target": self.target_id,
            "value": self.value,
            "recorded_on": self.recorded_on,
            "source": self.source,
            "note": self.note,
            "created": self.created,
        }


@dataclass(frozen=True)
class Progress:
    """How an actual value stands against its target's goal."""

    ratio: float | None  # actual / goal; None when the goal is 0
    fraction: float  # 0..1, how full the bar is
    met: bool
    label: str

    def to_json(self) -> dict:
        """A plain dict for JSON output."""
        return {
            "ratio": self.ratio,
            "fraction": self.fraction,
            "met": self.met,
            "label": self.label,
        }


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def _clamp(x: float) -> float:
    return max(0.0, min(1.0, x))


def _percent(x: float) -> str:
    return f"{x * 100:.0f}%"


def compute_progress(comparator: str, goal: float, actual: float) -> Progress:
    """Progress of `actual` against `goal` under `comparator` (see the module docstring)."""
    ratio = actual / goal if goal else None
    if comparator == "<=":
        met = actual <= goal or _close(actual, goal)
        if met:
            return Progress(ratio, 1.0, True, "达标")
        fraction = _clamp(goal / actual) if goal > 0 and actual > 0 else 0.0
        label = f"超出 {_percent((actual - goal) / abs(goal))}" if goal else "超出"
        return Progress(ratio, fraction, False, label)
    if comparator == "~":
        if not goal:
            met = _close(actual, 0.0)
            return Progress(None, 1.0 if met else 0.0, met, "达标" if met else "偏差")
        deviation = (actual - goal) / abs(goal)
        met = abs(deviation) <= APPROX_TOLERANCE or _close(abs(deviation), APPROX_TOLERANCE)
        sign = "+" if deviation > 0 else ("−" if deviation < 0 else "±")
        label = f"偏差 {sign}{_percent(abs(deviation))}"
        return Progress(ratio, _clamp(1 - abs(deviation)), met, label)
    # ">=" and "=": a level to reach or a figure to deliver.
    met = actual >= goal or _close(actual, goal)
    if ratio is None:
        return Progress(None, 1.0 if met else 0.0, met, "达标" if met else "未达标")
    return Progress(ratio, _clamp(ratio), met, _percent(ratio))


def format_number(value: float) -> str:
    """A number as people write it: 18, 4.6, 0.01, 10000 (no exponent, no trailing zeros)."""
    if math.isfinite(value) and value == int(value) and abs(value) < 1e15:
        return str(int(value))
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"


def goal_text(target: Target) -> str:
    """The goal as people read it: ``≥ 18 万元``."""
    symbol = COMPARATOR_SYMBOLS.get(target.comparator, target.comparator)
    return f"{symbol} {format_number(target.value)} {target.unit}".rstrip()


@dataclass(frozen=True)
class LedgerRow:
    """A target with where it stands in the document, its actual values and progress."""

    target: Target
    order: int  # reading order of the target in its document
    chapter_number: str | None
    chapter_title: str | None
    section_key: str | None  # the goal or measure holding the sentence (g1, m9)
    section_number: str | None  # the measure's number; None for a goal paragraph
    section_title: str | None
    citation: str
    actuals: tuple[Actual, ...] = field(default_factory=tuple)  # newest first

    @property
    def latest(self) -> Actual | None:
        """The newest actual value, or None."""
        return self.actuals[0] if self.actuals else None

    @property
    def progress(self) -> Progress | None:
        """Progress of the newest actual value, or None when nothing is recorded."""
        latest = self.latest
        if latest is None:
            return None
        return compute_progress(self.target.comparator, self.target.value, latest.value)

    @property
    def chapter_label(self) -> str:
        """``一、主要目标`` or an empty string."""
        if not self.chapter_number and not self.chapter_title:
            return ""
        number = f"{self.chapter_number}、" if self.chapter_number else ""
        return f"{number}{self.chapter_title or ''}"

    @property
    def section_label(self) -> str:
        """``第9条`` for a measure, ``目标`` for a goal paragraph, else an empty string."""
        if self.section_number:
            return f"第{self.section_number}条"
        if self.section_key and self.section_key.startswith("g"):
            return "目标"
        return ""

    def to_json(self) -> dict:
        """The TARGET shape of CLI.md plus the ledger's keys."""
        progress = self.progress
        return {
            **self.target.to_json(),
            "id": self.target.id,
            "chapter": self.chapter_number,
            "chapter_title": self.chapter_title,
            "section": self.section_key,
            "measure": self.section_number,
            "citation": self.citation,
            "actuals": [a.to_json() for a in self.actuals],
            "progress": progress.to_json() if progress else None,
        }


def parse_value(value: float | int | str) -> float:
    """A finite number from a float, an int or text such as ``5.1`` or ``１８``."""
    if isinstance(value, bool):
        raise BadInputError(Errors.tr("实际值必须是数字"))
    if isinstance(value, str):
        text = value.strip().replace(",", "").replace("，", "")
        try:
            number = float(text)
        except ValueError:
            raise BadInputError(Errors.tr("实际值必须是数字：{0}").format(repr(value))) from None
    elif isinstance(value, int | float):
        number = float(value)
    else:
        raise BadInputError(Errors.tr("实际值必须是数字"))
    if not math.isfinite(number):
        raise BadInputError(Errors.tr("实际值必须是有限的数字"))
    return number


def parse_date(value: str | date) -> str:
    """A valid calendar date as YYYY-MM-DD; BadInputError otherwise."""
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if not _DATE.match(text):
        raise BadInputError(Errors.tr("日期格式应为 YYYY-MM-DD：{0}").format(repr(value)))
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise BadInputError(Errors.tr("没有这个日期：{0}").format(text)) from None


# Where a target stands, for the ledger's progress overview.
STANDINGS = ("met", "on_track", "behind", "none")
# Where a target stands, as the ledger chart names it (translated where it is drawn).
STANDING_LABELS = {
    "met": QT_TRANSLATE_NOOP("chart", "已达标"),
    "on_track": QT_TRANSLATE_NOOP("chart", "有望达标"),
    "behind": QT_TRANSLATE_NOOP("chart", "落后"),
    "none": QT_TRANSLATE_NOOP("chart", "未记录"),
}
ON_TRACK_FRACTION = 0.9


def series(row: LedgerRow) -> list[tuple[date, float]]:
    """The recorded actuals of a target as (date, value), oldest first."""
    return sorted((date.fromisoformat(a.recorded_on), a.value) for a in row.actuals)


def projection(row: LedgerRow) -> tuple[date, float] | None:
    """Where the straight line through the first and the latest actual reaches by the end of
    the target year; None without a year, or without two actuals on different dates."""
    points = series(row)
    if row.target.year is None or len(points) < 2 or points[0][0] == points[-1][0]:
        return None
    (d0, v0), (d1, v1) = points[0], points[-1]
    end = date(row.target.year, 12, 31)
    if end <= d1:
        return None
    slope = (v1 - v0) / (d1 - d0).days
    return end, v1 + slope * (end - d1).days


def standing(row: LedgerRow, today: date | None = None) -> str:
    """met, on_track, behind or none (nothing recorded).

    Met: the latest actual meets the goal. Behind: not met and the target year is over.
    Otherwise with two actuals the trend decides (the line through the first and the latest,
    carried to the end of the target year, meets the goal: on track); with one, how close it
    is (a bar at least ON_TRACK_FRACTION full: on track)."""
    progress = row.progress
    if progress is None:
        return "none"
    if progress.met:
        return "met"
    year = row.target.year
    if year is not None and (today or date.today()) > date(year, 12, 31):
        return "behind"
    ahead = projection(row)
    if ahead is not None:
        reached = compute_progress(row.target.comparator, row.target.value, ahead[1])
        return "on_track" if reached.met else "behind"
    return "on_track" if progress.fraction >= ON_TRACK_FRACTION else "behind"


def overview(rows: list[LedgerRow], today: date | None = None) -> dict[str, int]:
    """How many targets stand where, in STANDINGS order."""
    counts = dict.fromkeys(STANDINGS, 0)
    for row in rows:
        counts[standing(row, today)] += 1
    return counts
