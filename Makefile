# newsprism: `make demo` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test test-corpus test-all lint bench clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/newsprism demo -o demo.html

test: $(STAMP)
	$(BIN)/python -m pytest

test-corpus: $(STAMP)
	$(BIN)/python -m pytest -m corpus

lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python benchmarks/pipeline_speed.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info demo.html
