"""Text-level comparison: sentences first, then characters inside changed sentences (difflib)."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from hzreader.core.sentences import split_sentences

# White space next to a Chinese character is layout (总 则 = 总则), never content.
_CJK_SPACE = re.compile(r"\s+(?=[\u3000-\u9fff\uff00-\uffef])|(?<=[\u3000-\u9fff\uff00-\uffef])\s+")
_SPACES = re.compile(r"\s+")
SENTENCE_PAIR_MIN = 0.5

Ops = list[list[str]]


def comparable(text: str) -> str:
    """A text as editions are compared: spacing inside Chinese text does not count."""
    return _SPACES.sub(" ", _CJK_SPACE.sub("", text)).strip()


def bigrams(text: str) -> frozenset[str]:
    """The character bigrams of a comparable text (its fingerprint for quick similarity)."""
    t = comparable(text)
    if len(t) < 2:
        return frozenset({t}) if t else frozenset()
    return frozenset(t[i : i + 2] for i in range(len(t) - 1))


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    """Dice coefficient of two bigram sets (1.0 for the same text)."""
    if not a and not b:
        return 1.0
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def _push(ops: Ops, op: str, text: str) -> None:
    if not text:
        return
    if ops and ops[-1][0] == op:
        ops[-1][1] += text
    else:
        ops.append([op, text])


SHORT_EQUAL = 2  # a kept run this short between two edits is read as part of the edit


def char_diff(old: str, new: str) -> Ops:
    """Character-level edit script of two short texts, in whole edits: 中国共产党 → 党中央
    reads as one replacement, not as 中 kept between scattered characters."""
    ops: Ops = []
    codes = SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
    gone, came = [], []
    for n, (tag, i1, i2, j1, j2) in enumerate(codes):
        inside = 0 < n < len(codes) - 1 and (gone or came)
        if tag == "equal" and not (inside and i2 - i1 <= SHORT_EQUAL):
            _push(ops, "-", "".join(gone))
            _push(ops, "+", "".join(came))
            gone, came = [], []
            _push(ops, "=", old[i1:i2])
        else:
            gone.append(old[i1:i2])
            came.append(new[j1:j2])
    _push(ops, "-", "".join(gone))
    _push(ops, "+", "".join(came))
    return ops


def _pair_block(old: list[str], new: list[str], ops: Ops) -> None:
    """A replaced run of sentences: similar ones diffed by character, the rest whole."""
    j = 0
    used = 0
    for sentence in old:
        best, best_at = 0.0, -1
        fp = bigrams(sentence)
        for k in range(used, len(new)):
            score = dice(fp, bigrams(new[k]))
            if score > best:
                best, best_at = score, k
        if best >= SENTENCE_PAIR_MIN:
            for k in range(j, best_at):
                _push(ops, "+", new[k])
            for op, text in char_diff(sentence, new[best_at]):
                _push(ops, op, text)
            j = used = best_at + 1
        else:
            _push(ops, "-", sentence)
    for k in range(j, len(new)):
        _push(ops, "+", new[k])


def text_diff(old: str, new: str) -> Ops:
    """[[op, text]] from `old` to `new`: "=" kept, "-" only in old, "+" only in new."""
    if comparable(old) == comparable(new):
        return [["=", new]] if new else []
    a, b = split_sentences(old) or [old], split_sentences(new) or [new]
    ops: Ops = []
    matcher = SequenceMatcher(
        None, [comparable(s) for s in a], [comparable(s) for s in b], autojunk=False
    )
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for s in b[j1:j2]:
                _push(ops, "=", s)
        elif tag == "delete":
            for s in a[i1:i2]:
                _push(ops, "-", s)
        elif tag == "insert":
            for s in b[j1:j2]:
                _push(ops, "+", s)
        else:
            _pair_block(a[i1:i2], b[j1:j2], ops)
    return ops


def diff_similarity(ops: Ops) -> float:
    """Share of characters kept: 2·kept / (old + new), 1.0 for an unchanged text."""
    kept = sum(len(t) for op, t in ops if op == "=")
    old = kept + sum(len(t) for op, t in ops if op == "-")
    new = kept + sum(len(t) for op, t in ops if op == "+")
    return 1.0 if old + new == 0 else 2 * kept / (old + new)
