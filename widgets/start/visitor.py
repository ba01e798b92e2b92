"""The Start page for someone not yet in a team: join a team, open as facilitator, or start anew."""

from __future__ import annotations

from widgets.components.fields import button, choice_field, paragraph, secret_field, section, text_field, with_help
from widgets.join_team import JoinTeamForm
from widgets.start.collaborative_form import CollaborativeForm
from workshop import access
from workshop.collaboratives import create_collaborative, list_collaboratives
from workshop.i18n import _
from workshop.session import open_as_facilitator


class VisitorView:
    def __init__(self, page) -> None:
        self.page = page
        store, language = page.store, page.session.language
        collaboratives = list_collaboratives(store)
        choices = [(_("– choose –"), None)] + [(name, id_) for id_, name in collaboratives]

        self.join = JoinTeamForm(page, collaboratives)

        self.open_collaborative = choice_field(_("Collaborative"), choices)
        self.open_code = secret_field(_("Facilitator code"))
        self.open_button = button(_("Open as facilitator"))
        self.open_button.on_click(page.guard(lambda _button: self._open(language)))

        # The creation form is built on request: few visitors need it, and a lighter page opens faster.
        self.show_create_button = button(_("Fill in a new collaborative"))
        self.show_create_button.on_click(page.guard(lambda _button: self._show_create_form(language)))
        self.create_section = section(_("Start a new collaborative"),
                                      paragraph(_("For facilitators. You add the teams afterwards.")),
                                      self.show_create_button)

        self.children = [
            paragraph(_("Welcome! Here your improvement team works step by step: get to know the target group, "
                        "set aims, choose changes, test them in PDSA cycles and follow the results.")),
            self.join.widget,
            section(_("Facilitator: open a collaborative"),
                    self.open_collaborative, self.open_code, self.open_button),
            self.create_section,
        ]
        if not collaboratives:
            self._show_create_form(language)

    def _show_create_form(self, language: str) -> None:
        self.create_form = CollaborativeForm(self.page.guard)
        self.create_code = text_field(_("Facilitator code"), access.suggest_code())
        self.create_button = button(_("Create the collaborative"), primary=True)
        self.create_button.on_click(self.page.guard(lambda _button: self._create(language)))
        heading, explanation, _show = self.create_section.children
        self.create_section.children = [heading, explanation, *self.create_form.widgets,
                                        with_help(self.create_code, _("Write the code down: you need it to open the "
                                                                      "collaborative as facilitator.")),
                                        self.create_button]

    def _open(self, language: str) -> None:
        if self.open_collaborative.value is None:
            self.page.say(_("Choose a collaborative first."), "warning")
            return
        session = open_as_facilitator(self.page.store, self.open_collaborative.value, self.open_code.value,
                                      language=language)
        self.page.navigate(session, message=_("You are working as facilitator."))

    def _create(self, language: str) -> None:
        code = self.create_code.value
        created = create_collaborative(self.page.store, self.create_form.details(), facilitator_code=code,
                                       actor="visitor")
        session = open_as_facilitator(self.page.store, created.id, code, language=language)
        self.page.navigate(session, message=_(
            "The collaborative “{name}” was created. Keep the link below and the facilitator code you chose."
        ).format(name=created.name))
