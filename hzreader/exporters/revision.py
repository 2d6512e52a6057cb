"""The 修订对照表 of two editions (原文 | 修改后 | 说明) as Markdown or Word."""

from __future__ import annotations

from pathlib import Path

from hzreader.core.compare import Change, Comparison
from hzreader.core.files import write_atomic
from hzreader.core.model import Document

FORMATS = ("docx", "md")
DELETED = "C00000"
INSERTED = "1F4E79"


def _short(citation: str, doc: Document) -> str:
    prefix = f"《{doc.title}》"
    return citation[len(prefix) :] if citation.startswith(prefix) else citation


def explain(change: Change, old: Document, new: Document) -> str:
    """The 说明 of one row, in words."""
    was, now = _short(change.old_citation, old), _short(change.new_citation, new)
    if change.status == "added":
        text = f"新增{now}"
        if change.split_from:
            text += f"（由原{_short(old.find(change.split_from).citation, old)}拆出）"
        return text
    if change.status == "removed":
        text = f"删除原{was}"
        if change.merged_into:
            text += f"（内容并入{_short(new.find(change.merged_into).citation, new)}）"
        return text
    if change.status == "moved":
        if change.kind == "sentence":
            return f"句子由{was}移至{now}"
        return f"调整编号：{was} → {now}"
    text = f"修改{now}"
    if change.renumbered:
        text += f"（原{was}）"
    return text


def _diff(change: Change) -> list[list[str]]:
    """What a row shows: the edits; an unchanged text moved elsewhere only by its start."""
    if change.status != "moved" or len(change.diff) != 1:
        return change.diff
    text = change.diff[0][1]
    short = text if len(text) <= 40 else (change.title or text[:40]) + "……"
    return [["=", short + ("（文字未改）" if short != text else "")]]


def rows(cmp: Comparison) -> list[Change]:
    """The rows a 修订对照表 shows: every change that is not `same`."""
    return [c for c in cmp.changes if c.status != "same"]


def _md(cmp: Comparison, old: Document, new: Document) -> str:
    def esc(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", "<br>")

    def side(change: Change, keep: str) -> str:
        out = []
        for op, text in _diff(change):
            if op == "=":
                out.append(esc(text))
            elif op == keep:
                out.append(f"~~{esc(text)}~~" if op == "-" else f"**{esc(text)}**")
        return "".join(out)

    lines = [
        "# 修订对照表",
        "",
        f"原文：《{old.title}》（{old.id}）  ",
        f"修改后：《{new.title}》（{new.id}）",
        "",
        "| 原文 | 修改后 | 说明 |",
        "|---|---|---|",
    ]
    for c in rows(cmp):
        lines.append(f"| {side(c, '-')} | {side(c, '+')} | {esc(explain(c, old, new))} |")
    summary = cmp.summary()
    lines += [
        "",
        f"新增 {summary['added']} · 删除 {summary['removed']} · 修改 {summary['changed']}"
        f" · 调整编号 {summary['moved']}",
    ]
    return "\n".join(lines) + "\n"


def _docx(cmp: Comparison, old: Document, new: Document, handle) -> None:
    from hzreader.exporters.docx_table import add_row, add_table, landscape_document

    doc = landscape_document("修订对照表", f"《{old.title}》 → 《{new.title}》")
    grid = add_table(doc, ["原文", "修改后", "说明"], [110, 110, 45])
    for c in rows(cmp):
        left, right = [], []
        for op, text in _diff(c):
            if op == "=":
                left.append((text, {}))
                right.append((text, {}))
            elif op == "-":
                left.append((text, {"strike": True, "color": DELETED}))
            else:
                right.append((text, {"bold": True, "underline": True, "color": INSERTED}))
        add_row(grid, [left or [("", {})], right or [("", {})], [(explain(c, old, new), {})]])
    doc.save(handle)


def write_revision(cmp: Comparison, old: Document, new: Document, fmt: str, path: Path) -> int:
    """Write the 修订对照表; the number of rows."""
    if fmt == "md":
        text = _md(cmp, old, new)
        write_atomic(path, lambda h: h.write(text.encode("utf-8")))
    else:
        write_atomic(path, lambda h: _docx(cmp, old, new, h))
    return len(rows(cmp))
