"""The ``workshop`` command: prepare the database, load the demo, serve the pages."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from workshop.errors import UserError
from workshop.i18n import _, set_language


def _store():
    from workshop.store import open_store

    return open_store()


def _init(_arguments) -> None:
    from sqlalchemy.engine import make_url

    store = _store()
    print(_("The database is ready: {url}").format(url=make_url(store.url).render_as_string(hide_password=True)))


def _demo(arguments) -> None:
    from workshop.demo import seed_demo

    created = seed_demo(_store(), only_if_empty=arguments.if_empty)
    if created is None:
        print(_("The database already has collaboratives; the demo was not added."))
    else:
        print(_("Demo collaborative added: {name}").format(name=created.name))


def _serve(arguments) -> None:
    notebooks = Path(arguments.notebooks)
    if not (notebooks / "00_start.ipynb").is_file():
        raise UserError(_("Cannot find the pages in {folder}. Run the command from the kit's folder.").format(
            folder=notebooks))
    _store()
    url = f"http://127.0.0.1:{arguments.port}/voila/render/00_start.ipynb"
    print(_("Open {url} in your web browser. Stop with Ctrl+C.").format(url=url), flush=True)
    os.environ.setdefault("BOKEH_RESOURCES", "inline")
    command = [sys.executable, "-m", "voila", str(notebooks), "--no-browser",
               f"--port={arguments.port}", "--Voila.ip=127.0.0.1"]
    os.execv(sys.executable, command)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="workshop", description=_("The kit for improvement collaboratives."))
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("init", help=_("Create or upgrade the database.")).set_defaults(run=_init)
    demo = commands.add_parser("demo", help=_("Add the fictional demo collaborative."))
    demo.add_argument("--if-empty", action="store_true", help=_("Only when the database has no collaboratives."))
    demo.set_defaults(run=_demo)
    serve = commands.add_parser("serve", help=_("Serve the pages with Voilà on this computer."))
    serve.add_argument("--port", type=int, default=8866)
    serve.add_argument("--notebooks", default="notebooks")
    serve.set_defaults(run=_serve)
    return parser


def main(argv: list[str] | None = None) -> int:
    set_language(os.environ.get("WORKSHOP_LANGUAGE"))
    arguments = build_parser().parse_args(argv)
    try:
        arguments.run(arguments)
    except UserError as problem:
        print(problem.message, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
