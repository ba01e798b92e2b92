"""The kit's one palette: the documents (PowerPoint, Word, charts) and the pages read their colours here.

Colours are hex without ``#``, as the office formats write them; :func:`css` gives the form for pages and
bokeh. Every text colour has a contrast of at least 4.5:1 on the backgrounds it is used on (WCAG AA), control
borders and the focus ring at least 3:1 (tests/test_palette_contrast.py computes them).
"""

from __future__ import annotations

INK = "1A1A1A"
TITLE_INK = "0B3D6B"
ACCENT = "0B4F8A"
"""Links, the primary action, a chart's values."""
PALE = "E8F0F8"
PALER = "F5F8FB"
MUTED = "4A4A4A"
"""Secondary text: help under a field, a team's name on a card."""
WHITE = "FFFFFF"
LINE = "555555"
"""A chart's control limits; borders of controls."""
BORDER = "C8CCD0"
"""Borders of sections and tables: they separate, they carry no meaning."""
GRID = "D9D9D9"
SIGNAL = "C0410A"
TARGET = "007A5A"
CENTRE = "222222"
EXCLUDED = "6B6B6B"
BAND = "E6A700"
"""PDSA periods behind a chart: a light band, never text."""
FOCUS = "B35C00"
"""The focus ring: 3:1 and more on white and on the pale backgrounds."""

MESSAGES = {
    "success": ("1E7B34", "E7F5EA"),
    "info": (ACCENT, PALE),
    "warning": ("A86A00", "FFF4D6"),
    "error": ("B3261E", "FDE8E8"),
}
"""A message's edge colour and background, per kind; its text is :data:`INK`."""

FONT = "Arial"
"""On every office suite; LibreOffice draws it with the metric-compatible Liberation Sans."""
FONT_STACK = "Arial, 'Liberation Sans', Helvetica, sans-serif"
"""The same type on pages and in charts."""


def css(colour: str) -> str:
    """``colour`` as pages and bokeh write it."""
    return f"#{colour.lower()}"


_CSS_COLOURS = {"ink": INK, "title": TITLE_INK, "accent": ACCENT, "pale": PALE, "paler": PALER, "muted": MUTED,
                "line": LINE, "border": BORDER, "focus": FOCUS, "signal": SIGNAL, "target": TARGET}
_SPACES = {"space-1": "0.25rem", "space-2": "0.5rem", "space-3": "1rem", "space-4": "1.5rem", "radius": "6px",
           "font-small": "14px"}


def css_variables() -> str:
    """The palette and the page's measures as CSS custom properties (``--gk-color-ink``, ``--gk-space-2``, …)."""
    colours = {f"color-{name}": css(colour) for name, colour in _CSS_COLOURS.items()}
    for kind, (edge, background) in MESSAGES.items():
        colours[f"color-{kind}"] = css(edge)
        colours[f"color-{kind}-bg"] = css(background)
    declarations = " ".join(f"--gk-{name}: {value};" for name, value in {**colours, **_SPACES}.items())
    return f":root {{ {declarations} --gk-font: {FONT_STACK}; }}"
