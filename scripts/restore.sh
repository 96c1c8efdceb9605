#!/usr/bin/env bash
# make restore FILE=backups/klimanetz-<timestamp>.tar.gz: brings back the database and the
# Keycloak realm of a backup written by make backup. Replaces what is there now. Needs make run
# to be stopped (make stop); start it again afterwards with make run.
# KLIMANETZ_STACK=test restores into the test stack (used by scripts/backup-test.sh).
source "$(dirname "$0")/lib.sh"
use_stack "${KLIMANETZ_STACK:-run}"
need psql "install the PostgreSQL client (apt-get install postgresql-client)"
need python3 "install python3"
file=${1:-${FILE:-}}
[[ -n $file ]] || die "which backup? make restore FILE=backups/klimanetz-<timestamp>.tar.gz"
[[ -f $file ]] || die "no backup file $file"
[[ $EXTERNAL_DB == false ]] || die "make restore works with the embedded PostgreSQL of make run; restore $DB_URL with that database's own pg_restore"
# what holds the data must be stopped (MailDev and the SPA server may keep running)
for service in api keycloak postgres; do
  if [[ -f $RUN_DIR/$service.pid ]] && alive "$(cat "$RUN_DIR/$service.pid")"; then
    die "Klimanetz is running ($service): stop it first (make stop), then restore, then make run"
  fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"; stop_postgres' EXIT
tar -xzf "$file" -C "$work"
[[ -f $work/MANIFEST && -f $work/database/tables && -f $work/database/migrations ]] || die "$file is not a Klimanetz backup"
grep -q '^format: 1 ' "$work/MANIFEST" || die "$file has a backup format this version cannot read"
realm_file=$(ls "$work"/keycloak/realm-*.json 2>/dev/null | head -n1)
[[ -n $realm_file ]] || die "$file holds no Keycloak realm"
say "restoring $(head -n1 "$work/MANIFEST")"

start_postgres
{
  db_session_settings
  echo "begin;"
  # everything the database owner created (tables, sequences, indexes, Flyway's table); the schema
  # public itself belongs to pg_database_owner and stays
  echo "drop owned by current_user;"
  # the schema exactly as the backup's migrations built it, in their order, then Flyway's own table
  # (its rows come from the backup, so Flyway sees every migration as applied, checksums included)
  while read -r _ script; do
    echo "\\i $work/database/${script##*/}"
  done <"$work/database/migrations"
  cat <<'SQL'
create table flyway_schema_history (
  installed_rank integer not null, version varchar(50), description varchar(200) not null,
  type varchar(20) not null, script varchar(1000) not null, checksum integer,
  installed_by varchar(100) not null, installed_on timestamp not null default now(),
  execution_time integer not null, success boolean not null);
alter table flyway_schema_history add constraint flyway_schema_history_pk primary key (installed_rank);
create index flyway_schema_history_s_idx on flyway_schema_history (success);
SQL
  # rows in foreign-key order; every column is given, so no default (e.g. domain_event.tx_id,
  # occurred_at) is evaluated again; the schema has no triggers
  while read -r table; do
    echo "\\copy public.\"$table\" from '$work/database/$table.copy'"
  done <"$work/database/tables"
  while IFS=$'\t' read -r sequence value; do
    [[ -n $sequence ]] && echo "select setval('public.\"$sequence\"', $value, true);"
  done <"$work/database/sequences"
  echo "commit;"
} | psql_ -f - >"$work/restore.log" 2>&1 || { tail -n 20 "$work/restore.log" >&2; die "restoring the database failed; nothing was changed (log above)"; }

# The change feed serves a change only once its transaction id is below every running transaction
# (domain_event.tx_id < xmin). Ids come from the cluster's counter; a fresh cluster (e.g. after a
# lost data directory) starts below the restored ids, which would hide those changes and give new
# changes smaller ids than old ones. So move the counter past the highest restored id.
read -r need_xid have_xid < <(psql_ -At -F ' ' -c "select greatest(
    (select max(tx_id::text::bigint) from domain_event), (select max(tx_id::text::bigint) from domain_event_horizon), 0) + 1,
    pg_current_xact_id()::text::bigint")
if ((have_xid < need_xid)); then
  (((need_xid >> 32) == (have_xid >> 32))) || die "the backup's transaction ids are from a later epoch than this cluster's; the change feed would hide its changes (restore into the original cluster)"
  say "advancing the transaction counter by $((need_xid - have_xid)) to the backup's change feed"
  psql_ -c "do \$\$ begin while pg_current_xact_id()::text::bigint < $need_xid loop commit; end loop; end \$\$" \
    || die "could not advance the transaction counter"
fi
# every table has as many rows as the backup says
counts=$(awk '{printf "%sselect %s || %s || count(*) from public.\"%s\"", (NR > 1 ? " union all " : ""), "\x27" $1 "\x27", "\x27 \x27", $1}' "$work/database/row-counts")
counts=$(diff <(psql_ -At -c "$counts" | sort) <(sort "$work/database/row-counts")) || true
[[ -z $counts ]] || die "the restored row counts differ from the backup (< restored, > backup):
$counts"
say "database restored (schema version $(tail -n1 "$work/database/migrations" | cut -d' ' -f1), $(awk '{n += $2} END {print n}' "$work/database/row-counts") rows)"

ensure_keycloak >/dev/null
kc_env
env "${KC_ENV[@]}" "$KC_HOME/bin/kc.sh" import --file "$realm_file" --override true "${KC_DB_ARGS[@]}" --cache=local >"$work/keycloak-import.log" 2>&1 \
  || { tail -n 20 "$work/keycloak-import.log" >&2; die "the Keycloak import failed (log above)"; }
say "Keycloak realm $REALM restored; start Klimanetz with: make run"
