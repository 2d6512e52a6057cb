"""Split running Chinese text into sentences, never inside quotes or brackets."""

from __future__ import annotations

import re

_TERMINALS = frozenset("。！？；!?;")
_OPEN = {"“": "”", "（": "）", "《": "》", "「": "」", "『": "』", "‘": "’", "(": ")", "【": "】"}
_CLOSERS = frozenset("”’）》」』)】")
_MARKS = re.compile("[" + re.escape("".join(_TERMINALS | set(_OPEN) | _CLOSERS)) + "]")
_END_RUN = re.compile("[" + re.escape("".join(_TERMINALS | _CLOSERS)) + "]*")


def split_sentences(text: str) -> list[str]:
    """Sentences whose concatenation is exactly `text`."""
    sentences: list[str] = []
    depth: list[str] = []
    start = 0
    # Where each closing mark last occurs, looked up once per mark: not a scan per opening
    # mark (a text of nothing but （ made that quadratic).
    last_close: dict[str, int] = {}
    # Only quotes, brackets and sentence ends matter: the regex skips everything else
    # (a character loop in Python was the slowest step of importing a long text).
    resume = 0
    for m in _MARKS.finditer(text):
        i = m.start()
        if i < resume:
            continue
        ch = m.group()
        if ch in _OPEN:
            # A straight “ that is never closed must not swallow the rest of the text.
            closer = _OPEN[ch]
            if closer not in last_close:
                last_close[closer] = text.rfind(closer)
            if last_close[closer] > i:
                depth.append(_OPEN[ch])
        elif depth and ch == depth[-1]:
            depth.pop()
        elif ch in _TERMINALS and not depth:
            j = _END_RUN.match(text, i + 1).end()
            sentences.append(text[start:j])
            start = resume = j
    n = len(text)
    if start < n:
        tail = text[start:]
        if tail.strip():
            sentences.append(tail)
        elif sentences:
            sentences[-1] += tail
    return sentences
