"""Pictures of every page on the demo data, for the user guide and for comparing the kit's look over time.

Takes the first screen (1280 × 900) of each page that ``bench/page_load.py`` measures, from the kit checked out at
``--root`` (this one by default), and saves ``docs/bilder/<label>/<page>.jpg``; with ``--compare OLD NEW`` it writes
``docs/utseende.md``, the two sets side by side.

    .venv/bin/python docs/screenshots.py --label efter
    .venv/bin/python docs/screenshots.py --label fore --root /path/to/an/older/checkout
    .venv/bin/python docs/screenshots.py --compare fore efter
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.page_load import PAGES, Target, page_urls  # noqa: E402
from tests.e2e.live import CHROMIUM, CHROMIUM_ARGS, free_port, start_voila, stop, wait_until_serving  # noqa: E402

PICTURES = ROOT / "docs" / "bilder"
SCREEN = {"width": 1280, "height": 900}


def _file_name(target: Target) -> str:
    return target.name.replace(" ", "-") + ".jpg"


def take(label: str, root: Path) -> None:
    from playwright.sync_api import sync_playwright

    folder = PICTURES / label
    folder.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="kit-pictures-"))
    # The pages, their template and their code all come from ``root``.
    os.environ["JUPYTER_PATH"] = str(root / "share" / "jupyter")
    port = free_port()
    server = start_voila(work, port, work / "voila.log", root=root,
                         options=("--VoilaConfiguration.preheat_kernel=False",))
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(base_url, server)
        urls = page_urls(base_url, work / "kit.sqlite", PAGES)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for target in PAGES:
                page = browser.new_page(viewport=SCREEN, locale="sv-SE")
                page.goto(urls[target.name], timeout=180_000)
                page.wait_for_selector(".gk-page", state="visible", timeout=180_000)
                page.wait_for_load_state("networkidle")
                page.wait_for_timeout(3000)  # sections and charts draw after the page stands
                page.screenshot(path=str(folder / _file_name(target)), type="jpeg", quality=80)
                page.close(run_before_unload=True)
                print(f"{target.name}: {folder / _file_name(target)}")
            browser.close()
    finally:
        stop(server)
        shutil.rmtree(work, ignore_errors=True)


def _picture(label: str, target: Target) -> str:
    """The page's picture in the set ``label``, or a dash for a page that set has none of (a page added since)."""
    name = f"{label}/{_file_name(target)}"
    return f"![{target.name}](bilder/{name})" if (PICTURES / name).exists() else "–"


def compare(before: str, after: str) -> None:
    rows = "\n".join(f"| {target.name} | {_picture(before, target)} | {_picture(after, target)} |" for target in PAGES)
    (ROOT / "docs" / "utseende.md").write_text(
        "# Sidornas utseende, före och efter\n\n"
        "Varje sidas första skärm (1280 × 900 punkter) med exempeldata. Bilderna tas med `docs/screenshots.py`.\n\n"
        f"| sida | {before} | {after} |\n|---|---|---|\n{rows}\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--label", help="the pictures' folder under docs/bilder")
    parser.add_argument("--root", type=Path, default=ROOT, help="the kit checkout to picture")
    parser.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"), help="write docs/utseende.md")
    arguments = parser.parse_args()
    if arguments.compare:
        compare(*arguments.compare)
    elif arguments.label:
        take(arguments.label, arguments.root.resolve())
    else:
        parser.error("give --label or --compare")


if __name__ == "__main__":
    main()
