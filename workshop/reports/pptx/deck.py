"""A PowerPoint deck in the storyboard's style, written with python-pptx.

Every slide has a real title (PowerPoint's outline and screen readers use it); the layout the
slides share draws the accent rule, the team and period in the footer and the slide number.
Texts are fitted to their boxes; what had to be cut is kept whole in the slide's notes. This
module is imported when a deck is made, never with ``workshop``.
"""

from __future__ import annotations

import copy
import io
from collections.abc import Sequence

from pptx import Presentation
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.oxml.ns import qn
from pptx.shapes.autoshape import AutoShapeType, Shape
from pptx.shapes.connector import Connector
from pptx.util import Inches

from workshop.i18n import _
from workshop.palette import ACCENT, INK, MUTED, PALE, TITLE_INK, WHITE
from workshop.reports.pptx.fit import Column, Fitted, Para, TablePage, fit, flow, table_pages
from workshop.reports.pptx.style import (
    BODY,
    FOOTER_BOX,
    FOOTER_SIZE,
    NUMBER_BOX,
    RULE_GAP,
    SLIDE_HEIGHT,
    SLIDE_WIDTH,
    TITLE_BOX,
    TITLE_SIZE,
    Box,
)
from workshop.reports.pptx.xml import (
    BOTTOM,
    LEFT,
    MIDDLE,
    TOP,
    cell_properties,
    frame_properties,
    language_tag,
    outline,
    shape_look,
    slide_number_field,
    write_paragraphs,
)

_COVER = 0
_TITLE_ONLY = 5


def continued(title: str, index: int) -> str:
    """The title of the ``index``-th slide (from 0) of a section spread over several slides."""
    return title if index == 0 else _("{title} (continued)").format(title=title)


def _emu(box: Box) -> tuple[int, int, int, int]:
    return Inches(box.x), Inches(box.y), Inches(box.width), Inches(box.height)


def _place(shape, box: Box) -> None:
    shape.left, shape.top, shape.width, shape.height = _emu(box)


def _rule(tree, box: Box) -> None:
    """The accent line under a title."""
    rule = tree.add_cxnSp(tree.max_shape_id + 1, "Rule", MSO_CONNECTOR.STRAIGHT, Inches(box.x),
                          Inches(box.bottom + RULE_GAP), Inches(box.width), 0, False, False)
    shape_look(rule, None, outline(ACCENT, 3))


