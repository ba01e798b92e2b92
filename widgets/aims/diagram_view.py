"""The driver diagram drawn with bokeh, the same content as a table (screen readers), and the PICK matrix."""

from __future__ import annotations

from html import escape

import ipywidgets

from widgets.bokeh_setup import bokeh_widget
from widgets.components.chart_text import chart_says, described_chart
from widgets.components.fields import heading, html, text
from widgets.page_state import SAVED
from workshop.aims import AimDetails, active_aim, aim_sentence
from workshop.i18n import _
from workshop.improvement import (
    DriverDiagram,
    PickQuadrant,
    diagram_rows,
    driver_diagram,
    driver_diagram_figure,
    pick_matrix,
)

_ROWS = ((PickQuadrant.IMPLEMENT, PickQuadrant.CHALLENGE), (PickQuadrant.POSSIBLE, PickQuadrant.KILL))
"""High impact above low; easy to the left of hard."""


class DiagramView:
    """Follows the page's SAVED: a driver, a change idea or the aim saved above redraws it."""

    def __init__(self, page) -> None:
        self.page = page
        self.widget = ipywidgets.VBox()
        self.widget.add_class("gk-diagram")
        self.shown: tuple[DriverDiagram, str] | None = None
        self.refresh()
        page.state.subscribe(self.refresh, SAVED)

    def refresh(self) -> None:
        """Draw the stored diagram and aim, unless they are what is shown already (most saves touch neither)."""
        store, team_id = self.page.store, self.page.session.team_id
        current = driver_diagram(store, team_id)
        aim = active_aim(store, team_id)
        sentence = aim_sentence(aim.details if aim else AimDetails())
        if self.shown == (current, sentence):
            return
        self.shown, self.current = (current, sentence), current
        self.table = html(self._table_markup())
        self.pick = html(self._pick_markup())
        chart = described_chart(bokeh_widget(lambda: driver_diagram_figure(current, sentence)), self._says(sentence),
                                self.table)
        self.widget.children = [heading(_("Your driver diagram")), chart,
                                heading(_("Priority of the change ideas (PICK)"), level=4), self.pick]

    def _says(self, aim: str) -> str:
        counts = _("Primary drivers: {primary}. Secondary drivers: {secondary}. Change ideas: {ideas}.").format(
            primary=len(self.current.primary), secondary=len(self.current.drivers) - len(self.current.primary),
            ideas=len(self.current.change_ideas))
        return chart_says(_("Driver diagram"), _("Aim: {aim}").format(aim=aim) if aim else "", counts)

    def _table_markup(self) -> str:
        headers = (_("Primary driver"), _("Secondary driver"), _("Change idea"), _("PICK"))
        head = "".join(f'<th scope="col">{escape(header)}</th>' for header in headers)
        body = "".join(
            "<tr>" + "".join(f"<td>{text(cell)}</td>" for cell in (row.primary, row.secondary, row.change_idea,
                                                                     row.pick)) + "</tr>"
            for row in diagram_rows(self.current))
        caption = _("The driver diagram as a table")
        return (f'<details><summary>{escape(caption)}</summary><table class="gk-table">'
                f"<caption>{escape(caption)}</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody>"
                "</table></details>")

    def _pick_markup(self) -> str:
        matrix = pick_matrix(self.current.change_ideas)
        easy, hard, high, low = _("Easy"), _("Hard"), _("High impact"), _("Low impact")

        def cell(quadrant: PickQuadrant) -> str:
            ideas = "".join(f"<li>{text(idea.title)}</li>" for idea in matrix.cells[quadrant])
            return f"<td><strong>{escape(quadrant.label)}</strong><ul>{ideas}</ul></td>"

        rows = "".join(f'<tr><th scope="row">{escape(label)}</th>{cell(left)}{cell(right)}</tr>'
                       for label, (left, right) in zip((high, low), _ROWS, strict=True))
        unrated = ""
        if matrix.unrated:
            note = _("Not judged yet (choose impact and effort)")
            unrated = (f"<p><strong>{escape(note)}:</strong> "
                       + ", ".join(text(idea.title) for idea in matrix.unrated) + "</p>")
        caption = _("PICK matrix: impact × effort")
        return (f'<table class="gk-table gk-pick"><caption>{escape(caption)}</caption><thead><tr><td></td>'
                f'<th scope="col">{escape(easy)}</th><th scope="col">{escape(hard)}</th></tr></thead>'
                f"<tbody>{rows}</tbody></table>{unrated}")
