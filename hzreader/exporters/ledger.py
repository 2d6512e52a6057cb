"""The targets ledger (指标台账) as CSV (UTF-8 with BOM), Markdown, Word (.docx) or Excel."""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from hzreader.core.errors import BadInputError
from hzreader.core.ledger import COMPARATOR_SYMBOLS, LedgerRow, format_number, goal_text
from hzreader.exporters.docx_text import xml_safe
from hzreader.i18n import Errors

FORMATS = ("csv", "md", "docx", "xlsx")
CJK_FONT = "宋体"
LATIN_FONT = "Times New Roman"

CSV_HEADER = (
    "指标ID",
    "章",
    "章标题",
    "条",
    "指标",
    "比较",
    "目标值",
    "单位",
    "年份",
    "最新实际值",
    "实际值日期",
    "来源",
    "备注",
    "进度",
    "是否达标",
    "全部记录",
    "节点",
    "原文",
)


def _atomic_write(path: Path, write: Callable[[Path], None]) -> None:
    """Write through a temporary file beside `path`, then replace it in one step."""
    # A crash or a full disk mid-export must not leave a half-written file under the real name.
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        write(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        raise BadInputError(
            Errors.tr("无法写入 {0}：{1}（请检查文件夹和磁盘空间）").format(
                path, exc.strerror or exc
            )
        ) from exc
    finally:
        if tmp.exists():
            tmp.unlink()


def _cell(text: str) -> str:
    """Text safe in a spreadsheet: a leading = + - @ would start a formula."""
    return f"'{text}" if text[:1] in ("=", "+", "-", "@") else text


def _history(row: LedgerRow) -> str:
    return "；".join(f"{a.recorded_on} {format_number(a.value)}" for a in row.actuals)


def _met(row: LedgerRow) -> str:
    progress = row.progress
    if progress is None:
        return ""
    return "是" if progress.met else "否"


def csv_records(rows: Sequence[LedgerRow]) -> list[list[str]]:
    """The CSV's lines after the header, one per target."""
    out = []
    for r in rows:
        t, latest, progress = r.target, r.latest, r.progress
        out.append(
            [
                t.id,
                r.chapter_number or "",
                r.chapter_title or "",
                r.section_number or "",
                _cell(t.name),
                COMPARATOR_SYMBOLS.get(t.comparator, t.comparator),
                format_number(t.value),
                t.unit,
                str(t.year) if t.year is not None else "",
                format_number(latest.value) if latest else "",
                latest.recorded_on if latest else "",
                _cell(latest.source) if latest else "",
                _cell(latest.note) if latest else "",
                progress.label if progress else "",
                _met(r),
                _history(r),
                t.key,
                _cell(t.text),
            ]
        )
    return out


def write_csv(rows: Sequence[LedgerRow], path: Path) -> None:
    """CSV in UTF-8 with a BOM, so that Excel and WPS read the Chinese right."""

    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(CSV_HEADER)
            writer.writerows(csv_records(rows))

    _atomic_write(path, write)


def _md(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def markdown_text(rows: Sequence[LedgerRow], title: str = "") -> str:
    """The ledger as a Markdown document: one table, then the recorded values per target."""
    lines = [f"# 指标台账{f'：{title}' if title else ''}", ""]
    lines += [
        "| 序号 | 章 | 条 | 指标 | 目标 | 年份 | 最新实际值 | 日期 | 进度 |",
        "|---:|---|---|---|---|---:|---:|---|---|",
    ]
    for i, r in enumerate(rows, 1):
        cells = _table_cells(i, r, met=" ✓")
        lines.append("| " + " | ".join(_md(c) for c in cells) + " |")
    recorded = [r for r in rows if r.actuals]
    if recorded:
        lines += ["", "## 实际值记录", ""]
        for r in recorded:
            lines.append(f"### {_md(r.target.name)}（{_md(goal_text(r.target))}）")
            lines.append("")
            for a in r.actuals:
                extra = "；".join(x for x in (a.source, a.note) if x)
                tail = f"：{_md(extra)}" if extra else ""
                lines.append(f"- {a.recorded_on}　{format_number(a.value)} {r.target.unit}{tail}")
            lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def write_markdown(rows: Sequence[LedgerRow], path: Path, title: str = "") -> None:
    """The ledger as a Markdown file (UTF-8)."""
    text = markdown_text(rows, title)
    _atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def _fonts(element, size_pt: float | None = None) -> None:
    """Latin and East Asian fonts on a style or run; Word needs w:eastAsia set explicitly."""
    from docx.oxml.ns import qn
    from docx.shared import Pt

    element.font.name = LATIN_FONT
    if size_pt:
        element.font.size = Pt(size_pt)
    rpr = element.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), CJK_FONT)


