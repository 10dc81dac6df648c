# Two commands matter: `make run` and `make test`. Both create .venv on first use.
# The editable install compiles the translations too (setup.py); `translations` redoes it after
# a .ts edit. `make wheel` builds the product into dist/, translations and licence included.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Not a prerequisite target: test would then install twice (its own stamp, then translations').
COMPILE_TRANSLATIONS := $(BIN)/python -m asfdesk.tools.build_translations

.PHONY: run test lint translations wheel bench screenshots clean

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
	$(COMPILE_TRANSLATIONS)

run: $(VENV)/.installed-run
	$(COMPILE_TRANSLATIONS)
	$(BIN)/asfdesk

test: $(VENV)/.installed-test
	$(COMPILE_TRANSLATIONS)
	$(BIN)/ruff check .
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

wheel: $(BIN)/python
	$(BIN)/python -m pip wheel -q --no-deps -w dist .

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .

bench: $(VENV)/.installed-test
	$(COMPILE_TRANSLATIONS)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.run

screenshots: $(VENV)/.installed-test
	$(COMPILE_TRANSLATIONS)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m asfdesk.tools.screenshots docs/screenshots

clean:
	rm -rf $(VENV) build dist *.egg-info
