# helix-graph — the two commands: `make run` (the app on the embedded store, seed loaded)
# and `make test` (the whole test suite). Both set everything up on a bare machine.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
APP_STAMP := $(VENV)/.app-stamp
LINT   := tools/cypher-lint/node_modules/.stamp
PORT   ?= 8501
# pytest workers (each starts its own embedded FalkorDB): two beat one on this 2-core machine
JOBS   ?= 2
# The versions tested together (make lock regenerates it); installs take them as constraints.
LOCK   := requirements.lock

.PHONY: run test test-all test-floors mutation lock bench lint-cypher browser-deps setup clean

setup: $(STAMP)

# What the app needs, and no more (make run)
$(APP_STAMP): pyproject.toml $(LOCK)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c $(LOCK) -e .
	touch $@

# The app's packages plus the test tools (make test)
$(STAMP): $(APP_STAMP) pyproject.toml $(LOCK)
	$(BIN)/python -m pip install --quiet -c $(LOCK) -e '.[dev]'
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
	$(BIN)/python -m pytest -n $(JOBS)

# Including the slow scale tests that bench/ also covers.
test-all: $(STAMP) $(LINT) browser-deps
	$(BIN)/python -m pytest -n $(JOBS) -m ''

# The suite on the oldest version of every dependency that pyproject.toml allows.
test-floors: $(LINT) browser-deps
	test -x .venv-floors/bin/python || $(PYTHON) -m venv .venv-floors
	$(PYTHON) tests/floors.py > .venv-floors/floors.txt
	.venv-floors/bin/python -m pip install --quiet -c .venv-floors/floors.txt -e '.[dev]'
	.venv-floors/bin/python -m pytest -p no:cacheprovider

# requirements.lock anew: the newest versions pyproject.toml allows, resolved in a fresh venv
# (then run make test: the lock is what it installs).
lock:
	rm -rf .venv-lock && $(PYTHON) -m venv .venv-lock
	.venv-lock/bin/python -m pip install --quiet -e '.[dev,mutation]'
	.venv-lock/bin/python -m pip freeze --exclude-editable | grep -v '^helix-graph' > $(LOCK)
	rm -rf .venv-lock

# Mutation testing (mutmut; [tool.mutmut] in pyproject.toml): make mutation AREA=export
# (export, load, ingest, analysis, ui, several as AREA="ingest ui", every area when empty);
# SAMPLE=70 runs a seeded stratified sample of 70 mutants per area (SEED=14 by default) and
# prints each score with its 95% interval. Mutants' tests share one embedded FalkorDB;
# scores per area go to tests/README.md.
SEED   ?= 14
mutation: $(STAMP)
	$(BIN)/python -m pip install --quiet -c $(LOCK) -e '.[dev,mutation]'
	$(BIN)/python tests/mutation.py $(AREA) $(if $(SAMPLE),--sample $(SAMPLE) --seed $(SEED))

lint-cypher: $(LINT)
	node tools/cypher-lint/lint.mjs cypher

bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) .venv-floors tools/cypher-lint/node_modules .pytest_cache mutants
