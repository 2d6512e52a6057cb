"""Fixtures for importing: a Word document built with python-docx, a corpus path."""

from __future__ import annotations

from pathlib import Path

import pytest


def write_policy_docx(path: Path) -> Path:
    """A central-opinion style .docx: title, Heading 1/2 styles, typed numbering, a table."""
    import docx

    document = docx.Document()
    document.add_paragraph("关于支持山区县跨越式高质量发展的意见")
    document.add_paragraph("（2023年2月10日）")
    document.add_paragraph("为推动山区县加快发展，现提出如下意见。")
    document.add_heading("一、总体要求", level=1)
    document.add_heading("（一）指导思想", level=2)
    document.add_paragraph("坚持以人民为中心的发展思想，因地制宜推动特色发展。")
    document.add_heading("（二）主要目标", level=2)
    document.add_paragraph("到2027年，山区县居民人均可支配收入增幅高于全省平均。")
    document.add_heading("二、重点任务", level=1)
    document.add_paragraph("1.壮大特色产业。每个县培育1个以上百亿级产业集群。")
    document.add_paragraph("2.提升公共服务。推动优质教育医疗资源下沉。")
    document.add_heading("主要指标", level=2)
    table = document.add_table(rows=2, cols=2)
    for row, values in zip(
        table.rows, (("指标", "2027年"), ("人均可支配收入增幅", "高于全省")), strict=True
    ):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.add_heading("三、保障措施", level=1)
    document.add_paragraph("3.加强组织领导。建立省级统筹协调机制。")
    document.save(str(path))
    return path


@pytest.fixture
def policy_docx(tmp_path: Path) -> Path:
    """The Word document of the corpus, written for this test."""
    return write_policy_docx(tmp_path / "山区县意见.docx")
