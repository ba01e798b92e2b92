"""Samverkansforum in real browsers: a forum is made, three members answer in their own browsers, the result
appears only after the third answer, the forum records a decision and sees the change in its second round."""

from __future__ import annotations

from tests.e2e.live import open_start
from tests.e2e.test_handing_out_links import open_as_facilitator

FORUM = "Styrgrupp för snabb handläggning"
STATEMENT = "Flera i forumet bidrar med punkter till agendan."


def _open_forum(page) -> None:
    """Draw the forum anew from the store, as the chair does after members answered."""
    page.get_by_role("button", name="Alla forum").click()
    page.get_by_role("button", name=f"Öppna {FORUM}").click()
    page.get_by_role("heading", name=FORUM).wait_for()


def _answer(new_context, link: str, rating: str, round_number: int) -> None:
    member = open_start(new_context(), link)
    member.get_by_label(STATEMENT).select_option(label=rating)
    member.get_by_role("button", name="Skicka mitt svar").click()
    member.get_by_text(f"Ditt svar på omgång {round_number} är sparat").wait_for()
    member.context.close()


def test_three_members_answer_and_the_forum_acts_on_the_result(voila_url, new_context, recorder):
    page = open_as_facilitator(new_context(), voila_url)
    page.get_by_role("navigation", name="Processledarens sidor").get_by_role("link", name="Samverkansforum").click()
    page.get_by_role("heading", name="Samverkansforum").wait_for()
    page.get_by_label("Forumets namn").fill(FORUM)
    page.get_by_label("Nivå").select_option(label="Operativ")
    page.get_by_label("Vid bordet").fill("Exempelstaden – Enhetschef\nFiktiva regionen – Kurator\n"
                                         "Arbetsförmedlingen – Arbetsförmedlare")
    page.get_by_label("Möten per år").fill("6")
    page.get_by_label("Timmar per möte").fill("2")
    page.get_by_role("button", name="Lägg till forumet").click()
    page.get_by_text("är tillagt").wait_for()
    page.get_by_role("button", name="Starta den första omgången").click()
    page.get_by_text("Omgång 1 är startad").wait_for()
    links = [code.inner_text() for code in page.locator("code.gk-address").all()]
    assert len(links) == 3 and all("samverkansforum_svar.ipynb?forum=" in link for link in links)

    for count, (link, rating) in enumerate(zip(links, ("2 – Stämmer dåligt", "3 – Stämmer delvis",
                                                       "2 – Stämmer dåligt"), strict=True), start=1):
        _answer(new_context, link, rating, 1)
        _open_forum(page)
        waiting = page.get_by_text("Resultatet visas när minst 3 medlemmar har svarat")
        assert waiting.is_visible() == (count < 3)
    page.get_by_text("3 medlemmar svarade").wait_for()

    page.get_by_label("Beslut", exact=True).fill("Alla skickar in punkter till agendan före mötet")
    page.get_by_role("button", name="Spara beslutet").click()
    page.get_by_text("Beslutet är sparat").wait_for()
    page.get_by_role("button", name="Starta en ny omgång").click()
    page.get_by_text("Omgång 2 är startad").wait_for()
    for link in links:
        _answer(new_context, link, "4 – Stämmer ganska väl", 2)
    _open_forum(page)
    row = page.locator("tr").filter(has_text=STATEMENT)
    assert row.locator("td").last.inner_text() == "+2,0"
    assert recorder.kit_console_errors() == [] and recorder.page_errors == []
