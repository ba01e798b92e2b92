"""The facilitator's presenter mode: the teams' storyboards one slide at a time at a meeting (``presentation_page``)."""
