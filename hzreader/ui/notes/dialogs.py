"""The notes controller's tags and dialogs: tag lists, the tag manager, the trash."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from hzreader.core.errors import KnownError
from hzreader.ui.errors import show_known_error
from hzreader.ui.notes.tag_manager import TagManager, ask_color, ask_new_name, confirm_delete
from hzreader.ui.notes.tags_edit import with_parents
from hzreader.ui.notes.trash import TrashDialog
from hzreader.ui.texts import joined

if TYPE_CHECKING:
    from hzreader.ui.notes.host import NotesHost


class NotesDialogs(QObject):
    """Opens the tag manager and the trash, and carries out what they ask."""

    def __init__(self, controller: NotesHost) -> None:
        super().__init__(controller)
        self.controller = controller
        self.tag_manager: TagManager | None = None
        self.trash: TrashDialog | None = None

    @property
    def service(self):
        """The annotation service (None before the window is attached)."""
        return self.controller.service

    def _run(self, work: Callable[[], object], done: str = "") -> bool:
        """Do one change; explain a KnownError instead of raising it."""
        try:
            work()
        except KnownError as exc:
            show_known_error(self.controller.window, exc)
            return False
        if done:
            self.controller.status(done)
        return True

    def load_tags(self) -> None:
        """The tags (with the notes below each level, each note once) in the tags panel,
        the notes panel's filter and the editors' completion."""
        c = self.controller
        tags = self.service.tags()
        live = [t for t in tags if t.count]
        names = with_parents(t.name for t in live)
        own = {t.name: t.count for t in live}
        counts = {}
        for name in names:
            has_children = any(n.startswith(name + "/") for n in names)
            counts[name] = len(self.service.ids(tag=name)) if has_children else own.get(name, 0)
        total = len(self.service.ids())
        c.tags.set_tags(names, counts, {t.name: t.color for t in tags}, total)
        c.panel.set_tags(names)
        c.editors.set_tags(names)

    def refresh(self) -> None:
        """Show the current tags and trash in the open dialogs."""
        if self.service is None:
            return
        if self.tag_manager is not None:
            tags = [(t.name, t.color, t.count) for t in self.service.tags()]
            self.tag_manager.set_tags(tags)
            self.tag_manager.set_colors(self.controller.colors)
        if self.trash is not None:
            self.trash.colors = {c.name: c for c in self.controller.colors}
            self.trash.set_notes(self.service.trash())

    # -- tag manager ---------------------------------------------------------------------

    def open_tag_manager(self) -> TagManager | None:
        """Show the tag manager (one at a time)."""
        if self.service is None:
            return None
        if self.tag_manager is None:
            dialog = TagManager(self.controller.window)
            dialog.rename_requested.connect(self.rename)
            dialog.merge_requested.connect(self.merge)
            dialog.delete_requested.connect(self.delete_tags)
            dialog.color_requested.connect(self.set_color)
            dialog.labels_requested.connect(self.set_labels)
            dialog.finished.connect(lambda _code: self._closed("tag_manager"))
            self.tag_manager = dialog
            self.refresh()
        self.tag_manager.show()
        self.tag_manager.raise_()
        return self.tag_manager

    def _closed(self, name: str) -> None:
        dialog = getattr(self, name)
        setattr(self, name, None)
        if dialog is not None:
            dialog.deleteLater()

    def rename(self, old: str, new: str) -> bool:
        """Rename a tag (and those below it); onto an existing name, merge."""
        return self._run(
            lambda: self.service.rename_tag(old, new),
            self.tr("标签“{0}”已改为“{1}”（Ctrl+Z 撤销）").format(old, new),
        )

    def merge(self, sources: list, target: str) -> bool:
        """Fold tags into one."""
        return self._run(
            lambda: self.service.merge_tags(sources, target),
            self.tr("已合并到标签“{0}”（Ctrl+Z 撤销）").format(target),
        )

    def delete_tags(self, names: list) -> bool:
        """Take tags off every note."""
        return self._run(
            lambda: [self.service.delete_tag(n) for n in names],
            self.tr("已删除标签 {0}（Ctrl+Z 撤销）").format(joined(names)),
        )

    def set_color(self, name: str, color: object) -> bool:
        """Give a tag a colour (or none)."""
        return self._run(lambda: self.service.set_tag_color(name, color))

    def set_labels(self, labels: dict) -> bool:
        """What each highlight colour means."""
        return self._run(
            lambda: [self.service.set_color_label(n, text) for n, text in labels.items()],
            self.tr("颜色的含义已保存"),
        )

    # -- questions from the tags panel -----------------------------------------------------

    def ask_rename(self, name: str) -> None:
        """Ask for a new name, then rename."""
        new = ask_new_name(self.controller.window, name)
        if new:
            self.rename(name, new)

    def ask_delete_tag(self, name: str) -> None:
        """Confirm, then take the tag off every note."""
        if confirm_delete(self.controller.window, [name]):
            self.delete_tags([name])

    def ask_tag_color(self, name: str) -> None:
        """Ask for a colour, then give it to the tag."""
        current = next((t.color for t in self.service.tags() if t.name == name), None)
        color = ask_color(self.controller.window, current)
        if color:
            self.set_color(name, color)

    # -- trash ---------------------------------------------------------------------------

    def open_trash(self) -> TrashDialog | None:
        """Show the trash."""
        if self.service is None:
            return None
        if self.trash is None:
            dialog = TrashDialog(self.controller.window)
            dialog.restore_requested.connect(self.restore)
            dialog.empty_requested.connect(self.empty_trash)
            dialog.finished.connect(lambda _code: self._closed("trash"))
            self.trash = dialog
            self.refresh()
        self.trash.show()
        self.trash.raise_()
        return self.trash

    def restore(self, ids: list) -> bool:
        """Bring notes back from the trash."""
        return self._run(
            lambda: [self.service.restore(i) for i in ids],
            self.tr("已恢复 %n 条笔记（Ctrl+Z 撤销）", None, len(ids)),
        )

    def empty_trash(self) -> bool:
        """Delete the trash for good."""
        return self._run(self.service.empty_trash, self.tr("回收站已清空"))
