# `make run` opens Kith, `make test` runs the tests; both set up .venv on first use.
# `make reliability` runs the slow evidence that nothing is lost or leaked (tests/reliability).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed


.PHONY: run test reliability lint check-layers bench screenshots clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Kith needs Python 3.11 or newer")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || { \
	  echo "Could not create $(VENV). On Debian/Ubuntu: sudo apt install python3-venv"; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/kith

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not (reliability and slow)"

# Crash loop, bad database files, disk full, hostile text, no network, privacy. Some parts
# need root (tmpfs, network namespace); they say why when they skip.
reliability: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/reliability -m reliability

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
