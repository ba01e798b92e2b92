"""The aim statement builder: the sentence is assembled while the team writes, with friendly hints."""

from __future__ import annotations

import datetime as dt
from html import escape

import ipywidgets

from widgets.autosave import Autosave
from widgets.components.fields import button, heading, html, paragraph, text
from widgets.components.record_form import RecordForm
from workshop.aims import (
    AIM,
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
        self.fields = RecordForm(AIM, shown, changed=page.guard(self._changed))
        self.sentence = html("")
        self.hints = html("")
        self.new_aim_button = button(_("Start a new aim (the current one is kept)"))
        self.new_aim_button.on_click(page.guard(lambda _button: self._new_aim()))
        self._show_sentence()
        self.widget.children = [
            heading(_("Aim statement")),
            paragraph(_("What will change, for whom, how much (from – to) and by when.")),
            *self.fields.shown(),
            self.sentence, self.hints, self.autosave.status,
            self._earlier_aims(), self.new_aim_button,
        ]

    def details(self) -> AimDetails:
        return self.fields.value()

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