class Canvas:
    """One slide being drawn, and the full texts its notes will hold.

    Shapes are added to the slide's XML tree directly with ids counted here: python-pptx's
    ``shapes.add_*`` look the new shape up again among all shapes, which was the slow part
    of drawing a slide.
    """

    def __init__(self, slide) -> None:
        self.slide = slide
        self.notes: list[str] = []
        self._tree = slide.shapes._spTree
        self._last_id = self._tree.max_shape_id

    @property
    def shapes(self):
        return self.slide.shapes

    def _new_id(self) -> int:
        self._last_id += 1
        return self._last_id

    def _claimed(self, frame):
        """A shape python-pptx added: its id is taken."""
        self._last_id = max(self._last_id, frame.shape_id)
        return frame

    def shape(self, kind: MSO_SHAPE, box: Box) -> Shape:
        """An autoshape (rectangle, rounded rectangle …) in ``box``."""
        element = self._tree.add_autoshape(self._new_id(), f"Shape {self._last_id}", AutoShapeType(kind).prst,
                                           *_emu(box))
        return Shape(element, self.shapes)

    def connector(self, kind: MSO_CONNECTOR) -> Connector:
        return Connector(self._tree.add_cxnSp(self._new_id(), f"Connector {self._last_id}", kind, 0, 0, 0, 0,
                                              False, False), self.shapes)

    def text(self, box: Box, paras: Sequence[Para], *, fill: str | None = None, anchor: str = TOP,
             align: str = LEFT) -> Shape:
        """A text box with ``paras`` fitted to it."""
        shape = self.text_box(box)
        if fill:
            shape_look(shape._element, fill, outline(None))
        self.fill_frame(shape.text_frame, box, paras, anchor=anchor, align=align)
        return shape

    def text_box(self, box: Box) -> Shape:
        """An empty text box in ``box``."""
        return Shape(self._tree.add_textbox(self._new_id(), f"Text {self._last_id}", *_emu(box)), self.shapes)

    def chart(self, kind, box: Box, data):
        return self._claimed(self.shapes.add_chart(kind, *_emu(box), data))

    def fill_frame(self, frame, box: Box, paras: Sequence[Para], *, anchor: str = TOP, align: str = LEFT,
                   keep_cut: bool = True) -> None:
        """``paras`` fitted to ``box`` in ``frame``; unless ``keep_cut`` is off (the notes say it otherwise),
        the full texts of what was cut go to the notes."""
        self.fitted_frame(frame, fit(paras, box), anchor=anchor, align=align, keep_cut=keep_cut)

    def fitted_frame(self, frame, fitted: Fitted, *, anchor: str = TOP, align: str = LEFT,
                     keep_cut: bool = True) -> None:
        frame_properties(frame._txBody, anchor)
        write_paragraphs(frame._txBody, fitted.paras, align=align)
        if keep_cut:
            self.notes += fitted.cut

    def table(self, box: Box, columns: Sequence[Column], page: TablePage):
        """A native table: a coloured header row, then the rows on alternating pale bands."""
        frame = self._claimed(self.shapes.add_table(
            len(page.rows), len(columns), Inches(box.x), Inches(box.y),
            Inches(sum(column.width for column in columns)), Inches(sum(page.heights))))
        table = frame.table
        table.first_row, table.horz_banding = True, False
        for column, spec in zip(table.columns, columns, strict=True):
            column.width = Inches(spec.width)
        for index, (row, height, texts) in enumerate(zip(table.rows, page.heights, page.rows, strict=True)):
            row.height = Inches(height)
            header = index == 0
            for cell, text in zip(row.cells, texts, strict=True):
                cell_properties(cell, ACCENT if header else PALE if index % 2 == 0 else WHITE)
                write_paragraphs(cell._tc.txBody, [Para(text, bold=header, colour=WHITE if header else INK)])
        self.notes += page.cut
        return frame


