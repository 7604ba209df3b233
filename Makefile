# Veille: `make demo` sets everything up and ingests the example corpus; `make serve` serves it
# over HTTP (the pages at /, the REST API under /api/v1); `make test` runs the tests (the browser
# tests with Debian's Chromium, and the tests of the PostgreSQL store with Debian's PostgreSQL, both
# installed first when missing).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= veille.db
HOST ?= 127.0.0.1
PORT ?= 8000
CHROMIUM ?= /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: install chromium postgresql demo serve openapi test screenshots lint bench bench-search bench-export bench-size bench-web eval clean

$(BIN)/veille: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(BIN)/veille

install: $(BIN)/veille

# Debian's Chromium, which the browser tests drive through Playwright (Playwright downloads no
# browser of its own here). Installed with apt when missing; without it those tests are skipped.
chromium:
	@test -x $(CHROMIUM) || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium; } \
		|| echo "warning: could not install chromium with apt: the browser tests will be skipped"

# Debian's PostgreSQL server, which the tests run a throwaway cluster of (initdb in a temporary
# folder, a unix socket there, as the unprivileged `postgres` user when run as root; stopped at the
# end). Installed with apt when missing; without it the PostgreSQL tests fail, saying so, unless
# VEILLE_TEST_PG=off.
postgresql:
	@command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 \
		|| { $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; } \
		|| echo "warning: could not install postgresql with apt: the PostgreSQL tests will fail (VEILLE_TEST_PG=off skips them)"

demo: install
	$(BIN)/veille ingest --db $(DB) examples/corpus
	$(BIN)/veille docs --db $(DB)
	$(BIN)/veille entities --db $(DB) --limit 15
	$(BIN)/veille facts --db $(DB) --limit 15

# The web server and REST API on the demo store (ingested first if absent). Writes need a
# token: make serve VEILLE_TOKEN=s3cret
serve: install
	@test -f $(DB) || $(BIN)/veille ingest --db $(DB) examples/corpus
	$(BIN)/veille serve --db $(DB) --host $(HOST) --port $(PORT)

# The REST API's OpenAPI schema kept in the repository (a test fails when it is out of date).
openapi: install
	$(BIN)/python scripts/openapi.py

test: install chromium postgresql
	$(BIN)/python -m pytest -q

# The browser tests write screenshots of the main pages to docs/screenshots/; the README shows three.
screenshots: install chromium
	$(BIN)/python -m pytest -q tests/test_browser.py tests/test_digest.py -k "browser or chromium"
	cp docs/screenshots/entity.png docs/screenshots/fact.png docs/images/
	cp docs/screenshots/digest-fr.png docs/images/digest.png

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy src

eval: install
	@echo "shared development set (../shared/eval/dev):"
	@../shared/eval/run.sh
	@echo "Veille's own corpus (eval/corpus):"
	@../shared/eval/run.sh eval/corpus
	@echo "Veille's second corpus (eval/corpus2):"
	@../shared/eval/run.sh eval/corpus2
	@echo "Veille's third corpus (eval/corpus3):"
	@../shared/eval/run.sh eval/corpus3
	@echo "Veille's fourth corpus (eval/corpus4):"
	@../shared/eval/run.sh eval/corpus4
	@echo "Veille's fifth corpus (eval/corpus5):"
	@../shared/eval/run.sh eval/corpus5
	@echo "Veille's sixth corpus (eval/corpus6):"
	@../shared/eval/run.sh eval/corpus6
	@echo "Veille's seventh corpus (eval/corpus7):"
	@../shared/eval/run.sh eval/corpus7
	@echo "Veille's eighth corpus (eval/corpus8):"
	@../shared/eval/run.sh eval/corpus8
	@echo "Veille's ninth corpus (eval/corpus9):"
	@../shared/eval/run.sh eval/corpus9
	@echo "Veille's tenth corpus (eval/corpus10):"
	@../shared/eval/run.sh eval/corpus10
	@echo "Veille's eleventh corpus (eval/corpus11):"
	@../shared/eval/run.sh eval/corpus11
	@echo "held-out set, never tuned on (eval/heldout):"
	@../shared/eval/run.sh eval/heldout

bench: install
	$(BIN)/python benchmarks/ingest_throughput.py

bench-search: install
	$(BIN)/python benchmarks/search_latency.py

bench-export: install
	$(BIN)/python benchmarks/export_memory.py

# Bytes per document, table by table, in SQLite and in a throwaway PostgreSQL cluster.
bench-size: install postgresql
	$(BIN)/python benchmarks/store_size.py

# Server time of every page, JSON twin and REST endpoint on a 100,000-document store (about an
# hour on 2 cores, most of it building the store: keep it with WEB_ARGS='--db PATH', then measure
# again with WEB_ARGS='--db PATH --reuse').
bench-web: install
	$(BIN)/python benchmarks/web_latency.py $(WEB_ARGS)

clean:
	rm -rf $(VENV) *.egg-info src/*.egg-info $(DB) $(DB)-wal $(DB)-shm
