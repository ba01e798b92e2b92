"""The facilitator's pages for the seminars: the program and the view of all teams."""

from widgets.seminars.overview_page import overview_page
from widgets.seminars.program_page import program_page

__all__ = ["overview_page", "program_page"]
