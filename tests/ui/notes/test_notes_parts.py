"""Parts of the notes UI on their own: the lazy model, Markdown sanitising, tags, overlaps."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from hzreader.core.annotation import Annotation
from hzreader.ui.markdown_view import first_lines, plain_preview, render_markdown
from hzreader.ui.notes.colors import highlight_color
from hzreader.ui.notes.highlights import _mark_overlaps
from hzreader.ui.notes.model import ANNOTATION_ROLE, CHUNK, ID_ROLE, NotesModel
from hzreader.ui.notes.tags_edit import split_tags, with_parents
from hzreader.ui.reader.layers import Span


def _fake_fetch(asked: list[list[str]]):
    def fetch(ids: list[str]) -> list[Annotation]:
        asked.append(list(ids))
        return [Annotation(id=i, doc="plan", key="m1", quote=f"引文{i}") for i in ids]

    return fetch


def test_the_model_holds_ids_and_fetches_rows_in_chunks(qtbot):
    asked: list[list[str]] = []
    model = NotesModel(_fake_fetch(asked))
    model.set_ids([str(i) for i in range(10_000)])
    assert model.rowCount() == 10_000 and asked == []  # a reset fetches nothing
    assert model.index(5).data(ID_ROLE) == "5" and asked == []  # ids need no fetch
    assert model.index(5).data() == "引文5"
    assert len(asked) == 1 and asked[0] == [str(i) for i in range(CHUNK)]
    model.index(CHUNK - 1).data(ANNOTATION_ROLE)
    assert len(asked) == 1  # same chunk: cached
    model.index(9_999).data()
    assert len(asked) == 2 and asked[1][-1] == "9999"
    assert model.cached_rows() == 2 * CHUNK


def test_a_refreshed_row_is_fetched_again_and_signalled(qtbot):
    asked: list[list[str]] = []
    model = NotesModel(_fake_fetch(asked))
    model.set_ids(["a", "b", "c"])
    model.index(0).data()
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))
    model.refresh(["b", "gone"])
    assert changed == [1]
    model.index(2).data()
    assert len(asked) == 2
    assert model.row_of("c") == 2 and model.row_of("gone") == -1


def test_a_row_deleted_meanwhile_shows_nothing(qtbot):
    model = NotesModel(lambda ids: [])
    model.set_ids(["x"])
    assert model.index(0).data() is None
    assert model.index(0).data(Qt.ItemDataRole.ToolTipRole) is None


def test_markdown_is_rendered_and_sanitised():
    html = render_markdown(
        "**重点** *斜体*\n\n<script>alert(1)</script><style>p{}</style>"
        '<img src="file:///etc/passwd" onerror="x()"> ![远程](http://example.com/a.png)\n\n'
        '[好](https://example.com) [坏](file:///etc/passwd) <a href="javascript:x()">j</a>'
        '<iframe src="http://example.com"></iframe> <p style="color:red" onclick="x()">p</p>'
    )
    assert "<strong>重点</strong>" in html and "<em>斜体</em>" in html
    for bad in ("script", "alert", "<img", "style", "iframe", "file:", "javascript", "onclick"):
        assert bad not in html, bad
    assert '<a href="https://example.com">好</a>' in html


def test_plain_previews():
    assert plain_preview("## 标题\n**本局牵头**：[方案](https://x.cn)") == "标题…"
    assert plain_preview("**本局牵头**：[方案](https://x.cn)") == "本局牵头：方案"
    assert first_lines("- 一\n- 二\n- 三\n- 四", 2) == "一\n二…"


def test_tags_split_and_hierarchy():
    assert split_tags("部门/发改, 住房，调研/萧山、 住房  ") == ["部门/发改", "住房", "调研/萧山"]
    assert with_parents(["调研/萧山/一", "住房"]) == ["住房", "调研", "调研/萧山", "调研/萧山/一"]


def test_overlaps_are_underlined_and_colours_translucent():
    red = highlight_color("#ffc9c9")
    assert 0 < red.alpha() < 255 and red.saturation() > QColor("#ffc9c9").saturation()
    spans = _mark_overlaps([Span(0, 5, red), Span(3, 8, red), Span(20, 25, red)])
    assert [s.underline for s in spans] == [True, True, False]


def test_the_editor_takes_a_one_megabyte_note(qtbot):
    from hzreader.ui.notes.colors import NoteColor
    from hzreader.ui.notes.editor import NoteEditor

    editor = NoteEditor([NoteColor("yellow", "重点", "#fff1a8")], [])
    qtbot.addWidget(editor)
    big = "共同富裕示范区。" * 131_072  # 1 MB of UTF-8
    editor.edit_existing(Annotation(id="a", doc="plan", key="m1", quote="引文", note=big))
    assert editor.values()[0] == big and not editor.is_dirty()
    qtbot.waitUntil(lambda: not editor.preview.rendering(), timeout=30_000)
    # Past the render budget: its beginning as plain text, under a notice.
    assert "此笔记过长" in editor.preview.notice()
    shown = editor.preview.toPlainText()
    assert shown.count("共同富裕示范区") > 1_000 and len(shown) < 25_000
