#!/usr/bin/env bash
# Two API instances behind HAProxy on one PostgreSQL (issue 11, the scale-out design in practice).
#
# Starts a private stack on the bench ports (PostgreSQL 55480, Keycloak 8280, MailDev 1090/1095,
# API 8290 and 8291, HAProxy 8299; KLIMANETZ_BENCH_PORT_OFFSET shifts them; data under .data/bench,
# wiped per run, so not at the same time as `make bench`), sends a burst of 500 registrations for
# 30 seats through HAProxy to both instances and checks bench/two_instances.py's promises: every
# answer within 2 s, exactly 30 confirmed, the waitlist in order of arrival, each mail and reminder
# queued and delivered once. Stops everything it started.
source "$(dirname "$0")/lib.sh"
use_stack bench
check_prereqs
need haproxy "install HAProxy (apt-get install haproxy)"
need psql "install psql (apt-get install postgresql-client)"
need python3 "install python3"

if stack_running; then
  say "a previous bench stack is still running: stopping it"
  stop_service haproxy
  stop_service api2
  stop_stack
fi
for p in "$DB_PORT:PostgreSQL" "$KC_PORT:Keycloak" "$API_PORT:API 1" "$API2_PORT:API 2" "$LB_PORT:HAProxy" "$SMTP_PORT:MailDev SMTP" "$MAIL_WEB_PORT:MailDev inbox"; do
  check_port "${p%%:*}" "${p#*:}" "scripts/two-instances.sh needs it; stop the process using it or set KLIMANETZ_BENCH_PORT_OFFSET"
done

cleanup() {
  local rc=$?
  trap '' INT TERM
  say "stopping the two-instance stack"
  stop_service haproxy
  stop_service api2
  stop_stack
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

pg_init_paths
rm -rf "$DATA/bench/run" "$PG_BASE/bench"
mkdir -p "$RUN_DIR"
rm -rf "$KC_HOME/data/h2" "$KC_HOME/data/tmp"

start_postgres
start_maildev
start_keycloak
build_backend
# both instances queue reminders every few seconds, so that "once" is put to the test
export KLIMANETZ_MAIL_REMINDERS_EVERY=5s
start_api
wait_http api "$API_URL/q/health/ready" 240
# the second instance: same jar, same database, its own port (started after the first has loaded the demo data)
api_env
API_ENV=("${API_ENV[@]/#KLIMANETZ_HTTP_PORT=*/KLIMANETZ_HTTP_PORT=$API2_PORT}")
say "starting the second API instance on port $API2_PORT"
# shellcheck disable=SC2086
start_bg api2 env "${API_ENV[@]}" MALLOC_ARENA_MAX=2 java $API_JVM_OPTS ${KLIMANETZ_JAVA_OPTS:-} -jar "$RUN_DIR/quarkus-app/quarkus-run.jar"
wait_http api2 "http://localhost:$API2_PORT/q/health/ready" 240

cat >"$RUN_DIR/haproxy.cfg" <<CFG
global
    maxconn 1000
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
frontend api
    bind 127.0.0.1:$LB_PORT
    default_backend instances
backend instances
    balance roundrobin
    option httpchk GET /q/health/ready
    http-response set-header X-Served-By %s
    server api1 127.0.0.1:$API_PORT check inter 2s
    server api2 127.0.0.1:$API2_PORT check inter 2s
CFG
say "starting HAProxy on port $LB_PORT"
start_bg haproxy haproxy -db -f "$RUN_DIR/haproxy.cfg"
wait_http haproxy "http://localhost:$LB_PORT/q/health/ready" 30
wait_keycloak 300
wait_maildev

python3 "$ROOT/bench/bench.py" users --keycloak "$KC_URL"
python3 "$ROOT/bench/two_instances.py" --lb "http://localhost:$LB_PORT" --keycloak "$KC_URL" --db-port "$DB_PORT" \
  --maildev "http://localhost:$MAIL_WEB_PORT"
