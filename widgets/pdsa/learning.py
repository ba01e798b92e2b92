"""The learning log: every "what we learned", filterable by change idea, to download as CSV."""

from __future__ import annotations

from widgets.components.download import download_link as file_link
from widgets.components.fields import choice_field, html, paragraph, section, text
from widgets.pdsa.fields import wrapped
from workshop.i18n import _, format_date
from workshop.pdsa import Cycle, LearningEntry, learning_log, learning_log_csv


def _entry(entry: LearningEntry) -> str:
    title = _("{idea}, cycle {number}: {title}").format(idea=entry.change_idea_title, number=entry.number,
                                                        title=entry.title)
    facts = [format_date(entry.end) if entry.end else "", entry.decision.label if entry.decision else ""]
    details = " · ".join(fact for fact in facts if fact)
    return (f'<li><h3 class="gk-wrap">{text(title)}</h3>'
            f'<p class="gk-muted">{text(details)}</p>{wrapped(entry.learned)}</li>')


def download_link(entries: list[LearningEntry]) -> str:
    """A link that saves the log as a CSV file (with a byte-order mark, so spreadsheets read å, ä, ö)."""
    return file_link("lardomslogg.csv", "text/csv;charset=utf-8", learning_log_csv(entries).encode("utf-8-sig"),
                     _("Download the learning log (CSV)"))


class LearningLogView:
    def __init__(self, page, cycles: list[Cycle]) -> None:
        self.page = page
        ideas = dict.fromkeys((cycle.change_idea_id, cycle.change_idea_title) for cycle in cycles if cycle.learned)
        self.filter = choice_field(_("Show lessons from"),
                                   [(_("All change ideas"), None)] + [(title, idea_id) for idea_id, title in ideas])
        self.filter.observe(page.guard(lambda _change: self.show()), names="value")
        self.entries = html("")
        self.show()
        self.widget = section(
            _("Learning log"),
            paragraph(_("Everything the team has learned, cycle by cycle. It feeds the reports."),
                      css_class="gk-muted"),
            self.filter, self.entries,
        )

    def show(self) -> None:
        entries = learning_log(self.page.store, self.page.session.team_id, change_idea_id=self.filter.value)
        if not entries:
            empty = text(_("Nothing yet: what you learn is written in Study."))
            self.entries.value = f'<p class="gk-muted">{empty}</p>'
            return
        items = "".join(_entry(entry) for entry in entries)
        self.entries.value = f'<ul class="gk-list">{items}</ul>{download_link(entries)}'
