"""Documents in relation, in the window: the 相关条款 dock and the guides' margin links.

The main window creates one RelationsController. It owns the matching thread (MatchClient),
which the 对照 view uses too (`window.relations.matcher`); it follows the clause being read
for the 相关条款 dock (only while the dock is in view) and puts the margin links of guides
and of the clauses they explain on the reader when a document is shown."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow

from hzreader.core.errors import KnownError
from hzreader.ui.errors import report_unexpected
from hzreader.ui.relations.guide_links import (
    GUIDE_KIND,
    SAMPLE_EXPLAINED,
    SAMPLE_LINK,
    GuideLinks,
    links_for,
)
from hzreader.ui.relations.match_list import clause_label, match_rows
from hzreader.ui.relations.panel import RelatedPanel
from hzreader.ui.relations.worker import MatchClient

FOLLOW_MS = 300  # the clause under the cursor settles before it is matched
RELATED_LIMIT = 12
RELATED_CHANNEL = "related"
LINKS_CHANNEL = "guide_links"


def clause_key(reader, key: str | None) -> str | None:
    """The clause holding a reader position's node: a sentence's measure, say."""
    if not key or key not in reader.map:
        return None
    doc = reader.document_model()
    nodes = {n.key: n for n in doc.walk()} if doc else {}
    for candidate in [key, *reader.map.ancestors(key)]:
        node = nodes.get(candidate)
        if node is not None and node.kind != "sentence":
            return candidate
    return key


class RelationsController(QObject):
    """The 相关条款 dock, the guides' links, and the matching thread for the window."""

    def __init__(self, window: QMainWindow, dock: QDockWidget) -> None:
        super().__init__(window)
        self.setObjectName("relations_controller")
        self.window = window
        self.reader = window.reader
        self.dock = dock
        self.panel = RelatedPanel(dock)
        dock.setWidget(self.panel)
        self.matcher: MatchClient | None = None
        self._closing = False
        self.links = GuideLinks(self.reader, self)
        self._key: str | None = None  # the clause the panel shows
        self._timer = QTimer(self, singleShot=True, interval=FOLLOW_MS)
        self._timer.timeout.connect(self._follow)
        self._moved_to: str | None = None  # the node the reader last reported
        self.reader.current_key_changed.connect(self._moved)
        dock.visibilityChanged.connect(lambda shown: shown and self._timer.start())
        self.panel.open_requested.connect(self.open_clause)
        self.links.open_requested.connect(self.open_clause)
        window.document_shown.connect(self._document_shown)
        window.attached.connect(self._attached)
        window.installEventFilter(self)
        if window.services is not None:
            self._attached()

    # -- services ------------------------------------------------------------------------

    def _attached(self) -> None:
        if self._closing:
            return  # attached while closing (to save): no matching any more
        if self.matcher is None and self.window.ctx is not None:
            self.matcher = MatchClient(self.window.ctx, self)
        if self.window.document is not None:
            self._document_shown(self.window.document.id)

    def stop(self) -> None:
        """End the matching thread (the window closes); nothing starts it again."""
        self._closing = True
        if self.matcher is not None:
            self.matcher.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The matching thread ends with the window, before its database closes."""
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.stop()
        return False

    # -- the 相关条款 dock ------------------------------------------------------------------

    def in_view(self) -> bool:
        """True when the 相关条款 dock can be seen (not closed, not behind another tab)."""
        return self.panel.isVisible() and not self.panel.visibleRegion().isEmpty()

    def _moved(self, key: str) -> None:
        self._moved_to = key
        self._timer.start()

    def _follow(self) -> None:
        if self.matcher is None or self.window.document is None:
            return
        if not self.in_view():
            return  # behind another tab, or closed: no work for nobody
        key = clause_key(self.reader, self._moved_to or self.reader.top_key())
        if key is None or key == self._key:
            return
        self.show_related(key)

    def show_related(self, key: str) -> None:
        """List the clauses of the library related to node `key` of the document shown."""
        doc = self.window.document
        if self.matcher is None or doc is None:
            return
        self._key = key
        node = next((n for n in doc.walk() if n.key == key), None)
        self.panel.set_clause(clause_label(node.citation, node.title, doc.title) if node else key)
        self.panel.set_busy()
        doc_id = doc.id

        def work(services):
            result = services.relations.related(key, doc_id=doc_id, limit=RELATED_LIMIT)
            titles = {d.id: d.title for d in services.library.documents()}
            return result, titles

        self.matcher.submit(
            work, lambda found: self._related(doc_id, key, *found), self._failed, RELATED_CHANNEL
        )

    def _related(self, doc_id: str, key: str, result, titles: dict[str, str]) -> None:
        if self.window.document is None or self.window.document.id != doc_id:
            return
        groups = [
            (f"《{titles.get(d, d)}》", match_rows(matches, titles))
            for d, matches in result.by_document().items()
        ]
        self.panel.set_groups(groups)

    def _failed(self, exc: object) -> None:
        if isinstance(exc, KnownError):
            self.panel.set_message(str(exc))
        else:
            self.panel.set_message(self.tr("没能查找相关条款。"))
            report_unexpected(self.window, exc)  # type: ignore[arg-type]

    # -- guides ----------------------------------------------------------------------------

    def _document_shown(self, doc_id: str) -> None:
        self._key = None
        self._moved_to = None
        # Room for the margin links at once, before the first paint: they come a moment
        # later and must not move the text.
        self.links.clear(self._reserve_for(doc_id))
        self._timer.start()
        if self.matcher is None:
            return
        self.matcher.submit(
            lambda services: links_for(services, doc_id),
            lambda found: self._links(doc_id, *found),
            lambda exc: self._links_failed(exc),
            LINKS_CHANNEL,
        )

    def _reserve_for(self, doc_id: str) -> str:
        """A label like the ones a document will get: it is a guide, or a guide explains it
        (known without matching: which document each guide names)."""
        services = self.window.services
        if services is None:
            return ""
        try:
            docs = services.library.documents()
            kind = next((d.kind for d in docs if d.id == doc_id), "")
            if kind == GUIDE_KIND:
                return SAMPLE_LINK
            guides = [d.id for d in docs if d.kind == GUIDE_KIND and d.id != doc_id]
            if any(services.relations.guide_target(g).id == doc_id for g in guides):
                return SAMPLE_EXPLAINED
        except KnownError:
            return ""
        return ""

    def _links(self, doc_id: str, layer: str, links: list) -> None:
        if self.window.document is not None and self.window.document.id == doc_id:
            self.links.show(doc_id, layer, links)

    def _links_failed(self, exc: object) -> None:
        if not isinstance(exc, KnownError):
            report_unexpected(self.window, exc)  # type: ignore[arg-type]

    # -- opening ---------------------------------------------------------------------------

    def open_clause(self, doc_id: str, key: str) -> None:
        """Show a clause of any document of the library, marked for a moment."""
        if self.window.document is None or self.window.document.id != doc_id:
            self.window.open_document(doc_id)
        if self.window.document is not None and self.window.document.id == doc_id:
            self.window.open_node(key)
