"""The ledger as CSV, Markdown and Word: files that open, in Chinese, with the recorded values."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from hzreader.core.errors import BadInputError
from hzreader.exporters.ledger import CSV_HEADER, export_ledger
from hzreader.services.composition import Services


@pytest.fixture
def ledger(app_ctx):
    """The plan's ledger with two values recorded for the unemployment rate."""
    service = Services(app_ctx).targets
    rate = next(t for t in service.targets() if t.name == "城镇调查失业率")
    service.record_actual("plan", rate.id, 5.6, "2023-12-31", source="统计公报")
    service.record_actual("plan", rate.id, 5.3, "2024-12-31", source="=区统计局", note="初步数")
    return service.ledger()


def test_csv_has_a_bom_and_reads_back(ledger, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    path = out / "台账.csv"
    assert export_ledger(ledger, path, "csv") == 33
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        records = list(csv.DictReader(fh))
    assert tuple(records[0]) == CSV_HEADER
    assert len(records) == 33
    for rec, row in zip(records, ledger, strict=True):
        t = row.target
        assert (rec["指标ID"], rec["指标"], rec["单位"], rec["节点"]) == (
            t.id,
            t.name,
            t.unit,
            t.key,
        )
        assert float(rec["目标值"]) == t.value
        assert rec["年份"] == (str(t.year) if t.year else "")
    rate = next(r for r in records if r["指标"] == "城镇调查失业率")
    assert (rate["比较"], rate["最新实际值"], rate["实际值日期"]) == ("≈", "5.3", "2024-12-31")
    # A cell that starts with = is kept as text, not run as a spreadsheet formula.
    assert rate["来源"] == "'=区统计局"
    assert (rate["进度"], rate["是否达标"]) == ("偏差 +6%", "是")
    assert rate["全部记录"] == "2024-12-31 5.3；2023-12-31 5.6"
    assert list(out.iterdir()) == [path]


def test_markdown(ledger, tmp_path: Path) -> None:
    path = tmp_path / "l.md"
    export_ledger(ledger, path, "md", title="行动计划")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# 指标台账：行动计划\n")
    assert "| 1 | 一 | 目标 | 人均生产总值 | ≥ 18 万元 | 2025 |  |  |  |" in text
    assert "| 城镇调查失业率 | ≈ 5 % | 2025 | 5.3 | 2024-12-31 | 偏差 +6% ✓ |" in text
    assert "- 2023-12-31　5.6 %：统计公报" in text
    assert sum(line.startswith("| ") for line in text.splitlines()) == 34


def test_docx_opens_with_chinese_fonts(ledger, tmp_path: Path) -> None:
    from docx import Document
    from docx.oxml.ns import qn

    path = tmp_path / "l.docx"
    export_ledger(ledger, path, "docx", title="行动计划")
    doc = Document(str(path))
    table = doc.tables[0]
    assert len(table.rows) == 34
    assert [c.text for c in table.rows[1].cells][3:6] == ["人均生产总值", "≥ 18 万元", "2025"]
    rate = next(r for r in table.rows if r.cells[3].text == "城镇调查失业率")
    assert rate.cells[6].text == "5.3" and rate.cells[8].text.startswith("偏差 +6%")
    fonts = doc.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == "宋体"
    assert any("2024-12-31" in p.text and "初步数" in p.text for p in doc.paragraphs)


def test_a_failed_export_leaves_the_old_file(ledger, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "out"
    out.mkdir()
    path = out / "l.csv"
    path.write_text("old", encoding="utf-8")
    import hzreader.exporters.ledger as module

    def broken(rows):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(module, "csv_records", broken)
    with pytest.raises(BadInputError, match="无法写入"):
        export_ledger(ledger, path, "csv")
    assert path.read_text(encoding="utf-8") == "old"
    assert list(out.iterdir()) == [path]
    with pytest.raises(BadInputError):
        export_ledger(ledger, tmp_path / "l.xls", "xls")


def test_docx_columns_are_as_wide_as_their_content_needs(ledger, tmp_path: Path) -> None:
    """指标 gets the room; 序号, 章 and 年份 only what they need (they were all one width)."""
    from docx import Document
    from docx.oxml.ns import qn

    path = tmp_path / "l.docx"
    export_ledger(ledger, path, "docx", title="行动计划")
    doc = Document(str(path))
    section = doc.sections[0]
    assert section.page_width > section.page_height  # landscape
    table = doc.tables[0]
    grid = [int(g.get(qn("w:w"))) for g in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    header = [c.text for c in table.rows[0].cells]
    widths = dict(zip(header, grid, strict=True))
    assert widths["指标"] == max(grid) and widths["指标"] > 5 * widths["章"]
    assert widths["序号"] < widths["进度"] and widths["年份"] < widths["目标"]
    cells = table.rows[1].cells
    assert [c.width for c in cells] == [table.columns[k].width for k in range(len(cells))]
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # repeated on each page


def test_xlsx_has_numbers_dates_and_a_sheet_of_every_value(ledger, tmp_path: Path) -> None:
    import datetime as dt

    from openpyxl import load_workbook

    path = tmp_path / "l.xlsx"
    assert export_ledger(ledger, path, "xlsx", title="行动计划") == 33
    book = load_workbook(path)
    ws = book["指标台账"]
    assert ws["A1"].value == "指标台账：行动计划"
    header = [c.value for c in ws[3]]
    assert header[:4] == ["序号", "章", "条", "指标"]
    assert ws.freeze_panes == "E4" and ws.print_title_rows == "$3:$3"
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    rows = {r[3].value: r for r in ws.iter_rows(min_row=4)}
    first = rows["人均生产总值"]
    assert first[0].value == 1 and first[5].value == 18 and first[7].value == 2025
    rate = rows["城镇调查失业率"]
    assert rate[8].value == 5.3 and isinstance(rate[8].value, float)
    assert isinstance(rate[9].value, dt.datetime) and rate[9].value.date() == dt.date(2024, 12, 31)
    assert rate[10].number_format == "0%" and 0 < rate[10].value <= 1
    assert rate[11].value == "偏差 +6%" and rate[12].value == "是"
    assert rate[13].value == "'=区统计局"  # never run as a formula
    history = book["实际值记录"]
    values = [(r[0].value, r[2].value) for r in history.iter_rows(min_row=3)]
    assert values == [("城镇调查失业率", 5.6), ("城镇调查失业率", 5.3)]
