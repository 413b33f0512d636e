# `make run` opens Kith, `make test` runs the tests; both set up .venv on first use.
# `make reliability` runs the slow evidence that nothing is lost or leaked (tests/reliability).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed


.PHONY: run test reliability lint check-layers bench screenshots clean icons translations \
	translations-update build-deps bundle deb deb-test

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Kith needs Python 3.11 or newer")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || { \
	  echo "Could not create $(VENV). On Debian/Ubuntu: sudo apt install python3-venv"; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@# Compiled once, as an installed package is: no start compiles the sources itself.
	$(BIN)/python -m compileall -q desktop/kith
	@touch $(STAMP)

run: $(STAMP) translations
	$(BIN)/kith

# Tests keep their scratch folders in memory when the system has a RAM disk: they open a few
# hundred small databases, and on a real disk each commit's fsync is most of their cost.
TEST_TMPDIR ?= $(firstword $(wildcard /dev/shm))
# One test process per CPU (`make test TEST_WORKERS=0` runs them in this one process).
TEST_WORKERS ?= auto

test: $(STAMP)
	$(if $(TEST_TMPDIR),TMPDIR=$(TEST_TMPDIR)) QT_QPA_PLATFORM=offscreen \
	  $(BIN)/python -m pytest -m "not (reliability and slow)" -n $(TEST_WORKERS)

# Crash loop, bad database files, disk full, hostile text, no network, privacy. Some parts
# need root (tmpfs, network namespace); they say why when they skip.
# Two test processes: the long parts (the traced suites, the sync state machine, the fuzzers)
# then overlap (`make reliability RELIABILITY_WORKERS=0` runs them one after another).
RELIABILITY_WORKERS ?= 2

reliability: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/reliability -m reliability \
	  -n $(RELIABILITY_WORKERS)

lint: $(STAMP)
	$(BIN)/ruff check desktop tests
	$(BIN)/ruff format --check desktop tests
	$(BIN)/mypy
	$(BIN)/lint-imports

# Start-up, due list, search, logging, .ics export, vCard import and memory at 500, 5,000
# and 20,000 demo people; tables on screen, figures in build/bench/<time>.json.
bench: $(STAMP)
	$(BIN)/python tests/bench/kith_bench.py

# Every place and dialog as PNG (50 and 5,000 demo people, light and dark), offscreen.
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/screens/render.py --out build/screenshots

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
	rm -f resources/translations/*.qm

# --- Packaging: icons and translations are generated from their sources, never committed ---
BUILD_STAMP := $(VENV)/.installed-build
ICON_SVG    := resources/icons/org.kith.Kith.svg
ICONS_OUT   := build/icons
TS_FILES    := $(wildcard resources/translations/kith_*.ts)

$(BUILD_STAMP): $(STAMP) pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test,build]'
	@touch $(BUILD_STAMP)

icons: $(ICONS_OUT)/kith.ico
$(ICONS_OUT)/kith.ico: $(ICON_SVG) packaging/icons/render_icons.py $(BUILD_STAMP)
	$(BIN)/python packaging/icons/render_icons.py $(ICON_SVG) $(ICONS_OUT)

# Re-scan the code for tr() strings; translators then fill in the .ts files (Qt Linguist).
translations-update: $(STAMP)
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations none \
	  desktop/kith -ts $(TS_FILES)

translations: $(STAMP)
	$(BIN)/pyside6-lrelease -silent $(TS_FILES)

build-deps:
	packaging/install-build-deps.sh

bundle: build-deps $(BUILD_STAMP) icons translations
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
	  --distpath dist --workpath build/pyinstaller packaging/pyinstaller/kith.spec
	dist/kith/kith --smoke-test

deb: bundle
	packaging/deb/build-deb.sh

deb-test:
	packaging/deb/test-deb.sh
