"""The notes panel (笔记): every note, filtered and sorted, that asks to open or change them."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hzreader.ui import theme
from hzreader.ui.combo import ElidingComboBox
from hzreader.ui.notes.colors import NoteColor, swatch_icon
from hzreader.ui.notes.delegate import REVIEW_INK, NoteCardDelegate
from hzreader.ui.notes.model import NotesModel

FILTER_DELAY_MS = 200
SCOPE_ALL = "*all"
SCOPE_DOC = "*doc"


class NotesPanel(QWidget):
    """Filters on top, the list below; every act is a signal for the controller."""

    filters_changed = Signal()
    open_requested = Signal(str)  # jump to the note's span in the reader
    edit_requested = Signal(str)
    delete_requested = Signal(list)  # ids to move to the trash

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notes_panel")
        self.model = NotesModel(None, self)
        self.delegate = NoteCardDelegate(self)
        self.list = QListView(self)
        self.list.setObjectName("notes_list")
        self.list.setModel(self.model)
        self.list.setItemDelegate(self.delegate)
        # Same-sized rows: the view asks the delegate once, and only for rows in view.
        self.list.setUniformItemSizes(True)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # The cards shorten their lines to the width there is: never a sideways scroll that
        # cuts them at the dock's edge (a narrow dock at 1024×700).
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        # A double click or Enter (activated covers both; a single click where the style says so).
        self.list.activated.connect(self._open)
        self.list.customContextMenuRequested.connect(self._menu)

        self.search = QLineEdit(self)
        self.search.setObjectName("notes_search")
        self.search.setPlaceholderText(self.tr("筛选：引文或笔记中的文字"))
        self.search.setClearButtonEnabled(True)
        self.scope_box = self._combo("notes_scope", self.tr("范围"))
        self.scope_box.addItem(self.tr("全部文档"), SCOPE_ALL)
        self.tag_box = self._combo("notes_tag", self.tr("标签"))
        self.tag_box.addItem(self.tr("全部标签"), None)
        self.color_box = self._combo("notes_color", self.tr("颜色"))
        self.color_box.addItem(self.tr("全部颜色"), None)
        self.order_box = self._combo("notes_order", self.tr("排序"))
        for label, order in (
            (self.tr("按原文位置"), "position"),
            (self.tr("按创建时间"), "created"),
            (self.tr("按修改时间"), "updated"),
        ):
            self.order_box.addItem(label, order)
        self.review_button = QToolButton(self)
        self.review_button.setObjectName("notes_review")
        self.review_button.setCheckable(True)
        self.review_button.setToolTip(self.tr("只看原文变动后需要复核的笔记"))
        self._review = 0
        theme.follow_look(self.review_button, self._tint_review)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("notes_count")
        theme.tint_label(self.count_label, theme.LIGHT.muted_ink, theme.DARK.muted_ink)
        self.set_loading()

        self.edit_action = self._action("action_note_edit", self.tr("编辑笔记(&E)…"), "F2")
        self.jump_action = self._action("action_note_jump", self.tr("跳到原文(&J)"), "")
        self.delete_action = self._action(
            "action_note_trash", self.tr("删除到回收站(&D)"), QKeySequence.StandardKey.Delete
        )
        self.edit_action.triggered.connect(self._edit_current)
        self.jump_action.triggered.connect(lambda: self._open(self.list.currentIndex()))
        self.delete_action.triggered.connect(self._delete_selected)

        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.filters_changed)
        self.search.textChanged.connect(self._filter_timer.start)
        for box in (self.scope_box, self.tag_box, self.color_box, self.order_box):
            box.currentIndexChanged.connect(lambda _row: self.filters_changed.emit())
        self.review_button.toggled.connect(lambda _on: self.filters_changed.emit())
        self._build()

    def _combo(self, name: str, tip: str) -> QComboBox:
        box = ElidingComboBox(self)
        box.setObjectName(name)
        box.setToolTip(tip)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(2)  # a narrow dock: the choice is elided with …
        return box

    def _action(self, name: str, text: str, shortcut) -> QAction:
        action = QAction(text, self.list)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        # Only while the list has the keyboard: Delete in the reader or a field is theirs.
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.list.addAction(action)
        return action

    def _build(self) -> None:
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)  # the filters fit a narrow dock (docks yield to the reader)
        grid.addWidget(self.search, 0, 0, 1, 3)
        grid.addWidget(self.scope_box, 1, 0, 1, 2)
        grid.addWidget(self.tag_box, 1, 2)
        grid.addWidget(self.color_box, 2, 0)
        grid.addWidget(self.order_box, 2, 1)
        grid.addWidget(self.review_button, 2, 2)
        # The tag box has its third of the width, not the 需复核 button's (a fixed tool
        # button held its column to its own width, and 全部标签 was cut on a wide dock).
        self.review_button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(grid)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count_label)

    # -- content -------------------------------------------------------------------------

    def set_colors(self, colors: list[NoteColor]) -> None:
        """The colour filter's choices and the cards' colours."""
        self.delegate.colors = {c.name: c for c in colors}
        current = self.color_box.currentData()
        self.color_box.blockSignals(True)
        self.color_box.clear()
        self.color_box.addItem(self.tr("全部颜色"), None)
        for color in colors:
            self.color_box.addItem(swatch_icon(color.hex), color.title(), color.name)
        self.color_box.setCurrentIndex(max(0, self.color_box.findData(current)))
        self.color_box.blockSignals(False)
        self.list.viewport().update()

    def set_tags(self, names: list[str]) -> None:
        """The tag filter's choices (every level of the hierarchy)."""
        current = self.tag_box.currentData()
        self.tag_box.blockSignals(True)
        self.tag_box.clear()
        self.tag_box.addItem(self.tr("全部标签"), None)
        for name in names:
            self.tag_box.addItem(name, name)
        row = self.tag_box.findData(current) if current else 0
        self.tag_box.setCurrentIndex(max(0, row))
        self.tag_box.blockSignals(False)
        if current and row < 0:
            self.filters_changed.emit()  # the tag is gone (renamed or deleted)

    def set_scopes(self, doc_title: str, chapters: list[tuple[str, str]]) -> None:
        """The scope filter: every document, the one shown, or one of its chapters."""
        current = self.scope_box.currentData()
        self.scope_box.blockSignals(True)
        self.scope_box.clear()
        self.scope_box.addItem(self.tr("全部文档"), SCOPE_ALL)
        if doc_title:
            self.scope_box.addItem(self.tr("本文档：{0}").format(doc_title), SCOPE_DOC)
        for label, key in chapters:
            self.scope_box.addItem("　" + label, key)
        row = self.scope_box.findData(current)
        self.scope_box.setCurrentIndex(max(0, row))
        self.scope_box.blockSignals(False)
        if row < 0:
            self.filters_changed.emit()

    def set_tag_filter(self, name: str | None) -> None:
        """Show only notes with this tag (or a tag below it); None for all."""
        row = self.tag_box.findData(name) if name else 0
        if row < 0:
            self.tag_box.addItem(name, name)
            row = self.tag_box.count() - 1
        self.tag_box.setCurrentIndex(row)

    def set_loading(self) -> None:
        """Before the notes are read: 正在载入, never a 共 0 条 that looks like data loss."""
        self.count_label.setText(self.tr("正在载入笔记…"))
        self.review_button.setText(self.tr("需复核"))
        self._set_review(0)

    def set_counts(self, shown: int, review: int) -> None:
        """How many notes are listed, and how many need review."""
        self.count_label.setText(self.tr("共 %n 条笔记", None, shown))
        self.review_button.setText(self.tr("需复核 {0}").format(review))
        self._set_review(review)

    def _set_review(self, review: int) -> None:
        self._review = review
        self._tint_review()

    def _tint_review(self) -> None:
        """需复核 N in bold red while notes wait for review (again after a switch of theme),
        legible on the button as the style paints it: a gradient up to half as light again
        as its colour at night (Fusion), darker when checked in the light."""
        button = self.review_button
        bold = QFont()  # bold only: the rest of the font follows the window's
        bold.setBold(True)
        button.setFont(bold if self._review else QFont())
        if not self._review:
            button.setPalette(QPalette())  # the window's colours again
            return
        face = button.palette().color(QPalette.ColorRole.Button)
        color = theme.shade(*REVIEW_INK)
        for ground in (face.lighter(150), face.darker(110)):
            color = theme.legible(color, ground)
        theme.tint_text(button, color)

    def filters(self) -> dict:
        """What to list: text, tag, colour, scope, review only, order."""
        return {
            "text": self.search.text().strip(),
            "tag": self.tag_box.currentData(),
            "color": self.color_box.currentData(),
            "scope": self.scope_box.currentData() or SCOPE_ALL,
            "review_only": self.review_button.isChecked(),
            "order": self.order_box.currentData() or "position",
        }

    def current_id(self) -> str | None:
        """The id of the current row."""
        return self.model.id_at(self.list.currentIndex().row())

    def select_id(self, annotation_id: str) -> bool:
        """Make a note the current row and bring it into view; False if not listed."""
        row = self.model.row_of(annotation_id)
        if row < 0:
            return False
        index = self.model.index(row)
        self.list.setCurrentIndex(index)
        self.list.scrollTo(index)
        return True

    def selected_ids(self) -> list[str]:
        """The ids of the selected rows, in list order."""
        rows = sorted(i.row() for i in self.list.selectionModel().selectedIndexes())
        return [i for i in (self.model.id_at(r) for r in rows) if i]

    # -- intents -------------------------------------------------------------------------

    def _open(self, index: QModelIndex) -> None:
        annotation_id = self.model.id_at(index.row()) if index.isValid() else None
        if annotation_id:
            self.open_requested.emit(annotation_id)

    def _edit_current(self) -> None:
        annotation_id = self.current_id()
        if annotation_id:
            self.edit_requested.emit(annotation_id)

    def _delete_selected(self) -> None:
        ids = self.selected_ids() or [i for i in [self.current_id()] if i]
        if ids:
            self.delete_requested.emit(ids)

    def _menu(self, point: QPoint) -> None:
        if not self.list.indexAt(point).isValid():
            return
        menu = QMenu(self)
        for action in (self.jump_action, self.edit_action, None, self.delete_action):
            menu.addSeparator() if action is None else menu.addAction(action)
        menu.exec(self.list.viewport().mapToGlobal(point))
