"""Notes in the window: highlighting, the note editor, the 笔记 and 标签 docks, undo, trash.

The main window creates one NotesController; it builds the docks and actions at once and
the annotation service once the window is attached to its context."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QMainWindow

from hzreader.core.annotation import Annotation
from hzreader.core.errors import KnownError
from hzreader.ui.errors import report_unexpected, show_known_error
from hzreader.ui.notes.actions import NotesActions
from hzreader.ui.notes.colors import NoteColor
from hzreader.ui.notes.dialogs import NotesDialogs
from hzreader.ui.notes.editor import NoteEditor, NoteTarget
from hzreader.ui.notes.editors import NoteEditors
from hzreader.ui.notes.highlights import NOTES_LAYER, show_notes
from hzreader.ui.notes.panel import SCOPE_ALL, SCOPE_DOC, NotesPanel
from hzreader.ui.notes.tags_panel import TagsPanel

if TYPE_CHECKING:
    from hzreader.services.annotations import AnnotationService

STATUS_MS = 5000


class _Bridge(QObject):
    """Service callbacks (any thread) as queued signals on the UI thread."""

    changed = Signal(list)
    history_changed = Signal()


class NotesController(QObject):
    """Acts on the intents of the notes widgets through the annotation service."""

    notes_changed = Signal(list)  # ids of changed notes, after the window has caught up

    def __init__(
        self,
        window: QMainWindow,
        dock: QDockWidget,
        tags_dock: QDockWidget,
        actions: NotesActions,
    ) -> None:
        super().__init__(window)
        self.setObjectName("notes_controller")
        self.window = window
        self.reader = window.reader
        self.service: AnnotationService | None = None
        self.colors: list[NoteColor] = []
        self._pending: set[str] = set()
        self._full = False  # the next refresh reads every note of the document again
        self._shown: dict[str, Annotation] = {}  # the notes of the document shown, by id
        self._shown_doc: str | None = None
        self._stamp: str | None = None  # the notes' change stamp when last shown
        self._bridge = _Bridge(self)
        queued = Qt.ConnectionType.QueuedConnection
        self._bridge.changed.connect(self._collect, queued)
        self._bridge.history_changed.connect(self._update_undo, queued)
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self._apply_changes)

        self.dock = dock
        self.panel = NotesPanel(dock)
        dock.setWidget(self.panel)
        self.tags_dock = tags_dock
        self.tags = TagsPanel(tags_dock)
        tags_dock.setWidget(self.tags)
        self.actions = actions  # placed in the menus and the toolbar with the first frame
        self.dialogs = NotesDialogs(self)
        self.editors = NoteEditors(self)
        self._wire()
        window.installEventFilter(self)
        self._enable(False)
        attached = getattr(window, "attached", None)
        if attached is not None:
            attached.connect(self.attach)
        shown = getattr(window, "document_shown", None)
        if shown is not None:
            shown.connect(lambda _doc_id: self.reload())
        if getattr(window, "ctx", None) is not None:
            self.attach()

    def _wire(self) -> None:
        a = self.actions
        a.highlight_requested.connect(self.highlight)
        a.add_note.triggered.connect(self.add_note)
        a.node_note.triggered.connect(lambda: self.note_on_node(a.node_note.data()))
        a.undo.triggered.connect(self.undo)
        a.redo.triggered.connect(self.redo)
        a.manage_tags.triggered.connect(self.dialogs.open_tag_manager)
        a.trash.triggered.connect(self.dialogs.open_trash)
        self.reader.copyAvailable.connect(self._selection_changed)
        self.reader.span_activated.connect(self._activated)
        self.reader.marker_activated.connect(self._activated)
        p = self.panel
        p.filters_changed.connect(self.requery)
        p.open_requested.connect(self.jump_to)
        p.edit_requested.connect(self.open_editor)
        p.delete_requested.connect(self.delete)
        t = self.tags
        t.tag_chosen.connect(p.set_tag_filter)
        t.rename_requested.connect(self.dialogs.ask_rename)
        t.delete_requested.connect(self.dialogs.ask_delete_tag)
        t.color_requested.connect(self.dialogs.ask_tag_color)
        t.manage_requested.connect(self.dialogs.open_tag_manager)
        outline = getattr(self.window, "outline", None)
        if outline is not None:
            outline.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            outline.tree.customContextMenuRequested.connect(
                lambda point: self.ready() and self.actions.outline_menu(outline, point)
            )

    # -- state ---------------------------------------------------------------------------

    def attach(self) -> None:
        """Create the service over the window's context (once)."""
        if self.service is not None or getattr(self.window, "ctx", None) is None:
            return
        self.service = self.window.services.annotations
        self.service.listeners.append(self._bridge.changed.emit)
        self.service.history.listeners.append(self._bridge.history_changed.emit)
        self.panel.model.set_fetch(self.service.get_many)
        self._enable(True)
        self.reload()

    def ready(self) -> bool:
        """True once the service exists."""
        return self.service is not None

    def _enable(self, on: bool) -> None:
        for action in self.actions.service_actions():
            action.setEnabled(on)
        self._selection_changed(on and self.reader.textCursor().hasSelection())
        self._update_undo()

    def _selection_changed(self, has_selection: bool) -> None:
        for action in self.actions.selection_actions():
            action.setEnabled(self.ready() and has_selection)

    def _update_undo(self) -> None:
        self.actions.show_history(self.service.history if self.service else None)

    def document(self):
        """The document the window shows."""
        return getattr(self.window, "document", None)

    def status(self, text: str) -> None:
        """A short message in the window's status bar."""
        self.window.statusBar().showMessage(text, STATUS_MS)

    # -- refreshing ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Notes may have changed elsewhere (the command line, a restore): read them again
        if they did (the window's own changes are shown already)."""
        if self.service is None:
            return
        stamp = self._notes_stamp()
        if stamp is None or stamp != self._stamp:
            self.reload()

    def _notes_stamp(self) -> str | None:
        from hzreader.services.changes import change_stamps

        try:
            return change_stamps(self.window.ctx)[1]
        except Exception:  # busy or gone: read everything, to be safe
            return None

    def reload(self) -> None:
        """Read everything again (a new document, or changes made elsewhere)."""
        if self.service is None:
            return
        self.panel.model.refresh()
        self._load_colors()
        doc = self.document()
        chapters = []
        if doc is not None:
            chapters = [
                (f"{n.marker}{n.title or n.text[:12]}", n.key) for n in doc.nodes if n.children
            ]
        self.panel.set_scopes(doc.title if doc else "", chapters)
        self._full = True
        self._apply_changes()

    def _collect(self, ids: list) -> None:
        self._pending.update(ids)
        self._refresh_timer.start()

    def _apply_changes(self) -> None:
        """After changes: colours, tags, the reader's highlights, the list, open dialogs."""
        if self.service is None:
            return
        ids, self._pending = sorted(self._pending), set()
        full, self._full = self._full, False
        self._load_colors()
        self.show_highlights(None if full else ids)
        self.dialogs.load_tags()
        self.requery(changed=ids)
        self.dialogs.refresh()
        self._stamp = self._notes_stamp()
        self.notes_changed.emit(ids)

    def _load_colors(self) -> None:
        self.colors = [NoteColor(n, label, hex_) for n, label, hex_ in self.service.colors()]
        self.actions.set_colors(self.colors)
        self.panel.set_colors(self.colors)
        self.editors.set_colors(self.colors)

    def color(self, name: str) -> NoteColor | None:
        """A colour by name."""
        return next((c for c in self.colors if c.name == name), None)

    def show_highlights(self, changed: list[str] | None = None) -> int:
        """Put the shown document's notes on the reader (reading again only the `changed`
        ones when given); how many spans are shown."""
        doc = self.document()
        if self.service is None or doc is None:
            self.reader.clear_layer(NOTES_LAYER)
            return 0
        if changed is None or self._shown_doc != doc.id:
            self._shown = {a.id: a for a in self.service.list(doc_id=doc.id)}
            self._shown_doc = doc.id
        elif changed:
            for annotation_id in changed:
                self._shown.pop(annotation_id, None)
            for a in self.service.get_many(changed):
                if a.doc == doc.id and a.deleted is None:
                    self._shown[a.id] = a
        colors = {c.name: c for c in self.colors}
        return show_notes(self.reader, self._shown.values(), colors)

    def requery(self, changed: list[str] | None = None) -> None:
        """List the notes that pass the panel's filters (keeping the current one)."""
        if self.service is None:
            return
        f = self.panel.filters()
        doc = self.document()
        doc_id, keys = None, None
        if f["scope"] != SCOPE_ALL and doc is not None:
            doc_id = doc.id
            if f["scope"] != SCOPE_DOC:
                node = doc.find(f["scope"])
                keys = [n.key for n in node.walk()] if node else []
        try:
            ids = self.service.ids(
                doc_id=doc_id,
                keys=keys,
                tag=f["tag"],
                color=f["color"],
                text=f["text"],
                review_only=f["review_only"],
                order=f["order"],
            )
        except KnownError as exc:
            self.status(str(exc))
            return
        model = self.panel.model
        if ids == model.ids():
            model.refresh(changed)
        else:
            current = self.panel.current_id()
            model.set_ids(ids)
            if current:
                self.panel.select_id(current)
        review = len(self.service.ids(review_only=True))
        self.panel.set_counts(len(ids), review)
        self.tags.select_tag(f["tag"])

    # -- highlighting and notes ----------------------------------------------------------

    def _selection_target(self) -> NoteTarget | None:
        doc = self.document()
        ref = self.reader.selection_key_range()
        if self.service is None or doc is None or ref is None or ref.start >= ref.end:
            self.status(self.tr("请先在正文中选中要标注的文字"))
            return None
        node = self.service.library.node(ref.key, doc.id)
        return NoteTarget(
            doc.id, ref.key, node.text[ref.start : ref.end], node.citation, ref.start, ref.end
        )

    def highlight(self, color: str) -> str | None:
        """Mark the selection in a colour (or recolour the same span); the annotation id."""
        target = self._selection_target()
        if target is None:
            return None
        self.editors.last_color = color
        same = [
            a
            for a in self.service.get_many(
                self.service.ids(doc_id=target.doc_id, keys=[target.key])
            )
            if (a.start, a.end) == (target.start, target.end)
        ]
        try:
            if same:
                a = self.service.update(same[0].id, color=color)
            else:
                a = self.service.create(
                    target.key,
                    doc_id=target.doc_id,
                    start=target.start,
                    end=target.end,
                    color=color,
                )
        except KnownError as exc:
            show_known_error(self.window, exc)
            return None
        cursor = self.reader.textCursor()
        cursor.clearSelection()
        self.reader.setTextCursor(cursor)  # the new colour shows instead of the selection
        label = self.color(color)
        self.status(self.tr("已标注：{0}（Ctrl+Z 撤销）").format(label.title() if label else color))
        return a.id

    def add_note(self) -> NoteEditor | None:
        """Open the editor for a new note on the selection."""
        target = self._selection_target()
        return self.editors.new(target) if target else None

    def note_on_node(self, key: str | None) -> NoteEditor | None:
        """Open the editor for a new note on a whole node (measure, goal, sentence)."""
        doc = self.document()
        if self.service is None or doc is None or not key:
            return None
        node = self.service.library.node(key, doc.id)
        return self.editors.new(NoteTarget(doc.id, key, node.text, node.citation))

    def open_editor(self, annotation_id: str) -> NoteEditor | None:
        """Open (or bring up) the editor of a saved note."""
        return self.editors.edit(annotation_id)

    def delete(self, ids: list[str]) -> None:
        """Move notes to the trash."""
        if self.service is None:
            return
        try:
            for annotation_id in ids:
                self.service.delete(annotation_id)
        except KnownError as exc:
            show_known_error(self.window, exc)
        self.status(self.tr("已移到回收站：%n 条（Ctrl+Z 撤销）", None, len(ids)))

    def jump_to(self, annotation_id: str) -> bool:
        """Show a note's span in the reader (switching document if needed) and flash it."""
        if self.service is None:
            return False
        a = self.service.get(annotation_id)
        doc = self.document()
        if doc is None or doc.id != a.doc:
            self.window.open_document(a.doc)
        if self.document() is None or self.document().id != a.doc or a.key not in self.reader.map:
            self.status(self.tr("原文中找不到这条笔记的位置，请复核"))
            return False
        length = self.reader.map.span(a.key).text_length
        start, end = a.start or 0, a.end if a.end is not None else length
        self.reader.go_to_key(a.key, start)
        self.reader.flash_range(
            self.reader.text_position(a.key, start), self.reader.text_position(a.key, end)
        )
        return True

    def _activated(self, layer: str, data: object) -> None:
        if layer == NOTES_LAYER and isinstance(data, str):
            self.open_editor(data)

    # -- undo ----------------------------------------------------------------------------

    def undo(self) -> None:
        """Undo the last change to notes or tags."""
        self._history_step(True)

    def redo(self) -> None:
        """Redo what was undone."""
        self._history_step(False)

    def _history_step(self, back: bool) -> None:
        if self.service is None:
            return
        history = self.service.history
        try:
            text = history.undo() if back else history.redo()
        except KnownError as exc:
            show_known_error(self.window, exc)
            return
        except Exception as exc:  # a bug: say so, keep the window
            report_unexpected(self.window, exc)
            return
        if text:
            done = self.tr("已撤销：{0}") if back else self.tr("已重做：{0}")
            self.status(done.format(text))

    def retranslate(self) -> None:
        """After a switch of language (ui/shell/language.py): the colours' names and meanings
        wherever they are shown, the tag tree's first row, what undo would undo."""
        if self.service is not None:
            self._load_colors()
            self.dialogs.load_tags()
        self._update_undo()

    # -- Qt overrides --------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """When the window closes, open editors keep their changes: notes are never lost."""
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.editors.save_unsaved()
        return False
