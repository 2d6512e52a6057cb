"""The one place where services are put together: each is built once, on first use, and
handed the others it needs, so no service module has to build (or import) a sibling."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from hzreader.services.context import AppContext

if TYPE_CHECKING:
    from hzreader.services.annotations import AnnotationService
    from hzreader.services.backup_file import BackupFileService
    from hzreader.services.backups import BackupService
    from hzreader.services.bookmarks import BookmarkService
    from hzreader.services.editions import EditionService
    from hzreader.services.exporting import ExportService
    from hzreader.services.importing import ImportService
    from hzreader.services.library import LibraryService
    from hzreader.services.preferences import PreferencesService
    from hzreader.services.reading import ReadingService
    from hzreader.services.relations import RelationsService
    from hzreader.services.restoring import RestoreService
    from hzreader.services.searching import SearchService
    from hzreader.services.study import StudyService
    from hzreader.services.targets import TargetService
    from hzreader.services.tasks import TaskService
    from hzreader.services.web_annotations import WebAnnotationService


class Services:
    """Every service over one AppContext. One per thread: services keep caches (documents,
    the open index) that are not shared across threads; a pool thread builds its own."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    @cached_property
    def library(self) -> LibraryService:
        """Documents, outlines, nodes; the bundled plan."""
        from hzreader.services.library import LibraryService

        return LibraryService(self.ctx)

    @cached_property
    def reading(self) -> ReadingService:
        """Reading positions and settings."""
        from hzreader.services.reading import ReadingService

        return ReadingService(self.ctx)

    @cached_property
    def annotations(self) -> AnnotationService:
        """Highlights, notes, tags, colours, trash and undo."""
        from hzreader.services.annotations import AnnotationService

        return AnnotationService(self.ctx, self.library)

    @cached_property
    def search(self) -> SearchService:
        """The full-text index over text and notes."""
        from hzreader.services.searching import SearchService

        return SearchService(self.ctx, self.library)

    @cached_property
    def targets(self) -> TargetService:
        """Quantitative targets and their recorded actual values."""
        from hzreader.services.targets import TargetService

        return TargetService(self.ctx, self.library)

    @cached_property
    def backups(self) -> BackupService:
        """The automatic, verified copies of the database."""
        from hzreader.services.backups import BackupService

        return BackupService(self.ctx.paths)

    @cached_property
    def backup_files(self) -> BackupFileService:
        """Full JSON backups: export and merge."""
        from hzreader.services.backup_file import BackupFileService

        return BackupFileService(self.ctx, self.library, self.backups, self.preferences)

    @cached_property
    def preferences(self) -> PreferencesService:
        """The user's preferences (设置), in the backup too."""
        from hzreader.services.preferences import PreferencesService

        return PreferencesService(self.ctx)

    @cached_property
    def exports(self) -> ExportService:
        """Study notes as files."""
        from hzreader.services.exporting import ExportService

        return ExportService(
            self.ctx, self.library, self.annotations, self.backup_files, self.web_annotations
        )

    @cached_property
    def web_annotations(self) -> WebAnnotationService:
        """Notes out and in as W3C Web Annotations (JSON-LD)."""
        from hzreader.services.web_annotations import WebAnnotationService

        return WebAnnotationService(self.ctx, self.library, self.backups)

    @cached_property
    def restores(self) -> RestoreService:
        """Restoring a file: a JSON backup or a W3C annotation file, told apart by content."""
        from hzreader.services.restoring import RestoreService

        return RestoreService(self.backup_files, self.web_annotations)

    @cached_property
    def imports(self) -> ImportService:
        """Adding, renaming and deleting documents."""
        from hzreader.services.importing import ImportService

        return ImportService(self.ctx, self.library)

    @cached_property
    def relations(self) -> RelationsService:
        """Clauses of one document matched with those of others (对照, 解读, related)."""
        from hzreader.services.relations import RelationsService

        return RelationsService(self.ctx, self.library)

    @cached_property
    def editions(self) -> EditionService:
        """New editions: comparison, import with the notes carried over, its undo."""
        from hzreader.services.editions import EditionService

        return EditionService(self.ctx, self.library, self.imports, self.annotations.history)

    @cached_property
    def tasks(self) -> TaskService:
        """The 任务分解表: clauses with their units, deadlines and status; the units list."""
        from hzreader.services.tasks import TaskService

        return TaskService(self.ctx, self.library, self.annotations.history)

    @cached_property
    def bookmarks(self) -> BookmarkService:
        """Bookmarks on clauses, renamable, undoable."""
        from hzreader.services.bookmarks import BookmarkService

        return BookmarkService(self.ctx, self.library, self.annotations.history)

    @cached_property
    def study(self) -> StudyService:
        """The study map: which clauses were read, which annotated."""
        from hzreader.services.study import StudyService

        return StudyService(self.ctx, self.library, self.annotations, self.annotations.history)

    def close(self) -> None:
        """Release what the services hold open (the search index), not the context."""
        if "search" in self.__dict__:
            self.search.close()
