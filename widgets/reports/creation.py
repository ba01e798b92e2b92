"""Making the chosen document: a progress bar with its phase in words while it is built, then a link to save it.

The kernel builds the file in one go, so the bar moves between the phases;
the browser sees each step as it happens.
"""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets

from widgets.components.download import file_link, fits_in_link
from widgets.components.fields import button, html, text
from workshop.errors import InvalidInput
from workshop.i18n import _, format_number
from workshop.reports import DocumentKind, GeneratedFile, ReportPeriod, checked_request, document_file, team_snapshot

_PHASES = 4

Choice = Callable[[], tuple[DocumentKind, str, ReportPeriod]]


class DocumentMaker:
    def __init__(self, page, choice: Choice) -> None:
        self.page, self.choice = page, choice
        self.create_button = button(_("Create the document"), primary=True)
        self.bar = ipywidgets.IntProgress(min=0, max=_PHASES, description=_("Progress"),
                                          style={"description_width": "initial"},
                                          layout=ipywidgets.Layout(width="480px"))
        self.status = html("")
        self.progress = ipywidgets.VBox()
        self.link = html("")
        self.made: GeneratedFile | None = None

    def clear(self) -> None:
        """Forget the last document: a new choice makes a new one."""
        self.progress.children = []
        self.link.value = ""
        self.made = None

    def create(self) -> None:
        kind, fmt, period = self.choice()
        self.clear()
        self.progress.children = [self.bar, self.status]
        try:
            _kind, period = checked_request(kind.key, fmt, period)
            self._phase(1, _("Reading the team's work …"))
            snapshot = team_snapshot(self.page.store, self.page.session.team_id, period)
            self._phase(2, _("Building the document …"))
            made = document_file(snapshot, kind.key, fmt)
            self._phase(3, _("Preparing the download …"))
            if not fits_in_link(made):
                raise InvalidInput(_("The document is too large to download here ({size} MB). Choose a shorter "
                                     "period.").format(size=format_number(made.size / 1024 / 1024, 1)))
            link = file_link(made)
        except Exception:
            self.progress.children = []
            raise
        self.link.value = link
        self.made = made
        self._phase(4, _("Done: the document is ready. Save it with the link below."))

    def _phase(self, number: int, description: str) -> None:
        self.bar.value = number
        status = _("Phase {number} of {count}: {description}").format(number=number, count=_PHASES,
                                                                       description=description)
        # The last phase is the news the person waits for: the template moves the focus to it, just above the link.
        news = ' data-gk-news tabindex="-1"' if number == _PHASES else ""
        self.status.value = f'<p role="status" aria-live="polite"{news}>{text(status)}</p>'
