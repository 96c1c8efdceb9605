#!/usr/bin/env bash
# make e2e: builds the jar and the SPA, starts a private test stack (PostgreSQL 55442, Keycloak 8181,
# API 8082, SPA 5174, data under .data/test, wiped per run), checks the API with curl, runs the
# browser tests, then the outage, load and backup round-trip checks, and tears everything down
# again, whatever happens.
source "$(dirname "$0")/lib.sh"
use_stack test
check_prereqs
need psql "install the PostgreSQL client (apt-get install postgresql-client): the backup round trip at the end needs it"

# Chromium: CHROMIUM_PATH, else the usual names. Missing outside CI: skip only the browser part.
chromium=${CHROMIUM_PATH:-}
if [[ -z $chromium ]]; then
  for c in chromium chromium-browser google-chrome-stable google-chrome; do
    if command -v "$c" >/dev/null 2>&1; then chromium=$(command -v "$c"); break; fi
  done
fi
if [[ -z $chromium || ! -x $chromium ]]; then
  if [[ -n ${CI:-} && ${CI:-} != false && ${CI:-} != 0 ]]; then
    die "no Chromium found (CI=$CI, so this is a failure): apt-get install -y chromium, or set CHROMIUM_PATH"
  fi
  say "no Chromium found: skipping the browser tests (apt-get install -y chromium, or set CHROMIUM_PATH)"
  chromium=""
fi

if stack_running; then
  say "a previous test stack is still running: stopping it"
  stop_stack
fi
for p in "$DB_PORT:PostgreSQL" "$KC_PORT:Keycloak" "$API_PORT:API" "$SPA_PORT:SPA" "$SMTP_PORT:MailDev SMTP" "$MAIL_WEB_PORT:MailDev inbox"; do
  check_port "${p%%:*}" "test ${p#*:}" "make test needs it for its own stack; stop the process using it"
done

cleanup() {
  local rc=$?
  trap '' INT TERM
  say "tearing down the test stack"
  stop_stack
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# fresh state: database and Keycloak data are wiped, the unpacked Keycloak is kept (it starts faster)
pg_init_paths
rm -rf "$DATA/test" "$PG_BASE/test"
mkdir -p "$RUN_DIR"
rm -rf "$KC_HOME/data/h2" "$KC_HOME/data/tmp"

start=$SECONDS
start_postgres
start_maildev
start_keycloak
build_backend
build_frontend
start_api
start_spa
wait_keycloak 300
wait_http api "$API_URL/q/health/ready" 180
wait_http spa "$SPA_ORIGIN/" 60
wait_maildev
say "test stack ready after $((SECONDS - start)) s"

"$ROOT/scripts/smoke.sh" "$API_URL" "$KC_URL" "$SPA_ORIGIN" "$MAIL_WEB_URL"
"$ROOT/scripts/check-mail-restart.sh"
"$ROOT/scripts/check-integrator-flow.sh"

if [[ -n $chromium ]]; then
  say "browser tests with $chromium"
  (cd "$ROOT/frontend" && E2E_BASE_URL="$SPA_ORIGIN" CHROMIUM_PATH="$chromium" KLIMANETZ_KEYCLOAK_URL="$KC_URL" \
    KLIMANETZ_API_URL="$API_URL" KLIMANETZ_MAILDEV_URL="$MAIL_WEB_URL" npm run -s e2e) || die "browser tests failed"
  say "end-to-end tests passed"
else
  say "end-to-end API checks passed; the browser part was skipped (no Chromium)"
fi
"$ROOT/scripts/outage-check.sh"
"$ROOT/scripts/api-stress.sh" "$API_URL" "$KC_URL"
"$ROOT/scripts/api-memory.sh" "$(cat "$RUN_DIR/api.pid")"
# Last, because it restarts PostgreSQL, Keycloak and the API on restored data (a new API process, so
# after the memory figure above): make backup / make restore round trip, every list compared.
"$ROOT/scripts/backup-test.sh"
