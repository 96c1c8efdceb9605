#!/usr/bin/env bash
# make backup: a consistent backup of the Klimanetz database and the Keycloak realm (with its
# accounts) into backups/klimanetz-<UTC timestamp>.tar.gz. Works with `make run` running (both are
# read online) or stopped (PostgreSQL is started for the moment). See README "Backup and restore".
#
# The database part is every table's rows as PostgreSQL COPY text, all read in ONE read-only
# REPEATABLE READ transaction (one snapshot: consistent), with the sequences' positions and the
# migration files that built the schema. Not pg_dump: no PostgreSQL 17 pg_dump is available from
# the package sources these machines reach, and pg_dump 15 refuses a 17 server.
# KLIMANETZ_STACK=test backs up the test stack (used by scripts/backup-test.sh).
source "$(dirname "$0")/lib.sh"
use_stack "${KLIMANETZ_STACK:-run}"
need psql "install the PostgreSQL client (apt-get install postgresql-client)"
need python3 "install python3"
[[ $EXTERNAL_DB == false ]] || die "make backup works with the embedded PostgreSQL of make run; for $DB_URL use that database's own pg_dump (README, Backup and restore)"

out_dir="${KLIMANETZ_BACKUP_DIR:-$ROOT/backups}"
stamp=$(date -u +%Y%m%d-%H%M%S)
umask 077 # the backup holds personal data and password hashes
work=$(mktemp -d)
started_pg=false
cleanup() {
  rm -rf "$work"
  if $started_pg; then stop_postgres; fi
}
trap cleanup EXIT

if ! psql_ -c 'select 1' >/dev/null 2>&1; then
  if [[ -f $RUN_DIR/postgres.pid ]] && alive "$(cat "$RUN_DIR/postgres.pid")"; then
    die "PostgreSQL of the $STACK stack runs but does not answer on port $DB_PORT"
  fi
  say "PostgreSQL is not running: starting it for the backup"
  started_pg=true
  start_postgres
fi

mkdir -p "$work/database" "$work/keycloak"
# the schema's migrations: every one Flyway applied must be in the checkout, unchanged in name
psql_ -At -c "select version || ' ' || script from flyway_schema_history where success and version is not null order by installed_rank" \
  >"$work/database/migrations" || die "no flyway_schema_history: has the API ever started on this database?"
[[ -s $work/database/migrations ]] || die "the database has no schema yet (start the API once)"
# (Flyway records the script with its resource path, e.g. db/migration/V1__create_network.sql)
while read -r version script; do
  [[ -f $MIGRATIONS/${script##*/} ]] || die "the database has migration $script (V$version), which this checkout lacks: back up with the checkout that runs the database"
  cp "$MIGRATIONS/${script##*/}" "$work/database/"
done <"$work/database/migrations"
schema_version=$(tail -n1 "$work/database/migrations" | cut -d' ' -f1)

db_table_order >"$work/database/tables"
# one snapshot for every table; the sequences are read in it too (they are not transactional, so
# they may be ahead of the rows, which only leaves a gap in their numbers)
{
  db_session_settings
  echo "begin isolation level repeatable read read only;"
  while read -r table; do
    echo "\\copy public.\"$table\" to '$work/database/$table.copy'"
  done <"$work/database/tables"
  echo "\\copy (select sequencename, last_value from pg_sequences where schemaname = 'public' and last_value is not null order by 1) to '$work/database/sequences'"
  echo "commit;"
} | psql_ -f - || die "reading the database failed (see above)"
for table in $(cat "$work/database/tables"); do
  printf '%s %s\n' "$table" "$(wc -l <"$work/database/$table.copy")"
done >"$work/database/row-counts"

# Keycloak: the realm with its users (password hashes), clients, roles and signing keys. kc.sh export
# reads Keycloak's H2 file; beside a running Keycloak it reaches it through H2's AUTO_SERVER (lib.sh).
ensure_keycloak >/dev/null
kc_env
if ! env "${KC_ENV[@]}" "$KC_HOME/bin/kc.sh" export --realm "$REALM" --users same_file "${KC_DB_ARGS[@]}" --cache=local \
  --file "$work/keycloak/realm-$REALM.json" >"$work/keycloak-export.log" 2>&1; then
  tail -n 20 "$work/keycloak-export.log" >&2
  if grep -q 'Database may be already in use\|locked by another process' "$work/keycloak-export.log"; then
    die "Keycloak's database is locked by a Keycloak started before AUTO_SERVER was configured: restart it once (make stop; make run) or back up with make run stopped"
  fi
  die "the Keycloak export failed (log above)"
fi
[[ -s $work/keycloak/realm-$REALM.json ]] || die "the Keycloak export wrote no realm file"

cat >"$work/MANIFEST" <<MANIFEST
klimanetz backup $stamp (UTC)
format: 1 (database as COPY text per table, Keycloak realm as kc.sh export JSON)
stack: $STACK, database schema version $schema_version, PostgreSQL $PG_VERSION, Keycloak $KEYCLOAK_VERSION, realm $REALM
rows: $(awk '{printf "%s=%s ", $1, $2}' "$work/database/row-counts")
MANIFEST
mkdir -p "$out_dir"
file="$out_dir/klimanetz-$stamp.tar.gz"
tar -czf "$file.part" -C "$work" MANIFEST database keycloak
mv "$file.part" "$file"
say "backup written: $file ($(du -h "$file" | cut -f1), schema V$schema_version, $(awk '{n += $2} END {print n}' "$work/database/row-counts") rows, realm $REALM); restore with: make restore FILE=$file"
echo "$file" >"$RUN_DIR/last-backup"
