# usage-clients: one spec per provider in, one typed client package per provider out.
# `make demo` regenerates the clients and calls each against a local mock; `make test` checks everything.

SHELL := /bin/bash
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:

UV_VERSION := 0.13.8
TOOLS := .tools
UV := $(TOOLS)/bin/uv
PYTHON := .venv/bin/python
SPECS := $(wildcard specs/*.yaml)

# Use the Python on this machine; never download one.
export UV_PYTHON_DOWNLOADS := never
export UV_PYTHON := 3.11

.PHONY: help setup generate check lint-specs typecheck test build demo bench docs chromium clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(UV):
	python3 -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet uv==$(UV_VERSION)

.venv/.synced: $(UV) uv.lock pyproject.toml packages/*/pyproject.toml
	$(UV) sync --locked --all-packages
	@touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-fund --no-audit --loglevel=error
	@touch $@

setup: .venv/.synced node_modules/.installed  ## install uv (pinned), the Python workspace and the Node tools

generate: setup  ## regenerate the packages whose spec or generator changed, bump their versions (FORCE=1: all)
	$(PYTHON) scripts/generate.py $(if $(FORCE),--force)

lint-specs: setup  ## validate and lint every spec
	node_modules/.bin/spectral lint $(SPECS) --ruleset .spectral.yaml --fail-severity=warn --quiet

typecheck: setup  ## mypy --strict over every package, the generator and the tests
	$(PYTHON) -m mypy packages/*-usage-client/*_usage_client packages/usage-clients/src scripts tests benchmarks

check: setup lint-specs typecheck  ## fail if packages/ or generate.lock.json is stale; ruff, mypy --strict
	$(PYTHON) scripts/generate.py --check
	$(PYTHON) -m ruff check .
	$(PYTHON) -m ruff format --check .
	for package in packages/*-usage-client; do $(PYTHON) -m ruff check --no-cache $$package || exit 1; done

test: check chromium  ## every test (runs `make check` first)
	$(PYTHON) -m pytest

build: setup  ## wheels and sdists of every package into dist/
	$(UV) build --all-packages --out-dir dist

demo: generate  ## regenerate, then run `usage-clients show` against a local Prism mock of each spec
	$(PYTHON) scripts/demo.py

bench: setup  ## benchmarks vs the official SDKs and plain httpx → docs/benchmarks.md (not part of test)
	$(PYTHON) -m benchmarks.run

docs: setup  ## the API reference of every package (pdoc) with the READMEs as pages, into site/
	$(PYTHON) scripts/docs.py site

chromium:  ## the headless browser of the docs test: Debian's chromium, installed when missing
	@command -v chromium >/dev/null || command -v chromium-browser >/dev/null || \
		{ sudo=$$( [ "$$(id -u)" = 0 ] || echo sudo ); $$sudo apt-get update -q && \
		  $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium; }

clean:  ## remove everything the Makefile installed or built
	rm -rf $(TOOLS) .venv node_modules dist .generate .bench site .mypy_cache .pytest_cache .ruff_cache
