"""Controls and markup the PGSA page needs beyond the shared components."""

from __future__ import annotations

import ipywidgets

from widgets.components.fields import text

_LABEL_STYLE = {"description_width": "220px"}
_WIDE = ipywidgets.Layout(width="760px")


def many_choice_field(label: str, options: list[tuple[str, object]], value: tuple = ()) -> ipywidgets.SelectMultiple:
    known = {option for _label, option in options}
    return ipywidgets.SelectMultiple(options=options, value=tuple(v for v in value if v in known), description=label,
                                     rows=min(max(len(options), 2), 6), style=_LABEL_STYLE, layout=_WIDE)


def wrapped(value: str, *, tag: str = "div") -> str:
    """What a person typed, as text (never markup), wrapped however long it is, line breaks kept."""
    return f'<{tag} class="gk-typed">{text(value)}</{tag}>'
