#!/usr/bin/env bash
# A short, bounded load on a running API before its memory is measured (scripts/api-memory.sh):
# the largest bodies it accepts to read, PDFs and calendars in parallel, many small reads, and a
# burst of registrations for one event by the demo accounts. Local addresses only; about 30 s.
# Usage: scripts/api-stress.sh <API URL> <Keycloak URL>
set -euo pipefail
api=${1%/} kc=${2%/}
NRW=0f8c3a52-6a0e-4c1f-9d59-2b7f0e5c4a11 EVENT=8d2f4b61-3c7e-4a90-b1d5-6e0f2a9c7b31
token() {
  curl -fsS -d grant_type=password -d client_id=klimanetz-cli -d "username=$1" -d password=demo \
    "$kc/realms/klimanetz/protocol/openid-connect/token" | python3 -c 'import sys,json; print(json.load(sys.stdin)["access_token"])'
}
admin=$(token demo-admin)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# a JSON body just under the 512 KiB limit (a description far too long: refused while it is read)
python3 - "$tmp/big.json" <<'PY'
import json, sys
body = {"name": "Last", "region": "NRW", "eligibility": "alle", "description": "x" * 500_000,
        "organizer": {"name": "A", "contactEmail": "a@example.org"}}
open(sys.argv[1], "w").write(json.dumps(body))
PY
export api admin tmp NRW EVENT
run() { # run <parallel> <count> <curl args...>
  local p=$1 n=$2; shift 2
  seq "$n" | xargs -P "$p" -I{} curl -s -o /dev/null -w '%{http_code}\n' "$@" >>"$tmp/codes"
}
started=$SECONDS
run 20 100 -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' --data-binary "@$tmp/big.json" "$api/api/v1/networks"
run 10 60 -H "Authorization: Bearer $admin" "$api/api/v1/events/$EVENT/sign-in-sheet.pdf"
run 10 60 -H "Authorization: Bearer $admin" "$api/api/v1/networks/$NRW/calendar.ics"
run 50 1000 -H "Authorization: Bearer $admin" "$api/api/v1/networks/$NRW/members?size=100"
# the registration burst: the demo accounts register for the demo event at the same moment, many times
for user in demo-member demo-coordinator demo-host demo-outsider; do
  t=$(token "$user")
  seq 50 | xargs -P 50 -I{} curl -s -o /dev/null -w '%{http_code}\n' -H "Authorization: Bearer $t" -H 'Content-Type: application/json' \
    -d '{}' "$api/api/v1/events/$EVENT/registrations" >>"$tmp/codes" &
done
wait
echo "klimanetz: API load: $(wc -l <"$tmp/codes") requests in $((SECONDS - started)) s, statuses: $(sort "$tmp/codes" | uniq -c | awk '{printf "%s×%s ", $2, $1}')"
if grep -q '^5' "$tmp/codes"; then echo "klimanetz: the API answered 5xx under load" >&2; exit 1; fi
