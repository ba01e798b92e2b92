"""Text for slides: cleaned so the slide XML accepts it, and shortened to what fits a box.

A slide never grows to fit its text, so every text is measured before it is placed: the
width of each character is estimated from Arial's metrics (the deck's font; LibreOffice
uses the metric-compatible Liberation Sans), lines are wrapped at spaces as PowerPoint
does, and a text that needs more lines than its box has is cut and ends with "…".
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

ELLIPSIS = "…"
LINE_HEIGHT = 1.2
"""Line pitch in ems: PowerPoint's single spacing for Arial is about 1.15."""
_SAFETY = 1.06
"""Measured widths are taken this much wider, so that a line the estimate just fits also fits on the slide."""
_BOLD = 1.08

# XML 1.0 refuses C0 controls (but tab and newline), lone surrogates and U+FFFE/U+FFFF; C1 controls
# are allowed by XML but show as boxes.
_REFUSED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

# Arial advance widths in ems, by groups of characters; the rest by their kind (see _char_width).
_WIDTHS = {
    **dict.fromkeys("ijl'|", 0.23),
    **dict.fromkeys("ftI .,:;!/\\\u00a0", 0.28),
    **dict.fromkeys("r()[]{}-\"", 0.34),
    **dict.fromkeys("ckszvxyJ", 0.5),
    **dict.fromkeys("wCDGHNOQRUÅÄÖ", 0.73),
    **dict.fromkeys("mM%", 0.84),
    "W": 0.95,
    ELLIPSIS: 1.0,
}
_LOWER = 0.56
_UPPER = 0.68
_WIDE = 1.15
"""Emoji and East Asian wide characters."""
_SPACE = _WIDTHS[" "]


def clean(text: object) -> str:
    """``text`` as a slide can hold it: line breaks as "\\n", tabs as spaces, refused characters left out."""
    text = "" if text is None else str(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _REFUSED.sub("", text)


@cache
def _char_width(char: str) -> float:
    known = _WIDTHS.get(char)
    if known is not None:
        return known
    if unicodedata.category(char) in ("Mn", "Me", "Cf", "Sk") or "\U0001f3fb" <= char <= "\U0001f3ff":
        return 0.0  # combining marks, joiners and skin tones draw inside the character before them
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return _WIDE
    return _UPPER if char.isupper() else _LOWER


def text_width(text: str, *, bold: bool = False) -> float:
    """The width of ``text`` in ems (font sizes)."""
    return sum(map(_char_width, text)) * _SAFETY * (_BOLD if bold else 1.0)


def _line_count(line: str, width: float, bold: bool) -> int:
    """Lines one paragraph takes when wrapped at spaces; a word wider than a line breaks inside."""
    lines, used = 1, None
    space = _SPACE * _SAFETY
    for word in line.split(" "):
        size = text_width(word, bold=bold)
        needed = size if used is None else used + space + size
        if needed <= width:
            used = needed
            continue
        if used is not None:
            lines += 1
        while size > width:
            lines += 1
            size -= width
        used = size
    return lines


def line_count(text: str, width: float, *, bold: bool = False) -> int:
    """Lines ``text`` takes in a box ``width`` ems wide; each "\\n" starts a new line."""
    return sum(_line_count(line, width, bold) for line in text.split("\n"))


def shorten(text: str, width: float, max_lines: int, *, bold: bool = False, always_mark: bool = False) -> str:
    """``text`` cut to ``max_lines`` lines of ``width`` ems, ending with "…" where it was cut.

    ``always_mark`` ends it with "…" even when it fits, for a text followed by more that did not fit.
    """
    if max_lines < 1:
        return ""
    if not always_mark and line_count(text, width, bold=bold) <= max_lines:
        return text
    low, high = 0, len(text) - 1 if not always_mark else len(text)
    while low < high:  # the longest start of the text that fits with the mark after it
        middle = (low + high + 1) // 2
        if line_count(text[:middle].rstrip() + ELLIPSIS, width, bold=bold) <= max_lines:
            low = middle
        else:
            high = middle - 1
    cut = max(text.rfind(" ", 0, low), text.rfind("\n", 0, low))
    if cut > max(low - 20, 0):
        low = cut  # end at a whole word when one is near
    return text[:low].rstrip().rstrip("\u200d\ufe0f") + ELLIPSIS
