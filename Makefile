# The two commands of the README: `make run` (the demo) and `make test`.
# Both create .venv and install govcat into it first, so nothing is installed by hand.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.govcat-installed

.PHONY: run test test-all lint bench clean

$(STAMP): setup.py pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)  ## initialise the embedded catalog, harvest the demo sources, serve
	$(BIN)/govcat demo

test: $(STAMP)  ## the test suite (without slow suites) with a coverage summary
	$(BIN)/pytest -m "not slow" --cov --cov-report=term

test-all: $(STAMP)  ## every suite, slow ones included
	$(BIN)/pytest --cov --cov-report=term

lint: $(STAMP)
	$(BIN)/ruff check .

bench: $(STAMP)  ## benchmarks; print figures against their baselines
	$(BIN)/python bench/privacy_bench.py

clean:
	rm -rf $(VENV) govcat-data .coverage htmlcov .pytest_cache
