"""The outline (提纲): the document's structure as a tree that asks to open nodes."""

from hzreader.ui.outline.dock import OutlineDock
from hzreader.ui.outline.model import STUDY_ROLE, OutlineMark

__all__ = ["STUDY_ROLE", "OutlineDock", "OutlineMark"]
