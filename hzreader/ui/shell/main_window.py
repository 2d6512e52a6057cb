"""The main window: reader in the middle, outline on the left; all wiring happens here.

The first frame needs only the reader, the outline, the menus, the toolbar and the dock
frames; the features (notes, search, library, backups, targets) are built right after it
(build_features), so their modules stay off the way to the first paint."""

from __future__ import annotations

import base64
import binascii
import logging
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QProgressBar,
    QSizePolicy,
    QToolBar,
    QWidget,
)

from hzreader.core.errors import KnownError, NotFoundError
from hzreader.core.model import Document, Node
from hzreader.core.preferences import REOPEN_POSITION
from hzreader.ui import theme
from hzreader.ui.errors import report_unexpected, show_known_error
from hzreader.ui.labels import document_label
from hzreader.ui.notes import NotesActions
from hzreader.ui.outline import OutlineDock
from hzreader.ui.reader import ReaderView
from hzreader.ui.search import SearchBox
from hzreader.ui.settings import LookKeeper
from hzreader.ui.shell.actions import WindowActions
from hzreader.ui.shell.clipboard import quotation_mime
from hzreader.ui.shell.docks import DockFrames
from hzreader.ui.shell.document_box import DocumentBox
from hzreader.ui.shell.language import Language, LanguageMenu
from hzreader.ui.shell.state_saver import StateSaver
from hzreader.ui.shell.window_layout import first_dock_widths, first_window_geometry, yield_docks

if TYPE_CHECKING:
    # Type hints only: the services pull in SQLAlchemy, which a quick start keeps off
    # the way to the first frame (see attach()).
    from hzreader.services.composition import Services
    from hzreader.services.context import AppContext
    from hzreader.services.library import LibraryService
    from hzreader.services.reading import ReadingService
    from hzreader.services.startup import StartupView
    from hzreader.ui.bookmarks import BookmarksController
    from hzreader.ui.compare import CompareController
    from hzreader.ui.durability import DurabilityController
    from hzreader.ui.library import LibraryController
    from hzreader.ui.notes import NotesController
    from hzreader.ui.relations import RelationsController
    from hzreader.ui.search import SearchController
    from hzreader.ui.settings import SettingsController
    from hzreader.ui.targets import TargetsController
    from hzreader.ui.tasks import TasksController
    from hzreader.ui.versions import VersionsController

log = logging.getLogger("hzreader")

SETTING_POINT_SIZE = "reader.point_size"
SETTING_DOCUMENT = "reader.document"
SETTING_GEOMETRY = "window.geometry"
SETTING_STATE = "window.state"
POSITION_SAVE_MS = 800


class StateSource(Protocol):
    """Where the window reads its saved state: the services, or a quick start view."""

    def setting(self, key: str, default: Any = None) -> Any: ...
    def documents(self) -> list[Document]: ...
    def document(self, doc_id: str) -> Document | None: ...
    def position(self, doc_id: str) -> tuple[str, float] | None: ...


class _ServiceSource:
    """The services as a StateSource."""

    def __init__(self, library: LibraryService, reading: ReadingService) -> None:
        self.library, self.reading = library, reading
        self.setting = reading.setting
        self.position = reading.position
        self.documents = library.documents

    def document(self, doc_id: str) -> Document | None:
        try:
            return self.library.document(doc_id)
        except NotFoundError:
            return None


