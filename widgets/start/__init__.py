"""The Start page: create or open a collaborative, join a team, see the team's journey."""

from widgets.start.page import start_page

__all__ = ["start_page"]
