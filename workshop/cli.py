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


def _check_pages(notebooks: Path) -> None:
    if not (notebooks / "00_start.ipynb").is_file():
        raise UserError(_("Cannot find the pages in {folder}. Run the command from the kit's folder.").format(
            folder=notebooks))


def _pin_database() -> None:
    """Open (and upgrade) the configured database and hand its absolute address to the kernels.

    Kernels inherit this environment but start in their notebook's folder: a relative SQLite path would
    otherwise name another file there, and a config file changed meanwhile another database.
    """
    from sqlalchemy.engine import make_url

    from workshop.config import DB_URL_VARIABLE

    url = make_url(_store().url)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        url = url.set(database=str(Path(url.database).resolve()))
    os.environ[DB_URL_VARIABLE] = url.render_as_string(hide_password=False)


def _serve(arguments) -> None:
    notebooks = Path(arguments.notebooks)
    _check_pages(notebooks)
    _pin_database()
    url = f"http://127.0.0.1:{arguments.port}/voila/render/00_start.ipynb"
    print(_("Open {url} in your web browser. Stop with Ctrl+C.").format(url=url), flush=True)
    os.environ.setdefault("BOKEH_RESOURCES", "inline")
    os.environ.pop("QUERY_STRING", None)  # preheated kernels inherit the environment; no visitor is in it
    command = [sys.executable, "-m", "workshop.hosting.voila_app", str(notebooks), "--no-browser",
               f"--port={arguments.port}", "--Voila.ip=127.0.0.1"]
    os.execv(sys.executable, command)


def _check(arguments) -> int:
    from workshop.config import data_dir, database_url
    from workshop.hosting.check import run_checks, worst
    from workshop.store.engine import sqlite_file

    url = database_url()
    database_file = sqlite_file(url)
    findings = run_checks(url, database_file.parent if database_file else data_dir(), Path(arguments.voila_config),
                          Path(arguments.notebooks))
    print("\n".join(finding.line() for finding in findings))
    return int(worst(findings))


def _lab(arguments) -> None:
    """JupyterLab on the kit's folder (the pages in notebooks/, the examples in examples/), on the same database
    as ``serve``. It never fetches news, looks for updates or lists extensions from PyPI, so it works offline."""
    folder = Path(arguments.folder)
    _check_pages(folder / "notebooks")
    _pin_database()
    print(_("JupyterLab starts on port {port}; open the address with its token that it prints below. "
            "Stop with Ctrl+C.").format(port=arguments.port), flush=True)
    os.environ.setdefault("BOKEH_RESOURCES", "inline")
    command = [sys.executable, "-m", "jupyterlab", f"--ServerApp.root_dir={folder.resolve()}",
               f"--port={arguments.port}", "--ServerApp.ip=127.0.0.1", "--LabApp.news_url=None",
               "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate", "--LabApp.extension_manager=readonly"]
    if arguments.no_browser:
        command.append("--no-browser")
    os.execv(sys.executable, command)


def _backup_export(arguments) -> None:
    from workshop.backup import export_collaborative, export_team

    store = _store()
    made = (export_team(store, arguments.team) if arguments.team is not None
            else export_collaborative(store, arguments.collaborative))
    path = Path(arguments.output or made.filename)
    try:
        with path.open("xb") as handle:
            handle.write(made.content)
    except FileExistsError:
        raise UserError(_("The file {path} already exists; nothing was overwritten. Choose another name with -o.")
                        .format(path=path)) from None
    except OSError:
        raise UserError(_("The file {path} cannot be written. Check the folder and its permissions; no backup "
                          "was saved.").format(path=path)) from None
    print(_("The backup was saved in {path}.").format(path=path))


def _backup_import(arguments) -> None:
    from workshop.backup import existing_name, import_backup, preview, read_backup_file

    backup = read_backup_file(Path(arguments.file))
    print("\n".join(preview(backup).lines()))
    store = _store()
    taken = existing_name(store, backup, arguments.collaborative)
    if taken and not arguments.as_new:
        raise UserError(_("“{name}” is already here. Add --as-new to import the backup under a new name; "
                          "nothing was imported.").format(name=taken))
    if not arguments.yes and not _confirmed(_("Import the backup? [y/N] ")):
        print(_("Nothing was imported."))
        return
    imported = import_backup(store, backup, collaborative_id=arguments.collaborative, as_new=arguments.as_new,
                             actor="cli")
    print(_("Imported as “{name}” (number {id}).").format(name=imported.name, id=imported.id))


def _backup_database(arguments) -> None:
    from workshop.config import database_url
    from workshop.store.sqlite_backup import backup_sqlite

    backup_sqlite(database_url(), Path(arguments.file))
    print(_("The database was copied to {path}.").format(path=arguments.file))


def _confirmed(question: str) -> bool:
    try:
        answer = input(question)
    except EOFError:  # no one to ask
        return False
    return answer.strip().lower() in (_("y"), _("yes"))


def _add_backup_commands(commands) -> None:
    actions = commands.add_parser("backup", help=_("Save or import a backup of a team or a collaborative.")
                                  ).add_subparsers(dest="action", required=True)
    export = actions.add_parser("export", help=_("Save a backup file."))
    whose = export.add_mutually_exclusive_group(required=True)
    whose.add_argument("--team", type=int, help=_("The team's number."))
    whose.add_argument("--collaborative", type=int, help=_("The collaborative's number."))
    export.add_argument("-o", "--output", help=_("The file to write (default: the backup's own name)."))
    export.set_defaults(run=_backup_export)
    restore = actions.add_parser("import", help=_("Show what a backup file holds, then import it."))
    restore.add_argument("file")
    restore.add_argument("--collaborative", type=int, help=_("The collaborative a team's backup goes into."))
    restore.add_argument("--as-new", action="store_true", help=_("Import under a new name when the name is taken."))
    restore.add_argument("--yes", action="store_true", help=_("Import without asking."))
    restore.set_defaults(run=_backup_import)


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
    check = commands.add_parser("check", help=_("Check the database, disk, kernel pool and version; the exit status "
                                                "is 0 when all is well, 1 on a warning, 2 on a problem."))
    check.add_argument("--voila-config", default="voila.json")
    check.add_argument("--notebooks", default="notebooks")
    check.set_defaults(run=_check)
    lab = commands.add_parser("lab", help=_("Open JupyterLab on the kit's notebooks, with the same database."))
    lab.add_argument("--port", type=int, default=8888)
    lab.add_argument("--folder", default=".", help=_("The kit's folder (default: this one)."))
    lab.add_argument("--no-browser", action="store_true", help=_("Do not open a web browser."))
    lab.set_defaults(run=_lab)
    _add_backup_commands(commands)
    copy = commands.add_parser("backup-db", help=_("Copy the SQLite database while the pages are in use."))
    copy.add_argument("file", help=_("The new file to copy to (never overwritten)."))
    copy.set_defaults(run=_backup_database)
    return parser


def main(argv: list[str] | None = None) -> int:
    set_language(os.environ.get("WORKSHOP_LANGUAGE"))
    arguments = build_parser().parse_args(argv)
    try:
        status = arguments.run(arguments)
    except UserError as problem:
        print(problem.message, file=sys.stderr)
        return 2
    return status or 0


if __name__ == "__main__":
    sys.exit(main())