class Deck:
    """The presentation being built: 16:9, a title on every slide, team and period in every footer."""

    def __init__(self, footer: str, *, title: str, subject: str) -> None:
        self.presentation = Presentation()
        self.canvases: list[Canvas] = []
        self._widen_to_16_9()
        self._furnish_content_layout(footer)
        properties = self.presentation.core_properties
        properties.title, properties.subject, properties.language = title, subject, language_tag()
        properties.author = properties.last_modified_by = ""

    def _widen_to_16_9(self) -> None:
        """The default template is 4:3: stretch its master and layouts so slides added by hand fit too."""
        presentation = self.presentation
        ratio = SLIDE_WIDTH * 914400 / presentation.slide_width
        presentation.slide_width, presentation.slide_height = Inches(SLIDE_WIDTH), Inches(SLIDE_HEIGHT)
        for owner in (presentation.slide_master, *presentation.slide_layouts):
            for position in owner._element.iter(qn("a:off"), qn("a:ext")):
                name = "x" if position.tag == qn("a:off") else "cx"
                position.set(name, str(int(int(position.get(name)) * ratio)))

    def _furnish_content_layout(self, footer: str) -> None:
        """Draw on the layout every slide but the cover uses: the title's place, the accent rule under it,
        the team and period in the footer and the slide number. Drawn once, shown on every slide (and on
        slides the team adds)."""
        layout = self.presentation.slide_layouts[_TITLE_ONLY]
        _place(layout.placeholders[0], TITLE_BOX)
        tree = layout.shapes._spTree
        _rule(tree, TITLE_BOX)
        footer_body = tree.add_textbox(tree.max_shape_id + 1, "Footer", *_emu(FOOTER_BOX)).txBody
        frame_properties(footer_body, MIDDLE)
        write_paragraphs(footer_body, fit([Para(footer, size=FOOTER_SIZE, colour=MUTED)], FOOTER_BOX).paras)
        number_body = tree.add_textbox(tree.max_shape_id + 1, "Slide number", *_emu(NUMBER_BOX)).txBody
        frame_properties(number_body, MIDDLE)
        slide_number_field(number_body, FOOTER_SIZE, MUTED)

    def slide(self, title: str) -> Canvas:
        """A new slide with ``title`` (cut to fit); the layout adds the rule, the footer and the number."""
        slide = self.presentation.slides.add_slide(self.presentation.slide_layouts[_TITLE_ONLY])
        canvas = Canvas(slide)
        canvas.fill_frame(slide.shapes.title.text_frame, TITLE_BOX,
                          [Para(title, size=TITLE_SIZE, bold=True, colour=TITLE_INK)], anchor=BOTTOM)
        self.canvases.append(canvas)
        return canvas

    def cover(self, title: str, title_box: Box, title_size: int) -> Canvas:
        """The first slide: a large title in ``title_box`` with the rule under it, no footer or number."""
        slide = self.presentation.slides.add_slide(self.presentation.slide_layouts[_COVER])
        for placeholder in list(slide.placeholders):
            if placeholder.placeholder_format.idx != 0:  # the subtitle: the cover draws its own text
                placeholder._element.getparent().remove(placeholder._element)
        canvas = Canvas(slide)
        heading = slide.shapes.title
        _place(heading, title_box)
        canvas.fill_frame(heading.text_frame, title_box, [Para(title, size=title_size, bold=True, colour=TITLE_INK)],
                          anchor=BOTTOM)
        _rule(slide.shapes._spTree, title_box)
        self.canvases.append(canvas)
        return canvas

    def paragraph_slides(self, title: str, paras: Sequence[Para], *, max_lines: int = 8,
                         box: Box = BODY, first: int = 0) -> list[Canvas]:
        """``paras`` on as many slides as they need, each paragraph at most ``max_lines`` lines; ``first`` is
        the index (see :func:`continued`) of the first slide, when the section already has slides."""
        canvases = []
        for index, page in enumerate(flow(paras, box, max_lines=max_lines), first):
            canvas = self.slide(continued(title, index))
            canvas.fitted_frame(canvas.text_box(box).text_frame, page)
            canvases.append(canvas)
        return canvases

    def table_slides(self, title: str, columns: Sequence[Column], rows: Sequence[Sequence[str]], *,
                     box: Box = BODY, first: int = 0) -> list[Canvas]:
        """A table on as many slides as its rows need, the header repeated on each (``first`` as above)."""
        canvases = []
        for index, page in enumerate(table_pages(columns, rows, box.height), first):
            canvas = self.slide(continued(title, index))
            canvas.table(box, columns, page)
            canvases.append(canvas)
        return canvases

    def to_bytes(self) -> bytes:
        noted = [canvas for canvas in self.canvases if canvas.notes]
        if noted:
            _write_notes(noted)
        buffer = io.BytesIO()
        self.presentation.save(buffer)
        return buffer.getvalue()


def _write_notes(canvases: Sequence[Canvas]) -> None:
    """Each canvas's notes on its slide's notes page.

    python-pptx makes a notes page by cloning the notes master's placeholders and then
    looking for a free part name among all parts, which took a third of the deck's time.
    The first page is made that way; the others are copies of it, numbered here (the deck
    has no other notes pages).
    """
    from pptx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
    from pptx.opc.packuri import PackURI
    from pptx.parts.slide import NotesSlidePart

    first = canvases[0].slide.notes_slide
    blank = copy.deepcopy(first._element)
    first.notes_text_frame.text = "\n\n".join(canvases[0].notes)
    master_part = first.part.part_related_by(RELATIONSHIP_TYPE.NOTES_MASTER)
    for number, canvas in enumerate(canvases[1:], start=2):
        slide_part = canvas.slide.part
        part = NotesSlidePart(PackURI(f"/ppt/notesSlides/notesSlide{number}.xml"), CONTENT_TYPE.PML_NOTES_SLIDE,
                              slide_part.package, copy.deepcopy(blank))
        part.relate_to(master_part, RELATIONSHIP_TYPE.NOTES_MASTER)
        part.relate_to(slide_part, RELATIONSHIP_TYPE.SLIDE)
        slide_part.relate_to(part, RELATIONSHIP_TYPE.NOTES_SLIDE)
        part.notes_slide.notes_text_frame.text = "\n\n".join(canvas.notes)
