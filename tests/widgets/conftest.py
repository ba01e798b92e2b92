"""Helpers for testing views without a kernel: build, set values, click, read."""

from __future__ import annotations

import sys

import ipywidgets
import pytest
from ipywidgets.widgets.widget_style import Style

from widgets.first_view import forget_the_page, show_the_page
from widgets.start.page import build_start_page
from workshop.session import join_team, open_as_facilitator


@pytest.fixture
def visitor_page(demo_store):
    return build_start_page("", demo_store)


@pytest.fixture
def team_page(demo_store):
    return build_start_page(join_team(demo_store, 1, "demo-team-exempel").query(), demo_store)


@pytest.fixture
def facilitator_page(demo_store):
    return build_start_page(open_as_facilitator(demo_store, 1, "demo-processledning").query(), demo_store)


@pytest.fixture(autouse=True)
def page_shown_at_once():
    """A page here is as a browser shows it the moment it is built: what waits for the first view (its charts) is
    done as it is left. ``test_first_view.py`` builds pages that wait."""
    show_the_page()
    yield
    forget_the_page()


def _shared_models() -> dict[str, ipywidgets.Widget]:
    """The layout and style models the views' modules make once and give many controls."""
    return {f"{name}.{attribute}": value for name, module in list(sys.modules.items()) if name.startswith("widgets.")
            for attribute, value in vars(module).items() if isinstance(value, ipywidgets.Layout | Style)}


@pytest.fixture(autouse=True)
def shared_models_stay_as_made():
    """A view that changed a shared layout in place (to hide its control, say) would change every control sharing
    it: after each test, every shared model is as it was."""
    before = {name: model.get_state() for name, model in _shared_models().items()}
    yield
    changed = [name for name, model in _shared_models().items() if name in before and model.get_state() != before[name]]
    assert changed == []
