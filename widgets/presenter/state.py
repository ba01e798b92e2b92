"""What the presenter page keeps in its state (``page.state``): the plan set, whether it is presenting, and where."""

PLAN = "presentation_plan"
"""The :class:`workshop.seminars.presentation.PresentationPlan` the facilitator has set."""
PRESENTING = "presenting"
"""True while the slides are shown: the page draws its body anew when it changes."""
POSITION = "presentation_position"
"""The :class:`workshop.seminars.presentation.Position` shown while presenting."""
