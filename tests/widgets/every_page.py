"""Every page built on the demo data, in one language: the walk the page-wide checks share."""

from __future__ import annotations

from tests.widgets.pdsa.driving import create_cycle_in_page
from tests.widgets.reading import all_widgets
from widgets.aims.page import build_aims_page
from widgets.changes.page import build_changes_page
from widgets.forums.answer_page import build_answer_page
from widgets.forums.page import build_forums_page
from widgets.groups.page import build_groups_page
from widgets.guide import build_guide_page
from widgets.inventory.page import build_inventory_page
from widgets.pdsa.page import build_pdsa_page
from widgets.presenter.page import build_presentation_page
from widgets.reports.page import build_reports_page
from widgets.results.page import build_results_page
from widgets.seminars.overview_page import build_overview_page
from widgets.seminars.program_page import build_program_page
from widgets.start.page import build_start_page
from widgets.statement import build_statement_page
from workshop.forums.forums import list_forums
from workshop.forums.links import member_links
from workshop.improvement import list_change_ideas
from workshop.session import join_team, open_as_facilitator

TEAM_CODES = {1: "demo-team-exempel", 2: "demo-team-pahittsta", 3: "demo-team-aby", 4: "demo-team-demoby"}
STEP_PAGES = (build_start_page, build_inventory_page, build_aims_page, build_changes_page, build_pdsa_page,
              build_results_page, build_reports_page)


def every_page_widgets(store, language: str):
    """(name, widgets) of every page: visitor (with the new collaborative's form), facilitator, each team's steps."""
    visitor = build_start_page(f"lang={language}", store)
    visitor.view.show_create_button.click()
    yield "visitor", list(all_widgets(visitor.widget))
    yield "statement", list(all_widgets(build_statement_page(f"lang={language}", store).widget))
    yield "user guide", list(all_widgets(build_guide_page(f"lang={language}", store).widget))
    facilitator = open_as_facilitator(store, 1, "demo-processledning").with_language(language)
    yield "facilitator", list(all_widgets(build_start_page(facilitator.query(), store).widget))
    forums = build_forums_page(facilitator.query(), store)
    yield "forums", list(all_widgets(forums.widget))
    forums.state.choose(forum_id=list_forums(store, facilitator)[0].id)
    yield "forum", list(all_widgets(forums.widget))
    answer_link = member_links(store, facilitator, list_forums(store, facilitator)[0].id)[0]
    yield "forum answer", list(all_widgets(build_answer_page(answer_link.query(), store).widget))
    for build in (build_program_page, build_overview_page, build_presentation_page, build_groups_page):
        yield f"{build.__name__} facilitator", list(all_widgets(build(facilitator.query(), store).widget))
    for team_id, code in TEAM_CODES.items():
        query = join_team(store, team_id, code).with_language(language).query()
        for build in STEP_PAGES:
            yield f"{build.__name__} team {team_id}", list(all_widgets(build(query, store).widget))
    if language == "sv":
        pdsa = build_pdsa_page(join_team(store, 3, TEAM_CODES[3]).query(), store)
        create_cycle_in_page(pdsa, list_change_ideas(store, 3)[0].title)
        yield "PDSA worksheet", list(all_widgets(pdsa.widget))
