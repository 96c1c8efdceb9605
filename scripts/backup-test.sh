#!/usr/bin/env bash
# The backup round trip on the running test stack (the last step of scripts/e2e.sh): make changes,
# read every list of the API (as admin, each demo person and the integration) and each demo person's
# /me/export, back up while everything runs, stop PostgreSQL, Keycloak and the API, wipe their data,
# restore, check the rows and the schema against the backup, start again and read everything again:
# it must be the same to the byte (only the export's own time stamp and the calendars' DTSTAMP,
# which say "now", are left out). Leaves the stack running as it found it (MailDev and the SPA
# are not touched).
source "$(dirname "$0")/lib.sh"
use_stack test
export KLIMANETZ_STACK=test KLIMANETZ_BACKUP_DIR="$DATA/test/backups"
need psql "install the PostgreSQL client (apt-get install postgresql-client)"
dir="$DATA/test/roundtrip"
rm -rf "$dir"; mkdir -p "$dir"
started=$SECONDS

# capture <dir>: every list, page by page, and what hangs off each item
capture() {
  python3 - "$API_URL" "$KC_URL" "$REALM" "$1" "${KLIMANETZ_INTEGRATION_SECRET:-demo-integration-secret}" \
    "${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" "${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}" <<'PY'
import json, os, re, sys, urllib.parse, urllib.request, urllib.error
api, kc, realm, out, integration_secret, kc_admin, kc_admin_password = sys.argv[1:]
os.makedirs(out, exist_ok=True)
opener = urllib.request.build_opener()

def token(realm_name, **form):
    body = urllib.parse.urlencode(form).encode()
    with opener.open(f"{kc}/realms/{realm_name}/protocol/openid-connect/token", body, timeout=30) as r:
        return json.load(r)["access_token"]

def person(name):
    return token(realm, grant_type="password", client_id="klimanetz-cli", username=name, password="demo")

def get(tok, url):
    req = urllib.request.Request(url, headers={"Authorization": f"Bearer {tok}"})
    try:
        with opener.open(req, timeout=60) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()

count = 0
def save(who, path, status, body):
    global count
    count += 1
    name = re.sub(r"[^A-Za-z0-9._=-]+", "_", f"{who}{path}")[:200]
    with open(os.path.join(out, name), "wb") as f:
        f.write(f"GET {path} as {who}: {status}\n".encode() + body + b"\n")

def fetch(who, tok, path, keep=None):
    status, body = get(tok, api + path)
    if status >= 500:
        sys.exit(f"klimanetz: GET {path} as {who} answered {status}: {body[:300]!r}")
    if keep:
        body = keep(body)
    save(who, path, status, body)
    return json.loads(body) if status == 200 and body[:1] in (b"{", b"[") else None

def pages(who, tok, path):
    items, page = [], 0
    sep = "&" if "?" in path else "?"
    while True:
        data = fetch(who, tok, f"{path}{sep}page={page}&size=100")
        if data is None:
            return items
        items += data["items"]
        page += 1
        if page >= data["totalPages"]:
            return items

no_dtstamp = lambda body: re.sub(rb"DTSTAMP:[0-9TZ]+\r\n", b"", body)
def no_exported_at(body):
    d = json.loads(body)
    d.pop("exportedAt", None)
    return json.dumps(d, ensure_ascii=False, indent=1).encode()

people = ["demo-admin", "demo-coordinator", "demo-host", "demo-member", "demo-outsider"]
tokens = {p: person(p) for p in people}
admin = tokens["demo-admin"]
networks = pages("admin", admin, "/api/v1/networks")
events, rooms, participants = [], [], set()
for n in networks:
    nid = n["id"]
    fetch("admin", admin, f"/api/v1/networks/{nid}")
    for m in pages("admin", admin, f"/api/v1/networks/{nid}/members"):
        participants.add(m.get("participantId") or m.get("id"))
    pages("admin", admin, f"/api/v1/networks/{nid}/invitations")
    fetch("admin", admin, f"/api/v1/networks/{nid}/stats")
    rooms += pages("admin", admin, f"/api/v1/networks/{nid}/online-rooms")
    for when in ("upcoming", "past"):
        events += pages("admin", admin, f"/api/v1/networks/{nid}/events?when={when}")
    for msg in pages("admin", admin, f"/api/v1/networks/{nid}/messages"):
        fetch("admin", admin, f"/api/v1/networks/{nid}/messages/{msg['id']}")
    fetch("admin", admin, f"/api/v1/networks/{nid}/attendance-report?from=2025-01-01&to=2027-12-31")
    fetch("admin", admin, f"/api/v1/networks/{nid}/calendar.ics", keep=no_dtstamp)
for room in rooms:
    fetch("admin", admin, f"/api/v1/online-rooms/{room['id']}")
    sessions = fetch("admin", admin, f"/api/v1/online-rooms/{room['id']}/sessions?from=2026-01-01&to=2027-12-31")
for e in events:
    fetch("admin", admin, f"/api/v1/events/{e['id']}")
    for status in ("", "?status=CONFIRMED", "?status=WAITLISTED", "?status=CANCELLED"):
        pages("admin", admin, f"/api/v1/events/{e['id']}/registrations{status}")
    for p in people[1:]:
        fetch(p, tokens[p], f"/api/v1/events/{e['id']}/registrations/me")
for m in pages("admin", admin, "/api/v1/municipalities"):
    fetch("admin", admin, f"/api/v1/municipalities/{m['id']}/climate-concept")
    pages("admin", admin, f"/api/v1/municipalities/{m['id']}/climate-concept/history")
for pid in sorted(p for p in participants if p):
    fetch("admin", admin, f"/api/v1/participants/{pid}")
for status in ("", "?status=FAILED", "?status=QUEUED", "?status=SENT"):
    pages("admin", admin, f"/api/v1/mail-deliveries{status}")
for w in pages("admin", admin, "/api/v1/webhooks"):
    fetch("admin", admin, f"/api/v1/webhooks/{w['id']}")
    pages("admin", admin, f"/api/v1/webhooks/{w['id']}/deliveries")
for p in people:
    t = tokens[p]
    for path in ("/api/v1/me", "/api/v1/me/upcoming", "/api/v1/me/calendar-feed", "/api/v1/me/notification-settings"):
        fetch(p, t, path)
    pages(p, t, "/api/v1/me/memberships")
    fetch(p, t, "/api/v1/me/export", keep=no_exported_at)
# the change feed as the integration reads it, from the start, cursor by cursor
integration = token(realm, grant_type="client_credentials", client_id="klimanetz-integration", client_secret=integration_secret)
cursor, feed = None, 0
while True:
    data = fetch("integration", integration, "/api/v1/changes?limit=500" + (f"&after={cursor}" if cursor else ""))
    feed += len(data["items"])
    if not data["items"]:
        break
    cursor = data["next"]
# Keycloak: the realm's accounts, clients (with their secrets) and roles
def clients_as_configured(body):
    # kc.sh import gives bearer-only clients (which never use one) a generated secret and writes the
    # default post-logout redirect "+" out: defaults of the import, not settings of the realm
    clients = json.loads(body)
    for c in clients:
        attributes = c.get("attributes", {})
        if c.get("bearerOnly"):
            c.pop("secret", None)
            attributes.pop("client.secret.creation.time", None)
        if attributes.get("post.logout.redirect.uris") == "+":
            attributes.pop("post.logout.redirect.uris")
    return json.dumps(clients, ensure_ascii=False, indent=1).encode()
kc_token = token("master", grant_type="password", client_id="admin-cli", username=kc_admin, password=kc_admin_password)
for path in (f"/admin/realms/{realm}/users?max=10000&briefRepresentation=false", f"/admin/realms/{realm}/clients",
             f"/admin/realms/{realm}/roles", f"/admin/realms/{realm}/groups"):
    status, body = get(kc_token, kc + path)
    if status != 200:
        sys.exit(f"klimanetz: Keycloak GET {path}: {status}")
    save("keycloak", path, status, clients_as_configured(body) if path.endswith("/clients") else body)
print(f"{count} answers, {len(networks)} networks, {len(events)} events, {len(rooms)} rooms, {feed} changes")
PY
}

