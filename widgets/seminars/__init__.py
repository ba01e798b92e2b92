"""The seminar pages: the program (``program_page``) and the facilitator's view of all teams (``overview_page``).

Nothing is imported here, so that the team's Start page can use the shared markup without loading the view of
all teams (the Start page's load time and memory are measured, bench/page_load.py).
"""
