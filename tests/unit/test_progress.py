"""Step progress: every step has a status; later steps report into it."""

import pytest

from workshop.errors import NotFound
from workshop.model import StepStatus
from workshop.progress import set_step_status, step_progress
from workshop.steps import STEP_KEYS


def test_untouched_steps_are_not_started_and_updates_are_kept(demo_store):
    team_id = 4  # Demoby: no progress in the demo data
    assert step_progress(demo_store, team_id) == dict.fromkeys(STEP_KEYS, StepStatus.NOT_STARTED)
    set_step_status(demo_store, team_id, "inventory", "in_progress", actor="team:4")
    set_step_status(demo_store, team_id, "inventory", StepStatus.DONE, actor="team:4")
    assert step_progress(demo_store, team_id)["inventory"] is StepStatus.DONE


def test_unknown_step_status_or_team_is_refused(demo_store):
    with pytest.raises(ValueError):
        set_step_status(demo_store, 1, "no-such-step", "done", actor="t")
    with pytest.raises(ValueError):
        set_step_status(demo_store, 1, "inventory", "half-done", actor="t")
    with pytest.raises(NotFound):
        set_step_status(demo_store, 999, "inventory", "done", actor="t")
