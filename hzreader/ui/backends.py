"""What the export and backup UI asks of the services: quick look-ups on the UI thread,
and work functions that run on a pool thread with services (and sessions) of their own."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

Work = Callable[[Callable[[int, int], None]], Any]


class Backends:
    """Services for the durability UI, over the window's context once it has one."""

    def __init__(self, context: Callable[[], Any]) -> None:
        self._context = context

    @property
    def ctx(self):
        """The window's AppContext (None before a quick start has finished loading)."""
        return self._context()

    def ready(self) -> bool:
        """True once the services can be used."""
        return self.ctx is not None

    # Quick look-ups (UI thread) ----------------------------------------------------------

    def tag_names(self) -> list[str]:
        """Tags in use, by name."""
        from hzreader.services.annotations import AnnotationService

        return [t.name for t in AnnotationService(self.ctx).tags() if t.count]

    def color_labels(self) -> list[tuple[str, str]]:
        """(colour, meaning) pairs."""
        from hzreader.services.annotations import AnnotationService

        return [(n, label) for n, label, _hex in AnnotationService(self.ctx).colors()]

    def document_titles(self) -> list[tuple[str, str]]:
        """(id, title) of every document."""
        from hzreader.services.library import LibraryService

        return [(d.id, d.title) for d in LibraryService(self.ctx).documents()]

    def count(self, tag: str | None, color: str | None, doc: str | None) -> int:
        """How many notes an export with these filters holds."""
        from hzreader.services.exporting import ExportService

        return len(ExportService(self.ctx).select(tag=tag, color=color, doc_id=doc))

    def change_stamps(self) -> tuple[str, str]:
        """(documents, notes) stamps, to notice writes by the command line."""
        from hzreader.services.changes import change_stamps

        return change_stamps(self.ctx)

    @staticmethod
    def backup_file_name() -> str:
        """A name for a backup file that says when it was made."""
        return f"hzreader-备份-{datetime.now():%Y%m%d-%H%M}.json"

    # Work for a pool thread ----------------------------------------------------------------

    def export_work(self, c: dict) -> Work:
        """Write study notes as the dialog asked."""
        ctx = self.ctx

        def work(progress: Callable[[int, int], None]):
            from hzreader.services.exporting import ExportService

            return ExportService(ctx).export(
                c["fmt"],
                Path(c["path"]),
                tag=c["tag"],
                color=c["color"],
                doc_id=c["doc"],
                grouping=c["grouping"],
                progress=progress,
            )

        return work

    def backup_work(self, path: Path) -> Work:
        """Write the full JSON backup."""
        ctx = self.ctx

        def work(_progress):
            from hzreader.services.backup_file import BackupFileService

            return BackupFileService(ctx).export(path)

        return work

    def restore_work(self, path: Path) -> Work:
        """Check and merge a JSON backup; its RestoreResult as a dict."""
        ctx = self.ctx

        def work(_progress):
            from hzreader.services.backup_file import BackupFileService

            return BackupFileService(ctx).restore(path).to_json()

        return work

    def list_work(self) -> Work:
        """The copies in the backups folder, each checked, as dicts."""
        paths = self.ctx.paths

        def work(_progress):
            from hzreader.services.backups import BackupService

            return [b.to_json() for b in BackupService(paths).list()]

        return work

    def restore_copy_work(self, name: str) -> Work:
        """Put an automatic backup back (the pooled connections are closed first)."""
        ctx = self.ctx

        def work(_progress):
            from hzreader.services.backups import BackupService

            ctx.engine.dispose()  # new connections open by themselves on the next query
            chosen, aside = BackupService(ctx.paths).restore(name)
            aside_json = aside.to_json() if aside else None
            return {"restored": chosen.to_json(), "set_aside": aside_json}

        return work
