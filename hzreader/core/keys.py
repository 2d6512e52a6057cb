"""Stable, readable node keys (m9, m9.s2, c3) and official-style citations."""

from __future__ import annotations

from collections import Counter, defaultdict

from hzreader.core.model import Node, iter_with_parents
from hzreader.core.numerals import cn_to_int, int_to_cn

_PREFIX = {
    "chapter": "c",
    "part": "pt",
    "section": "sec",
    "article": "a",
    "item": "i",
    "measure": "m",
    "subitem": "n",
    "list": "l",
}
_ORDINAL_PREFIX = {"goal": "g", "heading": "h"}


def _local_key(node: Node, ordinals: dict[str, int]) -> str:
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


def assign_keys(roots: list[Node], *, doc_title: str) -> None:
    """Give every node its key and citation; the same text always gets the same keys."""
    ordinals: dict[str, int] = defaultdict(int)
    locals_: dict[int, str] = {}
    for node, _ in iter_with_parents(roots):
        if node.kind not in ("sentence", "paragraph"):
            locals_[id(node)] = _local_key(node, ordinals)
    # A kind whose numbering restarts anywhere is qualified by the parent key everywhere,
    # so one document's items read alike (c1.i1, c1.i2, c2.i1).
    counts = Counter(locals_.values())
    kinds_by_id = {id(n): n.kind for n, _ in iter_with_parents(roots)}
    restarting = {kinds_by_id[i] for i, key in locals_.items() if counts[key] > 1}
    qualified = {i for i in locals_ if kinds_by_id[i] in restarting}
    _assign(roots, "", locals_, qualified)
    _cite(roots, f"《{doc_title}》")


def _assign(
    nodes: list[Node], parent_key: str, locals_: dict[int, str], qualified: set[int]
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
            key = local
        seen[key] += 1
        if seen[key] > 1:
            key = f"{key}-{seen[key]}"
        node.key = key
        _assign(node.children, key, locals_, qualified)


def _label(node: Node, paragraph_index: int, sentence_index: int) -> str:
    value = cn_to_int(node.number or "")
    if node.kind == "chapter":
        if node.marker.startswith("第"):
            return node.marker
        return f"第{int_to_cn(value) if value is not None else node.number}部分"
    if node.kind in ("section", "article"):
        return node.marker
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
        _cite(node.children, node.citation)
