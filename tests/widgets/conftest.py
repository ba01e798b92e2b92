"""Helpers for testing views without a kernel: build, set values, click, read."""

from __future__ import annotations

import sys

import ipywidgets
import pytest
from ipywidgets.widgets.widget_style import Style

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
