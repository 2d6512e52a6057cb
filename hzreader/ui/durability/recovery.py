"""At start, a damaged database has been moved aside: offer its newest good backup."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from hzreader.paths import DataPaths

translate = QCoreApplication.translate  # the name pyside6-lupdate reads


def offer_backup(parent: QWidget | None, exc: Exception, paths: DataPaths) -> bool:
    """Ask to restore the backup a CorruptDatabaseError offers; True once it is back."""
    from hzreader.services.integrity import CorruptDatabaseError

    if not isinstance(exc, CorruptDatabaseError) or exc.offered is None:
        return False
    b = exc.offered
    when = b.created.strftime("%Y-%m-%d %H:%M") if b.created else translate("recovery", "时间不详")
    answer = QMessageBox.question(
        parent,
        translate("recovery", "数据库已损坏"),
        translate(
            "recovery",
            "数据库已损坏，已原样移到 backups/{0}（没有删除）。\n\n"
            "最新的完好备份是 {1} 的，含 {2} 条笔记。现在恢复它吗？",
        ).format(exc.quarantined.name, when, b.notes),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    from hzreader.core.errors import KnownError
    from hzreader.services.backups import BackupService

    try:
        BackupService(paths).restore(b.name)
    except KnownError as failed:
        QMessageBox.critical(parent, translate("recovery", "无法恢复"), str(failed))
        return False
    return True