class MainWindow(QMainWindow):
    """One window over an AppContext, or first over a StartupView until attach(ctx)."""

    attached = Signal()  # the services are ready (at once, or after a quick start)
    document_shown = Signal(str)  # a document (or the same one again) is in the reader
    features_built = Signal()  # notes, search, library, backups and targets are in place

    def __init__(
        self,
        ctx: AppContext | None = None,
        *,
        startup: StartupView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        Language.of()  # before the first text: a switch of language says them all again
        self.setObjectName("main_window")
        self.ctx: AppContext | None = None
        self.services: Services | None = None
        self.library: LibraryService | None = None
        self.reading: ReadingService | None = None
        self.saver = StateSaver(self)
        self.document: Document | None = None
        self._nodes: dict[str, Node] = {}
        self._pending_anchor: tuple[str, int] | None = None
        self._closed = False
        self._loader = None
        self._first_frame_done = False
        self._first_docks = False  # no saved layout: the docks' first widths wait for show
        self.data_dir = ctx.paths.root if ctx is not None else getattr(startup, "data_dir", None)
        # The features, once build_features() has run.
        self.library_controller: LibraryController | None = None
        self.durability: DurabilityController | None = None
        self.notes: NotesController | None = None
        self.search: SearchController | None = None
        self.targets: TargetsController | None = None
        self.tasks: TasksController | None = None
        self.relations: RelationsController | None = None
        self.compare: CompareController | None = None
        self.versions: VersionsController | None = None
        self.bookmarks: BookmarksController | None = None
        self.settings: SettingsController | None = None

        self.reader = ReaderView(self)
        self.setCentralWidget(self.reader)
        self.outline = OutlineDock(self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.outline)
        self.docks = DockFrames(self, self.outline)
        self.actions = WindowActions(self)
        # The features' own tools are in the menus and the toolbar from the first frame, so
        # nothing moves when the features arrive; the features take them over.
        self.notes_actions = NotesActions(self)
        self.search_box = SearchBox(self)
        self.document_box = DocumentBox(self)
        self.document_box.setObjectName("document_box")
        self.citation_label = QLabel(self)
        self.citation_label.setObjectName("citation_label")
        # Ignored: a long citation is clipped instead of forcing the window wider.
        self.citation_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.citation_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("zoom_label")
        self._position_timer = QTimer(self, singleShot=True, interval=POSITION_SAVE_MS)

        self._build_menus()
        self._build_toolbar()
        self.statusBar().addWidget(self.citation_label, 1)
        # For long work (the search index): there from the first frame, so the status bar
        # keeps its height when a feature first shows progress.
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("index_progress")
        self.progress_bar.setMaximumWidth(180)
        self.progress_bar.hide()
        self.statusBar().addPermanentWidget(self.progress_bar)
        self.statusBar().addPermanentWidget(self.zoom_label)
        self._wire()
        if ctx is not None:
            self.build_features()
            self.attach(ctx)
        elif startup is not None:
            self.reader.hold_until_shown()  # the start: laid out once, at the window's width
            restored = self._restore(startup)
            self._first_frame_notes(startup)
            if not restored:
                # No saved layout yet: the docks take the sizes their contents ask for, so
                # the contents come first (once per data dir).
                self.build_features()
            self._enable_services(False)
            # The first paint of the reader, or a second later if there is none (minimised).
            self.reader.first_painted.connect(lambda: QTimer.singleShot(0, self._after_first_frame))
            QTimer.singleShot(1000, self._after_first_frame)
        else:
            raise ValueError("MainWindow needs an AppContext or a StartupView")

    def _first_frame_notes(self, startup: StartupView) -> None:
        """The shown document's highlights with the first frame, read by the quick start:
        without them the text looks, for a second, as if the notes were lost."""
        if self.document is None:
            return
        from hzreader.ui.notes import first_frame_notes

        try:
            first_frame_notes(self.reader, startup.annotations(self.document.id), startup.colors())
        except Exception:  # the full services draw them a moment later anyway
            log.warning("notes not drawn with the first frame", exc_info=True)

    def attach(self, ctx: AppContext, *, refresh: bool = True) -> None:
        """Use the full services from now on (after a quick start: check what was shown)."""
        if self.ctx is not None:
            return
        from hzreader.services.composition import Services

        self.ctx = ctx
        self.services = Services(ctx)
        self.library = self.services.library
        self.reading = self.services.reading
        self.saver.set_reading(self.reading)
        if not self._closed:  # attached by a close, to save: no feature (nor its threads)
            self.build_features()  # at once when the window was faster than the database
        if self.document is None:
            self._restore(_ServiceSource(self.library, self.reading))
        elif refresh:
            self._refresh_from_library()
        self._enable_services(True)
        self.attached.emit()

    def attach_when_loaded(self, loader) -> None:
        """Attach the context a ContextLoader opens; start it once the first frame is out."""
        self._loader = loader
        loader.loaded.connect(self.attach)
        loader.failed.connect(self._open_failed)
        if self._first_frame_done:
            loader.start()
        # Else after the first frame: starting earlier would make the import compete with it.

    def _after_first_frame(self) -> None:
        if self._first_frame_done or self._closed:
            return
        self._first_frame_done = True
        if self._loader is not None:
            self._loader.start()  # opens the database on its own thread meanwhile
        self.build_features()

    def build_features(self) -> None:
        """Create the features' controllers (once): they fill the dock frames, add their
        menu entries and toolbar buttons, and attach to the services when they come."""
        if self.notes is not None:
            return
        from hzreader.ui.bookmarks import BookmarksController
        from hzreader.ui.compare import CompareController
        from hzreader.ui.durability import DurabilityController
        from hzreader.ui.library import LibraryController
        from hzreader.ui.notes import NotesController
        from hzreader.ui.relations import RelationsController
        from hzreader.ui.search import SearchController
        from hzreader.ui.settings import SettingsController
        from hzreader.ui.targets import TargetsController
        from hzreader.ui.tasks import TasksController
        from hzreader.ui.versions import VersionsController

        d = self.docks
        self.library_controller = LibraryController(self, d.library)
        self.durability = DurabilityController(self)
        self.notes = NotesController(self, d.notes, d.tags, self.notes_actions)
        self.search = SearchController(self, d.search, self.search_box)
        self.targets = TargetsController(self, d.targets)
        self.tasks = TasksController(self, d.tasks)
        # The library lists each document's notes: it follows every change to them.
        self.notes.notes_changed.connect(self.library_controller.refresh_soon)
        self.relations = RelationsController(self, d.related)
        self.compare = CompareController(self)
        self.versions = VersionsController(self, d.review, self.versions_menu)
        self.bookmarks = BookmarksController(self, self.go_menu)
        self.settings = SettingsController(self, self.look)
        self.features_built.emit()

    # -- building ------------------------------------------------------------------------

    def _build_menus(self) -> None:
        a = self.actions
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("文件(&F)"))
        file_menu.setObjectName("menu_file")
        file_menu.addAction(a.import_document)
        file_menu.addSeparator()
        self.documents_menu = file_menu.addMenu(self.tr("打开文档(&D)"))
        self.documents_menu.setObjectName("menu_documents")
        file_menu.addSeparator()
        file_menu.addAction(a.quit)
        edit_menu = bar.addMenu(self.tr("编辑(&E)"))
        edit_menu.setObjectName("menu_edit")
        for action in (a.copy, a.copy_with_citation, None, a.select_all):
            edit_menu.addSeparator() if action is None else edit_menu.addAction(action)
        notes_menu = bar.addMenu(self.tr("笔记(&N)"))  # filled by the notes feature
        notes_menu.setObjectName("menu_notes")
        self.versions_menu = bar.addMenu(self.tr("版本(&B)"))  # filled by the versions feature
        self.versions_menu.setObjectName("menu_versions")
        self.go_menu = bar.addMenu(self.tr("前往(&G)"))  # filled by the bookmarks feature
        self.go_menu.setObjectName("menu_go")
        view_menu = bar.addMenu(self.tr("视图(&V)"))
        view_menu.setObjectName("menu_view")
        for action in (a.zoom_in, a.zoom_out, a.zoom_reset):
            view_menu.addAction(action)
        view_menu.addSeparator()
        outline_toggle = self.outline.toggleViewAction()
        outline_toggle.setObjectName("action_toggle_outline")
        outline_toggle.setText(self.tr("提纲(&T)"))
        outline_toggle.setShortcut("Ctrl+Shift+O")
        view_menu.addAction(outline_toggle)
        view_menu.addActions(self.docks.toggles())
        self._view_menu = view_menu
        help_menu = bar.addMenu(self.tr("帮助(&H)"))
        help_menu.setObjectName("menu_help")
        help_menu.addAction(a.about)
        self.reader.set_context_actions([a.copy, a.copy_with_citation, None, a.select_all])

    def _build_toolbar(self) -> None:
        a = self.actions
        toolbar = QToolBar(self.tr("工具栏"), self)
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addWidget(QLabel(self.tr(" 文档 "), self))
        toolbar.addWidget(self.document_box)
        toolbar.addSeparator()
        for action in (a.zoom_out, a.zoom_in, None, a.copy_with_citation, None, a.import_document):
            toolbar.addSeparator() if action is None else toolbar.addAction(action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.notes_actions.place()  # 编辑 and 笔记 menus, highlight buttons, reader menu
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.search_box)
        toolbar_toggle = toolbar.toggleViewAction()
        toolbar_toggle.setObjectName("action_toggle_toolbar")
        toolbar_toggle.setText(self.tr("工具栏(&B)"))
        self._view_menu.addAction(toolbar_toggle)
        self._view_menu.addSeparator()
        self.language_menu = LanguageMenu(self, self._view_menu, self.data_dir)
        self.look = LookKeeper(self, self._view_menu, self.saver.save_setting)

    def _wire(self) -> None:
        """Every connection between the widgets, in one place."""
        a = self.actions
        a.quit.triggered.connect(self.close)
        a.copy.triggered.connect(self.reader.copy)
        a.copy_with_citation.triggered.connect(self.copy_with_citation)
        a.select_all.triggered.connect(self.reader.selectAll)
        a.zoom_in.triggered.connect(lambda: self.zoom_by(1))
        a.zoom_out.triggered.connect(lambda: self.zoom_by(-1))
        a.zoom_reset.triggered.connect(lambda: self.reader.set_point_size(theme.DEFAULT_POINT_SIZE))
        a.about.triggered.connect(self.show_about)
        a.document_requested.connect(self.open_document)
        self.document_box.activated.connect(
            lambda row: self.open_document(self.document_box.itemData(row))
        )
        self.outline.open_node_requested.connect(self.open_node)
        self.reader.current_key_changed.connect(self._show_current)
        self.reader.viewport_moved.connect(self._position_timer.start)
        self.reader.point_size_changed.connect(self._zoomed)
        self.reader.document_ready.connect(self._document_laid_out)
        self.reader.copyAvailable.connect(a.copy.setEnabled)
        self.reader.copyAvailable.connect(a.copy_with_citation.setEnabled)
        self._position_timer.timeout.connect(self.save_position)
        self.saver.failed.connect(
            lambda message: self.statusBar().showMessage(
                self.tr("无法保存阅读状态：{0}").format(message)
            )
        )
        a.copy.setEnabled(False)
        a.copy_with_citation.setEnabled(False)

    def _restore(self, source: StateSource) -> bool:
        """Look, zoom, geometry, document and position, dock layout; False if no layout was
        saved."""
        self.look.restore(source.setting)  # before the first paint: no white flash at night
        size = source.setting(SETTING_POINT_SIZE, theme.DEFAULT_POINT_SIZE)
        if not isinstance(size, int | float):
            size = theme.DEFAULT_POINT_SIZE
        self._point_size = theme.clamp_point_size(size)
        self._show_zoom(self._point_size)
        geometry = _unb64(source.setting(SETTING_GEOMETRY))
        if geometry is None or not self.restoreGeometry(geometry):
            first_window_geometry(self)
        documents = source.documents()
        ids = [d.id for d in documents]
        # An edition imported since (by the command line, say) replaces the one left open.
        wanted = newest_edition(documents, source.setting(SETTING_DOCUMENT))
        document = source.document(wanted) if wanted in ids else None
        document = document or source.document(ids[0] if ids else "plan")
        if document is not None:
            self._set_document_list(documents, document.id)
            reopen = source.setting(REOPEN_POSITION, True) is not False  # 设置
            self._show_document(document, source.position(document.id) if reopen else None)
        state = _unb64(source.setting(SETTING_STATE))
        if state is not None and self.restoreState(state):
            return True
        # Before show the window has no layout and resizeDocks has nothing to share out:
        # the first widths are given in showEvent, with the features' contents in the docks.
        self._first_docks = True
        if self.isVisible():
            self._give_first_dock_widths()
        return False

    def _give_first_dock_widths(self) -> None:
        self._first_docks = False
        first_dock_widths(self, self.outline, self.docks.notes)
        # Qt shares the widths out only as it lays the window out: what the column still
        # lacks then (a dock's content wider than its share) the docks give back.
        QTimer.singleShot(0, self, lambda: yield_docks(self))

    def _refresh_from_library(self) -> None:
        """After a quick start: the library may have loaded a newer bundled text meanwhile."""
        assert self.library is not None and self.document is not None
        documents = self.library.documents()
        self._set_document_list(documents, self.document.id)
        try:
            fresh = self.library.document(self.document.id)
        except NotFoundError:
            fresh = self.library.document(self.library.default_doc_id())
        if fresh.id != self.document.id or fresh.nodes != self.document.nodes:
            anchor = self.reader.top_anchor()
            self._show_document(fresh, (anchor[0], float(anchor[1])) if anchor else None)

    def _enable_services(self, enabled: bool) -> None:
        # Switching documents needs the library; everything else works from the first frame.
        self.document_box.setEnabled(enabled)
        self.actions.documents.setEnabled(enabled)

    def _open_failed(self, exc: BaseException) -> None:
        """The database could not be opened after the quick start: explain, then quit."""
        if isinstance(exc, KnownError):
            show_known_error(self, exc)
        else:
            report_unexpected(self, exc)
        self._closed = True  # nothing to save: the database is not open
        self.close()
        QApplication.exit(1)

    def _set_document_list(self, documents: list[Document], current: str) -> None:
        self.document_box.clear()
        for doc in documents:
            self.document_box.addItem(document_label(doc), doc.id)
        # Filled again after a quick start too: stay on the document shown, not the first.
        self.document_box.setCurrentIndex(self.document_box.findData(current))
        self.documents_menu.clear()
        self.documents_menu.addActions(self.actions.set_documents(documents, current))

    # -- use cases -----------------------------------------------------------------------

    def open_document(self, doc_id: str) -> None:
        """Show a document of the library, where the user left it."""
        if self.library is None or self.reading is None:
            return
        if self.document is not None and self.document.id == doc_id:
            return
        try:
            document = self.library.document(doc_id)
        except KnownError as exc:
            show_known_error(self, exc)
            return
        if self.document is not None:
            self.reader.about_to_jump.emit()  # back (Alt+←) returns to this document
        self._show_document(document, self.reading.position(doc_id))

    def _show_document(self, document: Document, saved: tuple[str, float] | None) -> None:
        if self.document is not None:
            self.save_position()
        self.document = document
        self._nodes = {node.key: node for node in document.walk()}
        # A large document is laid out off the UI thread: the rest follows when it is shown.
        self._pending_anchor = (saved[0], int(saved[1])) if saved else None
        shown = self.reader.load_document(document, self._point_size)
        self.outline.set_document(document)
        self.setWindowTitle(document.title)  # Qt adds the application's display name
        self.document_box.setCurrentIndex(self.document_box.findData(document.id))
        self.actions.check_document(document.id)
        self.saver.save_setting(SETTING_DOCUMENT, document.id)
        if shown:
            self._document_laid_out()

    def _document_laid_out(self) -> None:
        """The reader shows the document: go to the saved place, tell the rooms."""
        assert self.document is not None
        saved = self._pending_anchor
        anchor = saved if saved and saved[0] in self.reader.map else None
        self._show_citation(None)
        if self.isVisible():
            self._go_to_anchor(anchor)
        else:
            self._pending_anchor = anchor
        self.document_shown.emit(self.document.id)

    def reload_library(self, show: str | None = None) -> None:
        """After an import, rename or delete: list the documents again and show `show`
        (else the document shown, read again for its new title; else the default one)."""
        if self.library is None:
            return
        self.library.invalidate()
        documents = self.library.documents()
        ids = [d.id for d in documents]
        current = self.document.id if self.document is not None else None
        if current in ids:
            self.save_position()
            self.saver.flush()
        target = next((i for i in (show, current) if i in ids), self.library.default_doc_id())
        self._set_document_list(documents, target)
        self.document = None  # shown again even when it is the same one (a new title)
        self.open_document(target)

    def refresh_notes(self) -> None:
        """Notes changed elsewhere (the command line): show them again."""
        if self.notes is not None:
            self.notes.refresh()
        if self.bookmarks is not None:
            self.bookmarks.refresh()
            self.bookmarks.refresh_study()

    def open_node(self, key: str) -> None:
        """Scroll the reader to a node of the document shown (its text cursor with it) and
        mark it for a moment; the reader takes the keyboard."""
        if not self.reader.go_to_key(key, flash=True):
            self.statusBar().showMessage(self.tr("本文档中没有这一节：{0}").format(key), 4000)
        self.reader.setFocus()

    def copy_with_citation(self) -> None:
        """Copy the selection and, on the next line, the citation of the node holding it
        (as plain text and as HTML with the citation set smaller)."""
        text = self.reader.selected_text()
        if not text:
            self.statusBar().showMessage(self.tr("请先选中要复制的文字"), 3000)
            return
        citation = self.citation_for_selection()
        # Plain text for plain editors; HTML so that WPS and Word keep quote and citation apart.
        QApplication.clipboard().setMimeData(quotation_mime(text, citation))
        self.statusBar().showMessage(self.tr("已复制，附引文：{0}").format(citation), 4000)

    def citation_for_selection(self) -> str:
        """The citation of the smallest node holding the whole selection."""
        ref = self.reader.selection_key_range()
        if ref is not None and ref.key in self._nodes and self._nodes[ref.key].citation:
            return self._nodes[ref.key].citation
        return f"《{self.document.title}》" if self.document else ""

    def position_restored(self) -> bool:
        """True once the saved reading position has been applied (it waits for the layout)."""
        return self._pending_anchor is None and not self.reader.loading()

    def zoom_by(self, steps: int) -> None:
        """Make the text larger (positive steps) or smaller, by one point a step."""
        self.reader.set_point_size(self.reader.point_size() + steps)

    def save_position(self) -> None:
        """Queue the first line in view as the document's reading position."""
        if self.document is None or self._pending_anchor is not None:
            return
        anchor = self.reader.top_anchor()
        if anchor:
            self.saver.save_position(self.document.id, anchor[0], float(anchor[1]))

    def show_about(self) -> None:
        """Version, data dir, mode; a button copies a diagnostic summary for a helper."""
        from hzreader.ui.shell.about import AboutDialog

        dialog = AboutDialog(self.data_dir, self)
        dialog.exec()

    # -- reactions -----------------------------------------------------------------------

    def _show_current(self, key: str) -> None:
        self._show_citation(self._nodes.get(key))
        # The outline lists no sentences: follow the nearest listed ancestor.
        for candidate in [key, *self.reader.map.ancestors(key)]:
            if self.outline.select_key(candidate):
                break

    def _show_citation(self, node: Node | None) -> None:
        citation = node.citation if node else ""
        if not citation and self.document is not None:
            citation = f"《{self.document.title}》"
        self.citation_label.setText(citation)
        self.citation_label.setToolTip(citation)

    def _zoomed(self, size: int) -> None:
        self._point_size = size
        self._show_zoom(size)
        self.saver.save_setting(SETTING_POINT_SIZE, size)

    def _show_zoom(self, size: int) -> None:
        percent = round(100 * size / theme.DEFAULT_POINT_SIZE)
        self.zoom_label.setText(self.tr("字号 {0}（{1}%）").format(size, percent))

    def _apply_pending_anchor(self) -> None:
        # A document still being laid out goes to its place once it is shown.
        if self._pending_anchor is not None and not self.reader.loading():
            self._go_to_anchor(self._pending_anchor)

    def _go_to_anchor(self, anchor: tuple[str, int] | None) -> None:
        self._pending_anchor = None
        if anchor is None:
            self.reader.verticalScrollBar().setValue(0)
        else:
            self.reader.scroll_to_key(*anchor)

    # -- Qt overrides --------------------------------------------------------------------

    def resizeEvent(self, event) -> None:
        """Narrower: the side docks yield width before the reader's column gets short."""
        super().resizeEvent(event)
        if event.oldSize().width() > event.size().width() > 0:
            QTimer.singleShot(0, self, lambda: yield_docks(self))  # once the layout settled

    def showEvent(self, event) -> None:
        """Restore the reading position now that the reader has its real width.

        Before the first paint, so the first frame already shows where the user left off.
        """
        super().showEvent(event)
        if self._first_docks:
            self._give_first_dock_widths()
        self._apply_pending_anchor()

    def closeEvent(self, event) -> None:
        """Save position, layout and everything queued before the window goes."""
        if not self._closed:
            self._closed = True
            try:
                if self.ctx is None and self._loader is not None:
                    # Closed before the database finished opening: wait for it to save.
                    ctx = self._loader.wait()
                    if ctx is not None:
                        self.attach(ctx, refresh=False)
                if self.targets is not None:
                    self.targets.shutdown()  # an export still writing its file
                if self.bookmarks is not None:
                    self.bookmarks.shutdown()  # the clauses read since the last write
                self.save_position()
                self.saver.save_setting(SETTING_GEOMETRY, _b64(self.saveGeometry()))
                self.saver.save_setting(SETTING_STATE, _b64(self.saveState()))
                self.saver.flush()
            except Exception:
                log.exception("saving the reading state on close failed")
        super().closeEvent(event)


def newest_edition(documents: list[Document], doc_id: object) -> object:
    """The current edition of a document (itself when it has no newer one)."""
    by_id = {d.id: d for d in documents}
    seen: set = set()
    while doc_id in by_id and by_id[doc_id].superseded_by in by_id and doc_id not in seen:
        seen.add(doc_id)
        doc_id = by_id[doc_id].superseded_by
    return doc_id


def _b64(data: QByteArray) -> str:
    return base64.b64encode(bytes(data.data())).decode("ascii")


def _unb64(value: object) -> QByteArray | None:
    """Saved bytes back from a setting; None when missing or damaged."""
    if not isinstance(value, str):
        return None
    try:
        return QByteArray(base64.b64decode(value, validate=True))
    except (binascii.Error, ValueError):
        return None
