"""Copy with citation puts HTML beside the plain text (issue 11, item 18)."""

from __future__ import annotations

import re

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from hzreader.ui.shell.clipboard import quotation_html


def test_the_clipboard_holds_plain_text_and_html_with_a_smaller_citation(window):
    reader = window.reader
    sentence = window.library.node("m9.s2")
    start = reader.text_position("m9.s2", 2)
    reader.select_range(start, start + 10)
    window.actions.copy_with_citation.trigger()
    mime = QApplication.clipboard().mimeData()
    quote = sentence.text[2:12]
    assert mime.text() == f"{quote}\n{sentence.citation}"  # plain editors get it as before
    assert mime.hasHtml()
    html = mime.html()
    # Two paragraphs: the quote, then the citation in a smaller grey run.
    paragraphs = re.findall(r"<p[^>]*>(.*?)</p>", html)
    assert len(paragraphs) == 2 and quote in paragraphs[0]
    assert "font-size:9pt" in paragraphs[1] and sentence.citation in paragraphs[1]
    # As a rich-text reader (WPS, Word) reads it: the words, in that order.
    document = QTextDocument()
    document.setHtml(html)
    assert document.toPlainText() == f"{quote}\n{sentence.citation}"
    cited = document.lastBlock().begin().fragment().charFormat()
    body = document.firstBlock().begin().fragment().charFormat()
    assert cited.fontPointSize() == 9 and body.fontPointSize() != 9


def test_markup_in_the_quote_stays_text():
    html = quotation_html("R&D <经费>\n第二行", "《计划》第1条")
    assert "R&amp;D &lt;经费&gt;<br>第二行" in html
