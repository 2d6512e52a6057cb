"""Notes as Markdown: sanitised HTML, and a browser that never loads anything by itself."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QByteArray, QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QWidget

from hzreader.exporters import note_html
from hzreader.ui.background import BackgroundJob

# Renderings under way: kept here until they report, whatever becomes of their browser.
_RUNNING: set[BackgroundJob] = set()

# What a note may contain once rendered: text structure and links, nothing that loads
# (the allow-list of exporters/note_html.py's WIDGET profile).
ALLOWED_TAGS = set(note_html.WIDGET.tags)
ALLOWED_ATTRIBUTES = {tag: set(names) for tag, names in note_html.WIDGET.attributes.items()}
LINK_SCHEMES = set(note_html.WIDGET.url_schemes)
# Characters of plain text a note past its budget shows in a preview.
PREVIEW_PLAIN_CHARS = 20_000
# Notes up to this length render at once (a few milliseconds); longer ones on a pool thread.
RENDER_AT_ONCE_CHARS = 2_000


def _notice(notice: str) -> str:
    """note_html's notice in the window's language."""
    translate = QCoreApplication.translate
    return {
        note_html.NOTICE_DEEP: translate("SafeBrowser", "（此笔记结构过深，按纯文本显示）"),
        note_html.NOTICE_LONG: translate("SafeBrowser", "（此笔记过长，按纯文本显示）"),
        note_html.NOTICE_COMPLEX: translate("SafeBrowser", "（此笔记标记过于复杂，按纯文本显示）"),
        note_html.NOTICE_BROKEN: translate(
            "SafeBrowser", "（此笔记无法按 Markdown 显示，按纯文本显示）"
        ),
    }.get(notice, notice)


def render_note(text: str) -> note_html.RenderedNote:
    """A note's Markdown as HTML safe for any Qt widget, within the render budget: past
    it, its plain text (the beginning of a long one) under a notice. Any thread."""
    return note_html.render(text, note_html.WIDGET, max_plain_chars=PREVIEW_PLAIN_CHARS)


def render_markdown(text: str) -> str:
    """A note's Markdown as HTML that is safe for any Qt widget (nh3 allow-list)."""
    return _localised(text, render_note(text))


def _localised(text: str, rendered: note_html.RenderedNote) -> str:
    """The rendered HTML, its notice (if any) said in the window's language."""
    if rendered.notice is None:
        return rendered.html
    return note_html.plain_html(text, _notice(rendered.notice), max_chars=PREVIEW_PLAIN_CHARS)


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
    rendered = Signal()  # the note handed to set_markdown_note is shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.anchorClicked.connect(self.open_link)
        # A hook for tests and for a window that asks in its own way.
        self.confirm: Callable[[QUrl], bool] = self._ask
        self._generation = self._shown = 0
        self._notice: str | None = None

    def set_markdown_note(self, text: str) -> None:
        """Render a note: a short one at once, a longer one on a pool thread (the view keeps
        what it showed until then, and rendered follows); past the budget, its plain text."""
        self._generation += 1
        if len(text) <= RENDER_AT_ONCE_CHARS:
            self._show_rendered(self._generation, text, render_note(text))
            return
        generation = self._generation
        job = BackgroundJob(lambda _progress: render_note(text), QCoreApplication.instance())
        _RUNNING.add(job)
        browser = self

        def done(result: object) -> None:
            _RUNNING.discard(job)
            job.deleteLater()
            if shiboken6.isValid(browser):
                browser._show_rendered(generation, text, result)

        def failed(exc: object) -> None:  # render() never raises; should it, plain text
            done(note_html.RenderedNote("", note_html.NOTICE_BROKEN))

        job.done.connect(done)
        job.failed.connect(failed)
        job.start()

    def rendering(self) -> bool:
        """True while a note handed to set_markdown_note is still being rendered."""
        return self._generation != self._shown

    def notice(self) -> str | None:
        """The notice shown above a note past its budget (None: rendered as Markdown)."""
        return self._notice

    def _show_rendered(self, generation: int, text: str, rendered: object) -> None:
        if generation != self._generation:
            return  # typed on meanwhile: a newer rendering is on its way
        assert isinstance(rendered, note_html.RenderedNote)
        self._shown = generation
        self._notice = None if rendered.notice is None else _notice(rendered.notice)
        self.setHtml(_localised(text, rendered))
        self.rendered.emit()

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


_LINK = re.compile(r"!?\[([^\[\]\n]{0,1000})\]\([^()\[\]\n]{0,2000}\)")
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
