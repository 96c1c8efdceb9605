#!/usr/bin/env bash
# Run by scripts/e2e.sh against the test stack: the README's "For integrators" walk-through works.
# An admin registers a webhook to a receiver on this machine, a member registers for an event, the
# receiver gets a delivery with a valid Standard Webhooks signature and no personal data, the
# integration reads the same change from /changes, and a POST retried with its Idempotency-Key has
# one effect. It uses a network and event of its own (demo-outsider as the member), so that the
# browser journeys find the demo meeting as they expect; the webhook is deleted afterwards.
source "$(dirname "$0")/lib.sh"
use_stack test
token_url="$KC_URL/realms/$REALM/protocol/openid-connect/token"
json() { python3 -c 'import sys,json
d=json.load(sys.stdin)
for k in sys.argv[1].split("."):
    d=d[int(k)] if isinstance(d,list) else d.get(k) if d is not None else None
print(json.dumps(d) if not isinstance(d,str) else d)' "$1"; }
password_token() { curl -fsS -d grant_type=password -d client_id=klimanetz-cli -d username="$1" -d password=demo "$token_url" | json access_token; }

say "integrators: webhook, change feed and idempotent retries as the README shows them"
admin=$(password_token demo-admin) || die "no token for demo-admin"
member=$(password_token demo-outsider) || die "no token for demo-outsider"
integration=$(curl -fsS -d grant_type=client_credentials -d client_id=klimanetz-integration \
  -d client_secret="${KLIMANETZ_INTEGRATION_SECRET:-demo-integration-secret}" "$token_url" | json access_token) \
  || die "no token for klimanetz-integration"

received="$RUN_DIR/webhooks.jsonl"; : >"$received"
port_file="$RUN_DIR/webhook-receiver.port"; rm -f "$port_file"
setsid python3 -c '
import http.server, json, sys
out, port_file = sys.argv[1], sys.argv[2]
class H(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        with open(out, "a") as f:
            f.write(json.dumps({"headers": {k.lower(): v for k, v in self.headers.items()}, "body": body.decode()}) + "\n")
        self.send_response(204); self.end_headers()
    def log_message(self, *args): pass
server = http.server.HTTPServer(("127.0.0.1", 0), H)
open(port_file, "w").write(str(server.server_address[1]))
server.serve_forever()' "$received" "$port_file" >"$RUN_DIR/webhook-receiver.log" 2>&1 </dev/null &
receiver=$!
trap 'kill $receiver 2>/dev/null || true' EXIT
for _ in $(seq 50); do [[ -s $port_file ]] && break; sleep 0.1; done
[[ -s $port_file ]] || die "the webhook receiver did not start"

created=$(curl -fsS -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  -d "{\"url\":\"http://localhost:$(cat "$port_file")/hook\",\"eventTypes\":[\"registration.created\"]}" \
  "$API_URL/api/v1/webhooks") || die "could not register a webhook"
webhook=$(json id <<<"$created") secret=$(json secret <<<"$created")
cursor=$(curl -fsS -H "Authorization: Bearer $integration" "$API_URL/api/v1/changes?limit=500" | json next)
while :; do
  page=$(curl -fsS -H "Authorization: Bearer $integration" "$API_URL/api/v1/changes?limit=500&after=$cursor")
  [[ $(json items <<<"$page") == "[]" ]] && break
  cursor=$(json next <<<"$page")
done

network=$(curl -fsS -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  -d '{"name":"Integrationsprobe","region":"NRW","eligibility":"Test","organizer":{"name":"Kommunal Agentur NRW","contactEmail":"netzwerk@kommunalagentur-nrw.example.org"}}' \
  "$API_URL/api/v1/networks" | json id) || die "could not create a network"
me=$(curl -fsS -H "Authorization: Bearer $member" "$API_URL/api/v1/me" | json id)
curl -fsS -o /dev/null -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  -d "{\"participantId\":\"$me\",\"role\":\"MEMBER\"}" "$API_URL/api/v1/networks/$network/members" || die "could not add the member"
start=$(python3 -c 'import datetime; print((datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=40)).replace(microsecond=0).isoformat())')
end=$(python3 -c 'import datetime; print((datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=40, hours=4)).replace(microsecond=0).isoformat())')
event=$(curl -fsS -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  -d "{\"title\":\"Integrationsprobe vor Ort\",\"status\":\"PUBLISHED\",\"startsAt\":\"$start\",\"endsAt\":\"$end\",\"venue\":{\"name\":\"Kreishaus Unna\",\"city\":\"Unna\"},\"capacity\":20}" \
  "$API_URL/api/v1/networks/$network/events" | json id) || die "could not create an event"
registration=$(curl -fsS -H "Authorization: Bearer $member" -H 'Content-Type: application/json' -d '{}' \
  "$API_URL/api/v1/events/$event/registrations" | json id) || die "the member could not register"
for _ in $(seq 100); do [[ -s $received ]] && break; sleep 0.2; done
[[ -s $received ]] || die "no webhook delivery arrived"
python3 - "$received" "$secret" "$registration" <<'PY' || die "the webhook delivery is not right (see above)"
import base64, hashlib, hmac, json, sys
delivery = json.loads(open(sys.argv[1]).readline())
headers, body, secret = delivery["headers"], delivery["body"], sys.argv[2]
key = base64.b64decode(secret.removeprefix("whsec_"))
signed = f'{headers["webhook-id"]}.{headers["webhook-timestamp"]}.{body}'.encode()
expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
assert any(hmac.compare_digest(expected, s.split(",", 1)[1]) for s in headers["webhook-signature"].split()), "bad signature"
payload = json.loads(body)
assert payload["type"] == "registration.created" and payload["resourceId"] == sys.argv[3], payload
assert "demo-outsider" not in body and "@" not in body, "personal data in the payload"
PY
say "  ok   a signed delivery of registration.created arrived, without personal data"
change=$(python3 -c 'import json,sys; print(json.loads(json.loads(open(sys.argv[1]).readline())["body"])["id"])' "$received")
feed=$(curl -fsS -H "Authorization: Bearer $integration" "$API_URL/api/v1/changes?after=$cursor&types=registration.created")
[[ $feed == *"\"id\":\"$change\""* ]] && say "  ok   the same change is in /changes" || die "change $change not in the feed: ${feed:0:300}"

key=$(python3 -c 'import uuid; print(uuid.uuid4())')
body='{"name":"Netzwerk Integrationsprobe","region":"NRW","eligibility":"Test","organizer":{"name":"Kommunal Agentur NRW","contactEmail":"netzwerk@kommunalagentur-nrw.example.org"}}'
first=$(curl -fsS -H "Authorization: Bearer $admin" -H "Idempotency-Key: $key" -H 'Content-Type: application/json' -d "$body" "$API_URL/api/v1/networks" | json id)
again=$(curl -fsS -H "Authorization: Bearer $admin" -H "Idempotency-Key: $key" -H 'Content-Type: application/json' -d "$body" "$API_URL/api/v1/networks" | json id)
[[ -n $first && $first == "$again" ]] && say "  ok   a POST retried with its Idempotency-Key had one effect" || die "idempotent retry: $first vs $again"

curl -fsS -o /dev/null -X DELETE -H "Authorization: Bearer $admin" "$API_URL/api/v1/webhooks/$webhook" || die "could not delete the webhook"
