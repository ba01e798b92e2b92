"""The markup around every page's body: the header saying whose pages these are, and the footer."""

from __future__ import annotations

from html import escape

from workshop import __version__
from workshop.i18n import _
from workshop.session import Role, Session
from workshop.steps import GUIDE_NOTEBOOK, STATEMENT_NOTEBOOK, Step


def header_markup(session: Session, collaborative: str | None, team: str | None) -> str:
    """The kit's name, then the collaborative and the team the page serves, and "Processledare" for a facilitator:
    the first thing read, so a person knows at once where they are."""
    context = [name for name in (collaborative, team) if name]
    if session.role is Role.FACILITATOR:
        context.append(_("Facilitator"))
    where = " · ".join(escape(part) for part in context)
    line = f'<p class="gk-header-context">{where}</p>' if where else ""
    kit = escape(_("Genombrottskit"))
    return f'<div class="gk-header-text"><p class="gk-header-kit">{kit}</p>{line}</div>'


def footer_markup(session: Session) -> str:
    """On every page, in the visitor's language: the accessibility statement, the user guide and the kit's
    version."""
    links = "".join(f'<a href="{escape(session.link(notebook))}">{escape(label)}</a> · '
                    for notebook, label in ((STATEMENT_NOTEBOOK, _("Accessibility statement")),
                                            (GUIDE_NOTEBOOK, _("User guide"))))
    version = _("Genombrottskit version {version}").format(version=__version__)
    return f'<p class="gk-footer gk-muted">{links}{escape(version)}</p>'


def guide_section_id(step_number: int) -> str:
    """The id of the user guide's section on a step, in either language: the step's page links to it."""
    return f"steg-{step_number}"


def step_help_markup(session: Session, step: Step) -> str:
    """Under a step page's heading: its section of the user guide, in a new tab, so that what is typed on the step
    stays where it is."""
    address = f"{session.link(GUIDE_NOTEBOOK)}#{guide_section_id(step.number)}"
    label = _("Help with step {number} (opens in a new tab)").format(number=step.number)
    return (f'<p class="gk-step-help"><a href="{escape(address)}" target="_blank" rel="noopener">'
            f"{escape(label)}</a></p>")
