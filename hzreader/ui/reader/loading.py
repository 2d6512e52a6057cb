"""Laying a document out without freezing the window.

The reader's QTextDocument is built while no widget holds it (inserting into a document a
QTextEdit shows lays it out on every edit: a 5,000,000-character text took 12 s that way),
then handed to the view, whose layout is lazy: Qt lays out what is in view first and the
rest a slice at a time on the event loop. A large document is built on a pool thread (Qt
allows a QTextDocument off the UI thread while no widget uses it), then moved to the UI
thread; a small one is built at once, which costs less than a round trip to the pool.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QTextDocument

from hzreader.core.model import Document
from hzreader.ui import theme
from hzreader.ui.background import BackgroundJob
from hzreader.ui.reader.doc_builder import DocumentBuilder
from hzreader.ui.reader.docmap import DocumentMap

log = logging.getLogger("hzreader.reader")

# Characters of text from which a document is laid out on a pool thread (building 200,000
# characters on the UI thread takes about a tenth of a second).
LARGE_CHARS = 200_000


def text_size(document: Document) -> int:
    """The characters of a document's text (its nodes' own texts)."""
    return sum(len(node.text) + len(node.marker) for node in document.walk())


def build_detached(
    document: Document, typo: theme.Typography, *, pool: bool = False
) -> tuple[QTextDocument, DocumentMap]:
    """A new QTextDocument holding the document, and its key ↔ position map. On a pool
    thread (`pool`), the builder lets go of the GIL now and then: the UI thread, which needs
    it for every Python slot, then gets its turn at once rather than when it is forced."""
    target = QTextDocument()
    builder = DocumentBuilder(typo)
    if pool:
        # A real (tiny) sleep: sleep(0) lets go of the GIL but often takes it back before the
        # UI thread is scheduled (a test saw no timer tick during a whole build).
        builder.pause = lambda: time.sleep(0.001)
    return target, builder.build(document, target)


class Built:
    """A document laid out for the reader: the QTextDocument and its map (UI thread)."""

    def __init__(self, document: Document, text: QTextDocument, map_: DocumentMap) -> None:
        self.document = document
        self.text = text
        self.map = map_


class DocumentLoader(QObject):
    """Builds the reader's text for one document after another; only the newest counts."""

    built = Signal(object)  # Built, on the UI thread

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._generation = 0
        self._jobs: dict[int, BackgroundJob] = {}

    def cancel(self) -> None:
        """Forget the build under way: its result will be dropped."""
        self._generation += 1

    def load(
        self, document: Document, typo: theme.Typography, *, at_once: bool | None = None
    ) -> Built | None:
        """Build a document: returned at once when small (or `at_once`), else None now and
        `built` later (unless another load or cancel() came first)."""
        self._generation += 1
        if at_once is None:
            at_once = text_size(document) < LARGE_CHARS
        if at_once:
            return Built(document, *build_detached(document, typo))
        generation = self._generation
        ui_thread = QCoreApplication.instance().thread()

        def work(_progress: Callable[[int, int], None]) -> tuple[QTextDocument, DocumentMap]:
            text, map_ = build_detached(document, typo, pool=True)
            # Pushed to the UI thread from the thread it was made in, as Qt requires.
            text.moveToThread(ui_thread)
            return text, map_

        job = BackgroundJob(work, self)
        self._jobs[generation] = job
        job.done.connect(lambda result: self._done(generation, document, result))
        job.failed.connect(lambda exc: self._failed(generation, document, typo, exc))
        job.start()
        return None

    def _done(self, generation: int, document: Document, result: tuple) -> None:
        self._forget(generation)
        if generation == self._generation:
            self.built.emit(Built(document, *result))

    def _failed(
        self, generation: int, document: Document, typo: theme.Typography, exc: object
    ) -> None:
        # Not expected (it is the same code as a small document's): build it here instead.
        self._forget(generation)
        log.warning("laying a document out off the UI thread failed: %r", exc)
        if generation == self._generation:
            self.built.emit(Built(document, *build_detached(document, typo)))

    def _forget(self, generation: int) -> None:
        job = self._jobs.pop(generation, None)
        if job is not None:
            job.deleteLater()

    def busy(self) -> bool:
        """True while a build is under way whose result will count."""
        return self._generation in self._jobs


def waiting_text(title: str, typo: theme.Typography, parent: QObject) -> QTextDocument:
    """What the reader shows while a large document is being laid out."""
    text = QTextDocument(parent)
    text.setDefaultFont(theme.body_font(typo.point_size))
    text.setDocumentMargin(typo.em)
    line = QCoreApplication.translate("ReaderView", "正在排版《{0}》……").format(title[:60])
    from html import escape  # html.entities is a large table, for this message only

    grey = theme.legible(theme.palette().muted_ink, theme.palette().paper)  # at night too
    text.setHtml(f"<p style='color:{grey.name()}'>{escape(line)}</p>")
    return text
