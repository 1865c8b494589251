# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

export LITELLM_LOCAL_MODEL_COST_MAP := True

.PHONY: run test install bench clean lint

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/candor serve

test: $(STAMP)
	$(BIN)/python -m pytest -q $(PYTEST_ARGS)

# LiteLLM's proxy gets its own venv (its cryptography pin conflicts with presidio's), with the
# same litellm version as ours. BENCH_ARGS e.g. "--candor-workers 2 --requests 400".
PROXY_VENV := bench/.litellm-proxy-venv
$(PROXY_VENV)/bin/litellm: $(STAMP)
	$(PYTHON) -m venv $(PROXY_VENV)
	$(PROXY_VENV)/bin/pip install --quiet "litellm[proxy]==$$($(BIN)/python -c 'import importlib.metadata as m; print(m.version("litellm"))')" httptools

bench: $(STAMP) $(PROXY_VENV)/bin/litellm
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	$(BIN)/python bench/gateway_overhead.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) var .pytest_cache
