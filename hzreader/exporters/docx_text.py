"""Text that Word's XML can hold: python-docx refuses control characters outright."""

from __future__ import annotations

import re

# XML 1.0 allows tab, line feed and carriage return below U+0020, no lone surrogates and not
# U+FFFE/U+FFFF. A vertical tab is what Word itself puts on the clipboard for a manual line
# break, so it (and a form feed) becomes one; the rest is dropped.
_BREAKS = re.compile(r"[\x0b\x0c]")
_NOT_XML = re.compile(r"[\x00-\x08\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """`text` without the characters a .docx cannot store (a note pasted from a terminal)."""
    if _NOT_XML.search(text) is None and _BREAKS.search(text) is None:
        return text
    return _NOT_XML.sub("", _BREAKS.sub("\n", text))
