"""The terminal view's styles read on light and dark terminals alike.

Every style either sets both its colours or none (bold, italic, underline only),
so it never shows a foreground colour on a terminal background it was not
chosen for. Where it sets colours, their contrast (WCAG 2 formula) is checked
in two common 16-colour palettes: xterm's defaults at 4.5:1 (the WCAG level for
text) and the VGA palette at 3:1 (its dark yellow is brown).
"""

from __future__ import annotations

import re

import pytest

from quoteparse.render import terminal
from quoteparse.render._layers import Highlight, Layer

# (R, G, B) of colours 0-15 (30-37 / 40-47 are 0-7, 90-97 / 100-107 are 8-15).
XTERM = (
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
    (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
    (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
    (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
)  # fmt: skip
VGA = (
    (0, 0, 0), (170, 0, 0), (0, 170, 0), (170, 85, 0),
    (0, 0, 170), (170, 0, 170), (0, 170, 170), (170, 170, 170),
    (85, 85, 85), (255, 85, 85), (85, 255, 85), (255, 255, 85),
    (85, 85, 255), (255, 85, 255), (85, 255, 255), (255, 255, 255),
)  # fmt: skip


def _luminance(rgb: tuple[int, int, int]) -> float:
    def linear(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _colours(sgr: str) -> tuple[int | None, int | None]:
    """The foreground and background colour numbers (0-15) an SGR sequence leaves set."""
    fg = bg = None
    for code in (int(c) for c in re.findall(r"\d+", sgr)):
        if 30 <= code <= 37 or 90 <= code <= 97:
            fg = code - 30 if code < 90 else code - 82
        elif 40 <= code <= 47 or 100 <= code <= 107:
            bg = code - 40 if code < 100 else code - 92
        else:
            assert code in (1, 2, 3, 4), f"unexpected SGR code {code}"
    return fg, bg


def _every_style() -> list[tuple[str, str]]:
    """(name, SGR) of each layer, each variant on its layer, each legend key and the flag."""
    styles = [(layer.value, terminal._STYLE[layer]) for layer in Layer]
    for layer, variant in terminal._VARIANT:
        h = Highlight(0, 1, layer, (variant,), "")
        styles.append((f"{layer.value}/{variant}", terminal._sgr(h)))
    for layer in (Layer.QUOTE,):
        for a, b in (("depth-1", "partial"), ("depth-2", "partial"), ("depth-1", "scare")):
            styles.append((f"quote/{a}/{b}", terminal._sgr(Highlight(0, 1, layer, (a, b), ""))))
    styles += [(f"legend {label}", terminal._sgr(h)) for label, h in terminal._LEGEND]
    styles.append(("flag", terminal._FLAG.split("m", 1)[0]))
    return styles


@pytest.mark.parametrize(("name", "sgr"), _every_style())
def test_a_style_sets_both_colours_or_neither(name: str, sgr: str) -> None:
    fg, bg = _colours(sgr)
    assert (fg is None) == (bg is None), f"{name}: {sgr!r} sets only one colour"


@pytest.mark.parametrize(("name", "sgr"), _every_style())
@pytest.mark.parametrize(("palette", "least"), [(XTERM, 4.5), (VGA, 3.0)], ids=["xterm", "vga"])
def test_colours_contrast(
    name: str, sgr: str, palette: tuple[tuple[int, int, int], ...], least: float
) -> None:
    fg, bg = _colours(sgr)
    if fg is None or bg is None:
        return  # no colour of its own: the terminal's foreground on its background
    assert _contrast(palette[fg], palette[bg]) >= least, name


def test_the_check_catches_the_old_yellow_on_a_light_terminal() -> None:
    """Control: yellow letters (the old quotation style) on white fail the contrast check."""
    assert _contrast(XTERM[3], XTERM[15]) < 4.5
    assert _colours("33") == (3, None)


def test_the_legend_shows_each_style_as_the_text_does() -> None:
    legend = terminal._legend()
    for label, h in terminal._LEGEND:
        assert f"{terminal._sgr(h)}{label}\x1b[0m" in legend
