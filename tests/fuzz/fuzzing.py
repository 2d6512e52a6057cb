"""Shared by the property-based tests (Hypothesis): run settings and hostile strategies.

CI runs a few hundred examples per door, derandomized (the same examples every run, no
example database), without deadlines. `HZREADER_FUZZ=long` (bench/fuzz.py) runs fifty
times as many, randomized, with Hypothesis' example database under .hypothesis/ and a
deadline that flags any single example slower than ten seconds.

Adding a door is a few lines: a strategy from below, a property, `@fuzz(N)`.
"""

from __future__ import annotations

import os
from datetime import timedelta

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

LONG = os.environ.get("HZREADER_FUZZ", "").lower() == "long"
LONG_FACTOR = 50
_SLOW_OK = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]


def fuzz(examples: int, *, fixtures: bool = False):
    """Settings for one door: `examples` in CI, LONG_FACTOR times that in a long run.

    `fixtures`: the test takes function-scoped pytest fixtures that it resets itself."""
    checks = [*_SLOW_OK, HealthCheck.function_scoped_fixture] if fixtures else _SLOW_OK
    if LONG:
        return settings(
            max_examples=examples * LONG_FACTOR,
            deadline=timedelta(seconds=10),
            suppress_health_check=checks,
        )
    return settings(
        max_examples=examples,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=checks,
        print_blob=True,
    )


# -- Text -----------------------------------------------------------------------------------

# Every code point, lone surrogates and controls included (st.text leaves surrogates out).
any_char = st.characters(exclude_categories=())
# What policy texts and notes are made of, and what breaks parsers: numbering of every style,
# Markdown and bracket syntax, quotes, white space of every kind, invisible characters.
_PIECES = [
    "一、", "二、", "十二、", "（一）", "(二)", "（1）", "1.", "2．", "24.", "①", "⑳", "第一章",
    "第二节", "第三条", "第十二条", "——", "附件", "附:", "一是", "# ", "## ", "- ", "* ", "> ",
    "|", "| a | b |", "```", "~~~", "[", "]", "(", ")", "（", "）", "【", "】", "“", "”", "《",
    "》", "。", "；", "！", "？", "，", "、", ":", "：", "\n", "\n\n", "\r\n", "\r", "\t", " ",
    "\u3000", "\xa0", "\u2028", "\u2029", "\x0b", "\x0c", "\x85", "\ufeff", "\u200b", "\x00",
    "\x1b", "\ud800", "\udfff", "**", "__", "<div>", "</div>", "<b>", "&amp;", "&#0;", "\\",
    "住房", "共同富裕", "人才", "R&D", "18万元", "4%", "2025年", "杭州", "a", "Z", "9",
    "é", "ع", "𠀀", "👍🏽", "\u0301",
]  # fmt: skip
piece = st.sampled_from(_PIECES)


@st.composite
def runs(draw, max_len: int = 2_000) -> str:
    """A long run of one character or piece (。。。。, （（（（, ——————)."""
    unit = draw(piece | any_char)
    return unit * draw(st.integers(1, max(1, max_len // max(1, len(unit)))))


def hostile_text(max_pieces: int = 40, run_len: int = 2_000) -> st.SearchStrategy[str]:
    """Mixed scripts, controls, lone surrogates, deep nesting, long runs, jumbled numbering."""
    part = st.one_of(
        piece,
        st.sampled_from(["\ud800", "\udcff", "\udfff", "\x00", "\x1b", "\u202e"]),
        st.text(any_char, max_size=12),
        st.text(max_size=30),
        runs(run_len),
    )
    return st.lists(part, max_size=max_pieces).map("".join)


def storable(text: str) -> str:
    """`text` with lone surrogates replaced: what a decoded file or a valid backup can hold."""
    return text.encode("utf-8", "replace").decode("utf-8")


def encodable(text: str) -> bool:
    """True for text that UTF-8 can hold (no lone surrogates)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


# -- JSON -----------------------------------------------------------------------------------

json_scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
