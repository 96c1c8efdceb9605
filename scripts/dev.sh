#!/usr/bin/env bash
# make dev: PostgreSQL and Keycloak as in `make run` (same data), the API in Quarkus dev mode
# (live reload, in this terminal) and the SPA on Vite's dev server (log: .data/run/spa.log).
source "$(dirname "$0")/lib.sh"
use_stack run

check_prereqs
stack_running && die "Klimanetz is already running (make run?): run 'make stop' first"
[[ $EXTERNAL_DB == true ]] || check_port "$DB_PORT" PostgreSQL "stop the process using it, or set KLIMANETZ_DB_PORT"
check_port "$KC_PORT" Keycloak "stop the process using it, or set KLIMANETZ_KEYCLOAK_PORT"
check_port "$API_PORT" API "stop the process using it, or set KLIMANETZ_HTTP_PORT"
check_port "$SPA_PORT" SPA "stop the process using it, or set KLIMANETZ_SPA_PORT"

cleanup() { trap '' INT TERM; say "stopping ..."; stop_stack; say "stopped"; }
trap cleanup EXIT

[[ $EXTERNAL_DB == true ]] || start_postgres
start_keycloak
frontend_deps
spa_env
start_bg spa env "${SPA_ENV[@]}" npm --prefix "$ROOT/frontend" run -s dev
wait_keycloak 300
wait_http spa "$SPA_ORIGIN/" 60
say "SPA (Vite dev server): $SPA_ORIGIN   Keycloak: $KC_URL/admin   demo logins: demo-member / demo ..."
say "starting the API in Quarkus dev mode on $API_URL (q = quit, which also stops PostgreSQL, Keycloak and Vite)"
api_env
cd "$ROOT/backend"
rc=0
# in the foreground (dev mode reads keys), its pid recorded so that `make stop` can end it too
bash -c 'echo $$ >"$1"; shift; exec "$@"' _ "$RUN_DIR/api.pid" \
  env "${API_ENV[@]}" ./mvnw quarkus:dev -Dquarkus.http.port="$API_PORT" || rc=$?
# q, Ctrl-C or a TERM are the normal ways to end dev mode
[[ $rc == 130 || $rc == 143 ]] && rc=0
exit "$rc"
