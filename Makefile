# Two commands matter: `make run` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint translations bench screenshots clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed-run: pyproject.toml setup.py | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml setup.py | $(BIN)/python
	$(BIN)/python -m pip install -q -e ".[test]"
	touch $@ $(VENV)/.installed-run

translations: $(VENV)/.installed-run
	$(BIN)/python -m asfdesk.tools.build_translations

run: $(VENV)/.installed-run translations
	$(BIN)/asfdesk

test: $(VENV)/.installed-test translations
	$(BIN)/ruff check .
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .

bench: $(VENV)/.installed-test translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.run

screenshots: $(VENV)/.installed-test translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m asfdesk.tools.screenshots docs/screenshots

clean:
	rm -rf $(VENV) build *.egg-info
