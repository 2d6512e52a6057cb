"""The 任务分解表 as files people hand in: xlsx with real cells, a 公文 Word table, csv, md."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from docx import Document as read_docx
from docx.oxml.ns import qn
from openpyxl import load_workbook

from hzreader.services.composition import Services

HEADERS = ["序号", "重点任务", "具体内容", "牵头单位", "责任单位", "完成时限", "进展情况"]


@pytest.fixture
def table_ctx(app_ctx):
    """Three clauses on the table for two units, one of them late."""
    tasks = Services(app_ctx).tasks
    tasks.assign(
        "m9",
        lead="市住保房管局",
        partners=["市发改委", "市规划和自然资源局"],
        due="2099-06",
        status="doing",
        note="**已报送**试点方案",
    )
    tasks.assign("m2.s2", lead="市科技局", partners=["市发改委"], due="2099")
    tasks.assign("m12", lead="市发改委", due="2020-06-30", status="todo")
    return app_ctx


def test_xlsx_has_real_cells_a_frozen_header_and_print_titles(table_ctx, tmp_path: Path) -> None:
    path, count = Services(table_ctx).tasks.export("xlsx", tmp_path / "t.xlsx")
    assert count == 3
    ws = load_workbook(path).active
    assert ws["A1"].value.endswith("重点任务分解表")
    assert [c.value for c in ws[3]] == HEADERS
    assert ws.freeze_panes == "C4" and ws.print_title_rows == "$3:$3"
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    assert ws["A4"].value.startswith("二、")  # the chapter's row, across the table
    assert any(str(r) == "A4:G4" for r in ws.merged_cells.ranges)
    rows = {r[0].value: r for r in ws.iter_rows(min_row=5) if isinstance(r[0].value, int)}
    assert sorted(rows) == [1, 2, 3]
    m9 = next(r for r in rows.values() if r[3].value == "市住保房管局")
    assert m9[4].value == "市发改委、市规划和自然资源局"
    # The deadline is a date cell shown at the grain it was given.
    assert isinstance(m9[5].value, dt.datetime) and m9[5].value.date() == dt.date(2099, 6, 30)
    assert m9[5].number_format == 'yyyy"年"m"月"'
    assert m9[6].value.startswith("推进中") and "已报送试点方案" in m9[6].value
    assert m9[2].alignment.wrap_text
    late = next(r for r in rows.values() if r[3].value == "市发改委")
    assert late[0].font.color.rgb.endswith("C00000") and "已逾期" in late[6].value
    widths = {k: ws.column_dimensions[k].width for k in "ABCDEFG"}
    assert widths["C"] == max(widths.values()) and widths["A"] <= 6
    # Rows are tall enough for their wrapped text.
    assert ws.row_dimensions[m9[0].row].height > 3 * 13.5


def test_docx_is_a_landscape_table_with_its_header_on_every_page(table_ctx, tmp_path) -> None:
    path, _count = Services(table_ctx).tasks.export("docx", tmp_path / "t.docx")
    doc = read_docx(str(path))
    section = doc.sections[0]
    assert section.page_width > section.page_height
    table = doc.tables[0]
    assert [c.text for c in table.rows[0].cells] == HEADERS
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    grid = [int(g.get(qn("w:w"))) for g in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    assert grid[2] == max(grid) and grid[0] == min(grid)
    texts = [[c.text for c in r.cells] for r in table.rows[1:]]
    assert texts[0][0].startswith("二、") and len(set(texts[0])) == 1  # a merged chapter row
    m9 = next(r for r in texts if r[3] == "市住保房管局")
    assert m9[1].startswith("完善城乡住房保障体系\n第三部分第9条")
    assert m9[5] == "2099年6月"
    late = next(r for r in texts if r[3] == "市发改委")
    assert late[5] == "2020年6月30日\n（已逾期）"
    assert "已报送试点方案" in m9[6] and "**" not in m9[6]


def test_csv_and_markdown(table_ctx, tmp_path: Path) -> None:
    tasks = Services(table_ctx).tasks
    path, _count = tasks.export("csv", tmp_path / "t.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        records = list(csv.DictReader(fh))
    assert list(records[0])[:7] == HEADERS
    assert [r["节点"] for r in records] == ["m2.s2", "m9", "m12"]
    assert {r["状态"] for r in records} == {"todo", "doing"}
    path, _count = tasks.export("md", tmp_path / "t.md")
    text = path.read_text(encoding="utf-8")
    assert text.count("| 序号 | 重点任务 |") == 3  # one table per chapter
    assert "## 三、促进城乡区域一体化发展" in text


def test_one_units_table(table_ctx, tmp_path: Path) -> None:
    path, count = Services(table_ctx).tasks.export("xlsx", tmp_path / "u.xlsx", unit="市发改委")
    assert count == 3  # lead of m12, partner of m9 and m2.s2
    path, count = Services(table_ctx).tasks.export("docx", tmp_path / "k.docx", unit="市科技局")
    assert count == 1
    assert "单位：市科技局" in "\n".join(p.text for p in read_docx(str(path)).paragraphs)


def _excel_lines(text: str, width: float) -> int:
    """Lines Excel shows a wrapped cell in: a column unit is 7 px (a Calibri 11 digit, plus 5 px
    of the column), a 10-point Chinese character 13.3 px at 96 dpi, a Latin one about 7."""
    room = width * 7 + 5 - 6  # less the cell's padding
    lines = 0
    for part in str(text).split("\n"):
        px = sum(13.34 if ord(c) > 0x2E80 else 7 for c in part)
        lines += max(1, -int(-px // room))
    return lines


def test_xlsx_rows_are_tall_enough_for_excel_to_show_every_line(app_ctx, tmp_path) -> None:
    """A long clause is not cut off in Excel or WPS, which keep a row's stored height."""
    tasks = Services(app_ctx).tasks
    for key in ("m3", "m4", "m9", "m12", "m2.s2"):
        tasks.assign(key, lead="市发改委", partners=["市财政局"], note="正在起草实施细则。" * 8)
    ws = load_workbook(tasks.export("xlsx", tmp_path / "t.xlsx")[0]).active
    widths = [ws.column_dimensions[k].width for k in "ABCDEFG"]
    checked = 0
    for row in ws.iter_rows(min_row=4):
        if not isinstance(row[0].value, int):
            continue
        needed = max(_excel_lines(c.value, w) for c, w in zip(row, widths, strict=True) if c.value)
        height = ws.row_dimensions[row[0].row].height
        assert height >= 13.5 * needed, (row[0].value, height, needed)
        assert height <= 13.5 * needed * 1.3 + 6  # and not much taller
        checked += 1
    assert checked == 5


def test_docx_task_rows_move_whole_to_the_next_page(table_ctx, tmp_path) -> None:
    path, _count = Services(table_ctx).tasks.export("docx", tmp_path / "t.docx")
    table = read_docx(str(path)).tables[0]
    for row in table.rows[1:]:
        assert row._tr.trPr is not None and row._tr.trPr.find(qn("w:cantSplit")) is not None
