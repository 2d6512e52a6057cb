"""Restoring a file: an hzreader JSON backup, or a W3C Web Annotation file from any tool."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from hzreader.exporters import backup_json
from hzreader.exporters.web_annotation import looks_like_w3c

if TYPE_CHECKING:
    from hzreader.services.backup_file import BackupFileService, RestoreResult
    from hzreader.services.web_annotations import WebAnnotationService


class RestoreService:
    """Reads the file once, tells the two formats apart, and hands it to the one that merges."""

    def __init__(
        self, backup_files: BackupFileService, web_annotations: WebAnnotationService
    ) -> None:
        self.backup_files = backup_files
        self.web_annotations = web_annotations

    def restore(self, path: Path) -> RestoreResult:
        """Merge a backup or a W3C file (checked whole first; bad input changes nothing)."""
        raw = backup_json.load_json(backup_json.read_bytes(Path(path)))
        if looks_like_w3c(raw):
            return self.web_annotations.restore(raw)
        return self.backup_files.merge(backup_json.from_json(raw))
