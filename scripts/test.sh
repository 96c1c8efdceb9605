#!/usr/bin/env bash
# make test: backend tests, frontend checks, compose consistency, end-to-end (see scripts/e2e.sh).
# Uses its own ports and data, so it works whether or not `make run` is running.
source "$(dirname "$0")/lib.sh"
check_prereqs
need python3 "install python3 (used by the compose check and the API smoke test)"
t0=$SECONDS
step() { say "== $* =="; }

step "1/4 backend: ./mvnw verify"
h=$(backend_hash)
ensure_maildev  # the backend tests start their own MailDev from tools/maildev
(cd "$ROOT/backend" && ./mvnw -B verify </dev/null) || die "backend tests failed"
mark_backend_built "$h"
t1=$SECONDS

step "2/4 frontend: lint, type check, generated types, unit tests"
frontend_deps
(cd "$ROOT/frontend" && npm run -s lint && npm run -s typecheck && npm run -s gen:check && npm test) || die "frontend checks failed"
t2=$SECONDS

step "3/4 docker-compose.yml consistent with the local stack"
"$(compose_python)" "$ROOT/scripts/check-compose.py" || die "docker-compose.yml is out of line with scripts/lib.sh"
t3=$SECONDS

step "4/4 end-to-end"
"$ROOT/scripts/e2e.sh"
t4=$SECONDS

say "all tests passed in $((t4 - t0)) s (backend $((t1 - t0)) s, frontend $((t2 - t1)) s, compose $((t3 - t2)) s, e2e $((t4 - t3)) s)"
