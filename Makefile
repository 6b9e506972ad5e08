# bodiag — every task a developer or CI runs. `make run` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: install run qt-system-libs test schema docs screenshots sample-report translations bench clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "bodiag needs Python 3.11 or newer"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# The desktop app on the embedded default document (the demo organisation, created on first start).
run: install qt-system-libs
	env -u QT_QPA_PLATFORM $(BIN)/bodiag-gui

# Qt's X11 plugin needs a few system libraries (libxcb-cursor0…): installed as root, named otherwise.
qt-system-libs: install
	bash packaging/linux-qt-deps.sh $(BIN)/python

screenshots: install
	$(BIN)/python -m bodiag.ui.screenshots docs/screenshots

sample-report: install
	$(BIN)/python -m bodiag.report.sample

test: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

schema: install
	$(BIN)/bodiag schema > questionnaires/schema.json

docs: install
	COLUMNS=100 $(BIN)/python -m bodiag.cli_reference > docs/cli.md

UI_SOURCES = $(shell find src/bodiag/ui -name '*.py' | sort)

# Interface translations: update the French .ts from the code, then compile it (.qm is never edited by hand).
translations: install
	$(BIN)/pyside6-lupdate $(UI_SOURCES) -no-obsolete -locations none -ts resources/i18n/bodiag_fr.ts
	$(BIN)/pyside6-lrelease resources/i18n/bodiag_fr.ts -qm resources/i18n/bodiag_fr.qm

bench: install
	$(BIN)/python benchmarks/core.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/startup.py
	$(BIN)/python benchmarks/report.py

clean:
	rm -rf $(VENV) build dist .pytest_cache
