"""The collaborative's summary as Word or as a PowerPoint deck, made on request with a progress bar (one step per
team read)."""

from __future__ import annotations

import ipywidgets

from widgets.components.download import file_link, fits_in_link
from widgets.components.fields import button, field_row, html, paragraph, section
from workshop.errors import InvalidInput
from workshop.i18n import _


class SummaryDownload:
    def __init__(self, page) -> None:
        self.page = page
        self.make = button(_("Make the summary (Word)"), primary=True)
        self.make.on_click(page.guard(lambda _button: self._make("docx")))
        self.make_deck = button(_("Make the summary (PowerPoint)"))
        self.make_deck.on_click(page.guard(lambda _button: self._make("pptx")))
        self.bar = ipywidgets.IntProgress(min=0, max=1, description=_("Progress"))
        self.result = ipywidgets.VBox()
        self.widget: ipywidgets.Widget = section(
            _("Summary of the collaborative"),
            paragraph(_("For the steering group and the final meeting: the teams, their target groups (small "
                        "numbers hidden as in the teams' documents), aims, changes by prevention level, results, "
                        "scores and what the teams learned.")),
            field_row(self.make, self.make_deck), self.result)

    def _told(self, done: int, total: int) -> None:
        self.bar.max, self.bar.value = max(total, 1), done

    def _make(self, extension: str) -> None:
        from workshop.reports.collaborative_summary import collaborative_summary, summary_deck
        from workshop.reports.files import generated
        from workshop.reports.text.docx_writer import docx_bytes

        self.result.children = [self.bar]
        try:
            document = collaborative_summary(self.page.store, self.page.session, progress=self._told)
            content = docx_bytes(document) if extension == "docx" else summary_deck(document)
            made = generated(_("summary"), document.subtitle.split(",")[0], "", extension, content)
        finally:
            self.result.children = []
        if not fits_in_link(made):
            raise InvalidInput(_("The document is too large to download here."))
        self.result.children = [html(file_link(made))]
