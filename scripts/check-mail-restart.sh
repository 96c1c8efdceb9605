#!/usr/bin/env bash
# Run by scripts/e2e.sh against the test stack: mails queued while the mail server is down and
# the API restarts are neither lost nor sent twice. Stops MailDev, has the API queue invitations
# (with Keycloak accounts for the new addresses), restarts the API, starts MailDev again, and
# waits until each invitation and each of Keycloak's "set up your account" mails arrived once.
source "$(dirname "$0")/lib.sh"
use_stack test
token_url="$KC_URL/realms/$REALM/protocol/openid-connect/token"
json() { python3 -c 'import sys,json
d=json.load(sys.stdin)
for k in sys.argv[1].split("."):
    d=d[int(k)] if isinstance(d,list) else d.get(k) if d is not None else None
print(json.dumps(d) if not isinstance(d,str) else d)' "$1"; }

say "mail outage and API restart: nothing lost, nothing twice"
admin=$(curl -fsS -d grant_type=password -d client_id=klimanetz-cli -d username=demo-admin -d password=demo "$token_url" | json access_token) \
  || die "no token for demo-admin"
network=$(curl -fsS -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  -d '{"name":"Ausfallprobe","region":"NRW","eligibility":"Test","organizer":{"name":"Kommunal Agentur NRW","contactEmail":"netzwerk@kommunalagentur-nrw.example.org"}}' \
  "$API_URL/api/v1/networks" | json id) || die "could not create a network"

stop_service maildev
run=$(date +%s)
addresses=()
for i in 1 2 3 4 5; do
  address="ausfall-$run-$i@kreis-unna.example"
  addresses+=("$address")
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$address\"}" "$API_URL/api/v1/networks/$network/members")
  [[ $code == 201 ]] || die "inviting $address gave $code"
done
sleep 3
say "  5 invitations queued while the mail server is down; restarting the API"
stop_service api
start_api
wait_http api "$API_URL/q/health/ready" 180
start_maildev
wait_maildev

deadline=$((SECONDS + 180))
while :; do
  report=$(curl -fsS "$MAIL_WEB_URL/api/email" | python3 -c '
import json, sys
mails = json.load(sys.stdin)
wanted = sys.argv[1:]
def count(address, text):
    return sum(1 for m in mails if any(t["address"] == address for t in m["to"]) and text in m["subject"])
invitations = [count(a, "Einladung in das Netzwerk") for a in wanted]
accounts = [count(a, "Konto bei Klimanetz einrichten") for a in wanted]
print(" ".join(map(str, invitations)), "|", " ".join(map(str, accounts)))' "${addresses[@]}")
  [[ $report == "1 1 1 1 1 | 1 1 1 1 1" ]] && break
  if [[ $report == *2* ]]; then die "a mail arrived twice: invitations | Keycloak mails per address = $report"; fi
  ((SECONDS < deadline)) || die "not every mail arrived within 180 s: invitations | Keycloak mails per address = $report"
  sleep 2
done
sleep 5
again=$(curl -fsS "$MAIL_WEB_URL/api/email" | python3 -c '
import json, sys
mails = json.load(sys.stdin)
print(sum(1 for m in mails for t in m["to"] if t["address"] in sys.argv[1:] and "Einladung" in m["subject"]))' "${addresses[@]}")
[[ $again == 5 ]] || die "expected 5 invitations, found $again after waiting"
say "  ok   5 invitations and 5 account mails arrived once each after the outage and the restart"
