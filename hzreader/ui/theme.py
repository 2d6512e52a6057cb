"""Typography and colours of the reader and the window, in one place: the look in use.

Two palettes, light and dark (night reading). The reader's layers (highlights, search
marks, the flash after a jump, evidence marks) are designed as translucent colours over
the light paper; `layer_color` re-tints each one for the paper in use, so that the ink stays
legible on it (WCAG contrast, tests/ui/settings/test_contrast.py measures what the reader
draws). The look changes only through set_look (ui/settings applies the preferences).

Colours of the window around the reader (a status line, an error, a card) come from the
palette in use too: `shade` picks a colour's light or night variant, `legible` makes it stand
out from what it is drawn on, `tint_text` gives a label such a colour, and `follow_look`
sets them again after a switch of theme (`tint_label` does all three for a label).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette

# Song/Ming faces read like the printed plan; the sans faces are there because a machine
# without any serif CJK font still has one of them, and Qt falls back along the list.
BODY_FAMILIES = [
    "Noto Serif CJK SC",
    "Source Han Serif SC",
    "SimSun",
    "Songti SC",
    "WenQuanYi Micro Hei",
    "Noto Sans CJK SC",
    "Microsoft YaHei",
    "PingFang SC",
    "sans-serif",
]
# Official documents set their headings in a Hei (sans) face.
HEADING_FAMILIES = [
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "SimHei",
    "Heiti SC",
    "Microsoft YaHei",
    "PingFang SC",
    "WenQuanYi Micro Hei",
    "sans-serif",
]

DEFAULT_POINT_SIZE = 13
MIN_POINT_SIZE = 8
MAX_POINT_SIZE = 40
LINE_HEIGHT_PERCENT = 175
COLUMN_CHARS = 40  # the longest comfortable line of Chinese text
COMFORT_CHARS = 28  # the line of an official page (GB/T 9704): docks yield to keep it

# The light palette's colours (also what exports drawn as images use, whatever the theme).
PAPER = QColor("#fdfcf8")
INK = QColor("#1f1f1f")
MUTED_INK = QColor("#6b6b6b")
FLASH = QColor(255, 214, 102)  # the brief mark after a jump
MARKER_FALLBACK = QColor("#d9a400")

TEXT_CONTRAST = 4.5  # WCAG AA for body text: the least any mark may leave
MARK_CONTRAST = 3.0  # WCAG for graphics (margin markers) against the paper


class Palette(NamedTuple):
    """The colours of one theme."""

    dark: bool
    paper: QColor
    ink: QColor
    muted_ink: QColor
    selection: QColor  # the background of selected text (drawn under the ink)
    window: QColor  # the window around the reader: docks, toolbar
    base: QColor  # lists, fields
    alternate: QColor
    button: QColor
    text: QColor
    accent: QColor  # the selected row of a list
    layer_scale: float  # how much of a layer colour's opacity this paper takes
    layer_contrast: float  # what a single layer must leave (overlaps leave less)


LIGHT = Palette(
    dark=False,
    paper=PAPER,
    ink=INK,
    muted_ink=MUTED_INK,
    selection=QColor("#b9d3f2"),
    window=QColor("#efefef"),
    base=QColor("#ffffff"),
    alternate=QColor("#f7f7f7"),
    button=QColor("#efefef"),
    text=QColor("#1f1f1f"),
    accent=QColor("#3071c4"),
    layer_scale=1.0,
    layer_contrast=5.5,
)
DARK = Palette(
    dark=True,
    paper=QColor("#1c1d20"),
    ink=QColor("#dedad2"),  # warm, not white: less glare at night
    muted_ink=QColor("#9c988f"),
    selection=QColor("#34506f"),
    window=QColor("#2a2b2f"),
    base=QColor("#202124"),
    alternate=QColor("#26272b"),
    button=QColor("#34353a"),
    text=QColor("#dedad2"),
    accent=QColor("#3e6aa8"),
    layer_scale=0.6,
    layer_contrast=7.0,
)


class Look(NamedTuple):
    """What the reader and the window look like now: a palette and the reader's typeface."""

    palette: Palette = LIGHT
    family: str = ""  # first choice before BODY_FAMILIES; "" for the list alone
    line_height: int = LINE_HEIGHT_PERCENT


_look = Look()


def look() -> Look:
    """The look in use."""
    return _look


def palette() -> Palette:
    """The palette in use."""
    return _look.palette


