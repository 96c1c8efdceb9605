#!/usr/bin/env bash
# The backup round trip on the running test stack (called by scripts/e2e.sh): make changes, read
# every list of the API and the personal data export of each demo person, back up, stop, wipe the
# database and Keycloak's data, restore, start again, and read everything again: it must be the
# same to the byte (except the export's own time stamp).
source "$(dirname "$0")/lib.sh"
use_stack test
export KLIMANETZ_STACK=test KLIMANETZ_BACKUP_DIR="$DATA/test/backups"
NRW=0f8c3a52-6a0e-4c1f-9d59-2b7f0e5c4a11 EVENT=8d2f4b61-3c7e-4a90-b1d5-6e0f2a9c7b31
ROOM=3c0e8e5e-2b7a-4f53-9c1d-8a4f6b2d9e10
PEOPLE=(demo-admin demo-coordinator demo-host demo-member demo-outsider)
token() {
  curl -fsS -d grant_type=password -d client_id=klimanetz-cli -d "username=$1" -d password=demo \
    "$KC_URL/realms/$REALM/protocol/openid-connect/token" | python3 -c 'import sys,json; print(json.load(sys.stdin)["access_token"])'
}
get() { curl -fsS -H "Authorization: Bearer $1" "$API_URL$2"; }

capture() { # capture <dir>: every list and every demo person's export
  local dir=$1 admin person t
  mkdir -p "$dir"
  admin=$(token demo-admin)
  local lists=("/api/v1/networks?size=100" "/api/v1/municipalities?size=100" "/api/v1/networks/$NRW/members?size=100"
    "/api/v1/networks/$NRW/invitations?size=100" "/api/v1/networks/$NRW/stats" "/api/v1/networks/$NRW/online-rooms?size=100"
    "/api/v1/networks/$NRW/events?size=100&when=upcoming" "/api/v1/networks/$NRW/events?size=100&when=past"
    "/api/v1/events/$EVENT/registrations?size=100" "/api/v1/online-rooms/$ROOM/sessions?from=2026-01-01&to=2027-12-31"
    "/api/v1/networks/$NRW/attendance-report?from=2026-01-01&to=2026-12-31")
  local i=0
  for path in "${lists[@]}"; do
    get "$admin" "$path" >"$dir/list-$i.json" || die "GET $path failed"
    i=$((i + 1))
  done
  for person in "${PEOPLE[@]}"; do
    t=$(token "$person")
    get "$t" /api/v1/me/memberships?size=100 >"$dir/memberships-$person.json"
    get "$t" /api/v1/me/export | python3 -c 'import sys,json; d=json.load(sys.stdin); d.pop("exportedAt"); print(json.dumps(d, ensure_ascii=False, sort_keys=False))' \
      >"$dir/export-$person.json"
  done
}

say "backup round trip: changes, backup, wipe, restore"
admin=$(token demo-admin) member=$(token demo-member)
curl -fsS -o /dev/null -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  -d '{"name":"Netzwerk Sicherung","region":"NRW","eligibility":"alle","organizer":{"name":"Kommunal Agentur NRW","contactEmail":"netzwerk@kommunalagentur-nrw.example.org"}}' \
  "$API_URL/api/v1/networks"
etag=$(curl -fsS -D - -o /dev/null -H "Authorization: Bearer $member" "$API_URL/api/v1/me" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag" {print $2}')
curl -fsS -o /dev/null -X PUT -H "Authorization: Bearer $member" -H "If-Match: $etag" -H 'Content-Type: application/json' \
  -d '{"displayName":"Mara Mitglied","topics":["Wärmeplanung","Sicherung"],"bio":"Vor der Sicherung geändert."}' "$API_URL/api/v1/me"

before="$DATA/test/roundtrip/before" after="$DATA/test/roundtrip/after"
rm -rf "$DATA/test/roundtrip"
capture "$before"
"$ROOT/scripts/backup.sh"
file=$(cat "$RUN_DIR/last-backup")

stop_stack
pg_init_paths
rm -rf "$PG_BASE/$PG_STATE" "$KC_HOME/data/h2"
"$ROOT/scripts/restore.sh" "$file"

start_postgres
start_keycloak
start_api
wait_keycloak 300
wait_http api "$API_URL/q/health/ready" 180
capture "$after"
diff -r "$before" "$after" >&2 || die "the restored stack answers differently (diff above)"
say "backup round trip: $(ls "$before" | wc -l) lists and exports identical after restore ($(du -h "$file" | cut -f1) backup)"
