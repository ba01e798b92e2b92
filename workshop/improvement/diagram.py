"""The driver diagram drawn with bokeh, for the page and for reports (readable on a projector at 1280×720).

Titles are drawn as plain text glyphs, never as HTML, and there are no hover
tooltips: what the team typed is shown as text only.
"""

from __future__ import annotations

from workshop.i18n import N_, _
from workshop.improvement.diagram_layout import FONT_PX, PADDING, DiagramLayout, diagram_layout
from workshop.improvement.model import DriverDiagram

COLUMN_TITLES = (N_("Aim"), N_("Primary drivers"), N_("Secondary drivers"), N_("Change ideas"))
_FILL = {"aim": "#dbe8f7", "primary": "#e6f2e6", "secondary": "#fbf1d9", "idea": "#f3e8f5"}
_LINE = "#4a4f55"


def driver_diagram_figure(diagram: DriverDiagram, aim_text: str, *, width: int = 1060):
    """A bokeh figure of ``diagram`` with ``aim_text`` (the aim sentence) on the left."""
    from bokeh.models import ColumnDataSource, Range1d
    from bokeh.plotting import figure

    layout = diagram_layout(diagram, aim_text, width=width)
    plot = figure(width=int(layout.width), height=int(layout.height), toolbar_location=None, tools="",
                  x_range=Range1d(0, layout.width), y_range=Range1d(layout.height, 0),
                  min_border=0, outline_line_color=None)
    plot.axis.visible = False
    plot.grid.visible = False
    _draw_headers(plot, layout)
    plot.multi_line(xs=[list(edge.xs) for edge in layout.edges], ys=[list(edge.ys) for edge in layout.edges],
                    line_color=_LINE, line_width=1.5)
    boxes = ColumnDataSource({
        "left": [box.x for box in layout.boxes], "right": [box.right for box in layout.boxes],
        "top": [box.y for box in layout.boxes], "bottom": [box.bottom for box in layout.boxes],
        "fill": [_FILL[box.kind] for box in layout.boxes],
        "text_x": [box.x + PADDING for box in layout.boxes], "text_y": [box.y + PADDING for box in layout.boxes],
        "text": ["\n".join(box.lines) for box in layout.boxes],
    })
    plot.quad(left="left", right="right", top="top", bottom="bottom", fill_color="fill", line_color=_LINE,
              source=boxes)
    plot.text(x="text_x", y="text_y", text="text", source=boxes, text_font_size=f"{FONT_PX}px",
              text_baseline="top", text_line_height=1.0, text_color="#1a1a1a")
    return plot


def _draw_headers(plot, layout: DiagramLayout) -> None:
    plot.text(x=list(layout.column_x), y=[4] * len(layout.column_x), text=[_(title) for title in COLUMN_TITLES],
              text_font_size=f"{FONT_PX + 1}px", text_font_style="bold", text_baseline="top", text_color="#1a1a1a")
