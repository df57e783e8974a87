# Two commands do all set-up: `make serve` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STORE ?= data/store
HOST ?= 127.0.0.1
PORT ?= 5000

.PHONY: install install-test serve build test lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

install-test: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'

build: install
	$(BIN)/vnkg build data/reports --store $(STORE)

serve: build
	$(BIN)/vnkg serve --store $(STORE) --host $(HOST) --port $(PORT)

lint: install-test
	$(BIN)/ruff check graph tests server.py benchmarks

test: install-test
	$(BIN)/ruff check graph tests server.py benchmarks
	$(BIN)/pytest -q

clean:
	rm -rf $(STORE) build dist *.egg-info