# db_state <dir>: every table's rows (as the backup writes them) and the schema from the catalog
db_state() {
  mkdir -p "$1"
  {
    db_session_settings
    echo "begin isolation level repeatable read read only;"
    db_table_order | while read -r table; do echo "\\copy public.\"$table\" to '$1/$table.copy'"; done
    echo "\\copy (select sequencename, last_value from pg_sequences where schemaname = 'public' and last_value is not null order by 1) to '$1/sequences'"
    echo "\\copy (select c.relname, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid) from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped order by 1, 2) to '$1/schema-columns'"
    echo "\\copy (select conrelid::regclass::text, conname, pg_get_constraintdef(oid) from pg_constraint where connamespace = 'public'::regnamespace order by 1, 2) to '$1/schema-constraints'"
    echo "\\copy (select tablename, indexname, indexdef from pg_indexes where schemaname = 'public' order by 1, 2) to '$1/schema-indexes'"
    echo "\\copy (select sequencename, data_type, start_value, increment_by, cycle from pg_sequences where schemaname = 'public' order by 1) to '$1/schema-sequences'"
    echo "\\copy (select event_object_table, trigger_name from information_schema.triggers where trigger_schema = 'public' order by 1, 2) to '$1/schema-triggers'"
    echo "commit;"
  } | psql_ -f -
}

