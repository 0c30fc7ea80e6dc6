# The two set-up commands of the README; each installs what it needs first, so either works on a fresh machine.
#   make demo   — the embedded default: bundled portal pages on loopback -> crawl -> extract -> check -> DuckDB
#   make test   — the whole test suite (installs Debian's chromium for the browser test when missing)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test install chromium lint bench

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/vnmetrics demo

test: $(STAMP) chromium
	$(BIN)/ruff check .
	$(BIN)/pytest -q

# Debian's chromium, driven by Playwright through executable_path; never a browser download.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium; }

bench: $(STAMP)
	$(BIN)/python -m bench
