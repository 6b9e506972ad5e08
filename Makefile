# bodiag — every task a developer or CI runs. `make run` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

LOCK   := requirements.lock

.PHONY: install run qt-system-libs desktop-tools test test-reliability test-latest lock dist dist-check install-desktop uninstall-desktop \
        bench-bundle schema docs screenshots sample-report translations bench clean

# Exact versions, each file checked against its hash in the lock; bodiag itself is then
# installed in place with the locked build backend, so nothing is resolved at install time.
$(STAMP): pyproject.toml $(LOCK)
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "bodiag needs Python 3.11 or newer"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

install: $(STAMP)

# The desktop app on the embedded default document (the demo organisation, created on first start).
run: install qt-system-libs
	env -u QT_QPA_PLATFORM $(BIN)/bodiag-gui

# Qt's X11 plugin needs a few system libraries (libxcb-cursor0…): installed as root, named otherwise.
qt-system-libs: install
	bash packaging/linux/qt-deps.sh $(BIN)/python

# Refresh the lock from pyproject.toml's ranges (and its build backend): one file for every
# platform and for Python 3.11 and later (uv's universal resolution), with every file's hash.
lock:
	$(PYTHON) -m venv .venv-tools
	.venv-tools/bin/python -m pip install --quiet 'uv>=0.9,<1'
	$(PYTHON) -c "import tomllib; print(*tomllib.load(open('pyproject.toml', 'rb'))['build-system']['requires'], sep='\n')" \
	  | .venv-tools/bin/uv pip compile pyproject.toml - --all-extras --universal --python-version 3.11 \
	      --generate-hashes --custom-compile-command 'make lock' --quiet -o $(LOCK)

# The suite against the newest releases, in a venv of its own: drift shows here before a re-lock.
test-latest:
	rm -rf .venv-latest
	$(PYTHON) -m venv .venv-latest
	.venv-latest/bin/python -m pip install --quiet --upgrade pip
	.venv-latest/bin/python -m pip install --quiet --upgrade -e '.[test]'
	QT_QPA_PLATFORM=offscreen .venv-latest/bin/python -m pytest -p no:cacheprovider

screenshots: install
	$(BIN)/python -m bodiag.ui.screenshots docs/screenshots

sample-report: install
	$(BIN)/python -m bodiag.services.sample_report

# The freedesktop validators the packaging tests run: installed as root, named otherwise.
desktop-tools:
	bash packaging/linux/desktop-tools.sh

test: install desktop-tools
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The reliability suite's long form: many more kills and faults than `make test` runs, then its figures
# (trials, undone crashes, acknowledged answers, lost (always 0), refused cleanly).
RELIABILITY_TRIALS ?= 50
test-reliability: install
	BODIAG_RELIABILITY_TRIALS=$(RELIABILITY_TRIALS) QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/reliability -p no:cacheprovider -q

# The desktop bundle (one folder, dist/bodiag: bodiag-gui and bodiag) from packaging/bodiag.spec.
dist: install qt-system-libs
	$(BIN)/python packaging/render_icons.py build/icons
	$(BIN)/pyinstaller --noconfirm --clean --log-level ERROR --distpath dist --workpath build/pyinstaller packaging/bodiag.spec

# The bundle, copied away from the source tree, opens the demo and exports the PDF with its own CLI.
dist-check: dist
	BODIAG_BUNDLE=dist/bodiag QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest packaging/tests -p no:cacheprovider

# Linux: the bundle in ~/.local/lib/bodiag, its desktop entry, MIME type and icons in ~/.local/share.
install-desktop: dist
	bash packaging/linux/install-desktop.sh dist/bodiag build/icons

uninstall-desktop:
	bash packaging/linux/uninstall-desktop.sh

schema: install
	$(BIN)/bodiag schema > questionnaires/schema.json

docs: install
	$(BIN)/python -m bodiag.cli.reference > docs/cli.md

UI_SOURCES = $(shell find src/bodiag/ui -name '*.py' | sort)

# Interface translations: update the French .ts from the code, then compile it (.qm is never edited by hand).
translations: install
	$(BIN)/pyside6-lupdate $(UI_SOURCES) -no-obsolete -locations none -ts resources/i18n/bodiag_fr.ts
	$(BIN)/pyside6-lrelease resources/i18n/bodiag_fr.ts -qm resources/i18n/bodiag_fr.qm

bench: install
	$(BIN)/python benchmarks/core.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/startup.py
	$(BIN)/python benchmarks/questionnaire_files.py
	$(BIN)/python benchmarks/report.py

# The bundle's size and cold start against the source install's (builds the bundle first).
bench-bundle: dist
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bundle.py dist/bodiag

clean:
	rm -rf $(VENV) .venv-latest .venv-tools build dist .pytest_cache
