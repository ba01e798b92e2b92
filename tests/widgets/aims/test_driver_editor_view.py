"""Editing the driver diagram inline: add, rename, move, reorder, remove with undo, PICK; drawn with bokeh."""

from __future__ import annotations

import pytest
from jupyter_bokeh import BokehModel

from tests.widgets.aims.conftest import TEAM, find
from tests.widgets.reading import all_widgets
from workshop.improvement import (
    ChangeIdeaDetails,
    Effort,
    Impact,
    add_change_idea,
    add_driver,
    driver_diagram,
    rename_driver,
)
from workshop.store import Store

ACTOR = "team:2"


def add(editor, label: str, title: str) -> None:
    field = find(editor.widget, label)
    field.value = title
    row = next(item for item in all_widgets(editor.widget)
               if isinstance(getattr(item, "children", None), tuple) and field in item.children)
    row.children[-1].click()


def shape(store):
    diagram = driver_diagram(store, TEAM)
    return [(driver.title, [d.title for d in diagram.secondary(driver.id)]) for driver in diagram.primary]


@pytest.fixture
def built(page, demo_store):
    """Two primary drivers; secondary 1.1 has two change ideas."""
    a = add_driver(demo_store, TEAM, "Upptäcka riskbruk tidigt", actor=ACTOR)
    add_driver(demo_store, TEAM, "Väg in till rätt stöd", actor=ACTOR)
    a1 = add_driver(demo_store, TEAM, "Samtal vid nybesök", parent_id=a.id, actor=ACTOR)
    for title in ("AUDIT vid nybesök", "DUDIT vid nybesök"):
        add_change_idea(demo_store, TEAM, ChangeIdeaDetails(title, driver_id=a1.id), actor=ACTOR)
    page.view.drivers.refresh()
    return page.view.drivers


def test_build_a_diagram_from_empty(page, demo_store):
    editor = page.view.drivers
    add(editor, "Ny primär drivkraft", "Upptäcka riskbruk tidigt")
    assert page.messages.text == "Den primära drivkraften ”Upptäcka riskbruk tidigt” är tillagd i drivkraftsdiagrammet."
    add(editor, "Ny primär drivkraft", "Väg in till rätt stöd")
    add(editor, "Ny sekundär drivkraft under 1", "Samtal vid nybesök")
    assert page.messages.text == "Den sekundära drivkraften ”Samtal vid nybesök” är tillagd i drivkraftsdiagrammet."
    add(editor, "Ny förändringsidé 1.1", "AUDIT vid nybesök")
    assert page.messages.text == "Förändringsidén ”AUDIT vid nybesök” är tillagd i drivkraftsdiagrammet."
    assert shape(demo_store) == [("Upptäcka riskbruk tidigt", ["Samtal vid nybesök"]), ("Väg in till rätt stöd", [])]
    assert [idea.title for idea in driver_diagram(demo_store, TEAM).change_ideas] == ["AUDIT vid nybesök"]
    assert find(editor.widget, "Förändringsidé 1.1.1").value == "AUDIT vid nybesök"
    diagram = page.view.diagram
    assert any(isinstance(item, BokehModel) for item in all_widgets(diagram.widget))
    assert "<td>Samtal vid nybesök</td><td>AUDIT vid nybesök</td>" in diagram.table.value


def test_an_empty_title_is_refused_with_a_message(page, demo_store):
    add(page.view.drivers, "Ny primär drivkraft", "   ")
    assert page.messages.kind == "warning" and "Fyll i drivkraft." in page.messages.text
    assert driver_diagram(demo_store, TEAM).drivers == ()


def test_rename_move_and_reorder(built, demo_store):
    find(built.widget, "Primär drivkraft 2").value = "Rätt stöd snabbt"
    under = next(item for item in all_widgets(built.widget) if getattr(item, "description", "") == "Under")
    under.value = under.options[1][1]
    assert shape(demo_store) == [("Upptäcka riskbruk tidigt", []), ("Rätt stöd snabbt", ["Samtal vid nybesök"])]
    up = next(item for item in all_widgets(built.widget) if getattr(item, "tooltip", "") == "Flytta Primär "
              "drivkraft 2 upp")
    up.click()
    assert shape(demo_store) == [("Rätt stöd snabbt", ["Samtal vid nybesök"]), ("Upptäcka riskbruk tidigt", [])]
    assert find(built.widget, "Primär drivkraft 1").value == "Rätt stöd snabbt"


def test_a_stale_rename_says_so_and_shows_the_colleagues_title(built, demo_store):
    field = find(built.widget, "Primär drivkraft 2")
    driver = driver_diagram(demo_store, TEAM).primary[1]
    rename_driver(demo_store, TEAM, driver.id, "Kollegans namn", expected_version=driver.version, actor=ACTOR)
    field.value = "Mitt namn"
    assert "Någon annan har sparat" in built.page.messages.text
    assert find(built.widget, "Primär drivkraft 2").value == "Kollegans namn"


