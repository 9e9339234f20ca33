# The two commands of the README: `make run` (the demo) and `make test`.
# Both create .venv and install govcat into it first, so nothing is installed by hand.
# The distribution's interpreter when it is 3.11+ and can make a venv: Debian's is a static,
# profile-optimised build, measured 22 % faster to start `govcat screen` and 13-21 % faster
# screening than a shared-library build from source (pyenv's default). Else python3 on PATH.
PYTHON ?= $(shell /usr/bin/python3 -c 'import sys, ensurepip, venv; sys.exit(sys.version_info < (3, 11))' \
            2>/dev/null && echo /usr/bin/python3 || echo python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.govcat-installed

.PHONY: run test test-all lint bench bench-harvest bench-rows bench-search bench-validate bench-quality eval probe-names train-names clean

$(STAMP): setup.py pyproject.toml privacy/names/_crf.c privacy/_lexicon.c privacy/_hints.c privacy/hashmix.h
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)  ## initialise the embedded catalog, harvest the demo sources, serve
	$(BIN)/govcat demo

# -n auto: one test process per CPU (pytest-xdist); every test has its own files, catalog and
# PostgreSQL database, so they run side by side. The coverage summary is of all of them.
test: $(STAMP)  ## the test suite (without slow suites) with a coverage summary
	$(BIN)/pytest -n auto -m "not slow" --cov --cov-report=term

test-all: $(STAMP)  ## every suite, slow ones included
	$(BIN)/pytest -n auto --cov --cov-report=term

lint: $(STAMP)
	$(BIN)/ruff check .

bench: $(STAMP)  ## benchmarks; print figures against their baselines
	$(BIN)/python bench/privacy_bench.py
	$(BIN)/python bench/harvest_bench.py
	$(BIN)/python bench/rows_bench.py
	$(BIN)/python bench/search_bench.py
	$(BIN)/python bench/validate_bench.py
	$(BIN)/python bench/quality_bench.py

bench-search: $(STAMP)  ## the search benchmark alone (100,000 datasets; govcat serve vs Datasette)
	$(BIN)/python bench/search_bench.py

bench-harvest: $(STAMP)  ## the harvest benchmark alone (a CKAN portal replayed locally)
	$(BIN)/python bench/harvest_bench.py

bench-rows: $(STAMP)  ## the row API benchmark: datastore_search on a 1M-row resource
	$(BIN)/python bench/rows_bench.py

bench-validate: $(STAMP)  ## govcat validate against frictionless validate; publish against the screen
	$(BIN)/python bench/validate_bench.py

bench-quality: $(STAMP)  ## the quality score at read time: 100,000 datasets; a dashboard's cost
	$(BIN)/python bench/quality_bench.py

# Real-text evaluation of the privacy screen: the shared Chinese NER corpora, and the English
# development corpus that ships in privacy/data (python -m privacy.english_corpus writes it).
# The screen is tuned on the first run's parts; the second run is the held-aside check (never
# tune on it).
NER_CORPORA ?= ../shared/fixtures/ner
EVAL_TUNING := cluener2020/train.json weibo/weiboNER_2nd_conll.train resume/train.char.bmes \
               msra/val_sentences.txt\#0:2000
EVAL_CHECK  := msra/val_sentences.txt\#2000:3000 resume/dev.char.bmes
EN_TUNING   := privacy/data/en_dev_tuning.json
EN_CHECK    := privacy/data/en_dev_check.json

eval: $(STAMP)  ## names and other personal data in real text: tuning parts, then the check
	@set -e; \
	if [ -d "$(NER_CORPORA)" ]; then \
		echo "== Chinese, tuning parts (tune on these) =="; \
		$(BIN)/govcat privacy eval $(addprefix $(NER_CORPORA)/,$(EVAL_TUNING)); \
		echo; echo "== Chinese, held-aside check (do not tune on these) =="; \
		$(BIN)/govcat privacy eval $(addprefix $(NER_CORPORA)/,$(EVAL_CHECK)); \
	else \
		echo "make eval: no shared Chinese corpora at $(NER_CORPORA) (set NER_CORPORA)"; \
	fi; \
	echo; echo "== English, tuning part (tune on this) =="; \
	$(BIN)/govcat privacy eval $(EN_TUNING); \
	echo; echo "== English, held-aside check (names from locales the lexicon leaves out) =="; \
	$(BIN)/govcat privacy eval $(EN_CHECK)

probe-names: $(STAMP)  ## names in the probe sets of government text (privacy/data/probes)
	$(BIN)/python -m privacy.names.probes

train-names: $(STAMP)  ## retrain the person-name model on the tuning parts (a few minutes)
	@if [ ! -d "$(NER_CORPORA)" ]; then \
		echo "make train-names: no shared corpora at $(NER_CORPORA) (set NER_CORPORA)"; \
		exit 1; \
	fi
	$(BIN)/python -m privacy.names.train $(addprefix $(NER_CORPORA)/,$(EVAL_TUNING))

clean:
	rm -rf $(VENV) govcat-data .coverage htmlcov .pytest_cache