def set_look(*, dark: bool, family: str = "", line_height: int = LINE_HEIGHT_PERCENT,
             paper: str = "") -> Look:  # fmt: skip
    """Use another look from now on (the caller re-lays out what shows it); `paper` is the
    light theme's paper chosen in the settings ("" for the default), kept only while the
    ink stays legible on it."""
    global _look
    chosen = DARK if dark else LIGHT
    custom = QColor(paper) if paper else None
    legible = custom is not None and contrast(chosen.ink, custom) >= TEXT_CONTRAST + 2
    if custom is not None and custom.isValid() and not dark and legible:
        chosen = chosen._replace(paper=custom)
    _look = Look(chosen, family, line_height)
    return _look


# -- contrast (WCAG 2) ---------------------------------------------------------------------


def luminance(color: QColor) -> float:
    """The relative luminance of an opaque colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The contrast ratio of two opaque colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def over(top: QColor, bottom: QColor) -> QColor:
    """A translucent colour painted over an opaque one."""
    a = top.alphaF()
    return QColor.fromRgbF(
        top.redF() * a + bottom.redF() * (1 - a),
        top.greenF() * a + bottom.greenF() * (1 - a),
        top.blueF() * a + bottom.blueF() * (1 - a),
    )


def layer_color(color: QColor, under: QColor | None = None) -> QColor:
    """A reader layer's colour (designed over the light paper) for the paper in use, over
    what the layers below already painted (`under`, else the paper): as opaque as the
    palette takes it, less where the ink would not stay legible on the result."""
    p = _look.palette
    base = (under or p.paper).rgb()
    least = p.layer_contrast if under is None else TEXT_CONTRAST + 0.3
    return QColor(_layer_color(color.rgba(), base, p.ink.rgb(), p.layer_scale, least))


@lru_cache(maxsize=2048)
def _layer_color(rgba: int, base: int, ink: int, scale: float, least: float) -> QColor:
    color = QColor.fromRgba(rgba)
    base_c, ink_c = QColor.fromRgb(base), QColor.fromRgb(ink)
    alpha = color.alpha() * scale
    tinted = QColor(color)
    while True:
        tinted.setAlpha(max(0, round(alpha)))
        if alpha <= 0 or contrast(ink_c, over(tinted, base_c)) >= least:
            return tinted
        alpha -= 4


def on_paper(color: QColor, least: float = MARK_CONTRAST) -> QColor:
    """A solid colour (a margin marker, a label, an underline) made light or dark enough
    to stand out from the paper in use."""
    return legible(color, _look.palette.paper, least)


def legible(color: QColor, ground: QColor, least: float = TEXT_CONTRAST) -> QColor:
    """A solid colour as it is when it stands out from `ground` by `least` (text 4.5, a mark
    3), else lightened (on a dark ground) or darkened (on a light one) until it does."""
    return QColor.fromRgb(_legible(color.rgb(), ground.rgb(), least))


@lru_cache(maxsize=1024)
def _legible(rgb: int, ground_rgb: int, least: float) -> int:
    ground = QColor.fromRgb(ground_rgb)
    white, black = QColor(255, 255, 255), QColor(0, 0, 0)
    lighten = contrast(white, ground) > contrast(black, ground)
    out = QColor.fromRgb(rgb)
    for _ in range(40):
        if contrast(out, ground) >= least:
            return out.rgb()
        out = out.lighter(112) if lighten else out.darker(112)
        if out.value() >= 255 and lighten:
            hue, sat, val, _a = out.getHsv()
            out = QColor.fromHsv(max(hue, 0), max(0, sat - 20), val)
    end = white if lighten else black  # a colour lighter() cannot lift (black): mixed
    for step in range(1, 11):
        mixed = QColor.fromRgbF(*(a + (b - a) * step / 10 for a, b in zip(
            out.getRgbF()[:3], end.getRgbF()[:3], strict=True)))  # fmt: skip
        if contrast(mixed, ground) >= least:
            return mixed.rgb()
    return end.rgb()


def shade(light: QColor | str, dark: QColor | str) -> QColor:
    """A colour of the window for the palette in use: `light`, or `dark` at night."""
    return QColor(dark if _look.palette.dark else light)


def tint_text(widget, color: QColor) -> None:
    """A widget's own colour for its text (a QLabel's WindowText, a field's Text, a
    button's ButtonText), in place of a style sheet: its other colours still follow the
    window's palette."""
    palette = widget.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                     QPalette.ColorRole.ButtonText):  # fmt: skip
            palette.setColor(group, role, color)
    widget.setPalette(palette)


