"""A team enters a measure's weekly values by pasting them, reads the chart's verdict, excludes a point,
starts a new phase and finds it all again after a reload (demo team 1, the FIA measure, which the demo ties to
PDSA cycles of the last weeks)."""

from __future__ import annotations

import datetime as dt
import re

from tests.e2e.live import join_demo_team, open_step
from tests.e2e.steps import choose_measure, paste_values
from tests.unit.results.blocks import SHIFT_VALUES, weekly_block
from workshop.improvement import Frequency
from workshop.results import period_of_date

FIA = "Antal FIA-samtal vid nybesök"


def _open_results_as_team_1(context, voila_url):
    page = join_demo_team(context, voila_url, "Exempelkommun – försörjningsstöd", "demo-team-exempel")
    open_step(page, 5, "Resultat")
    choose_measure(page, FIA)
    return page


def test_paste_read_the_verdict_exclude_a_point_start_a_phase_and_reload(voila_url, new_context, recorder):
    last_week = period_of_date(dt.date.today(), Frequency.WEEK)
    first_week = period_of_date(dt.date.today() - dt.timedelta(weeks=23), Frequency.WEEK)
    block = weekly_block(SHIFT_VALUES, first=first_week.label)
    assert block.splitlines()[-1].startswith(last_week.label) and "," in block
    page = _open_results_as_team_1(new_context(), voila_url)

    paste_values(page, block)
    page.get_by_text("24 nya punkter sparade och 0 uppdaterade.").first.wait_for()

    page.get_by_text(re.compile("12 punkter i rad över medianen – gränsen är 8 för 24 användbara punkter: tecken på "
                                "en verklig förändring")).wait_for()
    assert page.get_by_text("Förändringen går åt det bättre hållet (högre är bättre för det här måttet).").is_visible()
    chart = page.locator(".gk-section").filter(has_text="Diagram och bedömning")
    chart.locator("canvas").first.wait_for()
    assert page.get_by_text("PGSA-cykler i diagrammet (skuggade)").is_visible()
    assert chart.get_by_text(re.compile(r"PGSA \d+: FIA-samtal")).first.is_visible()
    chart.get_by_text("Visa diagrammet som tabell").click()
    assert chart.get_by_role("columnheader", name="Median").is_visible()
    assert chart.get_by_role("cell", name=re.compile("Signal \\(del av ett mönster\\)")).first.is_visible()

    excluded_week = block.splitlines()[3].split("\t")[0]
    page.get_by_label("Punkt att exkludera").select_option(label=excluded_week)
    page.get_by_label("Varför den exkluderas").fill("Systemet låg nere")
    page.get_by_role("button", name="Exkludera punkten").click()
    page.get_by_text("Punkten är exkluderad.").first.wait_for()

    page.get_by_text(re.compile("Ett varaktigt skift syns från v\\. \\d+ \\d{4}")).wait_for()
    page.get_by_label("Varför (vad ändrades)").fill("FIA-samtal i alla nybesök")
    page.get_by_role("button", name="Starta den nya fasen").click()
    page.get_by_text("Den nya fasen är sparad.").first.wait_for()

    page.reload()
    page.wait_for_selector(".gk-page h1", timeout=90_000)
    choose_measure(page, FIA)
    page.locator(".gk-grid").get_by_text("Exkluderad: Systemet låg nere").wait_for()
    assert page.get_by_text(re.compile("Ny fas från v\\. \\d+ \\d{4}")).is_visible()
    assert page.get_by_text("FIA-samtal i alla nybesök").is_visible()
    assert page.get_by_label(first_week.label, exact=True).input_value() == "2"
    assert recorder.external_requests() == []
    assert recorder.kit_console_errors() == [] and recorder.page_errors == []


def test_charts_draw_with_bokehjs_from_the_server_never_through_the_kernel(voila_url, new_context):
    """BokehJS (1.3 MB) comes as a file the browser caches (workshop/hosting/bokehjs.py); the page's websocket
    carries only the charts' documents, and the browser sends nothing of that size back."""
    context = new_context()
    frames: list[int] = []
    bokehjs: list[int] = []

    def watch(page) -> None:
        page.on("websocket", lambda socket: (socket.on("framereceived", lambda frame: frames.append(len(frame))),
                                             socket.on("framesent", lambda frame: frames.append(len(frame)))))
        page.on("response", lambda response: "/voila/static/bokeh.min.js?v=" in response.url
                and bokehjs.append(response.status))

    context.on("page", watch)
    page = _open_results_as_team_1(context, voila_url)
    page.locator(".gk-section").filter(has_text="Diagram och bedömning").locator("canvas").first.wait_for()
    assert bokehjs and set(bokehjs) <= {200, 304}
    assert frames and max(frames) < 1_000_000  # the largest chart document is about 250 kB
