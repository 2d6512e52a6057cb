"""The 需复核 queue: the notes an edition import left on the old edition, read on the
matching thread (placing them again compares the editions), settled one click at a time."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDockWidget

from hzreader.core.errors import KnownError
from hzreader.ui.relations import clause_label
from hzreader.ui.versions.review_panel import ReviewCard, ReviewPanel

CHANNEL = "review_queue"
DEFAULT_HEX = "#d9a400"


def review_cards(services) -> list[ReviewCard]:
    """Every note waiting for review, as the dock shows it (on the matching thread)."""
    library = services.library
    colors = {name: hex_ for name, _label, hex_ in services.annotations.colors()}
    cards = []
    for item in services.editions.review_queue():
        a = item.annotation
        old, new = library.document(item.old_doc), library.document(item.new_doc)
        node = old.find(a.key)
        candidate = new.find(item.candidate) if item.candidate else None
        old_label = clause_label(node.citation, None, old.title) if node else a.key
        cards.append(
            ReviewCard(
                annotation_id=a.id,
                quote=a.quote or (node.text if node else ""),
                note=a.note,
                color=colors.get(a.color, DEFAULT_HEX),
                old_doc=old.id,
                old_key=a.key,
                old_label=old_label,
                old_text=node.text if node else "",
                new_doc=new.id,
                candidate=candidate.key if candidate else None,
                candidate_label=(
                    clause_label(candidate.citation, None, new.title) if candidate else ""
                ),
                candidate_text=candidate.text if candidate else "",
            )
        )
    return cards


class ReviewQueue(QObject):
    """Fills the 需复核 dock and settles its notes through the edition service."""

    def __init__(self, window, dock: QDockWidget, versions) -> None:
        super().__init__(versions)
        self.window = window
        self.dock = dock
        self.versions = versions
        self.panel = ReviewPanel(dock)
        dock.setWidget(self.panel)
        self.cards: list[ReviewCard] = []
        self.panel.confirm_requested.connect(self.confirm)
        self.panel.move_requested.connect(self.move)
        self.panel.keep_requested.connect(self.keep)
        self.panel.open_requested.connect(self._open)
        dock.visibilityChanged.connect(lambda shown: shown and self.refresh())
        notes = getattr(window, "notes", None)
        button = getattr(getattr(notes, "panel", None), "review_button", None)
        if button is not None:
            # The notes panel's 需复核 filter: the queue, with its one-click answers, beside it.
            button.toggled.connect(lambda on: on and self.cards and self.show())

    def show(self) -> None:
        """Bring the dock up."""
        self.dock.show()
        self.dock.raise_()

    def _matcher(self):
        relations = getattr(self.window, "relations", None)
        return relations.matcher if relations is not None else None

    def refresh(self) -> None:
        """Read the queue again (after an import, an undo, a settled note)."""
        matcher = self._matcher()
        if matcher is None or self.window.services is None:
            return
        self.panel.set_message(ReviewPanel.tr("正在读取需复核的笔记…"))
        matcher.submit(review_cards, self._show, self._failed, CHANNEL)

    def follow(self, doc_id: str) -> None:
        """Another document is shown (the queue does not depend on it)."""

    def _show(self, cards: list[ReviewCard]) -> None:
        self.cards = cards
        self.panel.set_cards(cards)

    def _failed(self, exc: object) -> None:
        self.panel.set_message(str(exc) if isinstance(exc, KnownError) else "")
        if not isinstance(exc, KnownError):
            self.versions.report(exc)

    def _card(self, annotation_id: str) -> ReviewCard | None:
        return next((c for c in self.cards if c.annotation_id == annotation_id), None)

    # -- 确认 / 改放 / 保留在旧版 -------------------------------------------------------------

    def confirm(self, annotation_id: str) -> None:
        """Put the note on its best candidate in the new edition."""
        card = self._card(annotation_id)
        if card is not None and card.candidate:
            self._settle(annotation_id, card.candidate, ReviewPanel.tr("已放到新版 {0}"), card)

    def move(self, annotation_id: str) -> None:
        """Ask for a clause of the new edition and put the note there."""
        card = self._card(annotation_id)
        if card is None:
            return
        key = self.versions.choose_place(annotation_id, card.new_doc, card.candidate)
        if key is not None:
            self._settle(annotation_id, key, ReviewPanel.tr("已改放到新版 {0}"), card)

    def keep(self, annotation_id: str) -> None:
        """Leave the note on its old clause, no longer waiting for review."""
        card = self._card(annotation_id)
        if card is not None:
            self._settle(annotation_id, None, ReviewPanel.tr("已保留在旧版 {0}"), card)

    def _settle(self, annotation_id: str, key: str | None, done: str, card: ReviewCard) -> None:
        editions = self.window.services.editions
        try:
            if key is None:
                editions.settle(annotation_id, keep_old=True)
                where = card.old_label
            else:
                a = editions.settle(annotation_id, key)
                node = self.window.services.library.node(a.key, a.doc)
                doc = self.window.services.library.document(a.doc)
                where = clause_label(node.citation, None, doc.title)
        except Exception as exc:
            self.versions.report(exc)
            return
        self.cards = [c for c in self.cards if c.annotation_id != annotation_id]
        self.panel.set_cards(self.cards)
        self.versions.status(done.format(where))
        self.window.refresh_notes()
        self.refresh()

    def _open(self, doc_id: str, key: str) -> None:
        self.window.open_document(doc_id)
        if self.window.document is not None and self.window.document.id == doc_id:
            self.window.open_node(key)
