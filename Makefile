# helix-graph — the two commands: `make run` (the app on the embedded store, seed loaded)
# and `make test` (the whole test suite). Both set everything up on a bare machine.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
APP_STAMP := $(VENV)/.app-stamp
LINT   := tools/cypher-lint/node_modules/.stamp
PORT   ?= 8501

.PHONY: run test test-all bench lint-cypher browser-deps setup clean

setup: $(STAMP)

# What the app needs, and no more (make run)
$(APP_STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

# The app's packages plus the test tools (make test)
$(STAMP): $(APP_STAMP) pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

$(LINT): tools/cypher-lint/package.json tools/cypher-lint/package-lock.json
	cd tools/cypher-lint && npm ci --silent --no-audit --no-fund
	touch $@

# Debian's Chromium, for the browser tests (Playwright cannot download its own browser here).
browser-deps:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "note: /usr/bin/chromium is missing; install Debian's chromium package for the browser tests"; fi; \
	fi

# The explorer on the embedded store (the seed is loaded into an empty graph), http://127.0.0.1:$(PORT)
run: $(APP_STAMP)
	$(BIN)/helix-graph app --port $(PORT)

test: $(STAMP) $(LINT) browser-deps
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest

# Including the slow scale tests that bench/ also covers.
test-all: $(STAMP) $(LINT) browser-deps
	$(BIN)/python -m pytest -m ''

lint-cypher: $(LINT)
	node tools/cypher-lint/lint.mjs cypher

bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) tools/cypher-lint/node_modules .pytest_cache
