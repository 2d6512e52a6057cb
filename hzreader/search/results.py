"""Search results as plain data, and the snippets and match offsets a hit shows (pure Python)."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any

from hzreader.search.analysis import fold

SNIPPET_CHARS = 120
SNIPPET_BEFORE = 30
ELLIPSIS = "…"


@dataclass(frozen=True)
class Hit:
    """One ranked hit.

    `snippet` is plain text (the record's text, or a window of it with … where cut, line
    breaks shown as spaces); `snippet_spans` are the matches inside the snippet and
    `snippet_html` is the same window HTML-escaped with each match in <b>…</b>.
    `matches` are (start, end) character offsets of every match in the record's full
    text (for a note: in its Markdown source), for highlighting in the reader.
    """

    key: str
    doc: str
    kind: str
    title: str
    snippet: str
    score: float
    uid: str = ""
    annotation_id: str = ""
    matches: list[tuple[int, int]] = field(default_factory=list)
    snippet_spans: list[tuple[int, int]] = field(default_factory=list)
    snippet_html: str = ""
    node_kind: str = ""
    chapter: str = ""
    measure: str = ""
    path: tuple[str, ...] = ()
    order: int = 0
    text: str = ""

    def to_json(self) -> dict[str, Any]:
        """The HIT shape of CLI.md, plus the match offsets."""
        return {
            "key": self.key,
            "doc": self.doc,
            "kind": self.kind,
            "title": self.title,
            "snippet": self.snippet,
            "score": round(self.score, 4),
            "uid": self.uid,
            "annotation_id": self.annotation_id,
            "chapter": self.chapter,
            "measure": self.measure,
            "matches": [list(m) for m in self.matches],
        }


@dataclass(frozen=True)
class SearchResult:
    """The answer to one query: total hits, the ranked page, and a notice for the user."""

    query: str
    total: int
    hits: list[Hit]
    notice: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The search shape of CLI.md (`notice` added when there is one)."""
        out: dict[str, Any] = {
            "query": self.query,
            "total": self.total,
            "hits": [h.to_json() for h in self.hits],
        }
        if self.notice:
            out["notice"] = self.notice
        return out


def find_matches(text: str, terms: tuple[str, ...] | list[str]) -> list[tuple[int, int]]:
    """Offsets of every occurrence of the terms in the text, merged where they overlap."""
    folded = fold(text)
    spans: list[tuple[int, int]] = []
    for term in terms:
        needle = fold(term)
        parts = needle.split()
        if not parts:
            continue
        if len(parts) == 1:
            start = folded.find(needle)
            while start >= 0:
                spans.append((start, start + len(needle)))
                start = folded.find(needle, start + len(needle))
        else:
            pattern = re.compile(r"\s*".join(re.escape(p) for p in parts))
            spans.extend(m.span() for m in pattern.finditer(folded))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def highlight(text: str, query: str) -> list[tuple[int, int]]:
    """Where a query's words occur in a text (for the reader: every match of a search)."""
    from hzreader.search.query import parse

    return find_matches(text, parse(query).terms)


def make_snippet(
    text: str, matches: list[tuple[int, int]]
) -> tuple[str, list[tuple[int, int]], str]:
    """(plain snippet, match spans inside it, HTML snippet) around the first match."""
    flat = re.sub(r"\s", " ", text)  # one character for one: offsets stay valid
    if len(flat) <= SNIPPET_CHARS:
        start, end = 0, len(flat)
    else:
        first = matches[0][0] if matches else 0
        start = max(0, first - SNIPPET_BEFORE)
        end = min(len(flat), start + SNIPPET_CHARS)
        start = max(0, end - SNIPPET_CHARS)
    prefix = ELLIPSIS if start > 0 else ""
    suffix = ELLIPSIS if end < len(flat) else ""
    shift = len(prefix) - start
    spans = [
        (max(s, start) + shift, min(e, end) + shift) for s, e in matches if e > start and s < end
    ]
    snippet = prefix + flat[start:end] + suffix
    parts: list[str] = []
    last = 0
    for s, e in spans:
        parts.append(html.escape(snippet[last:s]))
        parts.append("<b>" + html.escape(snippet[s:e]) + "</b>")
        last = e
    parts.append(html.escape(snippet[last:]))
    return snippet, spans, "".join(parts)
