# Penjelas: `make site` and `make test` are all a newcomer needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: site test serve check story eval bench audit publish clean

$(STAMP): requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $(STAMP)

site: $(STAMP) ## build site/ from content/ and docs/
	$(BIN)/mkdocs build --strict

test: $(STAMP) ## the whole test suite, browser tests included
	$(BIN)/python -m pytest

serve: $(STAMP) ## preview with live reload on http://127.0.0.1:8000/
	$(BIN)/mkdocs serve --livereload

clean:
	rm -rf site .pytest_cache
