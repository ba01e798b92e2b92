"""Driving the PGSA page without a browser: find controls by their label and use them."""

from __future__ import annotations

from tests.widgets.reading import all_widgets


def control(page, description: str):
    """The one control in the page whose label is ``description``."""
    [found] = [w for w in all_widgets(page.widget) if getattr(w, "description", None) == description]
    return found


def click(page, description: str) -> None:
    control(page, description).click()


def create_cycle_in_page(page, idea_title: str, title: str = "Test med en klient") -> None:
    idea = control(page, "Förändringsidé")
    idea.value = dict((label, value) for label, value in idea.options)[idea_title]
    control(page, "Cykelns titel").value = title
    click(page, "Skapa cykeln")
