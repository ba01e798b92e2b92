"""A team member stuck on a step opens the user guide's section on it, in a new tab, and keeps what they typed."""

from __future__ import annotations

from tests.e2e.live import demo_team_links


def test_the_help_link_opens_the_steps_section_of_the_guide_in_a_new_tab(voila_url, live_store, new_context,
                                                                          recorder):
    context = new_context()
    step = context.new_page()
    step.goto(voila_url + demo_team_links(live_store, "04_pgsa.ipynb")["Fiktiva Åby – tidigt stöd"])
    step.get_by_role("heading", name="Steg 4: PGSA-cykler").wait_for(timeout=90_000)

    with context.expect_page() as opened:
        step.get_by_role("link", name="Hjälp med steg 4 (öppnas i en ny flik)").click()
    guide = opened.value
    section = guide.get_by_role("heading", name="Steg 4. PGSA-cykler")
    section.wait_for(timeout=90_000)
    guide.wait_for_function("document.activeElement && document.activeElement.id === 'steg-4'")
    top = section.evaluate("heading => heading.getBoundingClientRect().top")
    assert 0 <= top < guide.viewport_size["height"] / 2, "the section is not where the guide opened"
    assert not step.is_closed() and step.get_by_role("heading", name="Steg 4: PGSA-cykler").is_visible()
    assert recorder.kit_console_errors() == [] and recorder.page_errors == []
