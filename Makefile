# Klimanetz: thin wrappers over scripts/*.sh (see README.md)
SHELL := /bin/bash
.DEFAULT_GOAL := help
.PHONY: help run stop dev test e2e gen lint backup restore bench

help: ## show the targets
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

run: ## start PostgreSQL, Keycloak, API and SPA locally (Ctrl-C or make stop ends it)
	@scripts/run.sh

stop: ## stop what make run / make dev started
	@scripts/stop.sh

dev: ## API in Quarkus dev mode + Vite dev server, against the local PostgreSQL and Keycloak
	@scripts/dev.sh

test: ## all tests: backend, frontend, compose check, end-to-end in a browser
	@scripts/test.sh

e2e: ## only the end-to-end tests against a fresh test stack
	@scripts/e2e.sh

backup: ## consistent backup of database + Keycloak realm into backups/ (make run may keep running)
	@scripts/backup.sh

restore: ## bring a backup back: make restore FILE=backups/klimanetz-<time>.tar.gz (after make stop)
	@scripts/restore.sh "$(FILE)"

bench: ## measure the API at Germany scale beside pgbench (about 13 minutes; see README)
	@scripts/bench.sh

gen: ## regenerate the SPA's API types from openapi.yaml
	@cd frontend && npm run gen

lint: ## static checks: frontend lint + type check, shell syntax
	@scripts/lint.sh
