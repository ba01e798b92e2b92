"""One cycle's worksheet: where it sits in the ramp, its status, and its four parts."""

from __future__ import annotations

import ipywidgets

from widgets.components.fields import button, html, paragraph, section, text
from widgets.components.messages import MessageArea
from widgets.pdsa.parts import ActForm, DoForm, PlanForm, StudyForm
from workshop.errors import UserError
from workshop.i18n import _, format_date
from workshop.pdsa import STATUS_ORDER, CycleStatus, finish_cycle, get_cycle, neighbours, set_cycle_status

STATUS_SYMBOLS = {CycleStatus.PLANNED: "○", CycleStatus.ONGOING: "◔", CycleStatus.TO_STUDY: "◑",
                  CycleStatus.DONE: "●"}


def status_badge(status: CycleStatus) -> str:
    symbol = STATUS_SYMBOLS[status]
    return f'<span class="gk-status"><span aria-hidden="true">{symbol}</span> {text(status.label)}</span>'


class WorksheetView:
    def __init__(self, page, cycle_id: int) -> None:
        self.page = page
        self.cycle = get_cycle(page.store, page.session.team_id, cycle_id)
        self.heading = html("")
        self.status_box = ipywidgets.VBox()
        self.status_messages = MessageArea()
        self.parts = [form(page, self) for form in (PlanForm, DoForm, StudyForm, ActForm)]
        self.plan_form, _do, self.study_form, self.act_form = self.parts
        self._draw_heading()
        self._draw_status()
        self.children = [
            self.heading, self._ramp_buttons(),
            section(_("Status"), self.status_box, self.status_messages.widget),
            *(part.widget for part in self.parts),
        ]

    def save(self, service, part):
        """Save one part from the version this view holds; the view then holds the saved cycle."""
        self.cycle = service(self.page.store, self.cycle.team_id, self.cycle.id, part,
                             expected_version=self.cycle.version, actor=self.page.session.actor)
        self._draw_heading()
        self._draw_status()
        self.study_form.questions_changed()
        return self.cycle

    def flush(self) -> None:
        """Save the parts still waiting for a pause in typing before acting on the cycle."""
        for part in self.parts:
            if part.autosave.state == "pending":
                part.autosave.save_now()

    def _draw_heading(self) -> None:
        cycle = self.cycle
        title = _("Cycle {number}: {title}").format(number=cycle.number, title=cycle.title)
        idea = _("Change idea: {title}").format(title=cycle.change_idea_title or _("Change idea removed"))
        markup = f'<h2 class="gk-wrap">{text(title)}</h2><p>{text(idea)}</p>'
        if cycle.change_idea_removed:
            note = _("The change idea has been removed. This cycle is kept as it is, but no new cycles can be "
                     "planned for the idea.")
            markup += (f'<p class="gk-message gk-message-warning"><span aria-hidden="true">⚠</span> '
                       f"{text(note)}</p>")
        self.heading.value = markup

    def _ramp_buttons(self) -> ipywidgets.HBox:
        back = button(_("Back to all cycles"))
        back.on_click(self.page.guard(lambda _button: self._leave(None)))
        buttons = [back]
        for cycle_id, label in ((self.cycle.previous_id, _("Previous cycle")), (self.cycle.next_id, _("Next cycle"))):
            if cycle_id is not None:
                link = button(label)
                link.on_click(self.page.guard(lambda _button, cycle_id=cycle_id: self._leave(cycle_id)))
                buttons.append(link)
        return ipywidgets.HBox(buttons)

    def _leave(self, cycle_id: int | None) -> None:
        self.flush()
        self.page.redraw(cycle_id=cycle_id)

    def _draw_status(self) -> None:
        cycle = self.cycle
        dates = {CycleStatus.ONGOING: cycle.started_on, CycleStatus.TO_STUDY: cycle.study_on,
                 CycleStatus.DONE: cycle.done_on}
        steps = []
        for status in STATUS_ORDER:
            when = dates.get(status)
            label = status.label if when is None else _("{status} from {date}").format(
                status=status.label, date=format_date(when))
            steps.append(f"<strong>{text(label)}</strong>" if status is cycle.status else text(label))
        now = text(_("Now"))
        lines = [html(f"<p>{now}: {status_badge(cycle.status)}</p><p>{' → '.join(steps)}</p>")]
        before, after = neighbours(cycle.status)
        if after is CycleStatus.DONE and cycle.act.decision is None:
            lines.append(paragraph(_("Write a decision in Act before the cycle can be marked done."),
                                   css_class="gk-muted"))
        buttons = []
        for target, label in ((before, _("Back to “{status}”")), (after, _("Move to “{status}”"))):
            if target is not None:
                move = button(label.format(status=target.label), primary=target is after)
                move.on_click(self.page.guard(lambda _button, target=target: self._move(target)))
                buttons.append(move)
        self.status_box.children = [*lines, *self._finish_suggestion(), ipywidgets.HBox(buttons)]

    def _finish_suggestion(self) -> list[ipywidgets.Widget]:
        """All four parts are written but the cycle is not done: offer to mark it done in one click."""
        if self.cycle.status is CycleStatus.DONE or not self.cycle.all_parts_filled:
            return []
        finish = button(_("Mark as done"), primary=True)
        finish.on_click(self.page.guard(lambda _button: self._finish()))
        note = paragraph(_("Plan, Do, Study and Act are filled in. Is the cycle finished?"),
                         css_class="gk-message gk-message-info")
        return [note, finish]

    def _finish(self) -> None:
        self.flush()
        self.cycle = finish_cycle(self.page.store, self.cycle.team_id, self.cycle.id,
                                  expected_version=self.cycle.version, actor=self.page.session.actor)
        self.status_messages.show(_("The cycle is now “{status}”.").format(status=self.cycle.status.label), "success")
        self._draw_status()

    def _move(self, target: CycleStatus) -> None:
        self.flush()
        try:
            self.cycle = set_cycle_status(self.page.store, self.cycle.team_id, self.cycle.id, target,
                                          expected_version=self.cycle.version, actor=self.page.session.actor)
        except UserError as problem:
            self.status_messages.show(problem.message, "warning")
            return
        self.status_messages.show(_("The cycle is now “{status}”.").format(status=target.label), "success")
        self._draw_status()
