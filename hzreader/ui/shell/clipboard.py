"""A quotation with its citation for the clipboard: plain text, and HTML that WPS and Word
paste with its form (the quote, then the citation on a smaller line below)."""

from __future__ import annotations

from PySide6.QtCore import QMimeData

CITATION_STYLE = "font-size:9pt;color:#595959"  # 小五, grey: under the quote, not over it


def quotation_html(text: str, citation: str) -> str:
    """The quote as a paragraph (its own line breaks kept), the citation under it."""
    from html import escape  # at a copy: html.entities is a large table, off the start path

    quote = "<br>".join(escape(line) for line in text.split("\n"))
    parts = [f'<p style="margin:0">{quote}</p>']
    if citation:
        parts.append(
            f'<p style="margin:0"><span style="{CITATION_STYLE}">{escape(citation)}</span></p>'
        )
    return "<html><body>" + "".join(parts) + "</body></html>"


def quotation_mime(text: str, citation: str) -> QMimeData:
    """Both flavours: text/plain (quote, a line break, the citation) and text/html."""
    mime = QMimeData()
    mime.setText(f"{text}\n{citation}" if citation else text)
    mime.setHtml(quotation_html(text, citation))
    return mime
