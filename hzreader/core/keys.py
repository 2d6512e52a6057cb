"""Stable, readable node keys (m9, m9.s2, c3) and official-style citations."""

from __future__ import annotations

from collections import Counter, defaultdict

from hzreader.core.model import Node, iter_with_parents
from hzreader.core.numerals import cn_to_int, int_to_cn

_PREFIX = {
    "volume": "v",
    "chapter": "c",
    "part": "pt",
    "section": "sec",
    "article": "a",
    "item": "i",
    "measure": "m",
    "subitem": "n",
    "list": "l",
    "letter": "x",
    "annex": "annex",
    "box": "box",
}
_ORDINAL_PREFIX = {"goal": "g", "heading": "h"}
# Kinds that are one of a kind in a document; a second one (rare) gets a -2.
_FIXED = {"toc": "toc", "cover": "cover", "preface": "preface"}
# Blocks whose numbering is their own: an attachment's 一、 or a 专栏's 1. never make the
# document's numbering look restarted, and their keys are qualified by the block's key.
_SCOPES = frozenset({"annex", "box", "toc", "cover"})


def _local_key(node: Node, ordinals: dict[str, int]) -> str:
    if node.kind in _FIXED:
        return _FIXED[node.kind]
    if node.kind in _PREFIX and node.number is None:
        return _PREFIX[node.kind]
    if node.kind in _PREFIX:
        value = cn_to_int(node.number or "")
        return f"{_PREFIX[node.kind]}{value if value is not None else node.number}"
    if node.kind in _ORDINAL_PREFIX:
        ordinals[node.kind] += 1
        return f"{_ORDINAL_PREFIX[node.kind]}{ordinals[node.kind]}"
    if node.kind == "preamble":
        ordinals["preamble"] += 1
        n = ordinals["preamble"]
        return "pre" if n == 1 else f"pre{n}"
    return ""


def _in_scope(nodes: list[Node]) -> list[Node]:
    """The nodes of one key scope: a block's own children belong to the block's scope."""
    out: list[Node] = []
    for node in nodes:
        out.append(node)
        if node.kind not in _SCOPES:
            out.extend(_in_scope(node.children))
    return out


def assign_keys(roots: list[Node], *, doc_title: str) -> None:
    """Give every node its key and citation; the same text always gets the same keys."""
    _assign_scope(roots, "")
    _make_unique(roots)
    _cite(roots, f"《{doc_title}》")


def _assign_scope(roots: list[Node], scope: str) -> None:
    ordinals: dict[str, int] = defaultdict(int)
    members = _in_scope(roots)
    locals_ = {
        id(n): _local_key(n, ordinals) for n in members if n.kind not in ("sentence", "paragraph")
    }
    # A kind whose numbering restarts anywhere is qualified by the parent key everywhere,
    # so one document's items read alike (c1.i1, c1.i2, c2.i1).
    counts = Counter(locals_.values())
    kinds_by_id = {id(n): n.kind for n in members}
    restarting = {kinds_by_id[i] for i, key in locals_.items() if counts[key] > 1}
    qualified = {i for i in locals_ if kinds_by_id[i] in restarting}
    _assign(roots, scope, scope, locals_, qualified)


def _assign(
    nodes: list[Node],
    parent_key: str,
    scope: str,
    locals_: dict[int, str],
    qualified: set[int],
) -> None:
    sentence_n = paragraph_n = 0
    seen: Counter = Counter()
    for node in nodes:
        if node.kind == "sentence":
            sentence_n += 1
            local = f"s{sentence_n}"
        elif node.kind == "paragraph":
            paragraph_n += 1
            local = f"p{paragraph_n}"
        else:
            local = locals_[id(node)]
        # Numbering that restarts (or repeats) is qualified by its parent's key.
        if node.kind in ("sentence", "paragraph") or id(node) in qualified:
            key = f"{parent_key}.{local}" if parent_key else local
        else:
            key = f"{scope}.{local}" if scope else local
        seen[key] += 1
        if seen[key] > 1:
            key = f"{key}-{seen[key]}"
        node.key = key
        if node.kind in _SCOPES:
            _assign_scope(node.children, key)
        else:
            _assign(node.children, key, scope, locals_, qualified)


def _make_unique(roots: list[Node]) -> None:
    """A key is unique in its document whatever the text did (a 目录 that repeats headings)."""
    seen: Counter = Counter()
    for node, _ in iter_with_parents(roots):
        seen[node.key] += 1
        if seen[node.key] > 1:
            n = seen[node.key]
            while f"{node.key}-{n}" in seen:
                n += 1
            node.key = f"{node.key}-{n}"
            seen[node.key] += 1


def _label(node: Node, paragraph_index: int, sentence_index: int) -> str:
    value = cn_to_int(node.number or "")
    if node.kind == "chapter":
        if node.marker.startswith("第"):
            return node.marker
        return f"第{int_to_cn(value) if value is not None else node.number}部分"
    if node.kind in ("section", "article", "volume", "box", "annex"):
        return node.marker
    if node.kind == "letter":
        return f"第{node.number}项"
    if node.kind == "preface":
        return "序言"
    if node.kind == "toc":
        return "目录"
    if node.kind == "cover":
        return f"“{node.title}”"
    if node.kind == "part":
        return f"第{node.number}部分"
    if node.kind == "measure":
        return f"第{value}条"
    if node.kind in ("item", "subitem"):
        return f"第{node.marker.rstrip('、，')}项"
    if node.kind == "list":
        return f"第{node.marker}项"
    if node.kind == "heading":
        return f"“{node.title}”"
    if node.kind == "preamble":
        return "序言" if paragraph_index <= 1 else f"序言第{paragraph_index}段"
    if node.kind == "sentence":
        return f"第{sentence_index}句"
    return f"第{paragraph_index}段"


def _cite(nodes: list[Node], prefix: str) -> None:
    paragraph_index = sentence_index = 0
    for node in nodes:
        if node.kind == "sentence":
            sentence_index += 1
        elif node.kind in ("goal", "paragraph", "preamble"):
            paragraph_index += 1
        node.citation = prefix + _label(node, paragraph_index, sentence_index)
        if node.children:
            _cite(node.children, node.citation)
