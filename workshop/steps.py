"""The team's journey: one page per step, in the order of docs/anvandarguide.md ("Teamets resa")."""

from __future__ import annotations

from dataclasses import dataclass

from workshop.i18n import N_, _


@dataclass(frozen=True)
class Step:
    key: str
    number: int
    notebook: str
    title_msgid: str
    summary_msgid: str
    available: bool

    @property
    def title(self) -> str:
        return _(self.title_msgid)

    @property
    def summary(self) -> str:
        return _(self.summary_msgid)

    @property
    def heading(self) -> str:
        """The step page's title: "Steg 4: PGSA-cykler"."""
        return _("Step {number}: {title}").format(number=self.number, title=self.title)


JOURNEY: tuple[Step, ...] = (
    Step("inventory", 1, "01_malgrupp.ipynb", N_("Target-group inventory"),
         N_("Get to know the target group from your case-management system and choose whom to test with."),
         available=True),
    Step("aims", 2, "02_mal_och_matt.ipynb", N_("Aims and measures"),
         N_("What do we want to achieve, how will we know, and which changes can we make?"),
         available=True),
    Step("changes", 3, "03_forandringar.ipynb", N_("Changes"),
         N_("Choose change ideas from the knowledge summaries and map existing support."),
         available=True),
    Step("pdsa", 4, "04_pgsa.ipynb", N_("PDSA cycles"),
         N_("Test changes on a small scale: plan, do, study, act."),
         available=True),
    Step("results", 5, "05_resultat.ipynb", N_("Results"),
         N_("Enter measurements and read run charts and control charts."),
         available=True),
    Step("reports", 6, "06_rapport.ipynb", N_("Reports"),
         N_("Storyboard, monthly and final reports, handover and backup."),
         available=True),
)

START_NOTEBOOK = "00_start.ipynb"
FORUMS_NOTEBOOK = "samverkansforum.ipynb"
"""Samverkansforum, outside the team journey: reached from the facilitator's Start page."""
PROGRAM_NOTEBOOK = "07_program.ipynb"
"""The collaborative's meetings, for its teams and its facilitator."""
OVERVIEW_NOTEBOOK = "08_oversikt.ipynb"
"""The facilitator's view of all teams."""
PRESENTATION_NOTEBOOK = "10_presentation.ipynb"
"""The facilitator's presenter mode: the teams' storyboards at a meeting, reached from the facilitator's Start."""
GROUPS_NOTEBOOK = "09_tvargrupper.ipynb"
"""The facilitator's cross-groups for a meeting."""
STATEMENT_NOTEBOOK = "tillganglighet.ipynb"
"""The accessibility statement, linked from every page's footer."""
GUIDE_NOTEBOOK = "hjalp.ipynb"
"""The user guide, linked from every page's footer."""
STEP_KEYS = tuple(step.key for step in JOURNEY)
STEPS = {step.key: step for step in JOURNEY}

