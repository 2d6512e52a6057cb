"""What the export and backup UI asks of the services: quick look-ups on the UI thread,
and work functions that run on a pool thread with services (and sessions) of their own."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

Work = Callable[[Callable[[int, int], None]], Any]


def _services(ctx):
    """Services of their own for a pool thread (own caches, own sessions)."""
    from hzreader.services.composition import Services

    return Services(ctx)


class Backends:
    """Services for the durability UI, over the window's services once it has them."""

    def __init__(self, services: Callable[[], Any]) -> None:
        self._services = services

    @property
    def services(self):
        """The window's Services (None before a quick start has finished loading)."""
        return self._services()

    @property
    def ctx(self):
        """The window's AppContext, or None."""
        services = self.services
        return services.ctx if services is not None else None

    def ready(self) -> bool:
        """True once the services can be used."""
        return self.services is not None

    # Quick look-ups (UI thread) ----------------------------------------------------------

    def tag_names(self) -> list[str]:
        """Tags in use and every level above them (部门 for 部门/发改), as the notes
        panel offers them: exporting 部门 takes the notes of all its departments."""
        from hzreader.core.annotation import with_parents

        return with_parents(t.name for t in self.services.annotations.tags() if t.count)

    def color_labels(self) -> list[tuple[str, str]]:
        """(colour, meaning) pairs."""
        return [(n, label) for n, label, _hex in self.services.annotations.colors()]

    def document_titles(self) -> list[tuple[str, str]]:
        """(id, title) of every document."""
        return [(d.id, d.title) for d in self.services.library.documents()]

    def count(self, tag: str | None, color: str | None, doc: str | None) -> int:
        """How many notes an export with these filters holds."""
        return len(self.services.exports.select(tag=tag, color=color, doc_id=doc))

    def change_stamps(self) -> tuple[str, ...]:
        """The data's change stamps (services/changes.Stamps), to notice writes by the
        command line."""
        from hzreader.services.changes import change_stamps

        return change_stamps(self.ctx)

    @staticmethod
    def backup_file_name() -> str:
        """A name for a backup file that says when it was made."""
        stamp = f"{datetime.now():%Y%m%d-%H%M}"
        return QCoreApplication.translate("Backends", "hzreader-备份-{0}.json").format(stamp)

    # Work for a pool thread ----------------------------------------------------------------

    def export_work(self, c: dict) -> Work:
        """Write study notes as the dialog asked."""
        ctx = self.ctx

        def work(progress: Callable[[int, int], None]):
            return _services(ctx).exports.export(
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
            return _services(ctx).backup_files.export(path)

        return work

    def restore_work(self, path: Path) -> Work:
        """Check and merge a JSON backup or a W3C annotation file; its RestoreResult as a dict."""
        ctx = self.ctx

        def work(_progress):
            return _services(ctx).restores.restore(path).to_json()

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
