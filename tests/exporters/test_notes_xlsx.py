"""Study notes as an Excel sheet: real date cells, a frozen and repeated header, A4 landscape
fitted to the page width, text that a spreadsheet would run as a formula kept as text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook

from hzreader.services.composition import Services

HEADERS = ["序号", "出处", "原文", "笔记", "标签", "颜色", "创建", "修改", "分组"]


def test_the_notes_sheet_is_printable_and_typed(app_ctx, tmp_path: Path) -> None:
    services = Services(app_ctx)
    notes = services.annotations
    notes.create(
        "m9", quote="共有产权住房", note="**重点**：与住建局对接", tags=["住房", "部门/住建"]
    )
    notes.create("m2", quote="人才", note="=SUM(A1:A9) 不是公式", color="红")
    notes.create("m12", note="整条的学习心得\n\n- 要点一\n- 要点二")
    path, count = services.exports.export("xlsx", tmp_path / "笔记.xlsx")
    assert count == 3
    ws = load_workbook(path)["笔记"]
    assert [c.value for c in ws[3]] == HEADERS
    assert ws.freeze_panes == "C4" and ws.print_title_rows == "$3:$3"
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
    rows = [r for r in ws.iter_rows(min_row=4) if isinstance(r[0].value, int)]
    assert [r[0].value for r in rows] == [1, 2, 3]
    by_quote = {r[2].value: r for r in rows}
    m2 = by_quote["人才"]
    assert m2[3].value == "'=SUM(A1:A9) 不是公式" and m2[3].data_type == "s"
    m9 = by_quote["共有产权住房"]
    assert m9[3].value == "重点：与住建局对接" and m9[4].value == "住房\n部门/住建"
    for row in rows:
        for cell in row[6:8]:  # 创建, 修改: date cells, not text
            assert cell.is_date and isinstance(cell.value, dt.datetime)
            assert cell.number_format == "yyyy-mm-dd hh:mm"
        assert row[2].alignment.wrap_text and row[3].alignment.wrap_text
    assert abs(m9[6].value - dt.datetime.now()) < dt.timedelta(minutes=10)
    widths = {k: ws.column_dimensions[k].width for k in "ABCDEFGHI"}
    assert widths["A"] <= 6 and widths["C"] >= 20 and widths["D"] >= 20
    whole = rows[2]  # m12, last in plan order: a note on the whole measure quotes all its text
    assert whole[2].value.startswith("推动实现更加充分更高质量就业") and len(whole[2].value) > 200
    assert ws.row_dimensions[whole[0].row].height > 5 * 13.5
