# agentplug — every target bootstraps what it needs from scratch (.venv from pinned requirements).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
GENERATED := $(sort $(wildcard generated/*/pyproject.toml))

.PHONY: setup generate check-generated lint typecheck test test-interop demo bench dist docs clean

$(STAMP): requirements/dev.txt overlay/pyproject.toml $(GENERATED)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements/dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps \
		$(foreach dist,$(GENERATED),-e $(dir $(dist))) -e overlay
	touch $(STAMP)

setup: $(STAMP)

# Regenerate generated/ from specs/ (bumps specs/lock.json revisions when inputs changed).
generate: $(STAMP)
	$(BIN)/python scripts/generate.py
	$(BIN)/python scripts/generate_compat.py
	$(BIN)/python scripts/unasync_overlay.py
	$(BIN)/python scripts/ship_specs.py

# Regenerate into a temporary directory and fail, naming the spec, when generated/ is stale.
check-generated: $(STAMP)
	$(BIN)/python scripts/generate.py --check
	$(BIN)/python scripts/generate_compat.py --check
	$(BIN)/python scripts/unasync_overlay.py --check
	$(BIN)/python scripts/ship_specs.py --check

lint: $(STAMP)
	$(BIN)/ruff check overlay scripts tests
	$(BIN)/ruff format --check overlay scripts tests

# mypy reads the generated packages from their sources (editable installs hide them from it).
GENERATED_PATH := $(subst $(eval) ,:,$(dir $(GENERATED)))

typecheck: $(STAMP)
	MYPYPATH=$(GENERATED_PATH) $(BIN)/mypy --strict overlay/src
	MYPYPATH=$(GENERATED_PATH) $(BIN)/mypy --strict $(foreach dist,$(GENERATED),-p $(subst -,_,agentplug-$(notdir $(patsubst %/,%,$(dir $(dist))))-client))

test: lint typecheck check-generated
	$(BIN)/python -m pytest -m "not slow and not interop"

# Vendor SDKs and real servers, each from its own venv under .vendor-venvs/ (needs the network once).
test-interop: $(STAMP)
	$(BIN)/python -m pytest -m interop tests/interop

# make demo DEMO_ARGS=--interactive lets you answer the agents yourself. Its own venv holds only
# the runtime, the sandbox extra and rich (requirements/demo.txt), so a fresh clone tours in seconds:
# the venv gets no pip of its own when $(PYTHON)'s pip can install into another interpreter
# (pip >= 22.3: --python), and finds agentplug and the generated
# clients through a .pth file (their sources, nothing to build).
DEMO_VENV := .venv-demo
DEMO_STAMP := $(DEMO_VENV)/.installed

$(DEMO_STAMP): requirements/demo.txt overlay/pyproject.toml $(GENERATED)
	if $(PYTHON) -m pip --python "$$($(PYTHON) -c 'import sys; print(sys.executable)')" --version >/dev/null 2>&1; then \
		test -x $(DEMO_VENV)/bin/python || $(PYTHON) -m venv --without-pip $(DEMO_VENV); \
		$(PYTHON) -m pip --python $(DEMO_VENV)/bin/python install --quiet --disable-pip-version-check \
			--no-deps -r requirements/demo.txt; \
	else \
		test -x $(DEMO_VENV)/bin/python || $(PYTHON) -m venv $(DEMO_VENV); \
		$(DEMO_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -r requirements/demo.txt; \
	fi
	$(DEMO_VENV)/bin/python -c 'import pathlib, sys, sysconfig; \
		roots = [pathlib.Path("overlay/src").resolve()] + [pathlib.Path(p).resolve() for p in sys.argv[1:]]; \
		pathlib.Path(sysconfig.get_path("purelib"), "agentplug-sources.pth").write_text("".join(f"{r}\n" for r in roots))' \
		$(dir $(GENERATED))
	touch $(DEMO_STAMP)

demo: $(DEMO_STAMP)
	$(DEMO_VENV)/bin/python scripts/demo.py $(DEMO_ARGS)

bench: $(STAMP)
	$(BIN)/python scripts/bench/parse.py
	$(BIN)/python scripts/bench/latency.py
	$(BIN)/python scripts/bench/download.py --mib 512
	$(BIN)/python scripts/bench/sse.py
	$(BIN)/python scripts/bench/concurrency.py
	$(BIN)/python scripts/bench/imports.py
	$(BIN)/python scripts/bench/acp.py
	$(BIN)/python scripts/bench/nat.py
	$(BIN)/python scripts/bench/prefactor.py
	$(BIN)/python scripts/bench/moderately.py

# The documentation site in site/: README, the guides and an API reference from the docstrings
# (MkDocs Material + mkdocstrings, pinned in requirements/docs.txt, in their own venv). Strict:
# a broken link or an unresolvable reference fails the build. Not part of make test.
DOCS_VENV := .venv-docs
DOCS_STAMP := $(DOCS_VENV)/.installed

$(DOCS_STAMP): requirements/docs.txt
	test -x $(DOCS_VENV)/bin/python || $(PYTHON) -m venv $(DOCS_VENV)
	$(DOCS_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r requirements/docs.txt
	touch $(DOCS_STAMP)

docs: $(DOCS_STAMP)
	NO_MKDOCS_2_WARNING=1 $(DOCS_VENV)/bin/python scripts/docs.py

# Wheels of agentplug and the four generated clients in dist/: pip install --find-links dist 'agentplug[sandbox]'
dist: $(STAMP)
	$(BIN)/python scripts/dist.py dist

clean:
	rm -rf $(VENV) $(DEMO_VENV) $(DOCS_VENV) .mypy_cache .pytest_cache .ruff_cache dist site build/docs-src
