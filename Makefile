# Toolwijzer: `make run` serves the site with seed data; `make test` runs the whole suite.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
# Development defaults only; production sets its own environment (see docs/deployment.md).
export SECRET_KEY ?= dev-only-not-secret-3f9a1c7e5b2d48a6b0e4c2f1a9d8e7c6
export ALLOWED_HOSTS ?= localhost,127.0.0.1,[::1]
export SECURE_SSL_REDIRECT ?= false
export SESSION_COOKIE_SECURE ?= false
export CSRF_COOKIE_SECURE ?= false

.PHONY: install setup run test lint format bench soak audit messages browser clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

install: $(VENV)/.installed

messages: install
	$(BIN)/python manage.py compilemessages --ignore=.venv --verbosity 0

setup: install messages
	$(BIN)/python manage.py migrate --noinput --verbosity 0
	$(BIN)/python manage.py load_seed
	$(BIN)/python manage.py collectstatic --noinput --verbosity 0

run: setup
	DEBUG=$${DEBUG:-true} $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# Browser tests drive Debian's Chromium; install it (and gettext) when the machine lacks them.
browser:
	@command -v chromium >/dev/null 2>&1 && command -v msgfmt >/dev/null 2>&1 || \
		( apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium gettext >/dev/null )

test: browser install messages
	$(BIN)/python manage.py collectstatic --noinput --verbosity 0
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -n $${PYTEST_WORKERS:-auto} $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Benchmarks use wrk as load generator (installed when missing; a Python one otherwise).
bench: install messages
	@command -v wrk >/dev/null 2>&1 || ( apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null ) || echo "wrk unavailable: the Python load generator is used"
	$(BIN)/python manage.py collectstatic --noinput --verbosity 0
	$(BIN)/python -m benchmarks $(BENCH_ARGS)
	DATABASE_URL=sqlite:///$(CURDIR)/var/bench-reviews.sqlite3 $(BIN)/python -m benchmarks.reviews

# Writes under load: a mixed load on gunicorn for SOAK_SECONDS (default 300) on SQLite and
# PostgreSQL (SOAK_POSTGRES_URL, default database tw_soak on 127.0.0.1); figures go to
# docs/benchmarks.md. Not part of `make test`. SOAK_ARGS: e.g. --no-postgres.
SOAK_SECONDS ?= 300
soak: install messages
	$(BIN)/python manage.py collectstatic --noinput --verbosity 0
	SOAK_SECONDS=$(SOAK_SECONDS) $(BIN)/python -m loadtest $(SOAK_ARGS)

# Lighthouse (pinned, from the npm registry, installed under var/) on the production stack:
# gunicorn, DEBUG off, hashed static files, seed data; mobile, simulated Slow 4G; scores go to
# docs/benchmarks.md. Not part of `make test`. AUDIT_ARGS: e.g. --runs 1.
LIGHTHOUSE_VERSION := 12.2.3
LIGHTHOUSE := var/lighthouse/node_modules/.bin/lighthouse
$(LIGHTHOUSE):
	@command -v npm >/dev/null 2>&1 || ( apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null )
	mkdir -p var/lighthouse
	npm install --prefix var/lighthouse --no-audit --no-fund --save-exact lighthouse@$(LIGHTHOUSE_VERSION)

audit: browser install messages $(LIGHTHOUSE)
	@test "$$($(LIGHTHOUSE) --version)" = "$(LIGHTHOUSE_VERSION)" || npm install --prefix var/lighthouse --no-audit --no-fund --save-exact lighthouse@$(LIGHTHOUSE_VERSION)
	CHROME_PATH=$${CHROME_PATH:-/usr/bin/chromium} $(BIN)/python -m audit $(AUDIT_ARGS)

clean:
	rm -rf $(VENV) staticfiles
