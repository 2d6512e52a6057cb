"""The 需复核 dock: each note an edition import could not place, beside its old clause and
its best candidate in the new edition, with 确认 / 改放 / 保留在旧版 one click away."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hzreader.ui import theme
from hzreader.ui.markdown_view import plain_preview

_EXCERPT = 110
# (light, night): a card, its edge, where the note was (red) and where it could go (green).
CARD = (QColor("#fffdf8"), QColor("#26272b"))
CARD_EDGE = (QColor("#d9d4c7"), QColor("#45464c"))
OLD_INK = (QColor("#7a2e2e"), QColor("#e8a3a3"))
NEW_INK = (QColor("#1f5e2e"), QColor("#9fd4a6"))


@dataclass(frozen=True)
class ReviewCard:
    """What one card shows: the note, where it was, where it could go."""

    annotation_id: str
    quote: str
    note: str
    color: str  # hex
    old_doc: str
    old_key: str
    old_label: str  # 第三部分第5条（旧版）
    old_text: str
    new_doc: str
    candidate: str | None
    candidate_label: str
    candidate_text: str


def _excerpt(text: str) -> str:
    return text if len(text) <= _EXCERPT else text[:_EXCERPT] + "…"


class _Card(QFrame):
    def __init__(self, card: ReviewCard, panel: ReviewPanel) -> None:
        super().__init__(panel.body)
        self.setObjectName(f"review_card_{card.annotation_id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.card = card
        quote = QLabel(f"“{_excerpt(card.quote)}”", self)
        quote.setWordWrap(True)
        bold = quote.font()
        bold.setBold(True)
        quote.setFont(bold)
        note = QLabel(_excerpt(plain_preview(card.note)) or self.tr("（无笔记）"), self)
        note.setWordWrap(True)
        old = QLabel(self.tr("旧版 {0}：{1}").format(card.old_label, _excerpt(card.old_text)), self)
        old.setWordWrap(True)
        if card.candidate:
            where = self.tr("新版候选 {0}：{1}").format(
                card.candidate_label, _excerpt(card.candidate_text)
            )
        else:
            where = self.tr("新版中没有找到合适的位置")
        new = QLabel(where, self)
        new.setWordWrap(True)
        self.confirm = QPushButton(self.tr("确认"), self)
        self.confirm.setObjectName("review_confirm")
        self.confirm.setToolTip(self.tr("把笔记放到新版的候选条款上"))
        self.confirm.setEnabled(card.candidate is not None)
        self.move = QPushButton(self.tr("改放…"), self)
        self.move.setObjectName("review_move")
        self.move.setToolTip(self.tr("在新版中另选一个条款放这条笔记"))
        self.keep = QPushButton(self.tr("保留在旧版"), self)
        self.keep.setObjectName("review_keep")
        self.keep.setToolTip(self.tr("笔记留在旧版的原条款上，不再列为需复核"))
        self.show_old = QPushButton(self.tr("看旧版原文"), self)
        self.show_old.setObjectName("review_show_old")
        self.show_old.setFlat(True)
        i = card.annotation_id
        self.confirm.clicked.connect(lambda: panel.confirm_requested.emit(i))
        self.move.clicked.connect(lambda: panel.move_requested.emit(i))
        self.keep.clicked.connect(lambda: panel.keep_requested.emit(i))
        self.show_old.clicked.connect(lambda: panel.open_requested.emit(card.old_doc, card.old_key))
        # Two by two: four buttons in a row are wider than the dock's usual width, which
        # pushed 保留在旧版 out of sight behind a horizontal scroll bar.
        buttons = QGridLayout()
        buttons.setHorizontalSpacing(4)
        buttons.setVerticalSpacing(2)
        buttons.addWidget(self.confirm, 0, 0)
        buttons.addWidget(self.move, 0, 1)
        buttons.addWidget(self.keep, 1, 0)
        buttons.addWidget(self.show_old, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        for label in (quote, note, old, new):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        layout.addLayout(buttons)
        self.inks = ((quote, None), (note, None), (old, OLD_INK), (new, NEW_INK))
        self.apply_look()

    def apply_look(self) -> None:
        """The card's colours for the palette in use: its background, its edge in the note's
        colour (a mark: 3:1 on the card), each text legible on it (4.5:1). The card has a
        style sheet, so the panel calls this again after a switch of theme."""
        ground = theme.shade(*CARD)
        edge = QColor(self.card.color)  # a pastel highlight colour: deepened on light paper
        hue, sat, val, _a = edge.getHsv()
        edge = theme.shade(QColor.fromHsv(max(hue, 0), max(sat, 170), val), edge)
        edge = theme.legible(edge, ground, theme.MARK_CONTRAST)
        self.setStyleSheet(
            f"QFrame#{self.objectName()} {{ border: 1px solid {theme.shade(*CARD_EDGE).name()};"
            f" border-left: 4px solid {edge.name()}; background: {ground.name()}; }}"
        )
        for label, ink in self.inks:
            color = theme.shade(*ink) if ink else theme.palette().text
            theme.tint_text(label, theme.legible(color, ground))


class ReviewPanel(QWidget):
    """The cards, one per note waiting for review, most recent edition first."""

    confirm_requested = Signal(str)  # annotation id
    move_requested = Signal(str)
    keep_requested = Signal(str)
    open_requested = Signal(str, str)  # doc, key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review_panel")
        self.summary = QLabel(self)
        self.summary.setObjectName("review_summary")
        self.summary.setWordWrap(True)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        # The cards follow the dock's width (their labels wrap): never a sideways scroll.
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget(self.scroll)
        self.column = QVBoxLayout(self.body)
        self.column.setContentsMargins(4, 4, 4, 4)
        self.column.setSpacing(6)
        self.column.addStretch(1)
        self.scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.scroll, 1)
        self.cards: dict[str, _Card] = {}
        self.set_cards([])
        theme.follow_look(self, self._restyle)

    def _restyle(self) -> None:
        for card in self.cards.values():
            card.apply_look()

    def set_cards(self, cards: list[ReviewCard]) -> None:
        """Show the notes waiting for review."""
        for card in self.cards.values():
            card.setParent(None)
            card.deleteLater()
        self.cards = {}
        for card in cards:
            widget = _Card(card, self)
            self.column.insertWidget(self.column.count() - 1, widget)
            self.cards[card.annotation_id] = widget
        if cards:
            self.summary.setText(
                self.tr("{0} 条笔记在新版本中没能确定位置，请逐条复核：").format(len(cards))
            )
        else:
            self.summary.setText(self.tr("没有需要复核的笔记。"))

    def set_message(self, text: str) -> None:
        """A line above the cards (busy, or a problem)."""
        self.summary.setText(text)
