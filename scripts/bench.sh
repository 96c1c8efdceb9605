#!/usr/bin/env bash
# make bench: the API at the size it is built for, beside what PostgreSQL does with the same SQL.
#
# Starts a private stack (PostgreSQL 55480, Keycloak 8280, API 8290, SPA 5280, MailDev 1090/1095;
# KLIMANETZ_BENCH_PORT_OFFSET shifts them; data under .data/bench, wiped per run), measures every
# main read and the registration burst on the demo data, adds Germany-scale data
# (bench/generate-germany.sql) and measures again, times an API restart, writes
# bench/results/latest.{md,json} and stops everything it started (about 13 minutes on a busy
# 2-core machine). Then Lighthouse on the SPA, signed in (bench/lighthouse/run.sh;
# BENCH_LIGHTHOUSE=false skips it).
#
#   BENCH_SCALE=demo|germany   demo: only the demo data; germany (default): demo, then Germany scale
#   BENCH_SECONDS=5            seconds per wrk and pgbench run (the issue's figures used 6)
#   BENCH_OUT=bench/results    where the tables go
source "$(dirname "$0")/lib.sh"
use_stack bench
check_prereqs
need wrk "install wrk (apt-get install wrk)"
need pgbench "install pgbench (apt-get install postgresql-client)"
need psql "install psql (apt-get install postgresql-client)"
need python3 "install python3"

SCALE=${BENCH_SCALE:-germany}
[[ $SCALE == demo || $SCALE == germany ]] || die "BENCH_SCALE must be demo or germany, not '$SCALE'"
SECONDS_PER_RUN=${BENCH_SECONDS:-5}
[[ $SECONDS_PER_RUN =~ ^[0-9]+$ && $SECONDS_PER_RUN -ge 2 ]] || die "BENCH_SECONDS must be a number of at least 2"
OUT=${BENCH_OUT:-$ROOT/bench/results}
mkdir -p "$OUT"
rm -f "$OUT"/phase-*.json "$OUT"/extra-*.json

if stack_running; then
  say "a previous bench stack is still running: stopping it"
  stop_stack
fi
for p in "$DB_PORT:PostgreSQL" "$KC_PORT:Keycloak" "$API_PORT:API" "$SPA_PORT:SPA" "$SMTP_PORT:MailDev SMTP" "$MAIL_WEB_PORT:MailDev inbox"; do
  check_port "${p%%:*}" "bench ${p#*:}" "make bench needs it for its own stack; stop the process using it or set KLIMANETZ_BENCH_PORT_OFFSET"
done

cleanup() {
  local rc=$?
  trap '' INT TERM
  say "stopping the bench stack"
  stop_stack
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

bench_psql() { PGPASSWORD=$DB_PASSWORD psql -X -q -v ON_ERROR_STOP=1 -h localhost -p "$DB_PORT" -U "$DB_USER" klimanetz "$@"; }

# fresh state, as in make test
pg_init_paths
rm -rf "$DATA/bench/run" "$PG_BASE/bench"
mkdir -p "$RUN_DIR"
rm -rf "$KC_HOME/data/h2" "$KC_HOME/data/tmp"

started=$SECONDS
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
say "bench stack ready after $((SECONDS - started)) s (load average $(cut -d' ' -f1-3 /proc/loadavg))"

python3 "$ROOT/bench/bench.py" users --keycloak "$KC_URL"
phase() {
  python3 "$ROOT/bench/bench.py" phase --scale "$1" --api "$API_URL" --api-pid "$(cat "$RUN_DIR/api.pid")" \
    --keycloak "$KC_URL" --db-port "$DB_PORT" --seconds "$SECONDS_PER_RUN" --out "$OUT"
}
phase demo

if [[ $SCALE == germany ]]; then
  say "generating Germany-scale data (bench/generate-germany.sql) ..."
  t=$SECONDS
  bench_psql -f "$ROOT/bench/generate-germany.sql"
  say "  generated in $((SECONDS - t)) s"
  # the start the issue measures: an existing database, Keycloak up, nothing else starting
  stop_service api
  t0=$(date +%s%N)
  start_api
  wait_http api "$API_URL/q/health/ready" 180
  ready_ms=$((($(date +%s%N) - t0) / 1000000))
  say "  API ready ${ready_ms} ms after its start (load average $(cut -d' ' -f1 /proc/loadavg))"
  printf '{"summary": "API ready %s ms after start on the Germany-scale database (Keycloak running; load average %s)", "ready_ms": %s}\n' \
    "$ready_ms" "$(cut -d' ' -f1 /proc/loadavg)" "$ready_ms" >"$OUT/extra-start.json"
  phase germany
fi

if [[ ${BENCH_LIGHTHOUSE:-true} != false && -x $ROOT/bench/lighthouse/run.sh ]]; then
  "$ROOT/bench/lighthouse/run.sh" "$SPA_ORIGIN" "$KC_URL" "$OUT" || say "Lighthouse failed (see above); the table has no Lighthouse line"
fi

python3 "$ROOT/bench/bench.py" report --out "$OUT"
say "bench finished after $((SECONDS - started)) s: $OUT/latest.md"
