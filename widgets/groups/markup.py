"""The groups as people read them: large cards for a shared screen and for print, and plain text for the
breakout rooms of a video meeting."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from workshop.groups import Participant
from workshop.i18n import _

Groups = Sequence[Sequence[Participant]]


def _group_title(number: int) -> str:
    return _("Group {number}").format(number=number)


def _host_words() -> str:
    return _("host")


def group_cards(title: str, groups: Groups) -> str:
    """One card per group, in large type: each person's name (host in words) and team."""
    cards = []
    for number, group in enumerate(groups, start=1):
        people = "".join(
            f"<li><strong>{escape(person.label)}</strong>"
            + (f' <span class="gk-host"><span aria-hidden="true">★</span> {escape(_host_words())}</span>'
               if person.host else "")
            + f'<br><span class="gk-group-team">{escape(person.team)}</span></li>' for person in group)
        cards.append(f'<section class="gk-group-card"><h3>{escape(_group_title(number))}</h3>'
                     f"<ul>{people}</ul></section>")
    return f'<h2>{escape(title)}</h2><div class="gk-group-cards">{"".join(cards)}</div>'


def breakout_text(groups: Groups) -> str:
    """The groups as lines to paste into a video meeting's breakout rooms."""
    blocks = []
    for number, group in enumerate(groups, start=1):
        lines = [_group_title(number)]
        for person in group:
            host = f" ({_host_words()})" if person.host else ""
            lines.append(f"{person.label}{host} – {person.team}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def read_only_text(label: str, value: str, *, element_id: str) -> str:
    """A labelled text box to select and copy from; the page never reads it back."""
    rows = min(20, value.count("\n") + 1)
    return (f'<label class="gk-column-heading" for="{element_id}">{escape(label)}</label><br>'
            f'<textarea id="{element_id}" class="gk-breakout" readonly rows="{rows}">{escape(value)}</textarea>')


def print_button(label: str) -> str:
    """A button the page's own script answers with the browser's print dialog (only the groups are printed)."""
    return f'<button type="button" class="gk-print-button" data-gk-print>{escape(label)}</button>'
