"""What a team saves in step 6 and the services that read and write it: the monthly report with its
self-assessment on the collaborative's scale, and the final report's plan. The document writers only read
these records (through :class:`workshop.reports.TeamSnapshot`); the forms in ``widgets.reports`` save them.
"""