# Millimetres across the 255 mm of an A4 landscape page: 指标 gets the room it needs, the
# short columns (序号, 章, 年份) only what theirs do.
DOCX_WIDTHS = (12, 10, 16, 93, 30, 14, 26, 24, 30)
DOCX_HEADER = ("序号", "章", "条", "指标", "目标", "年份", "最新实际值", "日期", "进度")


def _docx_document(rows: Sequence[LedgerRow], title: str):
    from hzreader.exporters.docx_table import add_row, add_table, landscape_document

    recorded = sum(1 for r in rows if r.actuals)
    doc = landscape_document(
        f"指标台账{f'：{title}' if title else ''}", f"共 {len(rows)} 项指标，{recorded} 项有实际值"
    )
    for name in ("Heading 1", "Heading 2"):
        _fonts(doc.styles[name])
    table = add_table(doc, DOCX_HEADER, DOCX_WIDTHS)
    centred = {0, 1, 2, 5, 6, 7}
    for i, r in enumerate(rows, 1):
        values = _table_cells(i, r, met="（达标）")
        add_row(
            table,
            [[(text, {"center": k in centred})] for k, text in enumerate(values)],
            keep=True,
        )
    recorded_rows = [r for r in rows if r.actuals]
    if recorded_rows:
        doc.add_heading("实际值记录", level=2)
        for r in recorded_rows:
            doc.add_paragraph().add_run(f"{r.target.name}（{goal_text(r.target)}）").bold = True
            for a in r.actuals:
                extra = "；".join(x for x in (a.source, a.note) if x)
                line = f"{a.recorded_on}　{format_number(a.value)} {r.target.unit}"
                text = xml_safe(line + (f"：{extra}" if extra else ""))
                doc.add_paragraph(text, style="List Bullet")
    return doc


def write_docx(rows: Sequence[LedgerRow], path: Path, title: str = "") -> None:
    """The ledger as a Word document with Chinese fonts set for East Asian text."""
    doc = _docx_document(rows, title)
    _atomic_write(path, lambda tmp: doc.save(str(tmp)))


def export_ledger(rows: Sequence[LedgerRow], path: Path, fmt: str, title: str = "") -> int:
    """Write the ledger in `fmt` (csv, md, docx, xlsx) to `path`; the number of targets."""
    fmt = fmt.lower().lstrip(".")
    if fmt == "csv":
        write_csv(rows, path)
    elif fmt in ("md", "markdown"):
        write_markdown(rows, path, title)
    elif fmt == "docx":
        write_docx(rows, path, title)
    elif fmt == "xlsx":
        from hzreader.exporters.ledger_xlsx import write_xlsx

        write_xlsx(rows, path, title)
    else:
        raise BadInputError(
            Errors.tr("不支持的格式 {0}（可选：{1}）").format(fmt, Errors.tr("、").join(FORMATS))
        )
    return len(rows)


def _table_cells(i: int, r: LedgerRow, *, met: str) -> list[str]:
    """One ledger row as the cells of the Markdown and Word tables."""
    t, latest, progress = r.target, r.latest, r.progress
    return [
        str(i),
        r.chapter_number or "",
        r.section_label,
        t.name,
        goal_text(t),
        str(t.year or ""),
        format_number(latest.value) if latest else "",
        latest.recorded_on if latest else "",
        f"{progress.label}{met if progress.met else ''}" if progress else "",
    ]
