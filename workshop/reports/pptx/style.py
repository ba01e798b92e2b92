"""The storyboard's look: a 16:9 page, large type for projectors; colours and type are the kit's
(:mod:`workshop.palette`)."""

from __future__ import annotations

from dataclasses import dataclass

from workshop.geometry import Rectangle

SLIDE_WIDTH = 13.333
SLIDE_HEIGHT = 7.5
MARGIN = 0.45
CONTENT_WIDTH = SLIDE_WIDTH - 2 * MARGIN

TITLE_SIZE = 32
BODY_SIZE = 18
LEAD_SIZE = 22
"""A sentence that carries the slide (the aim, a chart's verdict)."""
FOOTER_SIZE = 14
"""Team, period and slide number: orientation, not content."""
COVER_TITLE_SIZE = 40

INSET_X = 0.08
INSET_Y = 0.05
"""Inner margins of text boxes and table cells, inches."""


@dataclass(frozen=True)
class Box(Rectangle):
    """A rectangle on the slide, in inches from the top left corner."""

    def text_width_pt(self, indent: float = 0.0) -> float:
        return (self.width - 2 * INSET_X - indent) * 72

    @property
    def text_height_pt(self) -> float:
        return (self.height - 2 * INSET_Y) * 72

    def below(self, height: float, gap: float = 0.0) -> Box:
        """The box of ``height`` right under this one."""
        return Box(self.x, self.bottom + gap, self.width, height)

    def shrunk_from_top(self, height: float) -> Box:
        """This box without its top ``height`` inches."""
        return Box(self.x, self.y + height, self.width, self.height - height)


TITLE_BOX = Box(MARGIN, 0.25, CONTENT_WIDTH, 1.2)
COVER_TITLE_BOX = Box(MARGIN, 1.45, CONTENT_WIDTH, 1.75)
COVER_KICKER = Box(MARGIN, 0.75, CONTENT_WIDTH, 0.6)
"""A short line above the cover's title: what the deck is."""
COVER_DETAILS = COVER_TITLE_BOX.below(3.3, gap=0.35)
BODY = Box(MARGIN, 1.6, CONTENT_WIDTH, 5.25)
FOOTER_BOX = Box(MARGIN, 6.98, CONTENT_WIDTH - 1.2, 0.4)
NUMBER_BOX = Box(SLIDE_WIDTH - MARGIN - 1.1, 6.98, 1.1, 0.4)
RULE_GAP = 0.05
"""Inches between a title and the accent line under it."""
