"""Going on in the same page after the code changed: type the new code, keep everything typed so far."""

from __future__ import annotations

from dataclasses import replace

from widgets.components.fields import button, paragraph, secret_field, section
from workshop.i18n import _
from workshop.session import Role, join_team, open_as_facilitator


class RejoinForm:
    def __init__(self, page) -> None:
        self.page = page
        facilitator = page.session.role is Role.FACILITATOR
        self.code = secret_field(_("New facilitator code") if facilitator else _("The team's new code"))
        self.button = button(_("Go on with the new code"), primary=True)
        self.button.on_click(page.guard(lambda _button: self._rejoin()))
        self.widget = section(
            _("The code has changed"),
            paragraph(_("Someone changed the code while this page was open. "
                        "Type the new code to go on in this page as it is.")),
            self.code, self.button,
        )

    def _rejoin(self) -> None:
        old = self.page.session
        if old.role is Role.FACILITATOR:
            session = replace(open_as_facilitator(self.page.store, old.collaborative_id, self.code.value,
                                                  language=old.language), team_id=old.team_id)
        else:
            session = join_team(self.page.store, old.team_id, self.code.value, language=old.language)
        self.page.resume(session)


def refresh_offer(page):
    """After going on with the new code: the body's links still carry the old key until the page is drawn anew."""
    refresh = button(_("Update the page"))
    refresh.on_click(page.guard(lambda _button: page.navigate(page.session)))
    return section(_("The code has changed"),
                   paragraph(_("When everything is saved, update the page: its links still carry the old code.")),
                   refresh)
