"""Driving the team's steps in a real browser as a person would: shared by the browser tests."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import expect

SAMPLES = Path(__file__).resolve().parents[2] / "sample_data" / "inventory"


def fill(page, label: str, value: str) -> None:
    page.get_by_label(label, exact=True).fill(value)


def type_into(page, label: str, value: str) -> None:
    """Type ``value`` key by key over what the field holds, as a person does: each key reaches the kernel, which must
    keep every one."""
    field = page.get_by_label(label, exact=True)
    field.press("Control+A")
    field.press_sequentially(value)
    expect(field).to_have_value(value)


def choose_file(page, path: Path | dict) -> None:
    """Step 1: give the upload button a file (a path, or a payload of name, mimeType and buffer)."""
    # ipywidgets' upload button opens a file input that is never attached to the page: set files through it.
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Välj filen med utdraget").click()
    chooser.value.set_files(path)


def upload_and_confirm(page, name: str) -> None:
    """Step 1: read the sample export ``name``, keep the suggested columns and see its first chart."""
    choose_file(page, SAMPLES / name)
    page.get_by_text("Filen är inläst.").wait_for()
    page.get_by_role("button", name="Använd de här kolumnerna").click()
    page.get_by_text("Kolumnvalen är sparade").wait_for()
    page.locator(".bk-Canvas").first.wait_for()
    page.get_by_role("heading", name="Ålder och kön").wait_for()


def fill_measure(page, values: dict[str, str], choices: dict[str, str]) -> None:
    """Step 2: type a measure's fields, choose its lists' options and add it."""
    form = page.locator(".gk-measure-form")
    for label, value in values.items():
        form.get_by_label(label, exact=True).fill(value)
    for label, option in choices.items():
        form.get_by_label(label, exact=True).select_option(label=option)
    form.get_by_role("button", name="Lägg till måttet").click()
    page.get_by_text(f"Måttet ”{values['Måttets namn']}” är sparat.").wait_for()


def choose_from_catalog(page, title: str, driver: str) -> None:
    """Step 3: open the catalog card ``title`` and add it as a change idea under ``driver``."""
    page.get_by_role("button", name=f"Visa detaljer: {title}").click()
    page.get_by_role("heading", name="Kärnkomponenter").wait_for()
    page.get_by_label("Drivkraft").select_option(label=driver)
    page.get_by_role("button", name="Lägg till som förändringsidé").click()
    page.get_by_text(f"”{title}” är nu en förändringsidé").wait_for()


def add_catalog_measure(page, measure: str) -> None:
    page.get_by_role("button", name=f"Lägg till måttet: {measure}").click()
    page.get_by_text(f"Måttet ”{measure}” är tillagt").wait_for()


def add_support(page, name: str) -> None:
    """Step 3: map a support by its name."""
    page.get_by_label("Stödets namn").fill(name)
    page.get_by_role("button", name="Spara stödet").click()
    page.get_by_text(f"Stödet ”{name}” är sparat.").wait_for()
    page.get_by_role("button", name=f"Ändra: {name}").wait_for()


def choose_measure(page, measure: str) -> None:
    """Step 5: choose the measure and wait until its panel is drawn (its fields are the ones to use)."""
    page.get_by_label("Mått", exact=True).select_option(label=measure)
    page.get_by_role("heading", name=measure).wait_for()


def paste_values(page, block: str) -> None:
    """Step 5: paste tab-separated rows of period and value, as copied from a spreadsheet (through the clipboard
    and Ctrl+V), and save them."""
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.evaluate("block => navigator.clipboard.writeText(block)", block)
    area = page.get_by_label("Klistra in här")
    area.focus()
    page.keyboard.press("Control+V")
    expect(area).to_have_value(block)
    page.get_by_role("button", name="Spara de inklistrade värdena").click()


def make_and_save(page, document: str, fmt: str, tmp_path: Path, *, month: str | None = None) -> tuple[str, bytes]:
    """Step 6: choose the document, format and (for a monthly report) the month as shown, e.g. "dec. 2026"; create
    it and follow the download link; the saved file's name and bytes."""
    maker = page.locator(".gk-section").filter(has=page.get_by_role("heading", name="Skapa ett dokument"))
    maker.get_by_role("radio", name=document).check()
    maker.get_by_role("radio", name=fmt).check()
    if month:
        maker.get_by_label("Månad", exact=True).select_option(label=month)
    page.get_by_role("button", name="Skapa dokument").click()
    page.get_by_text(re.compile("Del 4 av 4: Klart")).wait_for(timeout=120_000)
    link = page.get_by_role("link", name=re.compile(r"^Ladda ner .+ \(\d+ kB\)$"))
    with page.expect_download() as info:
        link.click()
    download = info.value
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    return download.suggested_filename, path.read_bytes()
