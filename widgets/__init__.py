"""Views of the kit: ipywidgets and jupyter_bokeh, built from the state in ``workshop``."""
