# Two commands on a fresh machine: `make serve` and `make test` (`make lab` for JupyterLab on the same data).
# Both create or update .venv by themselves (python3 with venv is all they need).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PORT ?= 8866
LAB_PORT ?= 8888

.PHONY: serve lab test lint unit messages bench clean-venv

$(STAMP): pyproject.toml constraints.txt $(wildcard share/jupyter/voila/templates/genombrott/*)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test,postgresql]'
	touch $(STAMP)

serve: $(STAMP)
	$(BIN)/workshop demo --if-empty
	$(BIN)/workshop serve --port $(PORT)

# JupyterLab on the kit's folder (pages in notebooks/, examples in examples/), with the database `make serve` uses.
lab: $(STAMP)
	$(BIN)/workshop demo --if-empty
	$(BIN)/workshop lab --port $(LAB_PORT)

# Browser tests run in their own process: Playwright's sync API keeps an event loop
# in the main thread, which the kernel-less view tests must not see.
test: $(STAMP) lint
	$(BIN)/python -m pytest -m "not e2e"
	$(BIN)/python -m pytest -m e2e tests/e2e

# Lint and type checks (rules and strictness in pyproject.toml); `make test` runs them before pytest.
lint: $(STAMP)
	$(BIN)/ruff check workshop widgets tests bench
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/python -m pytest tests/unit tests/widgets

# Update the translation catalogs after changing user-visible strings.
messages: $(STAMP)
	$(BIN)/pybabel extract --no-location --omit-header -k N_ -o workshop/i18n/messages.pot workshop widgets
	$(BIN)/pybabel update --omit-header --no-fuzzy-matching -i workshop/i18n/messages.pot -d workshop/i18n/locales -D messages
	rm workshop/i18n/messages.pot

bench: $(STAMP)
	$(BIN)/python bench/page_load.py
	PYTHONPATH=. $(BIN)/python bench/spc.py
	PYTHONPATH=. $(BIN)/python bench/inventory_import.py
	PYTHONPATH=. $(BIN)/python bench/reports.py

clean-venv:
	rm -rf $(VENV)
