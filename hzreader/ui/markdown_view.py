"""Notes as Markdown: sanitised HTML, and a browser that never loads anything by itself."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QTextDocumentFragment
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QWidget

# What a note may contain once rendered: text structure and links, nothing that loads.
ALLOWED_TAGS = {
    "p", "br", "hr", "strong", "b", "em", "i", "u", "del", "s", "code", "pre", "blockquote",
    "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "a", "table", "thead", "tbody",
    "tr", "th", "td", "dl", "dt", "dd", "sup", "sub",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"align"}, "td": {"align"}}
LINK_SCHEMES = {"http", "https"}
PREVIEW_LIMIT = 200_000  # characters rendered live; a 1 MB note previews its beginning
_EXTENSIONS = ["extra", "sane_lists", "nl2br"]


def render_markdown(text: str, limit: int | None = None) -> str:
    """A note's Markdown as HTML that is safe for any Qt widget (nh3 allow-list)."""
    # Imported here: Markdown and nh3 are not needed for the window's first frame.
    import markdown
    import nh3

    if limit is not None and len(text) > limit:
        text = text[:limit]
    raw = markdown.markdown(text, extensions=_EXTENSIONS, output_format="html")
    return nh3.clean(
        raw,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=LINK_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )


def markdown_to_plain(text: str, max_chars: int = 2_000) -> str:
    """A note's text without Markdown marks (for lists and tooltips)."""
    fragment = QTextDocumentFragment.fromHtml(render_markdown(text[: max_chars * 2]))
    plain = fragment.toPlainText().replace("\u2029", "\n").replace("\u2028", "\n")
    return plain[:max_chars]


def first_lines(text: str, lines: int = 3, width: int = 120) -> str:
    """The first few non-empty lines of a note without Markdown marks, shortened (quick:
    no rendering, so thousands of tooltips cost little)."""
    head = text[: max(width, 80) * (lines + 2) * 2]
    plain = [_strip_marks(line) for line in head.splitlines()]
    plain = [line for line in plain if line]
    out = " ⏎ ".join(plain[:lines]) if lines == 1 else "\n".join(plain[:lines])
    if len(out) > width or len(plain) > lines:
        out = out[:width].rstrip() + "…"
    return out


def tooltip_html(title: str, body: str) -> str:
    """A rich tooltip: a bold first line and escaped plain text under it."""
    body_html = html.escape(body).replace("\n", "<br>")
    return f"<p style='white-space:pre-wrap'><b>{html.escape(title)}</b><br>{body_html}</p>"


def is_safe_link(url: QUrl) -> bool:
    """Only web links may be opened, never files or other schemes."""
    return url.isValid() and url.scheme().lower() in LINK_SCHEMES and bool(url.host())


class SafeBrowser(QTextBrowser):
    """Shows sanitised HTML; loads no resource (images, style sheets) from anywhere.

    Links open in the system browser only for http(s), and only after the user agrees."""

    link_refused = Signal(str)  # a link that is not http(s)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.anchorClicked.connect(self.open_link)
        # A hook for tests and for a window that asks in its own way.
        self.confirm: Callable[[QUrl], bool] = self._ask

    def set_markdown_note(self, text: str) -> None:
        """Render a note (its beginning, for a very long one)."""
        body = render_markdown(text, PREVIEW_LIMIT)
        if len(text) > PREVIEW_LIMIT:
            body += "<p><i>" + html.escape(self.tr("（预览只显示笔记的开头部分）")) + "</i></p>"
        self.setHtml(body)

    def loadResource(self, kind: int, name: QUrl) -> object:
        """Nothing is ever loaded: no remote, file:// or qrc resource reaches the note.

        Empty data, not None: for an invalid value QTextDocument would read files itself."""
        return QByteArray()

    def open_link(self, url: QUrl) -> bool:
        """Open an http(s) link after a confirmation; True when it was opened."""
        if not is_safe_link(url):
            self.link_refused.emit(url.toString())
            return False
        if not self.confirm(url):
            return False
        return QDesktopServices.openUrl(url)

    def _ask(self, url: QUrl) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("打开链接"),
            self.tr("在浏览器中打开这个网址？\n{0}").format(url.toString()),
        )
        return answer == QMessageBox.StandardButton.Yes


_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKS = re.compile(
    r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)|\*\*|__|~~|`|<[^>]{1,80}>", re.M
)


def _strip_marks(line: str) -> str:
    return _MARKS.sub("", _LINK.sub(r"\1", line)).strip()


def plain_preview(text: str, width: int = 160) -> str:
    """A note's first non-empty line without Markdown marks, quickly (for long lists)."""
    head = text[: width * 8]
    for line in head.splitlines():
        clean = _strip_marks(line)
        if clean:
            more = len(clean) > width or head.strip() != line.strip()
            return clean[:width] + ("…" if more else "")
    return ""