def test_a_rename_refused_by_a_save_in_another_kernel_redraws_the_drawn_diagram_too(built, demo_store):
    colleague = Store(demo_store.url)  # another kernel: this page hears nothing of its saves
    try:
        driver = driver_diagram(colleague, TEAM).primary[1]
        rename_driver(colleague, TEAM, driver.id, "Kollegans namn", expected_version=driver.version, actor=ACTOR)
    finally:
        colleague.close()
    assert "Kollegans namn" not in built.page.view.diagram.table.value
    find(built.widget, "Primär drivkraft 2").value = "Mitt namn"
    assert "Någon annan har sparat" in built.page.messages.text
    assert "Kollegans namn" in built.page.view.diagram.table.value


def remove_button(editor, label: str):
    return next(item for item in all_widgets(editor.widget) if getattr(item, "tooltip", "") == f"Ta bort {label}")


def test_a_driver_without_ideas_is_removed_at_once_and_undone(built, demo_store):
    before = shape(demo_store)
    remove_button(built, "Primär drivkraft 2").click()
    assert shape(demo_store) == [("Upptäcka riskbruk tidigt", ["Samtal vid nybesök"])]
    assert "Drivkraften ”Väg in till rätt stöd” är borttagen." in built.notice.children[0].children[0].value
    find(built.notice, "Ångra").click()
    assert shape(demo_store) == before


def test_a_driver_with_ideas_asks_then_moves_them_and_undo_moves_them_back(built, demo_store):
    before = driver_diagram(demo_store, TEAM)
    remove_button(built, "Sekundär drivkraft 1.1").click()
    assert "”Samtal vid nybesök” har 2 förändringsidéer. Vad ska hända med dem?" in \
        built.notice.children[0].children[0].value
    assert len(driver_diagram(demo_store, TEAM).drivers) == 3
    prompt_move_to = find(built.notice, "Flytta till")
    prompt_move_to.value = before.primary[1].id
    find(built.notice, "Flytta förändringsidéerna till en annan drivkraft").click()
    after = driver_diagram(demo_store, TEAM)
    assert [idea.title for idea in after.ideas_under(before.primary[1].id)] == ["AUDIT vid nybesök",
                                                                                "DUDIT vid nybesök"]
    find(built.notice, "Ångra").click()
    restored = driver_diagram(demo_store, TEAM)
    assert [(i.title, i.driver_id) for i in restored.change_ideas] == [(i.title, i.driver_id)
                                                                        for i in before.change_ideas]


def test_a_driver_removed_with_its_ideas_comes_back_with_them(built, demo_store):
    remove_button(built, "Primär drivkraft 1").click()
    find(built.notice, "Ta bort förändringsidéerna också").click()
    assert shape(demo_store) == [("Väg in till rätt stöd", [])]
    assert driver_diagram(demo_store, TEAM).change_ideas == ()
    find(built.notice, "Ångra").click()
    assert len(driver_diagram(demo_store, TEAM).change_ideas) == 2


def test_the_removal_question_can_be_cancelled(built, demo_store):
    remove_button(built, "Sekundär drivkraft 1.1").click()
    find(built.notice, "Avbryt").click()
    assert built.notice.children == () and len(driver_diagram(demo_store, TEAM).drivers) == 3


def test_pick_judgement_fills_the_matrix(built, demo_store):
    def first_idea_row():
        return next(item for item in all_widgets(built.widget) if "gk-idea-row" in getattr(item, "_dom_classes", ()))

    first_idea_row().children[1].value = Impact.HIGH
    first_idea_row().children[2].value = Effort.EASY
    pick = built.page.view.diagram.pick.value
    assert "Genomför (stor effekt, lätt att göra)</strong><ul><li>AUDIT vid nybesök</li>" in pick
    assert "Inte bedömda ännu" in pick and "DUDIT vid nybesök" in pick


def test_remove_a_change_idea_and_undo(built, demo_store):
    remove_button(built, "Förändringsidé 1.1.2").click()
    assert [i.title for i in driver_diagram(demo_store, TEAM).change_ideas] == ["AUDIT vid nybesök"]
    find(built.notice, "Ångra").click()
    assert len(driver_diagram(demo_store, TEAM).change_ideas) == 2


def test_titles_with_markup_are_text_in_the_table(page, demo_store):
    add(page.view.drivers, "Ny primär drivkraft", "<img src=x onerror=alert(1)>")
    table = page.view.diagram.table.value
    assert "&lt;img src=x onerror=alert(1)&gt;" in table and "<img" not in table
