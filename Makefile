PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: test lint typecheck unit generate demo docs wheel bench bench-quick browser servers clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

## Development tools are the `dev` dependency group of pyproject.toml (PEP 735), not an extra.
$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e . --group dev "httpx2"
	touch $(STAMP)

install: $(STAMP)

## The one test command: bootstraps .venv, lints, type-checks, runs every test.
## Part of it, tests/test_wheel.py, builds the sdist and the wheel, checks them with twine and
## installs the wheel into a fresh virtualenv outside the repository.
test: $(STAMP) browser servers docs
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

## Debian's chromium for the browser tests (installed only when missing).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian chromium for the browser tests"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

## Debian's PostgreSQL and Redis for the journal's store tests (installed only when missing;
## the tests start throwaway instances on loopback themselves, see tests/journal/servers.py).
servers:
	@{ ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && command -v redis-server >/dev/null 2>&1; } || { \
	  echo "installing Debian postgresql and redis-server for the journal tests"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq postgresql redis-server >/dev/null; }

## The documentation site (docs/, mkdocs.yml) in strict mode: a broken link or reference fails.
## Serve it while editing with: .venv/bin/mkdocs serve
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --site-dir site

generate: $(STAMP)
	$(BIN)/python -m codegen

## The demo has its own small environment: opay, its two dependencies (attrs, cattrs) and
## h11 (the sandbox extra: the demo serves the sandbox over HTTP), none of the development tools.
DEMO_VENV := .venv-demo
DEMO_STAMP := $(DEMO_VENV)/.installed

$(DEMO_STAMP): pyproject.toml
	test -x $(DEMO_VENV)/bin/python || $(PYTHON) -m venv $(DEMO_VENV)
	$(DEMO_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -e ".[sandbox]"
	touch $(DEMO_STAMP)

demo: $(DEMO_STAMP)
	$(DEMO_VENV)/bin/python -m opay.demo

## The sdist and the wheel, into dist/, checked by twine.
wheel: $(STAMP)
	rm -rf dist
	$(BIN)/python -m build --outdir dist .
	$(BIN)/python -m twine check --strict dist/*

## Benchmarks run in their own environment: the project with every transport, plus the
## platform's own SDK and matplotlib (benchmarks/requirements.txt), which opay never needs.
BENCH_VENV := .venv-bench
BENCH_STAMP := $(BENCH_VENV)/.installed

$(BENCH_STAMP): pyproject.toml benchmarks/requirements.txt
	test -x $(BENCH_VENV)/bin/python || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(BENCH_VENV)/bin/python -m pip install --quiet -e ".[all,httpx2]" -r benchmarks/requirements.txt
	touch $(BENCH_STAMP)

## The full benchmark (a few minutes); results in benchmarks/results/latest.{json,md,png}.
bench: $(BENCH_STAMP)
	$(BENCH_VENV)/bin/python -m benchmarks

## A subset of the same, in under two minutes.
bench-quick: $(BENCH_STAMP)
	$(BENCH_VENV)/bin/python -m benchmarks --quick

clean:
	rm -rf $(VENV) $(DEMO_VENV) dist site .mypy_cache .pytest_cache .ruff_cache
