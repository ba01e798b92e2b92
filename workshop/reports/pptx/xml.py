"""The text of shapes and table cells as DrawingML, written directly with lxml.

python-pptx's property setters look up or insert each child element anew for every property;
for a deck of hundreds of paragraphs that was most of its build time. These functions write
the same XML in one pass. Imported when a deck is made.
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree
from pptx.oxml.ns import qn
from pptx.util import Inches, Pt

from workshop.i18n import get_language
from workshop.palette import FONT
from workshop.reports.pptx.fit import BULLET_INDENT, Para
from workshop.reports.pptx.style import INSET_X, INSET_Y

TOP, MIDDLE, BOTTOM = "t", "ctr", "b"
LEFT, RIGHT = "l", "r"

_LANGUAGE_TAGS = {"sv": "sv-SE", "en": "en-GB"}
_AUTOFIT = {qn("a:spAutoFit"), qn("a:normAutofit"), qn("a:noAutofit")}
_INSETS = {"lIns": str(Inches(INSET_X)), "rIns": str(Inches(INSET_X)), "tIns": str(Inches(INSET_Y)),
           "bIns": str(Inches(INSET_Y))}


def language_tag() -> str:
    """The language of the deck's text, for spelling and screen readers."""
    return _LANGUAGE_TAGS.get(get_language(), "sv-SE")


def frame_properties(text_body, anchor: str = TOP) -> None:
    """A text box's or shape's text: wraps, never grows or shrinks, the deck's insets, anchored at ``anchor``."""
    body = text_body.find(qn("a:bodyPr"))
    body.attrib.update({"wrap": "square", "anchor": anchor, **_INSETS})
    for child in list(body):
        if child.tag in _AUTOFIT:
            body.remove(child)
    body.insert(0, etree.Element(qn("a:noAutofit")))


def cell_properties(cell, fill: str) -> None:
    """A table cell's insets and background."""
    properties = cell._tc.find(qn("a:tcPr"))
    properties.attrib.update({"marL": _INSETS["lIns"], "marR": _INSETS["rIns"], "marT": _INSETS["tIns"],
                              "marB": _INSETS["bIns"], "anchor": TOP})
    solid(properties, fill)


def write_paragraphs(text_body, paras: Sequence[Para], *, align: str = LEFT) -> None:
    """Replace the paragraphs of ``text_body`` (a shape's or table cell's ``a:txBody``) with ``paras``."""
    for old in text_body.findall(qn("a:p")):
        text_body.remove(old)
    for index, para in enumerate(paras):
        paragraph = etree.SubElement(text_body, qn("a:p"))
        _paragraph_properties(paragraph, para, align, first=index == 0)
        if para.label:
            _runs(paragraph, para.label, para, bold=True)
        _runs(paragraph, para.text, para, bold=para.bold)
    if not paras:
        etree.SubElement(text_body, qn("a:p"))  # a text body holds at least one paragraph


def _paragraph_properties(paragraph, para: Para, align: str, *, first: bool) -> None:
    properties = etree.SubElement(paragraph, qn("a:pPr"), algn=align)
    if para.bullet:
        properties.attrib.update({"marL": str(Inches(BULLET_INDENT)), "indent": str(-Inches(BULLET_INDENT))})
    if para.space_before and not first:
        space = etree.SubElement(properties, qn("a:spcBef"))
        etree.SubElement(space, qn("a:spcPts"), val=str(int(para.space_before * 100)))
    if para.bullet:
        etree.SubElement(properties, qn("a:buFont"), typeface=FONT)
        etree.SubElement(properties, qn("a:buChar"), char="•")


def _runs(paragraph, text: str, para: Para, *, bold: bool) -> None:
    """Runs of ``text``; its line breaks become line breaks within the paragraph."""
    for index, line in enumerate(text.split("\n")):
        if index:
            _run_properties(etree.SubElement(paragraph, qn("a:br")), para.size, para.colour, bold)
        if line:
            run = etree.SubElement(paragraph, qn("a:r"))
            _run_properties(run, para.size, para.colour, bold)
            etree.SubElement(run, qn("a:t")).text = line


def _run_properties(parent, size: int, colour: str, bold: bool) -> None:
    properties = etree.SubElement(parent, qn("a:rPr"), lang=language_tag(), sz=str(size * 100),
                                  b="1" if bold else "0", dirty="0")
    solid(properties, colour)
    etree.SubElement(properties, qn("a:latin"), typeface=FONT)


def slide_number_field(text_body, size: int, colour: str) -> None:
    """PowerPoint's slide-number field as the text, right-aligned: each slide shows its own number."""
    for old in text_body.findall(qn("a:p")):
        text_body.remove(old)
    paragraph = etree.SubElement(text_body, qn("a:p"))
    etree.SubElement(paragraph, qn("a:pPr"), algn=RIGHT)
    field = etree.SubElement(paragraph, qn("a:fld"), id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}", type="slidenum")
    _run_properties(field, size, colour, False)
    etree.SubElement(field, qn("a:t")).text = "‹#›"


def _solid_fill(colour: str):
    fill = etree.Element(qn("a:solidFill"))
    etree.SubElement(fill, qn("a:srgbClr"), val=colour)
    return fill


def solid(parent, colour: str) -> None:
    """An ``a:solidFill`` of ``colour`` in ``parent``."""
    parent.append(_solid_fill(colour))


def outline(colour: str | None, width: float = 0.0, dash: str | None = None, *, arrow: bool = False):
    """An ``a:ln``: ``colour`` at ``width`` points, dashed with the preset ``dash``, an arrowhead at the end;
    no line when ``colour`` is None."""
    line = etree.Element(qn("a:ln"), w=str(Pt(width)), cap="rnd") if colour else etree.Element(qn("a:ln"))
    if colour is None:
        etree.SubElement(line, qn("a:noFill"))
        return line
    solid(line, colour)
    if dash:
        etree.SubElement(line, qn("a:prstDash"), val=dash)
    etree.SubElement(line, qn("a:round"))
    if arrow:
        etree.SubElement(line, qn("a:tailEnd"), type="triangle")
    return line


_LOOK = {qn("a:noFill"), qn("a:solidFill"), qn("a:ln"), qn("a:effectLst")}


def shape_look(shape_element, fill: str | None, line) -> None:
    """A shape's or connector's background (``fill``, or none), its outline ``line`` and no shadow.

    The theme style python-pptx gives new shapes goes: LibreOffice draws its shadow even under an
    empty effect list."""
    style = shape_element.find(qn("p:style"))
    if style is not None:
        shape_element.remove(style)
    properties = shape_element.find(qn("p:spPr"))
    for child in list(properties):
        if child.tag in _LOOK:
            properties.remove(child)
    geometry = properties.find(qn("a:prstGeom"))
    background = _solid_fill(fill) if fill else etree.Element(qn("a:noFill"))
    geometry.addnext(background)
    background.addnext(line)
    line.addnext(etree.Element(qn("a:effectLst")))
