"""The text reports' writers: a :class:`workshop.reports.blocks.Document` as a Word file or as one standalone
HTML file. What the reports say is built from the blocks in ``workshop.reports``; these modules lay it out.
"""
