"""A start after an edition was imported (by the command line, say): the window opens the
current edition, even from the quick first frame, and lists the old one as 旧版."""

from __future__ import annotations

from editions import edition

from hzreader.services.startup import StartupView


def _dir_with_an_edition(data_dir, tmp_path):
    from hzreader.services.composition import Services
    from hzreader.services.opening import open_context

    ctx = open_context(data_dir)
    services = Services(ctx)
    services.reading.save_setting("reader.document", "plan")  # left open on the old one
    path = tmp_path / "next.txt"
    path.write_text(edition("drop", "add"), encoding="utf-8")
    new_id = services.editions.import_version(path, "plan").document.id
    ctx.close()
    return new_id


def test_the_quick_first_frame_opens_the_current_edition(qtbot, data_dir, tmp_path):
    from hzreader.services.library import LibraryService
    from hzreader.services.opening import open_context
    from hzreader.ui.shell.main_window import MainWindow

    new_id = _dir_with_an_edition(data_dir, tmp_path)
    view = StartupView.open(data_dir)
    ctx = open_context(data_dir)
    try:
        # The quick look reads what the services read, superseded_by included.
        assert view.documents() == LibraryService(ctx).documents()
    finally:
        ctx.close()
    window = MainWindow(startup=view)
    view.close()
    qtbot.addWidget(window)
    assert window.document.id == new_id
    labels = [window.document_box.itemText(i) for i in range(window.document_box.count())]
    assert labels[0] == window.document.title
    assert labels[1].endswith("（旧版）")
    window.close()


def test_a_full_start_opens_the_current_edition_too(data_dir, tmp_path, open_window):
    new_id = _dir_with_an_edition(data_dir, tmp_path)
    window = open_window()
    assert window.document.id == new_id
    assert window.compare.edition_action.isEnabled()  # it has an old edition to compare with
