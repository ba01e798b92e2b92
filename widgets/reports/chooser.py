"""Which document, in which format: each kind by its title, what it holds in a sentence, its formats in words."""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets

from widgets.components.fields import html, text
from workshop.i18n import N_, _
from workshop.reports import DOCUMENT_KINDS, DOCUMENTS, DocumentKind

FORMAT_NAMES = {
    "pptx": N_("PowerPoint"),
    "docx": N_("Word"),
    "html": N_("Web page (HTML)"),
    "xlsx": N_("Excel"),
}
_LABEL_STYLE = {"description_width": "220px"}


def format_name(fmt: str) -> str:
    return _(FORMAT_NAMES[fmt])


class DocumentChooser:
    def __init__(self, on_change: Callable[[], None]) -> None:
        self.document = ipywidgets.RadioButtons(
            options=[(kind.title, kind.key) for kind in DOCUMENT_KINDS], value=DOCUMENT_KINDS[0].key,
            description=_("Document"), style=_LABEL_STYLE, layout=ipywidgets.Layout(width="760px"))
        self.summary = html("")
        self.format = ipywidgets.RadioButtons(description=_("Format"), style=_LABEL_STYLE,
                                              layout=ipywidgets.Layout(width="760px"))
        self._show_kind()
        self.document.observe(lambda _change: self._show_kind(), names="value")
        for control in (self.document, self.format):
            control.observe(lambda _change: on_change(), names="value")
        self.widget = ipywidgets.VBox([self.document, self.summary, self.format])

    @property
    def kind(self) -> DocumentKind:
        return DOCUMENTS[self.document.value]

    def _show_kind(self) -> None:
        kind = self.kind
        # Announced when the choice changes, so a screen reader hears what the chosen document holds.
        self.summary.value = f'<p class="gk-muted" aria-live="polite">{text(kind.summary)}</p>'
        self.format.options = [(format_name(fmt), fmt) for fmt in kind.formats]
        self.format.value = kind.formats[0]
