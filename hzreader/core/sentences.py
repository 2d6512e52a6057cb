"""Split running Chinese text into sentences, never inside quotes or brackets."""

from __future__ import annotations

_TERMINALS = frozenset("。！？；!?;")
_OPEN = {"“": "”", "（": "）", "《": "》", "「": "」", "『": "』", "‘": "’", "(": ")", "【": "】"}
_CLOSERS = frozenset("”’）》」』)】")


def split_sentences(text: str) -> list[str]:
    """Sentences whose concatenation is exactly `text`."""
    sentences: list[str] = []
    depth: list[str] = []
    start = 0
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in _OPEN:
            # A straight “ that is never closed must not swallow the rest of the text.
            if _OPEN[ch] in text[i + 1 :]:
                depth.append(_OPEN[ch])
        elif depth and ch == depth[-1]:
            depth.pop()
        elif ch in _TERMINALS and not depth:
            j = i + 1
            while j < n and (text[j] in _TERMINALS or text[j] in _CLOSERS):
                j += 1
            sentences.append(text[start:j])
            start = j
            i = j
            continue
        i += 1
    if start < n:
        tail = text[start:]
        if tail.strip():
            sentences.append(tail)
        elif sentences:
            sentences[-1] += tail
    return sentences
