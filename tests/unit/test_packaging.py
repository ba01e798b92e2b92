"""The shape of the repository: layers, packaging, notebooks, Voilà settings."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import yaml

from workshop.forums.links import ANSWER_PAGE
from workshop.steps import (
    FORUMS_NOTEBOOK,
    GROUPS_NOTEBOOK,
    GUIDE_NOTEBOOK,
    JOURNEY,
    OVERVIEW_NOTEBOOK,
    PRESENTATION_NOTEBOOK,
    PROGRAM_NOTEBOOK,
    START_NOTEBOOK,
    STATEMENT_NOTEBOOK,
)

ROOT = Path(__file__).resolve().parents[2]


def _requirement(text: str) -> tuple[str, str]:
    name, spec = re.match(r"^([A-Za-z0-9_.\-]+)(?:\[[^\]]*\])?\s*(.*)$", text.strip()).groups()
    return name.lower().replace("_", "-"), spec.replace(" ", "")


def test_importing_workshop_leaves_ui_and_heavy_libraries_out():
    code = ("import sys, workshop, workshop.store, workshop.session, workshop.teams, workshop.progress; "
            "print(sorted(m for m in ('ipywidgets', 'widgets', 'bokeh', 'pandas') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert result.stdout.strip() == "[]"


def test_workshop_never_imports_the_view_layer():
    offenders = [path.relative_to(ROOT) for path in (ROOT / "workshop").rglob("*.py")
                 if re.search(r"^\s*(from|import)\s+(ipywidgets|widgets)\b", path.read_text(), re.M)]
    assert offenders == []


_PYPI_NAMES = {"python-fastjsonschema": "fastjsonschema"}
"""conda-forge's names of packages that PyPI names otherwise."""


def test_environment_yml_lists_the_same_runtime_and_hub_dependencies_as_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = project["dependencies"] + project["optional-dependencies"]["hub"]
    environment = yaml.safe_load((ROOT / "environment.yml").read_text())
    assert environment["channels"] == ["conda-forge"]
    conda = {_PYPI_NAMES.get(name, name): spec for name, spec in
             (_requirement(item) for item in environment["dependencies"] if isinstance(item, str))}
    python_spec = conda.pop("python")
    conda.pop("pip")
    assert python_spec == project["requires-python"]
    assert conda == dict(_requirement(item) for item in wanted)
    assert {"pip": ["-e ."]} in environment["dependencies"]


def test_notebooks_are_thin_output_stripped_and_use_the_python3_kernel():
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        notebook = json.loads(path.read_text())
        code_cells = [cell for cell in notebook["cells"] if cell["cell_type"] == "code"]
        assert 2 <= len(notebook["cells"]) <= 5, path.name
        assert all(not cell["outputs"] and cell["execution_count"] is None for cell in code_cells), path.name
        assert notebook["metadata"]["kernelspec"]["name"] == "python3", path.name


def test_examples_live_outside_the_served_pages_output_stripped_and_run_under_nbval():
    """Voilà serves notebooks/ only; the examples run on the demo data in `make test` (pytest's testpaths)."""
    examples = sorted((ROOT / "examples").glob("*.ipynb"))
    assert [path.stem for path in examples] == ["egen_malgruppsanalys", "jamfor_team", "vara_matt"]
    for path in examples:
        notebook = json.loads(path.read_text())
        title = notebook["cells"][0]
        assert title["cell_type"] == "markdown" and "".join(title["source"]).startswith("# "), path.name
        assert all(not cell["outputs"] and cell["execution_count"] is None
                   for cell in notebook["cells"] if cell["cell_type"] == "code"), path.name
        assert notebook["metadata"]["kernelspec"]["name"] == "python3", path.name
    assert "examples" in tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["pytest"]["ini_options"][
        "testpaths"]


def test_every_available_step_has_its_notebook_and_every_notebook_is_a_known_page():
    pages = {path.name for path in (ROOT / "notebooks").glob("*.ipynb")}
    known = {START_NOTEBOOK, PROGRAM_NOTEBOOK, OVERVIEW_NOTEBOOK, PRESENTATION_NOTEBOOK, GROUPS_NOTEBOOK,
             FORUMS_NOTEBOOK, ANSWER_PAGE, STATEMENT_NOTEBOOK, GUIDE_NOTEBOOK}
    known |= {step.notebook for step in JOURNEY}
    assert pages <= known
    assert {step.notebook for step in JOURNEY if step.available} <= pages
    assert START_NOTEBOOK in pages


def test_voila_settings_hide_tracebacks_cull_kernels_and_use_the_offline_template():
    settings = json.loads((ROOT / "voila.json").read_text())
    assert settings["VoilaConfiguration"]["show_tracebacks"] is False
    assert settings["VoilaConfiguration"]["template"] == "genombrott"
    assert 0 < settings["MappingKernelManager"]["cull_idle_timeout"] <= 3600
    template = (ROOT / "share/jupyter/voila/templates/genombrott/index.html.j2").read_text()
    assert "<link" not in template and "https://" not in template


def test_the_package_installs_a_workshop_command():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["scripts"] == {"workshop": "workshop.cli:main"}
    assert project["name"] != "workshop"


def test_pages_read_the_visitors_query_string_only_through_the_request_they_serve():
    """A preheated kernel starts before its visitor: a page reading QUERY_STRING itself would find no link."""
    readers = [str(path.relative_to(ROOT)) for path in (ROOT / "widgets").rglob("*.py")
               if "QUERY_STRING" in path.read_text(encoding="utf-8") and path.name != "visitor.py"]
    assert readers == []
