"""与旧版对比: the new edition to read, with what changed marked, and a summary bar.

Inserted runs are tinted green and underlined, deleted ones (kept in the text where they
stood) tinted red and struck through; every changed clause has its sign and word in the
right margin (＋ 新增, － 删除, ～ 修改, ↕ 原第6条), so the page reads without colour too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hzreader.core.compare import Change
from hzreader.ui import theme
from hzreader.ui.compare.changes import ChangeView
from hzreader.ui.reader import Z_HIGHLIGHTS, Marker, ReaderView, Span

translate = QCoreApplication.translate  # the name pyside6-lupdate reads

CHANGES_LAYER = "edition_changes"
STATUS_LAYER = "edition_status"
INSERTED = QColor(46, 125, 50, 60)
DELETED = QColor(198, 40, 40, 55)
# status → (sign, colour): the sign reads without colour
STATUS_STYLE = {
    "added": ("＋", QColor("#2e7d32")),
    "removed": ("－", QColor("#c62828")),
    "changed": ("～", QColor("#a15c00")),
    "moved": ("↕", QColor("#1565c0")),
}
# The summary bar above the reader: (light, night) background, its lower edge, its quiet text.
BAR = (QColor("#f3f1ea"), QColor("#303136"))
BAR_EDGE = (QColor("#d8d4c8"), QColor("#44454b"))
BAR_MUTED = (QColor("#555555"), theme.DARK.muted_ink)


class ElidedLabel(QLabel):
    """A one-line label that ends in … when it is narrower than its text (a long title),
    instead of cutting a character in half."""

    def shown_text(self) -> str:
        """The text as drawn at the label's present width."""
        width = self.contentsRect().width()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, width)

    def paintEvent(self, event) -> None:
        """Draw the elided text where QLabel would draw the whole of it."""
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(self.alignment()), self.shown_text())
        painter.end()


def status_words() -> dict[str, str]:
    """What each status is called in the window."""
    return {
        "added": translate("EditionView", "新增"),
        "removed": translate("EditionView", "删除"),
        "changed": translate("EditionView", "修改"),
        "moved": translate("EditionView", "调整编号"),
    }


def change_label(change: Change, old_title: str) -> str:
    """The margin label of a changed clause: ＋ 新增, ～ 修改, ↕ 原第6条…"""
    from hzreader.services.relations import short_citation

    sign, _ = STATUS_STYLE[change.status]
    old = short_citation(change.old_citation, old_title) if change.old_citation else ""
    if change.status == "moved":
        return (f"{sign} " + translate("EditionView", "原{0}").format(old)) if old else sign
    text = f"{sign} {status_words()[change.status]}"
    if change.status == "changed" and change.renumbered and old:
        text += " · " + translate("EditionView", "原{0}").format(old)
    return text


def change_tip(change: Change, old_title: str, new_title: str) -> str:
    """What hovering a change says: its status, both citations, and how much is kept."""
    from hzreader.services.relations import short_citation

    words = status_words()[change.status]
    parts = [words]
    if change.old_citation:
        parts.append(
            translate("EditionView", "旧版：{0}").format(
                short_citation(change.old_citation, old_title)
            )
        )
    if change.new_citation:
        parts.append(
            translate("EditionView", "新版：{0}").format(
                short_citation(change.new_citation, new_title)
            )
        )
    if change.status == "changed":
        parts.append(translate("EditionView", "文字相同的部分约 {0:.0%}").format(change.similarity))
    if change.split_from:
        parts.append(translate("EditionView", "从旧版 {0} 拆出").format(change.split_from))
    if change.merged_into:
        parts.append(translate("EditionView", "并入新版 {0}").format(change.merged_into))
    return "\n".join(parts)


