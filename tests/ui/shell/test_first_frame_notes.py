"""The notes are there with the first frame, or the panel says 正在载入 (issue 11, item 11)."""

from __future__ import annotations

import pytest

from hzreader.services.startup import StartupView


@pytest.fixture
def noted_dir(data_dir):
    """A data dir as a second start finds it, with notes on the plan near where the user is."""
    from hzreader.services.composition import Services
    from hzreader.services.opening import open_context

    ctx = open_context(data_dir)
    services = Services(ctx)
    notes = services.annotations
    notes.create("m12", quote=services.library.node("m12", "plan").text[:6], note="要点")
    notes.create("m12.s2", start=0, end=4, color="red")
    notes.create("m9", note="整条")
    gone = notes.create("m13", note="删掉的")
    notes.delete(gone.id)
    services.reading.save_position("plan", "m12", 0.0)
    ctx.close()
    return data_dir


def _geometry(reader):
    return [(s.start, s.end, s.color.name(), s.data) for s in reader.layer("notes")], sorted(
        [(m.position, m.data) for m in reader.markers("notes")]
    )


def test_the_quick_start_reads_the_notes_the_services_read(noted_dir):
    from hzreader.services.composition import Services
    from hzreader.services.opening import open_context

    view = StartupView.open(noted_dir)
    ctx = open_context(noted_dir)
    try:
        full = Services(ctx).annotations
        quick = sorted(view.annotations("plan"), key=lambda a: a.id)
        live = sorted(full.list(doc_id="plan"), key=lambda a: a.id)
        fields = ("id", "key", "start", "end", "note", "color", "needs_review")
        assert [[getattr(a, f) for f in fields] for a in quick] == [
            [getattr(a, f) for f in fields] for a in live
        ]
        assert len(quick) == 3  # the note in the trash is not drawn
        assert view.colors() == full.colors()
    finally:
        view.close()
        ctx.close()


def test_the_first_frame_draws_the_notes_before_the_database_is_open(qtbot, noted_dir):
    from hzreader.ui.shell.context_loader import ContextLoader
    from hzreader.ui.shell.main_window import MainWindow

    view = StartupView.open(noted_dir)
    window = MainWindow(startup=view)
    view.close()
    qtbot.addWidget(window)
    assert window.ctx is None
    first: list = []
    window.reader.first_painted.connect(lambda: first.append(_geometry(window.reader)))
    window.show()
    qtbot.waitUntil(lambda: bool(first))
    spans, markers = first[0]
    assert len(spans) == 3 and len(markers) == 2  # the red one has no note: no marker
    # No saved layout: the notes panel came with the first frame; it does not say 0.
    panel = window.notes.panel
    assert panel.count_label.text() == "正在载入笔记…"
    with qtbot.waitSignal(window.attached, timeout=15000):
        window.attach_when_loaded(ContextLoader(noted_dir, window))
    qtbot.waitUntil(lambda: panel.count_label.text() == "共 3 条笔记")
    # The services draw the same highlights, now with their tooltips.
    assert _geometry(window.reader) == (spans, markers)
    assert all(s.tooltip for s in window.reader.layer("notes"))
    window.close()
    window.ctx.close()
