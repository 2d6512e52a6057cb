"""Folding (NFKC, then lower case) with its fast path for Chinese text is NFKC's, exactly."""

from __future__ import annotations

import random
import unicodedata

from hzreader.core.normalize import fold
from hzreader.paths import BUNDLED_PLAN

# Chinese text, full-width and half-width forms, compatibility characters (①, ㎡, ﬁ, …),
# combining marks after full-width letters, the ideographic space.
ALPHABET = (
    "共同富裕住房建设，。：；（）、“”《》…—①②㎡ﬁ"
    "ＡＢｚ０９，！？　 abcXYZ019,.;:()\u0301\u0308\u00e9e\u2126İ"
)


def _reference(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def test_fold_is_nfkc_then_lower_on_random_text() -> None:
    rng = random.Random(7)
    for _ in range(20_000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 12)))
        assert fold(text) == _reference(text), repr(text)


def test_fold_is_nfkc_then_lower_on_the_bundled_plan() -> None:
    text = BUNDLED_PLAN.read_text(encoding="utf-8")
    for line in text.splitlines():
        assert fold(line) == _reference(line)
    assert fold("住房（试点）：Ｒ＆Ｄ") == "住房(试点):r&d"
