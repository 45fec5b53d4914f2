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
# Builds of one commit are byte-identical (uv_build writes fixed timestamps); any tool that stamps a time
# gets the last commit's.
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null)

.PHONY: help setup generate update-specs golden check lint-specs typecheck test test-fast build release demo bench docs chromium clean

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
	$(PYTHON) -m scripts.generate $(if $(FORCE),--force)

golden: setup  ## rewrite tests/golden/catch-all-usage-client after an intended change of the templates
	UPDATE_GOLDEN=1 $(PYTHON) -m pytest -q tests/test_golden.py

update-specs: setup  ## fetch the providers' published API descriptions into upstream/, then regenerate (PROVIDER=vocode: one)
	$(PYTHON) -m scripts.update_specs $(PROVIDER)

# A spec we write fails on any Spectral finding; the findings on one derived from a provider's published text
# are shown, never a failure: they are about words we did not write (openapi-spec-validator checks its structure).
DERIVED_SPECS = $(shell grep -l '^# DERIVED FILE' $(SPECS) /dev/null)
OWN_SPECS = $(filter-out $(DERIVED_SPECS),$(SPECS))

lint-specs: setup  ## validate and lint every spec (warnings fail ours, not a provider's)
	$(if $(OWN_SPECS),node_modules/.bin/spectral lint $(OWN_SPECS) --ruleset .spectral.yaml --fail-severity=warn --quiet)
	$(if $(DERIVED_SPECS),-node_modules/.bin/spectral lint $(DERIVED_SPECS) --ruleset .spectral.yaml)

typecheck: setup  ## mypy --strict over every package, the generator and the tests
	$(PYTHON) -m mypy packages/*-usage-client/*_usage_client packages/usage-clients/src scripts tests benchmarks

check: setup lint-specs typecheck  ## fail if packages/ or generate.lock.json is stale; ruff, mypy --strict
	$(PYTHON) -m scripts.generate --check
	$(PYTHON) -m ruff check .
	$(PYTHON) -m ruff format --check .
	for package in packages/*-usage-client tests/golden/*-usage-client; do $(PYTHON) -m ruff check --no-cache $$package || exit 1; done

test: check chromium  ## every test (runs `make check` first)
	$(PYTHON) -m pytest

test-fast: setup  ## the unit tests only: in-process, no Node, Java or servers (seconds)
	$(PYTHON) -m pytest -m unit -q

build: setup  ## wheels and sdists of every package into dist/ (reproducible: byte-identical for one commit)
	$(PYTHON) -m scripts.release build --out-dir dist

release: setup  ## upload every package version the index lacks (RELEASE_UPLOAD_URL, RELEASE_INDEX_URL, TWINE_*)
	$(PYTHON) -m scripts.release publish

demo: generate  ## regenerate, then run `usage-clients show` against a local Prism mock of each spec
	$(PYTHON) -m scripts.demo

bench: setup  ## benchmarks vs the official SDKs and plain httpx → docs/benchmarks.md (not part of test)
	$(PYTHON) -m benchmarks.run

docs: setup  ## the API reference of every package (pdoc) with the READMEs as pages, into site/
	$(PYTHON) -m scripts.docs site

chromium:  ## the headless browser of the docs test: Debian's chromium, installed when missing
	@command -v chromium >/dev/null || command -v chromium-browser >/dev/null || \
		{ sudo=$$( [ "$$(id -u)" = 0 ] || echo sudo ); $$sudo apt-get update -q && \
		  $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium; }

clean:  ## remove everything the Makefile installed or built
	rm -rf $(TOOLS) .venv node_modules dist .generate .bench site .mypy_cache .pytest_cache .ruff_cache
