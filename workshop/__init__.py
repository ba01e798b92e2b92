"""Domain package of the kit: models, store, services, SPC, i18n.

Pure Python: importable and usable without a kernel or a browser. Heavy
libraries (pandas, bokeh) are imported where they are used, so that
``import workshop`` stays cheap for every Voilà kernel.
"""

__version__ = "0.1.0"
