# Penjelas: `make site` and `make test` are all a newcomer needs; `make help` lists the rest.
PYTHON ?= python3
PORT ?= 8000
export NO_MKDOCS_2_WARNING := 1
VENV := .venv
BIN := $(VENV)/bin
RUNTIME := $(VENV)/.installed-runtime
DEV := $(VENV)/.installed-dev
PENJELAS := $(BIN)/penjelas

.DEFAULT_GOAL := help
.PHONY: help site test serve check status story refresh eval bench audit publish clean

help: ## this list
	@awk 'BEGIN {FS = ":.*## "} /^[a-z][a-z-]*:.*## / {printf "  make %-9s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

# What building needs (requirements.txt), and Penjelas itself as the `penjelas` command.
$(RUNTIME): requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

# What the tests need on top (requirements-dev.txt).
$(DEV): $(RUNTIME) requirements-dev.txt
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

site: $(RUNTIME) ## build site/ from content/ and docs/ (warns while site_url is not the published address)
	@$(PENJELAS) site-url
	$(BIN)/mkdocs build --strict

test: $(DEV) ## the whole test suite, browser tests included
	$(BIN)/python -m pytest

serve: $(RUNTIME) ## preview with live reload on http://127.0.0.1:8000/ (make serve PORT=8001 for another port)
	$(BIN)/mkdocs serve --livereload --dirty -a 127.0.0.1:$(PORT)

clean: ## remove site/ and the test cache
	rm -rf site .pytest_cache

check: $(RUNTIME) ## validate content/ without building: make check [STORY=slug] [ARGS=--strict]
	$(PENJELAS) check $(STORY) $(ARGS)

status: $(RUNTIME) ## one line per story: curated entities, unresolved speakers, review markers, warnings, draft
	$(PENJELAS) status $(ARGS)

story: $(RUNTIME) ## scaffold a story: make story ARTICLE=path/to/article.txt SLUG=my-story [PUBLISHED=YYYY-MM-DD] [TITLE="..."]
	$(PENJELAS) story "$(ARTICLE)" --slug "$(SLUG)" $(if $(PUBLISHED),--published "$(PUBLISHED)") $(if $(TITLE),--title "$(TITLE)") $(ARGS)

refresh: $(RUNTIME) ## renew a scaffolded story's review comments and suggestions: make refresh SLUG=my-story
	$(PENJELAS) story --refresh "$(SLUG)" $(ARGS)

eval: $(DEV) ## precision and recall of extraction against tests/gold/ (development and held-out parts)
	$(PENJELAS) eval $(ARGS)

bench: $(DEV) ## build synthetic archives and compare with plain Material
	$(BIN)/python bench/run.py $(ARGS)

audit: $(DEV) ## Lighthouse scores for each kind of page (npm lighthouse@12.2.3 + Debian chromium)
	$(BIN)/python tools/audit.py

# Refuses while site_url is unset or local, or the content has warnings; builds; then
# pushes site/ to the gh-pages branch of origin (on top of what is there, never forced).
publish: $(RUNTIME) ## check, build and push site/ to the gh-pages branch (needs the published site_url)
	$(PENJELAS) check --publish -q
	$(BIN)/mkdocs build --strict
	-git fetch --quiet origin gh-pages:gh-pages 2>/dev/null
	$(BIN)/ghp-import --no-jekyll --push site
