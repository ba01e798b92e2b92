"""A :class:`Document` as a Word file (python-docx), A4, in the document's language.

Headings use Word's own styles (Heading 1–3), so the navigation pane and a table
of contents work; tables have a header row that repeats on every page; charts
are native Word charts (see ``docx_chart``) with the table of their numbers beside.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from workshop.palette import INK, TITLE_INK
from workshop.reports.blocks import Bullets, Chart, Document, Facts, Heading, Paragraph, Table, text_lines

_LANGUAGE_TAGS = {"sv": "sv-SE", "en": "en-GB"}
_MARGIN_CM = 2.5
_TEXT_WIDTH_CM = 21 - 2 * _MARGIN_CM
_NARROWEST_CM = 1.2
_CELL_PADDING_CM = 0.5
_CM_PER_CHARACTER = 0.25
"""About the width of a bold character at 11 pt, with room for fonts a little wider than Calibri."""
_LONGEST_WORD = 20
"""Longer words may break: a column is not widened for them beyond this many characters."""
_MOST_WEIGHT = 120.0
"""Characters per cell, on average, beyond which a column gets no more of the width."""
_FACT_SPACING_PT = 2
_UNSPLIT_CHARACTERS = 1500
"""A row with more text than this may break across pages (Word would cut off a row taller than a page)."""


def docx_bytes(document: Document) -> bytes:
    import docx

    word = docx.Document()
    _set_up(word, document)
    word.add_heading(document.title, 0)
    if document.subtitle:
        word.add_paragraph(document.subtitle, style="Subtitle")
    for block in document.blocks:
        _WRITERS[block.kind](word, block)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def _set_up(word, document: Document) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, RGBColor

    section = word.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = Cm(_MARGIN_CM)
    tag = _LANGUAGE_TAGS.get(document.language, document.language)
    properties = word.core_properties
    properties.title, properties.subject, properties.language = document.title, document.subtitle, tag
    # Word spell-checks and hyphenates in the language set on the base style.
    language = OxmlElement("w:lang")
    language.set(qn("w:val"), tag)
    word.styles["Normal"].element.get_or_add_rPr().append(language)
    # The kit's colours (workshop.palette): text in its ink, headings in its title blue, as in the storyboard.
    word.styles["Normal"].font.color.rgb = RGBColor.from_string(INK)
    for style in ("Title", "Heading 1", "Heading 2", "Heading 3"):
        word.styles[style].font.color.rgb = RGBColor.from_string(TITLE_INK)


def _write_text(run_owner, text: str, *, bold: bool = False) -> None:
    """``text`` as one run, its line breaks kept as breaks within the paragraph."""
    run = run_owner.add_run()
    run.bold = bold or None
    for number, line in enumerate(text.split("\n")):
        if number:
            run.add_break()
        run.add_text(line)


def _heading(word, block: Heading) -> None:
    word.add_heading(block.text, block.level)


def _paragraph(word, block: Paragraph) -> None:
    for line in text_lines(block.text):
        _write_text(word.add_paragraph(), line, bold=block.strong)


def _facts(word, block: Facts) -> None:
    from docx.shared import Pt

    for label, text in block.items:
        paragraph = word.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(_FACT_SPACING_PT)
        _write_text(paragraph, f"{label}: ", bold=True)
        _write_text(paragraph, text)


def _bullets(word, block: Bullets) -> None:
    for item in block.items:
        _write_text(word.add_paragraph(style="List Bullet"), item)


def column_widths(block: Table) -> list[float]:
    """Centimetres per column, shared out by how much text each column holds (long texts count up to a point);
    a column is never narrower than its longest word (up to a point), which the other columns give way for."""
    columns = list(zip(block.header, *block.rows, strict=True))
    least = [max(_NARROWEST_CM, _CELL_PADDING_CM + _CM_PER_CHARACTER * _longest_word(column)) for column in columns]
    weights = [max(3.0, min(_MOST_WEIGHT, sum(len(text) for text in column[1:]) / max(1, len(column) - 1)))
               for column in columns]
    fixed: dict[int, float] = {}
    while True:
        free = _TEXT_WIDTH_CM - sum(fixed.values())
        shared = sum(weight for index, weight in enumerate(weights) if index not in fixed)
        widths = {index: free * weight / shared for index, weight in enumerate(weights) if index not in fixed}
        narrow = {index: least[index] for index, width in widths.items() if width < least[index]}
        if not narrow or len(fixed) + len(narrow) == len(columns):
            return [fixed.get(index, widths.get(index, least[index])) for index in range(len(columns))]
        fixed.update(narrow)


def _longest_word(texts) -> int:
    return min(_LONGEST_WORD, max((len(word) for text in texts for word in text.split()), default=0))


def _table(word, block: Table) -> None:
    from docx.oxml import OxmlElement
    from docx.shared import Cm

    if block.caption:
        word.add_paragraph(block.caption, style="Caption")
    table = word.add_table(rows=1 + len(block.rows), cols=len(block.header))
    table.style = "Table Grid"
    table.autofit = False
    for column, width in zip(table.columns, column_widths(block), strict=True):
        column.width = Cm(width)
        for cell in column.cells:
            cell.width = Cm(width)
    # The first row is the header: screen readers announce it and Word repeats it on each page.
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for row, cells in zip(table.rows, (block.header, *block.rows), strict=True):
        if sum(map(len, cells)) < _UNSPLIT_CHARACTERS:  # a short row stays on one page
            row._tr.get_or_add_trPr().insert(0, OxmlElement("w:cantSplit"))
    for cell, text in zip(table.rows[0].cells, block.header, strict=True):
        _write_text(cell.paragraphs[0], text, bold=True)
    for number, (row, cells) in enumerate(zip(table.rows[1:], block.rows, strict=True)):
        for cell, text in zip(row.cells, cells, strict=True):
            _write_text(cell.paragraphs[0], text, bold=number in block.strong_rows)
    word.add_paragraph()  # keeps the next text from touching the table


def _chart(word, block: Chart) -> None:
    """A chart that exists as data; one drawn only for HTML (the driver diagram) has its table beside it."""
    if block.lines:
        from workshop.reports.text.docx_chart import add_line_chart

        add_line_chart(word, block)


# By the block's kind; each writer takes the python-docx document and its own kind of block.
_WRITERS: dict[str, Callable[[Any, Any], None]] = {
    "heading": _heading, "paragraph": _paragraph, "facts": _facts, "bullets": _bullets, "table": _table,
    "chart": _chart,
}
