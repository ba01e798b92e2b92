"""The question asked before removing a driver with change ideas: move them, or remove them too."""

from __future__ import annotations

import ipywidgets

from widgets.components.fields import button, html, text
from workshop.i18n import _, ngettext
from workshop.improvement import (
    Driver,
    IdeasOnRemoval,
    ideas_affected,
    remove_driver,
    undo_driver_removal,
)


class RemovalPrompt:
    def __init__(self, page, editor, driver: Driver) -> None:
        self.page, self.editor, self.driver = page, editor, driver
        self.ideas = ideas_affected(page.store, page.session.team_id, driver.id)
        family = {driver.id} | {child.id for child in editor.diagram.secondary(driver.id)}
        self.targets = [(other.title, other.id) for other in editor.diagram.drivers if other.id not in family]
        self.widget = ipywidgets.VBox()
        if not self.ideas:
            return
        question = ngettext("“{title}” has {count} change idea. What should happen to it?",
                            "“{title}” has {count} change ideas. What should happen to them?",
                            len(self.ideas)).format(title=driver.title, count=len(self.ideas))
        self.move_to = ipywidgets.Dropdown(options=self.targets, description=_("Move to"),
                                           layout=ipywidgets.Layout(width="480px"))
        self.move_button = button(IdeasOnRemoval.MOVE.label, primary=True)
        self.remove_button = button(IdeasOnRemoval.REMOVE.label)
        self.cancel_button = button(_("Cancel"))
        guard = page.guard
        self.move_button.on_click(guard(lambda _button: self.remove(IdeasOnRemoval.MOVE)))
        self.remove_button.on_click(guard(lambda _button: self.remove(IdeasOnRemoval.REMOVE)))
        self.cancel_button.on_click(guard(lambda _button: self.cancel()))
        moving = [self.move_to, self.move_button] if self.targets else []
        self.widget.children = [
            html('<div class="gk-message gk-message-warning" role="alert"><span aria-hidden="true">⚠</span> '
                 f"{text(question)}</div>"),
            ipywidgets.HBox(moving + [self.remove_button, self.cancel_button],
                            layout=ipywidgets.Layout(flex_flow="row wrap")),
        ]

    def remove(self, ideas: IdeasOnRemoval | None) -> None:
        page, editor = self.page, self.editor
        move_to = self.move_to.value if ideas is IdeasOnRemoval.MOVE else None
        removal = remove_driver(page.store, page.session.team_id, self.driver.id,
                                expected_version=self.driver.version, ideas=ideas, move_to=move_to,
                                actor=page.session.actor)
        editor.show_notice(_("The driver “{title}” is removed.").format(title=self.driver.title),
                           undo=lambda: undo_driver_removal(page.store, page.session.team_id, removal,
                                                            actor=page.session.actor))
        editor.refresh()

    def cancel(self) -> None:
        self.editor.notice.children = []
