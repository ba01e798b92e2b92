"""Where the team's change ideas sit among främjande, förebyggande and tidigt stöd: a table and a sentence."""

from __future__ import annotations

from widgets.changes.markup import element
from widgets.components.fields import text
from workshop.i18n import _
from workshop.knowledge import Catalog, LevelCount


def _level_name(count: LevelCount) -> str:
    return count.level.label if count.level else _("No level set")


def _idea_title(idea, catalog: Catalog) -> str:
    title = text(idea.title)
    if idea.catalog_entry and catalog.get(idea.catalog_entry) is None:
        title += " " + element("em", "({note})".format(note=_("no longer in the catalog")))
    return title


def overview_sentence(counts: tuple[LevelCount, ...]) -> str:
    parts = [f"{_level_name(count).lower()}: {len(count.ideas)}" for count in counts
             if count.level is not None or count.ideas]
    return _("Your change ideas by prevention level – {parts}.").format(parts=", ".join(parts))


def overview_table(counts: tuple[LevelCount, ...], catalog: Catalog) -> str:
    rows = []
    for count in counts:
        if count.level is None and not count.ideas:
            continue
        titles = "".join(f"<li>{_idea_title(idea, catalog)}</li>" for idea in count.ideas)
        mark = "●" * len(count.ideas) or "–"
        rows.append(f'<tr><th scope="row">{text(_level_name(count))}</th><td><span aria-hidden="true">{mark}</span> '
                    f'{len(count.ideas)}</td><td><ul>{titles}</ul></td></tr>')
    head = "".join(element("th", label, ' scope="col"') for label in (_("Prevention level"), _("Ideas"),
                                                                       _("Change ideas")))
    caption = element("caption", _("The team's change ideas by prevention level"))
    return (element("p", overview_sentence(counts)) + f'<table class="gk-table">{caption}'
            f'<thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>')
