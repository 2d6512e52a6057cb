"""Canonical text: full-width punctuation inside Chinese text, clean white space."""

from __future__ import annotations

import re
import unicodedata

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’《》…—]")
_HALF_TO_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！"}
_HALF_MARK = re.compile(r"[,:;?!]")
_PARENS = re.compile(r"[()]")
# Unicode spaces and invisible separators that web pages leave behind.
_ODD_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200b\u202f\u205f\u2060\ufeff\u200c\u200d]")
_NUMERAL_MAP = str.maketrans("０１２３４５６７８９", "0123456789")


def is_cjk(ch: str) -> bool:
    """True for Chinese characters and full-width punctuation."""
    return bool(ch) and bool(_CJK.match(ch))


def _convert_marks(line: str) -> str:
    # Only the ASCII marks are looked at (a character loop over every line was the slowest
    # step of importing a long text).
    if _HALF_MARK.search(line) is None:
        return line
    out = list(line)
    n = len(line)
    for m in _HALF_MARK.finditer(line):
        i = m.start()
        full = _HALF_TO_FULL[m.group()]
        before = line[i - 1] if i > 0 else ""
        after = line[i + 1] if i + 1 < n else ""
        # Keep 10,000 and 10:30 and ASCII-only runs as they are.
        if before.isdigit() and after.isdigit():
            continue
        if (
            is_cjk(before)
            or is_cjk(after)
            or (before.isdigit() and not after.isascii())
            or (before and not before.isascii())
        ):
            out[i] = full
    return "".join(out)


def _convert_parens(line: str) -> str:
    if "(" not in line:
        return line
    out = list(line)
    stack: list[int] = []
    for m in _PARENS.finditer(line):
        i = m.start()
        if m.group() == "(":
            stack.append(i)
        elif stack:
            start = stack.pop()
            before = line[start - 1] if start > 0 else ""
            if _CJK.search(line, start + 1, i) is not None or is_cjk(before):
                out[start], out[i] = "（", "）"
    return "".join(out)


def canonical_line(line: str) -> str:
    """One line of text in canonical form (full-width marks inside Chinese text)."""
    line = _ODD_SPACES.sub(" ", line).replace("\u3000", " ").strip()
    line = _convert_parens(line)
    return _convert_marks(line)


def canonical_text(text: str) -> str:
    """The whole text in canonical form, line by line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(canonical_line(line) for line in text.split("\n"))


# Full-width ASCII forms and the ideographic space, each as NFKC maps it (one character).
_FULL_WIDTH = {c: unicodedata.normalize("NFKC", chr(c)) for c in range(0xFF01, 0xFF5F)}
_FULL_WIDTH[0x3000] = " "


def fold(text: str) -> str:
    """Search folding: full-width and ASCII forms alike, lower case (NFKC, then lower)."""
    # NFKC walks every character through its tables, slowly; Chinese text is normalised
    # already but for its full-width marks (，：（）), which a translation maps the same way
    # (each to one character of combining class 0, so the result is NFKC's).
    if not unicodedata.is_normalized("NFKC", text):
        text = text.translate(_FULL_WIDTH)
        if not unicodedata.is_normalized("NFKC", text):
            text = unicodedata.normalize("NFKC", text)
    return text.lower()


def ascii_digits(text: str) -> str:
    """Full-width digits to ASCII."""
    return text.translate(_NUMERAL_MAP)