class EditionView(QWidget):
    """The summary bar above a reader of the comparison."""

    previous_requested = Signal()
    next_requested = Signal()
    export_requested = Signal()
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("edition_view")
        self.view: ChangeView | None = None
        self.old_title = self.new_title = ""
        self.bar = bar = QFrame(self)
        bar.setObjectName("edition_bar")
        self.title = ElidedLabel(bar)
        self.title.setObjectName("edition_title")
        # Ignored: a long title is elided instead of forcing the window wider.
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.summary = QLabel(bar)
        self.summary.setObjectName("edition_summary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.position = QLabel(bar)
        self.position.setObjectName("edition_position")
        self.previous_button = QToolButton(bar)
        self.next_button = QToolButton(bar)
        self.export_button = QToolButton(bar)
        self.close_button = QToolButton(bar)
        row = QHBoxLayout(bar)
        row.setContentsMargins(8, 4, 8, 4)
        column = QVBoxLayout()
        column.setSpacing(0)
        column.addWidget(self.title)
        column.addWidget(self.summary)
        row.addLayout(column, 1)
        row.addWidget(self.position)
        for button in (self.previous_button, self.next_button, self.export_button,
                       self.close_button):  # fmt: skip
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            row.addWidget(button)
        self.reader = ReaderView(self)
        self.reader.setObjectName("edition_reader")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.reader, 1)
        theme.follow_look(self, self.apply_look)

    def apply_look(self) -> None:
        """The bar's colours for the palette in use (again after a switch of theme): its
        texts legible on it, the summary's words in their colours too."""
        ground = theme.shade(*BAR)
        self.bar.setStyleSheet(
            f"QFrame#edition_bar {{ background: {ground.name()};"
            f" border-bottom: 1px solid {theme.shade(*BAR_EDGE).name()}; }}"
        )
        for label, color in ((self.title, theme.palette().text),
                             (self.summary, theme.palette().text),
                             (self.position, theme.shade(*BAR_MUTED))):  # fmt: skip
            theme.tint_text(label, theme.legible(color, ground))
        if self.view is not None:
            self._show_summary(self.view)

    def show_view(self, view: ChangeView, old_title: str, new_title: str, size: float) -> None:
        """Lay the comparison out and mark every change."""
        self.view, self.old_title, self.new_title = view, old_title, new_title
        if old_title == new_title:
            self.title.setText(self.tr("与旧版对比：《{0}》").format(new_title))
        else:
            self.title.setText(
                self.tr("与旧版对比：《{0}》 → 《{1}》").format(old_title, new_title)
            )
        self.title.setToolTip(self.tr("旧版：《{0}》\n现行：《{1}》").format(old_title, new_title))
        self._show_summary(view)
        reader = self.reader
        reader.set_document(view.document, size)
        spans = []
        for mark in view.marks:
            start = reader.text_position(mark.key, mark.start)
            end = reader.text_position(mark.key, mark.end)
            inserted = mark.op == "+"
            tip = self.tr("新版加入的文字") if inserted else self.tr("旧版有、新版删去的文字")
            spans.append(
                Span(start, end, INSERTED if inserted else DELETED, tip, None,
                     underline=inserted, strike=not inserted)
            )  # fmt: skip
        reader.set_layer(CHANGES_LAYER, spans, z=Z_HIGHLIGHTS)
        markers, widest = [], 0.0
        metrics = QFontMetricsF(reader.label_font())
        for key, change in view.statuses.items():
            if key not in reader.map:
                continue
            label = change_label(change, old_title)
            widest = max(widest, metrics.horizontalAdvance(label))
            _, color = STATUS_STYLE[change.status]
            tip = change_tip(change, old_title, new_title)
            markers.append(Marker(reader.text_position(key, 0), color, tip, key, label))
        reader.set_markers(STATUS_LAYER, markers)
        reader.set_gutter(widest + 4 if widest else 0)
        self.set_position(-1)

    def _show_summary(self, view: ChangeView) -> None:
        words = status_words()
        ground = theme.shade(*BAR)
        parts = []
        for status in ("added", "removed", "changed", "moved"):
            sign, color = STATUS_STYLE[status]
            shown = theme.legible(color, ground)
            parts.append(
                f'<span style="color:{shown.name()}">{sign} {words[status]} '
                f"<b>{view.summary.get(status, 0)}</b></span>"
            )
        self.summary.setText(" · ".join(parts))
        self.summary.setToolTip(
            self.tr("调整编号中有 {0} 句是从一个条款移到了另一个条款（见两处修改的条款）").format(
                view.moved_sentences
            )
            if view.moved_sentences
            else ""
        )

    def set_position(self, index: int) -> None:
        """Say which change is shown (-1: none yet)."""
        total = len(self.view.order) if self.view else 0
        if not total:
            self.position.setText(self.tr("两版内容相同"))
        elif index < 0:
            self.position.setText(self.tr("共 {0} 处变动，F7 逐处查看").format(total))
        else:
            self.position.setText(self.tr("第 {0}/{1} 处").format(index + 1, total))
