# bodiag — every task a developer or CI runs. `make run` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
export QT_QPA_PLATFORM ?= offscreen

.PHONY: install run test schema docs bench clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "bodiag needs Python 3.11 or newer"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# Until the desktop window exists: build the demo document and print its scores.
run: install
	$(BIN)/bodiag demo --replace
	$(BIN)/bodiag score "$$($(BIN)/bodiag default-document)"

test: install
	$(BIN)/python -m pytest

schema: install
	$(BIN)/bodiag schema > questionnaires/schema.json

docs: install
	COLUMNS=100 $(BIN)/python -m bodiag.cli_reference > docs/cli.md

bench: install
	$(BIN)/python benchmarks/core.py

clean:
	rm -rf $(VENV) build dist .pytest_cache
