"""Export dialog, backup menu entries, restoring in the window, one window per data dir."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import docx
import pytest
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from hzreader.services.annotations import AnnotationService
from hzreader.services.backups import BackupService, window_pid
from hzreader.services.composition import Services
from hzreader.services.opening import open_context
from hzreader.ui.bookmarks.panel import ID_ROLE
from hzreader.ui.durability.controller import DurabilityController
from hzreader.ui.shell.single_instance import SingleInstance, claim_data_dir

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def controller(window) -> DurabilityController:
    existing = window.findChild(DurabilityController)
    return existing or DurabilityController(window)


def _notes(window) -> AnnotationService:
    service = Services(window.ctx).annotations
    service.create("m9", quote="共有产权住房", note="**本局牵头**", tags=["部门/发改"])
    service.create("m24", note="宣传口径", tags=["部门/发改"])
    service.create("m2", quote="人才", note="人社局", tags=["部门/人社"], color="红")
    return service


def test_actions_sit_in_the_file_menu(window, controller) -> None:
    menu = window.findChild(QMenu, "menu_file")
    names = [a.objectName() for a in menu.actions()]
    wanted = ["action_export_notes", "action_export_backup", "action_restore_backup_file",
              "action_restore_auto_backup"]  # fmt: skip
    assert [n for n in names if n in wanted] == wanted
    assert names.index("action_restore_auto_backup") < names.index("action_quit")
    assert all(a.isEnabled() and a.text() for a in controller.actions())
    assert controller.export_notes.shortcut().toString() == "Ctrl+E"


def test_export_dialog_counts_and_exports_off_the_ui_thread(
    window, controller, qtbot, tmp_path: Path, monkeypatch
) -> None:
    _notes(window)
    from hzreader.services.exporting import ExportService

    threads: list[bool] = []
    original = ExportService.export

    def spy(self, *args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return original(self, *args, **kwargs)

    monkeypatch.setattr(ExportService, "export", spy)
    dialog = controller.open_export_dialog()
    assert dialog.count_label.text() == "将导出 3 条笔记"
    dialog.tag_box.setCurrentIndex(dialog.tag_box.findData("部门/发改"))
    assert dialog.count_label.text() == "将导出 2 条笔记"
    dialog.color_box.setCurrentIndex(dialog.color_box.findData("purple"))
    assert dialog.count_label.text() == "将导出 0 条笔记" and not dialog.export_button.isEnabled()
    dialog.color_box.setCurrentIndex(0)
    target = tmp_path / "学习心得.docx"
    dialog.path_edit.setText(str(target))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: "已导出" in dialog.result_label.text(), timeout=20_000)
    assert threads == [False]
    assert dialog.progress.value() == dialog.progress.maximum()
    body = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "共有产权住房" in body and "宣传口径" in body and "人社局" not in body
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("html"))
    assert dialog.path_edit.text().endswith("学习心得.html")
    dialog.close()


def test_export_into_a_missing_folder_says_why(window, controller, qtbot, tmp_path) -> None:
    _notes(window)
    dialog = controller.open_export_dialog()
    dialog.path_edit.setText(str(tmp_path / "nowhere" / "x.docx"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: "导出失败" in dialog.result_label.text(), timeout=20_000)
    assert "不存在" in dialog.result_label.text() and dialog.export_button.isEnabled()
    dialog.close()


def test_backup_file_out_and_in(window, controller, qtbot, tmp_path: Path, monkeypatch) -> None:
    _notes(window)
    saved = tmp_path / "office.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    controller.export_backup.trigger()
    qtbot.waitUntil(saved.exists, timeout=20_000)
    home = open_context(tmp_path / "home")
    try:
        Services(home).annotations.create("m12", note="在家写的")

        Services(home).backup_files.export(tmp_path / "home.json")
    finally:
        home.close()
    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(tmp_path / "home.json"), ""))  # fmt: skip
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    controller.restore_file.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert shown[0].startswith("新增 1 条，更新 0 条，跳过 0 条")
    assert "在家写的" in [a.note for a in Services(window.ctx).annotations.list()]


def test_a_bad_backup_file_is_explained(window, controller, qtbot, tmp_path, monkeypatch) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "hzreader-backup", "version": 1, "annotations": [', "utf-8")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    controller.restore_backup_file(str(bad))
    qtbot.waitUntil(lambda: bool(warned), timeout=20_000)
    assert "备份文件无效" in warned[0]


def test_restore_an_automatic_backup(window, controller, qtbot, monkeypatch) -> None:
    service = Services(window.ctx).annotations
    kept = service.create("m9", quote="共有产权住房", note="备份里有")
    BackupService(window.ctx.paths).auto_backup()
    service.create("m2", quote="人才", note="备份之后写的")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    dialog = controller.open_backups_dialog()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=20_000)
    assert dialog.table.item(0, 2).text() == "1" and dialog.table.item(0, 1).text() == "自动备份"
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert [a.id for a in Services(window.ctx).annotations.list()] == [kept.id]
    aside = [b for b in BackupService(window.ctx.paths).list() if b.kind == "replaced"]
    assert len(aside) == 1 and aside[0].notes == 2


HOLDER = """
import sys
from pathlib import Path
sys.path.insert(0, {root!r})
from PySide6.QtCore import QCoreApplication, QTimer
from hzreader.ui.shell.single_instance import SingleInstance
app = QCoreApplication([])
guard = SingleInstance(Path({data!r}), Path({lock!r}))
assert guard.acquire()
guard.listen()
def activated():
    print("activated", flush=True)
    QTimer.singleShot(100, app.quit)
