"""The team the PDSA unit tests work in: team 3 (Åby) has change ideas and measures and no demo cycles."""

import datetime as dt

TEAM = 3
ACTOR = "team:3"
TODAY = dt.date(2026, 11, 23)
