# newsetl: every target creates the environment from uv.lock first (Python 3.11 + the registry only).
SHELL := /bin/bash
PYTHON ?= python3
UV_VERSION := 0.13.9
UV := $(shell command -v uv 2>/dev/null || echo .tools/bin/uv)
VENV := .venv
PY := $(VENV)/bin/python
OUTPUT ?= data/output

.DEFAULT_GOAL := help
.PHONY: help venv run test check lint typecheck bench demo docs clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

.tools/bin/uv:
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(VENV)/.synced: uv.lock pyproject.toml | $(UV)
	$(UV) sync --frozen --compile-bytecode --python $(PYTHON)
	@touch $@

venv: $(VENV)/.synced ## create .venv from the lock file

run: venv ## run the pipeline on data/demo, tables to data/output
	$(VENV)/bin/newsetl run data/demo --output $(OUTPUT)

test: venv ## run the whole test suite
	$(PY) -m pytest -q

check: lint typecheck ## ruff and mypy (strict on newsetl/)

lint: venv
	$(VENV)/bin/ruff check newsetl tasks flows expectations tests scripts examples

typecheck: venv
	$(VENV)/bin/mypy newsetl

bench: venv ## throughput and dedup benchmarks
	$(PY) scripts/bench.py

demo: venv ## regenerate the synthetic demo corpus in data/demo
	$(PY) scripts/build_demo.py

docs: venv ## regenerate docs/tables.md from newsetl/schemas.py
	$(VENV)/bin/newsetl schema --markdown > docs/tables.md

clean: ## remove the environment and the default output
	rm -rf $(VENV) .tools $(OUTPUT)
