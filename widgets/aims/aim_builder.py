"""The aim statement builder: the sentence is assembled while the team writes, with friendly hints."""

from __future__ import annotations

import datetime as dt
from html import escape

import ipywidgets

from widgets.autosave import Autosave
from widgets.components.fields import button, date_field, heading, html, paragraph, text, text_field
from workshop.aims import (
    AimDetails,
    activate_aim,
    active_aim,
    add_aim,
    aim_hints,
    aim_sentence,
    list_aims,
    update_aim,
    with_target_group,
)
from workshop.i18n import _
from workshop.inventory import TargetGroup


class AimBuilder:
    def __init__(self, page, target_group: TargetGroup | None, today: dt.date) -> None:
        self.page, self.target_group, self.today = page, target_group, today
        self.aim = active_aim(page.store, page.session.team_id)
        self.widget = ipywidgets.VBox()
        self.autosave = Autosave(self._save)
        self._build()

    def _build(self) -> None:
        page = self.page
        shown = with_target_group(self.aim.details if self.aim else AimDetails(), self.target_group)
        self.what = text_field(_("What will change"), shown.what,
                               placeholder=_("e.g. the share of new visits where AUDIT and DUDIT are used"))
        self.for_whom = text_field(_("For whom"), shown.for_whom, placeholder=_("e.g. young adults (18–24)"))
        self.baseline = text_field(_("From (baseline)"), shown.baseline, placeholder="20")
        self.target = text_field(_("To (target)"), shown.target, placeholder="80")
        self.unit = text_field(_("Unit (e.g. %)"), shown.unit, placeholder="%")
        self.by_when = date_field(_("By when"), shown.by_when)
        self.sentence = html("")
        self.hints = html("")
        for field in (self.what, self.for_whom, self.baseline, self.target, self.unit, self.by_when):
            field.observe(page.guard(self._changed), names="value")
        self.new_aim_button = button(_("Start a new aim (the current one is kept)"))
        self.new_aim_button.on_click(page.guard(lambda _button: self._new_aim()))
        self._show_sentence()
        self.widget.children = [
            heading(_("Aim statement")),
            paragraph(_("What will change, for whom, how much (from – to) and by when.")),
            self.what, self.for_whom, self.baseline, self.target, self.unit, self.by_when,
            self.sentence, self.hints, self.autosave.status,
            self._earlier_aims(), self.new_aim_button,
        ]

    def details(self) -> AimDetails:
        return AimDetails(what=self.what.value, for_whom=self.for_whom.value, baseline=self.baseline.value,
                          target=self.target.value, unit=self.unit.value, by_when=self.by_when.date)

    def _show_sentence(self) -> None:
        details = self.details()
        label = _("Your aim")
        self.sentence.value = (f'<p class="gk-aim-sentence" aria-live="polite"><strong>{text(label)}:</strong> '
                               f"{text(aim_sentence(details))}</p>")
        hints = aim_hints(details, today=self.today, has_target_group=self.target_group is not None)
        items = "".join(f'<li data-hint="{escape(hint.code)}">{text(hint.message)}</li>' for hint in hints)
        title = _("Tips to make the aim clearer")
        self.hints.value = (f'<div class="gk-message gk-message-info"><span aria-hidden="true">ℹ</span> '
                            f"<strong>{text(title)}:</strong><ul>{items}</ul></div>" if hints else "")

    def _changed(self, _change=None) -> None:
        self._show_sentence()
        self.autosave.changed()

    def _save(self) -> None:
        store, session = self.page.store, self.page.session
        if self.aim is None:
            self.aim = add_aim(store, session.team_id, self.details(), actor=session.actor)
        else:
            self.aim = update_aim(store, session.team_id, self.aim.id, self.details(),
                                  expected_version=self.aim.version, actor=session.actor)

    def _new_aim(self) -> None:
        session = self.page.session
        self.aim = add_aim(self.page.store, session.team_id, with_target_group(AimDetails(), self.target_group),
                           actor=session.actor)
        self._build()

    def _activate(self, aim_id: int) -> None:
        session = self.page.session
        self.aim = activate_aim(self.page.store, session.team_id, aim_id, actor=session.actor)
        self._build()

    def _earlier_aims(self) -> ipywidgets.Widget:
        earlier = [aim for aim in list_aims(self.page.store, self.page.session.team_id) if not aim.active]
        if not earlier:
            return ipywidgets.VBox()
        rows = []
        for aim in earlier:
            make_active = button(_("Make this the active aim"))
            make_active.on_click(self.page.guard(lambda _button, aim_id=aim.id: self._activate(aim_id)))
            rows.append(ipywidgets.HBox([paragraph(aim_sentence(aim)), make_active]))
        return ipywidgets.VBox([heading(_("Earlier aims"), level=4), *rows])
