#!/usr/bin/env bash
# Outages on the real test stack (scripts/e2e.sh): Keycloak hangs (SIGSTOP) and PostgreSQL stops.
# While Keycloak hangs, a valid token still works and a token with an unknown key id is a 401
# within seconds; while the database is down the API answers 503 problem+json with Retry-After,
# and it answers 200 again once the database is back. Restores both whatever happens.
source "$(dirname "$0")/lib.sh"
use_stack test
api=$API_URL
token=$(curl -fsS -d grant_type=password -d client_id=klimanetz-cli -d username=demo-member -d password=demo \
  "$KC_URL/realms/$REALM/protocol/openid-connect/token" | python3 -c 'import sys,json; print(json.load(sys.stdin)["access_token"])')
# the same claims, a key id Keycloak never had, and a signature that cannot match
b64() { base64 -w0 | tr '+/' '-_' | tr -d '='; }
forged="$(printf '{"alg":"RS256","typ":"JWT","kid":"unknown-key"}' | b64).$(cut -d. -f2 <<<"$token").$(printf 'no-signature' | b64)"
timed() { # timed <expected status> <max seconds> <curl args...>: prints status and time
  local expected=$1 max=$2; shift 2
  local out status secs
  out=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' --max-time 60 "$@")
  status=${out% *} secs=${out#* }
  echo "  $status in ${secs}s"
  [[ $status == "$expected" ]] || die "expected $expected, got $status"
  python3 -c "import sys; sys.exit(0 if float('$secs') <= $max else 1)" || die "took ${secs}s, more than ${max}s"
}
kc_pid=$(cat "$RUN_DIR/keycloak.pid")
cont() { kill -CONT -- "-$kc_pid" 2>/dev/null || true; }
trap 'cont; [[ -f $RUN_DIR/postgres.pid ]] || start_postgres >/dev/null' EXIT

say "outage: Keycloak hangs (SIGSTOP)"
kill -STOP -- "-$kc_pid"
timed 200 2 -H "Authorization: Bearer $token" "$api/api/v1/networks"
timed 401 5 -H "Authorization: Bearer $forged" "$api/api/v1/networks"
timed 401 2 -H "Authorization: Bearer $forged" "$api/api/v1/networks"
cont

say "outage: PostgreSQL stops"
stop_postgres
headers=$(mktemp)
timed 503 8 -D "$headers" -H "Authorization: Bearer $token" "$api/api/v1/networks"
grep -qi '^retry-after: 5' "$headers" || die "no Retry-After on the 503"
grep -qi '^content-type: application/problem+json' "$headers" || die "the 503 is not problem+json"
rm -f "$headers"
start_postgres >/dev/null
for ((i = 0; i < 40; i++)); do
  [[ $(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$api/api/v1/networks") == 200 ]] && break
  sleep 0.5
done
timed 200 2 -H "Authorization: Bearer $token" "$api/api/v1/networks"
say "outages: the API answered as documented and recovered"
