# Two commands do all set-up: `make serve` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STORE ?= data/store
HOST ?= 127.0.0.1
PORT ?= 5000

.PHONY: install install-test install-bench serve build test lint bench clean loadtest fuzz-api

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

install-test: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'

install-bench: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[bench]'

build: install
	$(BIN)/vnkg build data/reports --store $(STORE)

serve: build
	$(BIN)/vnkg serve --store $(STORE) --host $(HOST) --port $(PORT)

lint: install-test
	$(BIN)/ruff check graph tests server.py benchmarks

test: install-test
	$(BIN)/ruff check graph tests server.py benchmarks
	$(BIN)/pytest -q
	PYTHON=$(PYTHON) bash .ci/wheel-check

# Benchmarks (not part of `make test`): every section at 10K to 10M triples, about 20 minutes and
# 5 GB of generated data under benchmarks/data/. Needs wrk (apt-get install wrk). BENCH_ARGS narrows
# it, e.g. `make bench BENCH_ARGS="--sizes 10K --quick"`.
bench: install-bench
	nice -n 10 $(BIN)/python -m benchmarks.run $(BENCH_ARGS)

# Slow checks, not part of `make test`: 8 and 32 clients for 60 s each against `vnkg serve` on the
# seed store (figures in the README's Reliability section), and a long schemathesis run.
loadtest: install-test
	VNKG_LOAD=1 $(BIN)/pytest -q -s tests/load/test_load.py

fuzz-api: install-test
	VNKG_SCHEMATHESIS_EXAMPLES=500 $(BIN)/pytest -q tests/test_schemathesis.py

clean:
	rm -rf $(STORE) build dist *.egg-info
