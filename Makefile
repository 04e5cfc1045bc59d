# Two commands on a fresh machine:
#   make run    set up .venv, build the briefing pack of the bundled article
#   make test   set up .venv with the test tools (and Chromium), run every test
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
ARTICLE := data/articles/monitor-2000-v6-i19-russia-japan-kurils.txt
OUT    := out

.PHONY: run extract brief test setup setup-test lab bench bench-tone score clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e ".[notebooks,parquet]"
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e ".[test,browser,bench,dask]"
	touch $@

setup: $(VENV)/.installed
setup-test: $(VENV)/.installed-test

run: setup
	$(BIN)/workbench extract $(ARTICLE) --out $(OUT)/tables
	$(BIN)/workbench brief $(ARTICLE) --out $(OUT)/brief
	@echo "Briefing pack: $(OUT)/brief/brief.pdf (charts as PNG and SVG, tables as CSV beside it)"

extract: setup
	$(BIN)/workbench extract $(ARTICLE) --out $(OUT)/tables

test: setup-test
	bash .ci/install-browser.sh
	$(BIN)/python -m pytest tests notebooks --nbval-lax --nbval-current-env

lab: setup
	$(BIN)/jupyter lab notebooks/

bench: setup-test
	$(BIN)/python benchmarks/bench_extract.py

# the tone model on NewsMTSC (../shared/newsmtsc) and the tone table's cost
bench-tone: setup-test
	$(BIN)/python benchmarks/bench_tone.py

score: setup
	$(BIN)/workbench extract $(ARTICLE) --out $(OUT)/score --quiet
	$(BIN)/python tests/score.py $(ARTICLE) tests/gold $(OUT)/score --prefix=seed

clean:
	rm -rf $(OUT) .pytest_cache
