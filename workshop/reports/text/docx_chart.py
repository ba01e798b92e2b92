"""A native Word line chart: editable in Word (its numbers sit in an embedded workbook), drawn by LibreOffice too.

Word and PowerPoint share DrawingML charts, so python-pptx writes the chart's XML
and workbook; python-docx has no charts, so the chart part is added to the Word
package here. Each line's role sets its dash and marker, so the chart does not
rest on colour alone; the table beside it gives the same numbers in words.
"""

from __future__ import annotations

from workshop.palette import ACCENT, CENTRE, LINE, SIGNAL, TARGET
from workshop.reports.blocks import Chart, Line

_CHART_PART = "/word/charts/chart%d.xml"
_WORKBOOK_PART = "/word/embeddings/Microsoft_Excel_Sheet%d.xlsx"
_CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
_WORKBOOK_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_WIDTH_EMU = 5_760_000  # 16 cm: the text width of an A4 page with 2,5 cm margins
_HEIGHT_EMU = 3_240_000  # 9 cm
_FONT_PT = 9
# The colours of the charts on the Results page.
_STYLE = {
    "values": (ACCENT, 2.25, "SOLID", "circle"),
    "centre": (CENTRE, 1.5, "SOLID", None),
    "limit": (LINE, 1.25, "DASH", None),
    "target": (TARGET, 1.5, "SQUARE_DOT", None),
    "signal": (SIGNAL, None, None, "triangle"),
}


def add_line_chart(word, chart: Chart) -> None:
    """Append ``chart`` to the Word document ``word`` in a paragraph of its own."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.opc.part import Part, XmlPart
    from pptx.chart.chart import Chart as DrawnChart
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
    from pptx.oxml import parse_xml
    from pptx.util import Pt

    data = CategoryChartData()
    data.categories = chart.categories
    for line in chart.lines:
        data.add_series(line.name, line.values)
    space = parse_xml(data.xml_bytes(XL_CHART_TYPE.LINE_MARKERS))
    drawn = DrawnChart(space, None)
    # The heading above names the chart; without a title of its own the plot keeps its height.
    drawn.has_title = False
    drawn.font.size = Pt(_FONT_PT)
    drawn.has_legend = True
    drawn.legend.position = XL_LEGEND_POSITION.BOTTOM
    drawn.legend.include_in_layout = False
    for series, line in zip(drawn.plots[0].series, chart.lines, strict=True):
        _style(series, line)
    if chart.value_range is not None:
        drawn.value_axis.minimum_scale, drawn.value_axis.maximum_scale = chart.value_range

    package = word.part.package
    chart_part = XmlPart(package.next_partname(_CHART_PART), _CHART_TYPE, space, package)
    chart_id = word.part.relate_to(chart_part, RELATIONSHIP_TYPE.CHART)
    workbook = Part(package.next_partname(_WORKBOOK_PART), _WORKBOOK_TYPE, data.xlsx_blob, package)
    space.get_or_add_externalData().rId = chart_part.relate_to(workbook, RELATIONSHIP_TYPE.PACKAGE)
    word.add_paragraph().add_run()._r.append(_drawing(chart_id, word.part.next_id, chart.title))


def _style(series, line: Line) -> None:
    from pptx.dml.color import RGBColor
    from pptx.enum.chart import XL_MARKER_STYLE
    from pptx.enum.dml import MSO_LINE_DASH_STYLE
    from pptx.util import Pt

    colour, width, dash, marker = _STYLE[line.role]
    series.smooth = False
    if width is None or dash is None:  # the signal points: markers without a line
        series.format.line.fill.background()
    else:
        series.format.line.color.rgb = RGBColor.from_string(colour)
        series.format.line.width = Pt(width)
        series.format.line.dash_style = getattr(MSO_LINE_DASH_STYLE, dash)
    if marker is None:
        series.marker.style = XL_MARKER_STYLE.NONE
        return
    series.marker.style = XL_MARKER_STYLE.TRIANGLE if marker == "triangle" else XL_MARKER_STYLE.CIRCLE
    series.marker.size = 9 if marker == "triangle" else 6
    series.marker.format.fill.solid()
    series.marker.format.fill.fore_color.rgb = RGBColor.from_string(colour)
    series.marker.format.line.color.rgb = RGBColor.from_string(colour)


def _drawing(chart_id: str, shape_id: int, title: str):
    """The inline drawing that shows the chart part where it stands in the text."""
    from xml.sax.saxutils import quoteattr

    from docx.oxml import parse_xml

    return parse_xml(
        '<w:drawing xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
        ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
        ' xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"'
        ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<wp:inline><wp:extent cx="{_WIDTH_EMU}" cy="{_HEIGHT_EMU}"/>'
        f'<wp:docPr id="{shape_id}" name="Chart {shape_id}" descr={quoteattr(title)}/>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
        f'<c:chart r:id="{chart_id}"/></a:graphicData></a:graphic></wp:inline></w:drawing>')
