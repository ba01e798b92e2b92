"""A text report (:class:`~workshop.reports.blocks.Document`) as a deck in the storyboard's style.

The slides say what the document says, from the same blocks: a section (heading 1) starts a slide titled by it;
its headings, paragraphs, facts and lists flow as text over as many slides as it needs; a table gets slides of
its own, titled by the two headings above it ("Åby: Vad vi lärde oss"), its header on each. A chart is left
out: a table with its numbers always goes beside it. What had to be cut is kept whole in the slide's notes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from workshop.palette import ACCENT, INK, MUTED
from workshop.reports.blocks import Block, Bullets, Document, Facts, Heading, Paragraph, Table, text_lines
from workshop.reports.pptx.deck import Deck
from workshop.reports.pptx.fit import Column, Para
from workshop.reports.pptx.style import (
    BODY_SIZE,
    CONTENT_WIDTH,
    COVER_DETAILS,
    COVER_KICKER,
    COVER_TITLE_BOX,
    COVER_TITLE_SIZE,
    INSET_X,
    LEAD_SIZE,
)
from workshop.reports.pptx.text import clean, text_width

_SPACE = 10
_LINE_SPACE = 4
_MAX_LINES = 8
_WIDEST_CELL = 60
"""Characters: a column's width follows its longest text up to this many."""


def document_deck(document: Document, *, kicker: str) -> bytes:
    """The document as .pptx bytes: a cover with ``kicker`` above the title, then its sections."""
    footer = clean(document.subtitle)
    deck = Deck(footer, title=clean(document.title), subject=footer)
    cover = deck.cover(clean(document.title), COVER_TITLE_BOX, COVER_TITLE_SIZE)
    cover.text(COVER_KICKER, [Para(clean(kicker), size=LEAD_SIZE, bold=True, colour=ACCENT)])
    cover.text(COVER_DETAILS, [Para(footer, size=LEAD_SIZE, colour=MUTED)])
    _Section(deck, clean(document.title)).draw(document.blocks)
    return deck.to_bytes()


class _Section:
    """The slides of one section: text gathered until a table or the next section, then drawn."""

    def __init__(self, deck: Deck, title: str) -> None:
        self.deck = deck
        self.headings = [title]
        """The section's heading and those below it down to where the text is: a table is titled by them."""
        self.slides = 0
        self.paras: list[Para] = []

    def draw(self, blocks: Sequence[Block]) -> None:
        for block in blocks:
            if isinstance(block, Heading) and block.level == 1:
                self._close()
                self.headings, self.slides = [clean(block.text)], 0
            elif isinstance(block, Heading):
                self.headings = [*self.headings[:block.level - 1], clean(block.text)]
                self.paras.append(_heading(block, first=not self.paras))
            elif isinstance(block, Table):
                self._table(block)
            else:
                self.paras += _paras(block, first=not self.paras)
        self._close()

    def _close(self) -> None:
        if self.paras:
            self.slides += len(self.deck.paragraph_slides(self.headings[0], self.paras, max_lines=_MAX_LINES,
                                                          first=self.slides))
            self.paras = []

    def _table(self, table: Table) -> None:
        """The table on slides of its own, titled by the last two headings above it ("Åby: Vad vi lärde oss"),
        which it takes from the text when nothing stands between them."""
        while len(self.headings) > 1 and self.paras and self.paras[-1].text in self.headings[-2:]:
            self.paras.pop()
        self._close()
        own = len(self.headings) > 1
        canvases = self.deck.table_slides(": ".join(self.headings[-2:]), _columns(table),
                                          [tuple(clean(cell) for cell in row) for row in table.rows],
                                          first=0 if own else self.slides)
        if table.caption:
            canvases[0].notes.append(clean(table.caption))
        self.slides += 0 if own else len(canvases)


def _heading(block: Heading, *, first: bool) -> Para:
    """A part (heading 2) in the accent colour, a heading below it in bold."""
    return Para(clean(block.text), size=LEAD_SIZE if block.level == 2 else BODY_SIZE, bold=True,
                colour=ACCENT if block.level == 2 else INK, space_before=0 if first else _SPACE + 4)


def _paras(block: Block, *, first: bool) -> list[Para]:
    if isinstance(block, Paragraph):
        items = [(Para(clean(line), bold=block.strong)) for line in text_lines(block.text)]
    elif isinstance(block, Facts):
        items = [Para(clean(value), label=clean(label) + ": ") for label, value in block.items]
    elif isinstance(block, Bullets):
        items = [Para(clean(item), bullet=True) for item in block.items]
    else:
        return []  # a chart: the table beside it carries its numbers
    return [replace(para, space_before=(0 if first else _SPACE) if index == 0 else _LINE_SPACE)
            for index, para in enumerate(items)]


def _columns(table: Table) -> tuple[Column, ...]:
    """Each column at least as wide as its longest word, the rest of the width shared out by the columns'
    longest texts, so that a short number column stays narrow and no word breaks inside."""
    texts = [(header, *(row[index] for row in table.rows)) for index, header in enumerate(table.header)]
    narrowest = [max(text_width(word, bold=True) for text in column for word in (clean(text).split() or [""]))
                 * BODY_SIZE / 72 + 2 * INSET_X + 0.05 for column in texts]
    longest = [min(max(len(text) for text in column), _WIDEST_CELL) + 4 for column in texts]
    room = max(CONTENT_WIDTH - sum(narrowest), 0.0)
    return tuple(Column(clean(header), least + room * length / sum(longest))
                 for header, least, length in zip(table.header, narrowest, longest, strict=True))
