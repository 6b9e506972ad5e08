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

# Qt 6.5+ needs libxcb-cursor0 for its X11 platform plugin on Linux: install it (as root) or name it.
qt-system-libs:
	@if [ "$$(uname)" = Linux ] && ! ldconfig -p 2>/dev/null | grep -q libxcb-cursor.so.0; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get install -y -q libxcb-cursor0 >/dev/null || (apt-get update -q >/dev/null && apt-get install -y -q libxcb-cursor0 >/dev/null); \
	  else \
	    echo "The desktop app needs the system package libxcb-cursor0: sudo apt-get install libxcb-cursor0"; exit 1; \
	  fi; \
	fi

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
