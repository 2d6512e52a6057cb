"""对照阅读: the reader split in two; the right side follows the clause read on the left.

The left is the window's own reader (notes, search and everything else keep working there);
the right is a ParallelPane on any other document of the library. When the clause under the
left's cursor (or at its top) settles, the matching thread ranks the right document's
clauses for it; the right scrolls to the best one, the shared phrases are marked on both
sides, and the next-best ones are listed with their scores."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QColor

from hzreader.core.errors import KnownError
from hzreader.ui.compare.parallel_view import ParallelPane
from hzreader.ui.errors import report_unexpected
from hzreader.ui.labels import document_label
from hzreader.ui.reader import Z_SEARCH, Span
from hzreader.ui.relations import clause_key, match_rows

FOLLOW_MS = 250
PARALLEL_LIMIT = 6
CHANNEL = "parallel"
EVIDENCE_LAYER = "parallel_evidence"
EVIDENCE_MARK = QColor(255, 196, 92, 120)
SETTING_RIGHT = "parallel.document"


def evidence_spans(reader, evidence, side: str) -> list[Span]:
    """Spans of the shared phrases on one side ("source" or "target") of a match."""
    spans = []
    for e in evidence:
        key = e.source_key if side == "source" else e.target_key
        start = e.source_start if side == "source" else e.target_start
        if key in reader.map:
            spans.append(
                Span(
                    reader.text_position(key, start),
                    reader.text_position(key, start + len(e.phrase)),
                    EVIDENCE_MARK,
                    e.phrase,
                )
            )
    return spans


class ParallelReading(QObject):
    """The state of 对照阅读 while it is on: the pane, the document on the right, the
    clause followed, and its counterparts."""

    status_message = Signal(str)

    def __init__(self, window, pane: ParallelPane) -> None:
        super().__init__(pane)
        self.window = window
        self.pane = pane
        self.right: str | None = None
        self.key: str | None = None  # the clause on the left being matched
        self.matches: list = []
        self._moved_to: str | None = None
        self._timer = QTimer(self, singleShot=True, interval=FOLLOW_MS)
        self._timer.timeout.connect(self._follow)
        window.reader.current_key_changed.connect(self._moved)
        pane.document_chosen.connect(self.choose_right)
        pane.candidate_chosen.connect(self._candidate)

    def disconnect_all(self) -> None:
        """Stop following the window (对照阅读 is turned off)."""
        self._timer.stop()
        self.window.reader.current_key_changed.disconnect(self._moved)
        self.window.reader.clear_layer(EVIDENCE_LAYER)
        matcher = self._matcher()
        if matcher is not None:
            matcher.forget(CHANNEL)

    def _matcher(self):
        relations = getattr(self.window, "relations", None)
        return relations.matcher if relations is not None else None

    # -- the documents ---------------------------------------------------------------------

    def fill_documents(self) -> None:
        """Offer every document but the one on the left; keep the right one if it still is."""
        left = self.window.document.id if self.window.document else None
        docs = [d for d in self.window.library.documents() if d.id != left]
        choices = [(d.id, document_label(d)) for d in docs]
        ids = {d.id for d in docs}
        # The document the user chose (now or last time), unless it is the one on the left.
        chosen = self.window.reading.setting(SETTING_RIGHT)
        if chosen in ids:
            self.right = chosen
        else:
            current = [d.id for d in docs if not d.superseded_by]
            # The latest imported current document (a plan's upper or lower document).
            self.right = current[-1] if current else (docs[0].id if docs else None)
        self.pane.set_documents(choices, self.right)

    def choose_right(self, doc_id: str) -> None:
        """The user picks the document on the right (remembered)."""
        self.window.reading.save_setting(SETTING_RIGHT, doc_id)
        self.show_right(doc_id)

    def show_right(self, doc_id: str | None) -> None:
        """Read `doc_id` on the right, and find the counterpart of the clause on the left."""
        if not doc_id or self.window.library is None:
            return
        try:
            doc = self.window.library.document(doc_id)
        except KnownError as exc:
            self.status_message.emit(str(exc))
            return
        self.right = doc_id
        self.pane.show_document(doc, self.window.reader.point_size())
        self.key = None
        self._follow()

    def left_changed(self) -> None:
        """Another document on the left: offer the others on the right, follow again."""
        self.key = None
        right_before = self.right
        self.fill_documents()
        if self.right != right_before or self.pane.reader.document_model() is None:
            self.show_right(self.right)
        else:
            self._timer.start()

    # -- following ---------------------------------------------------------------------------

    def _moved(self, key: str) -> None:
        self._moved_to = key
        self._timer.start()

    def _follow(self) -> None:
        window = self.window
        matcher = self._matcher()
        if matcher is None or window.document is None or not self.right:
            return
        key = clause_key(window.reader, self._moved_to or window.reader.top_key())
        if key is None or key == self.key:
            return
        self.key = key
        left, right = window.document.id, self.right
        self.pane.status.setText(self.tr("正在查找对应条款…"))

        def work(services):
            found = services.relations.related(key, doc_id=left, in_doc=right, limit=PARALLEL_LIMIT)
            return found.matches, {d.id: d.title for d in services.library.documents()}

        matcher.submit(
            work, lambda found: self._found(left, right, key, *found), self._failed, CHANNEL
        )

    def _found(self, left: str, right: str, key: str, matches: list, titles: dict) -> None:
        window = self.window
        if window.document is None or window.document.id != left or self.right != right:
            return
        if key != self.key:
            return
        self.matches = matches
        rows = match_rows(matches, titles)
        best = rows[0] if rows else None
        self.pane.set_candidates(rows, best)
        node = next((n for n in window.document.walk() if n.key == key), None)
        here = node.citation if node is not None else key
        if best is None:
            window.reader.clear_layer(EVIDENCE_LAYER)
            self.pane.reader.clear_layer(EVIDENCE_LAYER)
            self.pane.status.setText(self.tr("{0}：右侧文档中没有与它对应的条款").format(here))
            return
        self._show(0)

    def _show(self, index: int) -> None:
        """Scroll the right side to one of the counterparts and mark what they share."""
        match = self.matches[index]
        rows = match_rows([match], {})
        self.pane.reader.scroll_to_key(match.unit.key, flash=True)
        self.pane.reader.set_layer(
            EVIDENCE_LAYER, evidence_spans(self.pane.reader, match.evidence, "target"), z=Z_SEARCH
        )
        self.window.reader.set_layer(
            EVIDENCE_LAYER, evidence_spans(self.window.reader, match.evidence, "source"), z=Z_SEARCH
        )
        right_title = self.pane.reader.document_model().title
        label = match_rows([match], {match.unit.doc: right_title})[0].label
        if rows[0].weak:
            text = self.tr("最接近的是 {0}，相关度 {1}（弱：说的多半不是同一件事）")
        else:
            text = self.tr("对应 {0}，相关度 {1}")
        phrases = "、".join(e.phrase for e in match.evidence[:3])
        self.pane.status.setText(
            text.format(label, f"{match.score:.2f}")
            + (self.tr("；共同的说法：{0}").format(phrases) if phrases else "")
        )

    def _candidate(self, doc: str, key: str) -> None:
        for i, m in enumerate(self.matches):
            if (m.unit.doc, m.unit.key) == (doc, key):
                self._show(i)
                return

    def _failed(self, exc: object) -> None:
        if isinstance(exc, KnownError):
            self.pane.status.setText(str(exc))
        else:
            self.pane.status.setText(self.tr("没能找到对应条款。"))
            report_unexpected(self.window, exc)  # type: ignore[arg-type]