say "backup round trip: changes, backup with everything running, wipe, restore, compare"
# changes just before the backup, with text that tests COPY's escaping (quotes, backslash, tab,
# line breaks, umlauts, an emoji) in a varchar, a text[] and the change feed's jsonb
token() {
  curl -fsS -d grant_type=password -d client_id=klimanetz-cli -d "username=$1" -d password=demo \
    "$KC_URL/realms/$REALM/protocol/openid-connect/token" | python3 -c 'import sys,json; print(json.load(sys.stdin)["access_token"])'
}
admin=$(token demo-admin) member=$(token demo-member)
curl -fsS -o /dev/null -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  -d '{"name":"Netzwerk Sicherung \"Ü\" \\ 1","region":"NRW","description":"Zeile 1\nZeile 2\twith tab, \\N not null, 🌍","eligibility":"alle","organizer":{"name":"Kommunal Agentur NRW","contactEmail":"netzwerk@kommunalagentur-nrw.example.org"}}' \
  "$API_URL/api/v1/networks" || die "creating a network failed"
etag=$(curl -fsS -D - -o /dev/null -H "Authorization: Bearer $member" "$API_URL/api/v1/me" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag" {print $2}')
me=$(curl -fsS -H "Authorization: Bearer $member" "$API_URL/api/v1/me" | python3 -c '
import json, sys
me = json.load(sys.stdin)
body = {k: me[k] for k in ("displayName", "jobTitle", "municipalityId", "inOfficeSince", "phone", "topics", "bio", "showEmail", "showPhone") if k in me}
body["topics"] = ["Wärmeplanung", "Sicherung, mit Komma", "{geschweift}", "\"zitiert\"", "back\\slash"]
body["bio"] = "Vor der Sicherung geändert.\nZweite Zeile\tmit Tab."
print(json.dumps(body, ensure_ascii=False))')
curl -fsS -o /dev/null -X PUT -H "Authorization: Bearer $member" -H "If-Match: $etag" -H 'Content-Type: application/json' \
  --data-binary "$me" "$API_URL/api/v1/me" || die "changing the member's profile failed"

# wait until the background work is done (mails, webhook deliveries): two equal captures in a row
capture "$dir/before" >"$dir/before.count"
for ((i = 0; ; i++)); do
  sleep 2
  capture "$dir/again" >/dev/null
  diff -rq "$dir/before" "$dir/again" >/dev/null && break
  ((i < 10)) || { diff -r "$dir/before" "$dir/again" | head -n 40 >&2; die "the test stack does not come to rest (background work keeps changing answers)"; }
  rm -rf "$dir/before"; mv "$dir/again" "$dir/before"
done
rm -rf "$dir/again"
db_state "$dir/db-before"

backup_start=$SECONDS
"$ROOT/scripts/backup.sh"
backup_secs=$((SECONDS - backup_start))
file=$(cat "$RUN_DIR/last-backup")
capture "$dir/during" >/dev/null
diff -r "$dir/before" "$dir/during" >&2 || die "the answers changed while the backup ran (diff above), so the comparison would prove nothing"
rm -rf "$dir/during"

say "  stopping the API, Keycloak and PostgreSQL and wiping their data"
stop_service api
stop_service keycloak
stop_postgres
pg_init_paths
rm -rf "${PG_BASE:?}/$PG_STATE" "$KC_HOME/data/h2" "$KC_HOME/data/tmp"
restore_start=$SECONDS
"$ROOT/scripts/restore.sh" "$file"
restore_secs=$((SECONDS - restore_start))

# the rows and the schema, before any service touches them again
start_postgres >/dev/null
db_state "$dir/db-after"
diff -r "$dir/db-before" "$dir/db-after" >&2 || die "the restored database differs from the one backed up (diff above: < before, > after)"
mkdir -p "$dir/backup" && tar -xzf "$file" -C "$dir/backup"
for f in "$dir/backup/database/"*.copy "$dir/backup/database/sequences"; do
  cmp -s "$f" "$dir/db-after/$(basename "$f")" || die "$(basename "$f") differs between the backup and the restored database"
done

start_keycloak
start_api
wait_keycloak 300
wait_http api "$API_URL/q/health/ready" 180
capture "$dir/after" >"$dir/after.count"
diff -r "$dir/before" "$dir/after" >&2 || die "the restored stack answers differently (diff above: < before the backup, > after the restore)"
say "  ok   $(cat "$dir/before.count"): identical after the restore, so are every table's rows and the schema"
say "backup round trip passed in $((SECONDS - started)) s (backup $backup_secs s, restore $restore_secs s, $(du -h "$file" | cut -f1) backup)"
