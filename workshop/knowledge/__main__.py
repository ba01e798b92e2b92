"""Check catalog files before putting them in the local folder: ``python -m workshop.knowledge [folder]``."""

from __future__ import annotations

import sys
from pathlib import Path

from workshop.i18n import _
from workshop.knowledge.loader import load_catalog


def main(arguments: list[str]) -> int:
    folder = Path(arguments[0]) if arguments else None
    catalog = load_catalog(folder)
    for problem in catalog.problems:
        print(problem.describe())
    local = sum(entry.local for entry in catalog.entries)
    print(_("{total} entries in the catalog, {local} of them local; {problems} files with problems.").format(
        total=len(catalog.entries), local=local, problems=len(catalog.problems)))
    return 1 if catalog.problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
