"""Charts in the documents' type, and larger type and thicker lines on a projector."""

from __future__ import annotations

from workshop.chart_look import PROJECTOR_LINES, for_projector, house_style
from workshop.palette import FONT_STACK


def _figure():
    from bokeh.plotting import figure

    plot = figure(title="Andel")
    plot.title.text_font_size = "18px"
    plot.xaxis.major_label_text_font_size = "12pt"
    plot.line([1, 2], [1, 2], line_width=2)
    return plot


def test_the_chart_takes_the_documents_type():
    plot = house_style(_figure())
    assert plot.title.text_font == FONT_STACK
    assert plot.xaxis[0].major_label_text_font == FONT_STACK and plot.yaxis[0].axis_label_text_font == FONT_STACK


def test_on_a_projector_type_grows_and_lines_thicken():
    plot = for_projector(_figure())
    assert plot.title.text_font_size == "25.2px" and plot.xaxis[0].major_label_text_font_size == "16.8pt"
    assert plot.renderers[0].glyph.line_width == 2 * PROJECTOR_LINES