guard.activate_requested.connect(activated)
print("ready", flush=True)
if {frozen!r}:
    import time; time.sleep(60)
app.exec()
guard.release()
"""


def _holder(data_dir: Path, frozen: bool = False) -> subprocess.Popen:
    code = HOLDER.format(root=str(ROOT), data=str(data_dir),
                         lock=str(data_dir / "hzreader.lock"), frozen=frozen)  # fmt: skip
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    return proc


def _stop(proc: subprocess.Popen) -> None:
    proc.kill()
    proc.wait()
    proc.stdout.close()


def test_a_second_start_brings_the_first_window_to_the_front(qapp, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    first = _holder(data_dir)
    try:
        guard, message = claim_data_dir(data_dir, data_dir / "hzreader.lock")
        assert guard is None and message == ""  # no second window: the first was raised
        assert first.stdout.readline().strip() == "activated"
        assert first.wait(timeout=20) == 0
    finally:
        _stop(first)
    guard, message = claim_data_dir(data_dir, data_dir / "hzreader.lock")
    assert guard is not None and message is None  # the lock went with the first window
    guard.release()


def test_a_window_that_does_not_answer_is_named(qapp, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    frozen = _holder(data_dir, frozen=True)
    try:
        guard, message = claim_data_dir(data_dir, data_dir / "hzreader.lock")
        assert guard is None and f"进程 {frozen.pid}" in message and "已经在另一个" in message
        # The command line can still write, and knows not to swap the database under it.
        from hzreader.paths import DataPaths

        assert window_pid(DataPaths(data_dir)) == frozen.pid
    finally:
        _stop(frozen)


def test_a_crashed_window_leaves_no_lock_behind(qapp, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    crashed = _holder(data_dir, frozen=True)
    _stop(crashed)
    guard = SingleInstance(data_dir, data_dir / "hzreader.lock")
    assert guard.acquire()
    guard.release()


def test_the_real_window_is_single_and_the_cli_writes_beside_it(tmp_path: Path) -> None:
    import os
    import time

    from hzreader.paths import DataPaths

    data_dir = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    main = [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir)]
    assert subprocess.run([*main, "annotate", "m9", "--note", "先写一条"], env=env,
                          capture_output=True).returncode == 0  # fmt: skip
    first = subprocess.Popen(main, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while window_pid(DataPaths(data_dir)) != first.pid:
            assert first.poll() is None, first.stderr.read()
            assert time.monotonic() < deadline
            time.sleep(0.2)
        second = subprocess.run(main, env=env, capture_output=True, timeout=60)
        assert second.returncode == 0  # it raised the first window and went away
        assert first.poll() is None
        wrote = subprocess.run([*main, "annotate", "m2", "--note", "窗口开着时写的", "--json"],
                               env=env, capture_output=True, text=True, timeout=60)  # fmt: skip
        assert wrote.returncode == 0, wrote.stderr
        listed = subprocess.run([*main, "backups", "--json"], env=env, capture_output=True,
                                text=True, timeout=60)  # fmt: skip
        name = json.loads(listed.stdout)[0]["name"]
        swap = subprocess.run([*main, "restore-backup", name], env=env,
                              capture_output=True, text=True, timeout=60)  # fmt: skip
        assert swap.returncode == 1 and "窗口" in swap.stderr  # not under an open window
    finally:
        first.kill()
        first.wait()
        first.stderr.close()


def test_the_window_notices_writes_from_the_command_line(window, controller, qtbot, tmp_path):
    seen: list[str] = []
    controller.watcher.notes_changed.connect(lambda: seen.append("notes"))
    controller.watcher.timer.setInterval(100)
    note = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(window.ctx.paths.root),
         "annotate", "m9", "--note", "命令行写的"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert note.returncode == 0, note.stderr
    qtbot.waitUntil(lambda: "notes" in seen, timeout=10_000)
    source = tmp_path / "provincial.md"
    source.write_text("# 浙江省实施方案\n\n## 一、总体要求\n\n1. 坚持人民至上。\n", "utf-8")
    imported = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(window.ctx.paths.root),
         "import", str(source), "--json"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert imported.returncode == 0, imported.stderr
    doc_id = json.loads(imported.stdout)["id"]
    qtbot.waitUntil(lambda: window.document_box.findData(doc_id) >= 0, timeout=10_000)


def _cli(window, *args: str) -> subprocess.CompletedProcess:
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(window.ctx.paths.root), *args],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done


def test_bookmarks_and_actual_values_from_the_command_line_show_in_the_window(
    window, controller, qtbot
):
    controller.watcher.timer.setInterval(100)
    marks = window.bookmarks.panel.list
    assert marks.count() == 0
    _cli(window, "bookmark", "m9")
    qtbot.waitUntil(lambda: marks.count() == 1, timeout=10_000)
    (mark,) = window.services.bookmarks.list()
    assert mark.key == "m9" and window.bookmarks.panel.current_id() in (None, mark.id)
    assert marks.item(0).data(ID_ROLE) == mark.id
    # The ledger, open: an actual value recorded by the command line appears in its row.
    window.docks.targets.show()
    view = window.targets.view
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10_000)
    target = view.model.rows()[0].target
    assert view.model.rows()[0].latest is None
    _cli(window, "record-actual", target.id, "19.5", "--date", "2024-12-31")
    qtbot.waitUntil(lambda: view.model.rows()[0].latest is not None, timeout=10_000)
    assert view.model.rows()[0].latest.value == 19.5
    # Deleted there too: gone here.
    _cli(window, "unbookmark", "m9")
    qtbot.waitUntil(lambda: marks.count() == 0, timeout=10_000)


def test_a_damaged_database_is_replaced_by_its_backup_when_the_user_agrees(
    qapp, data_dir: Path, monkeypatch
) -> None:
    from hzreader.core.errors import StorageError
    from hzreader.paths import DataPaths
    from hzreader.services.integrity import CorruptDatabaseError
    from hzreader.ui.durability.recovery import offer_backup

    ctx = open_context(data_dir)
    kept = Services(ctx).annotations.create("m9", quote="共有产权住房", note="要找回的笔记")
    BackupService(ctx.paths).auto_backup()
    ctx.close()
    (data_dir / "hzreader.sqlite3").write_bytes(b"overwritten" * 500)
    for extra in ("-wal", "-shm"):
        (data_dir / f"hzreader.sqlite3{extra}").unlink(missing_ok=True)
    with pytest.raises(StorageError) as caught:
        open_context(data_dir)
    assert isinstance(caught.value, CorruptDatabaseError) and caught.value.offered.notes == 1
    asked: list[str] = []

    def yes(_parent, _title, text):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    assert offer_backup(None, caught.value, DataPaths(data_dir)) is True
    assert "1 条笔记" in asked[0] and "现在恢复它吗" in asked[0]
    ctx = open_context(data_dir)
    try:
        assert [a.id for a in Services(ctx).annotations.list()] == [kept.id]
    finally:
        ctx.close()
    assert len(list((data_dir / "backups").glob("corrupt-*.sqlite3"))) == 1  # kept, not deleted
