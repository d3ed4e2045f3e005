# Penjelas: `make site` and `make test` are all a newcomer needs.
PYTHON ?= python3
export NO_MKDOCS_2_WARNING := 1
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

PENJELAS := PYTHONPATH=hooks $(BIN)/python -m penjelas

check: $(STAMP) ## validate content/ without building (ARGS=--strict to fail on warnings)
	$(PENJELAS) check $(ARGS)

story: $(STAMP) ## scaffold a story: make story ARTICLE=path/to/article.txt SLUG=my-story [PUBLISHED=YYYY-MM-DD] [TITLE="..."]
	$(PENJELAS) story "$(ARTICLE)" --slug "$(SLUG)" $(if $(PUBLISHED),--published "$(PUBLISHED)") $(if $(TITLE),--title "$(TITLE)") $(ARGS)

eval: $(STAMP) ## precision and recall of extraction against tests/gold/
	$(PENJELAS) eval

bench: $(STAMP) ## build synthetic archives of 10, 100 and 300 stories and compare with plain Material
	$(BIN)/python bench/run.py

audit: $(STAMP) ## Lighthouse scores for each kind of page (npm lighthouse@12.2.3 + Debian chromium)
	$(BIN)/python tools/audit.py

publish: site ## deploy site/ to GitHub Pages (gh-pages branch)
	$(BIN)/ghp-import --no-jekyll --push --force site