def tint_label(widget, light: QColor | str, dark: QColor | str, *, raised: bool = False) -> None:
    """A label's text in `light`, or `dark` at night, legible on the label's background, now
    and after every switch of theme (what a style sheet's `color:` did, for both themes).
    `raised`: the label stands on a tab's page, which the styles paint in a lighter shade of
    the button colour than the window (Fusion at night: #434449 on a #2a2b2f window)."""

    def apply() -> None:
        palette = widget.palette()
        color = legible(shade(light, dark), palette.color(widget.backgroundRole()))
        if raised:
            color = legible(color, palette.color(QPalette.ColorRole.Button).lighter(130))
        tint_text(widget, color)

    follow_look(widget, apply)


def follow_look(widget, apply: Callable[[], None]) -> None:
    """Call `apply` now and again whenever the palette in use, or the widget's grounds
    (its window, base and button colours), have changed since: a switch of theme puts
    another window palette in place (ui/settings/look.py), which reaches every widget as a
    PaletteChange, the event the reader keeps its paper by. Qt posts that change: a widget
    built in between (the features, after the first frame of a start at night) is first
    given the old grounds, and applied again when they arrive. The widget must not have a
    style sheet of its own (Qt sends those no PaletteChange): a panel's owner restyles its
    cards."""
    _LookFollower(widget, apply)


_GROUNDS = (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button)


class _LookFollower(QObject):
    def __init__(self, widget, apply: Callable[[], None]) -> None:
        super().__init__(widget)
        self._apply = apply
        self._applied: tuple | None = None
        widget.installEventFilter(self)
        self._follow()

    def _state(self) -> tuple:
        palette = self.parent().palette()
        return (_look.palette, *(palette.color(role).rgba() for role in _GROUNDS))

    def _follow(self) -> None:
        state = self._state()
        if self._applied != state:
            self._applied = state  # first: apply() changes the widget's palette again
            self._apply()
            self._applied = self._state()  # its own colours are no reason to apply again

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A PaletteChange after a switch of theme: the colours again."""
        if event.type() == QEvent.Type.PaletteChange:
            self._follow()
        return False


def window_palette(p: Palette, base: QPalette) -> QPalette:
    """The window's QPalette for a theme, built on the style's own (light) one."""
    if not p.dark:
        return QPalette(base)
    out = QPalette(base)
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colors = {
        role.Window: p.window,
        role.WindowText: p.text,
        role.Base: p.base,
        role.AlternateBase: p.alternate,
        role.ToolTipBase: p.window,
        role.ToolTipText: p.text,
        role.PlaceholderText: p.muted_ink,
        role.Text: p.text,
        role.Button: p.button,
        role.ButtonText: p.text,
        role.BrightText: QColor("#ff8a80"),
        role.Light: p.button.lighter(140),
        role.Midlight: p.button.lighter(120),
        role.Mid: p.button.darker(120),
        role.Dark: p.window.darker(150),
        role.Shadow: QColor("#000000"),
        role.Highlight: p.accent,
        role.HighlightedText: QColor("#ffffff"),
        role.Link: QColor("#8ab4f8"),
        role.LinkVisited: QColor("#c58af9"),
    }
    for r, c in colors.items():
        out.setColor(r, c)
    disabled = QColor(p.muted_ink).darker(130)
    for r in (role.WindowText, role.Text, role.ButtonText, role.PlaceholderText):
        out.setColor(group.Disabled, r, disabled)
    out.setColor(group.Disabled, role.Base, p.window)
    return out


def body_font(point_size: float) -> QFont:
    """The reader's running-text font at a size (the face chosen in the settings first)."""
    font = QFont()
    family = _look.family
    font.setFamilies([family, *BODY_FAMILIES] if family else BODY_FAMILIES)
    font.setPointSizeF(point_size)
    font.setStyleHint(QFont.StyleHint.Serif)
    return font


def clamp_point_size(size: float) -> int:
    """A zoom size within the range the reader supports."""
    return int(max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, round(size))))


class Typography(NamedTuple):
    """Sizes in pixels derived from the base font, so zoom scales everything together."""

    point_size: float
    em: float
    line_px: float

    @classmethod
    def for_size(cls, point_size: float) -> Typography:
        """Measure the body font at this size."""
        metrics = QFontMetricsF(body_font(point_size))
        em = max(metrics.horizontalAdvance("中"), metrics.height() * 0.8, 1.0)
        return cls(point_size=point_size, em=em, line_px=metrics.height())

    @property
    def column_px(self) -> float:
        """The width of the text column."""
        return COLUMN_CHARS * self.em

    @property
    def indent_px(self) -> float:
        """First-line indent of body paragraphs: two characters, as in official texts."""
        return 2 * self.em
