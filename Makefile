# One-command entry points: make demo, make test, make eval, make bench, make clean.
PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
STORE  := data/store
GOLD   := ../shared/eval/dev
SCORER := ../shared/eval/score.py
# named queries the demo shows (NAME or NAME:param=value), when they are in queries/
PUTIN := https://w3id.org/actor-kg/id/person/vladimir-putin
HEALEY := https://w3id.org/actor-kg/id/person/john-healey
DEMO_QUERIES := who-met-whom:actor=$(PUTIN) pledges-by-donor strikes-by-place statements-by:speaker=$(HEALEY)
HOST := 127.0.0.1
PORT := 8000

.PHONY: demo install test eval bench clean distclean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# reinstall only when the project's dependencies change
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/kg build seeds --store $(STORE)
	@for spec in $(DEMO_QUERIES); do \
	  q=$${spec%%:*}; p=$${spec#*:}; \
	  if [ -f queries/$$q.rq ]; then \
	    if [ "$$p" = "$$spec" ]; then set -- ; else set -- --param "$$p"; fi; \
	    echo; echo "== kg query $$q $$*"; $(BIN)/kg query $$q "$$@" --store $(STORE) || true; \
	  fi; \
	done
	@if $(BIN)/kg serve --help >/dev/null 2>&1; then \
	  echo; \
	  echo "Serving the graph (Ctrl-C to stop):"; \
	  echo "  home and search   http://$(HOST):$(PORT)/"; \
	  echo "  SPARQL endpoint   http://$(HOST):$(PORT)/sparql"; \
	  echo "  named queries     http://$(HOST):$(PORT)/queries"; \
	  echo "  network explorer  http://$(HOST):$(PORT)/explore"; \
	  echo "  API docs          http://$(HOST):$(PORT)/docs"; \
	  exec $(BIN)/kg serve --store $(STORE) --host $(HOST) --port $(PORT); \
	else \
	  echo; echo "graph built in $(STORE); try: $(BIN)/kg stats --store $(STORE)"; \
	fi

test: $(STAMP)
	$(BIN)/python -m pytest

eval: $(STAMP)
	@test -f $(SCORER) || { echo "$(SCORER): benchmark scorer not found"; exit 1; }
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(BIN)/kg build seeds --store "$$tmp/store" >/dev/null || echo "some documents failed; scoring the others"; \
	$(BIN)/kg export --store "$$tmp/store" --no-inferred -o "$$tmp/graph.nq" && \
	$(BIN)/python $(SCORER) "$$tmp/graph.nq" $(GOLD)/*.json

$(VENV)/.installed-bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	touch $@

bench: $(VENV)/.installed-bench
	@set -e; for script in bench/*.py; do \
	  [ -e "$$script" ] || { echo "no benchmarks in bench/"; break; }; \
	  echo "== $$script"; $(BIN)/python "$$script"; \
	done

clean:
	rm -rf data/store out build dist .pytest_cache src/*.egg-info
	find . -name __pycache__ -type d -not -path './$(VENV)/*' -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)
