#!/usr/bin/env bash
# API smoke test with curl against a running stack: tokens from the real Keycloak, issuer and
# roles in the token, 401 as problem+json without a token, networks listed with a token.
# usage: scripts/smoke.sh [api-url] [keycloak-url] [spa-origin] [maildev-url]
source "$(dirname "$0")/lib.sh"
api=${1:-http://localhost:8080} kc=${2:-http://localhost:8180} spa=${3:-} maildev=${4:-}
token_url="$kc/realms/$REALM/protocol/openid-connect/token"
fails=0
ok() { say "  ok   $*"; }
bad() { say "  FAIL $*"; fails=$((fails + 1)); }
claims() { # decodes a JWT's payload
  python3 -c 'import sys,json,base64
p=sys.argv[1].split(".")[1]; p+="="*(-len(p)%4)
print(json.dumps(json.loads(base64.urlsafe_b64decode(p))))' "$1"
}
json() { python3 -c 'import sys,json
d=json.load(sys.stdin)
for k in sys.argv[1].split("."):
    d=d[int(k)] if isinstance(d,list) else d.get(k) if d is not None else None
print(json.dumps(d) if not isinstance(d,str) else d)' "$1"; }

say "smoke test of $api"
member=$(curl -fsS -d grant_type=password -d client_id=klimanetz-cli -d username=demo-member -d password=demo "$token_url" | json access_token) \
  || die "no token for demo-member from $token_url"
c=$(claims "$member")
[[ $(json iss <<<"$c") == "$kc/realms/$REALM" ]] && ok "iss is $kc/realms/$REALM" || bad "iss: $(json iss <<<"$c")"
[[ $(json realm_access.roles <<<"$c") == *'"member"'* ]] && ok "demo-member has realm role member" || bad "roles: $(json realm_access <<<"$c")"
[[ $(json preferred_username <<<"$c") == demo-member && $(json email_verified <<<"$c") == true && -n $(json name <<<"$c") ]] \
  && ok "token carries preferred_username, name, email_verified" || bad "profile claims: $c"

integ=$(curl -fsS -d grant_type=client_credentials -d client_id=klimanetz-integration \
  -d client_secret="${KLIMANETZ_INTEGRATION_SECRET:-demo-integration-secret}" "$token_url" | json access_token) \
  || die "no client-credentials token for klimanetz-integration"
[[ $(json realm_access.roles <<<"$(claims "$integ")") == *'"integration"'* ]] && ok "klimanetz-integration has realm role integration" || bad "integration roles"

[[ $(json realm_access.roles <<<"$(claims "$integ")") != *'"member"'* ]] && ok "klimanetz-integration is no member (sees no people)" || bad "integration has member"

accounts=$(curl -fsS -d grant_type=client_credentials -d client_id=klimanetz-accounts \
  -d client_secret="${KLIMANETZ_ACCOUNTS_SECRET:-demo-accounts-secret}" "$token_url" | json access_token) \
  || die "no client-credentials token for klimanetz-accounts (the API's account service)"
granted=$(json resource_access.realm-management.roles <<<"$(claims "$accounts")")
[[ $granted == *'"manage-users"'* && $granted == *'"view-users"'* && $granted != *'"realm-admin"'* ]] \
  && ok "klimanetz-accounts holds manage-users and view-users, not realm-admin" || bad "klimanetz-accounts roles: $granted"
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $accounts" "$kc/admin/realms/$REALM/clients")
[[ $code == 403 ]] && ok "klimanetz-accounts cannot read the realm's clients ($code)" || bad "klimanetz-accounts read clients: $code"

code=$(curl -s -o /dev/null -w '%{http_code}' -d grant_type=password -d client_id=klimanetz-spa -d username=demo-member -d password=demo "$token_url")
[[ $code == 400 || $code == 401 ]] && ok "klimanetz-spa refuses the password grant ($code)" || bad "klimanetz-spa password grant gave $code"

out=$(curl -s -D - -o /tmp/klimanetz-smoke.$$ "$api/api/v1/networks")
body=$(cat /tmp/klimanetz-smoke.$$); rm -f /tmp/klimanetz-smoke.$$
[[ $out == *" 401"* && ${out,,} == *"content-type: application/problem+json"* ]] && ok "no token: 401 problem+json" || bad "no token: $(head -n1 <<<"$out") $body"

body=$(curl -fsS -H "Authorization: Bearer $member" "$api/api/v1/networks") || bad "GET /api/v1/networks with a token failed"
[[ $body == *"Netzwerk Klimaschutzmanagement NRW"* ]] && ok "networks listed, demo network present" || bad "networks: ${body:0:300}"
body=$(curl -fsS -H "Authorization: Bearer $integ" "$api/api/v1/networks") && ok "integration token can list networks" || bad "integration token rejected"

nrw=0f8c3a52-6a0e-4c1f-9d59-2b7f0e5c4a11
body=$(curl -fsS -H "Authorization: Bearer $member" "$api/api/v1/me/upcoming?limit=1") || bad "GET /api/v1/me/upcoming failed"
[[ $body == *"Online-Austausch Klimaschutzmanagement NRW"* ]] && ok "demo-member's next session is in the demo room" || bad "upcoming: ${body:0:300}"
body=$(curl -fsS -H "Authorization: Bearer $member" "$api/api/v1/networks/$nrw/calendar.ics") || bad "network calendar failed"
[[ $body == *"RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"* && $body == *"BEGIN:VTIMEZONE"* ]] && ok "network calendar is one biweekly series" || bad "calendar: ${body:0:300}"
code=$(curl -s -o /tmp/klimanetz-smoke.$$ -w '%{http_code} %{content_type}' -H "Authorization: Bearer $integ" -H 'Accept: text/csv' \
  "$api/api/v1/networks/$nrw/attendance-report")
[[ $code == "200 text/csv"* && $(head -c 3 /tmp/klimanetz-smoke.$$ | od -An -tx1 | tr -d ' ') == efbbbf ]] \
  && ok "attendance report as CSV with byte-order mark" || bad "attendance CSV: $code"
rm -f /tmp/klimanetz-smoke.$$

for path in /q/health/ready /q/health/live /q/health/well /q/openapi /q/swagger-ui/; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$api$path")
  [[ $code == 200 ]] && ok "production build answers $path" || bad "$path gave $code"
done
# metrics describe the whole system: admins only
admin=$(curl -fsS -d grant_type=password -d client_id=klimanetz-cli -d username=demo-admin -d password=demo "$token_url" | json access_token) \
  || die "no token for demo-admin from $token_url"
code=$(curl -s -o /dev/null -w '%{http_code}' "$api/q/metrics")
code_member=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $member" "$api/q/metrics")
code_admin=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $admin" "$api/q/metrics")
[[ $code == 401 && $code_member == 403 && $code_admin == 200 ]] && ok "/q/metrics for admins only (401, 403, 200)" \
  || bad "/q/metrics: anonymous $code, member $code_member, admin $code_admin"

if [[ -n $spa ]]; then
  auth="$kc/realms/$REALM/protocol/openid-connect/auth?client_id=klimanetz-spa&response_type=code&scope=openid"
  pkce="code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256"
  code=$(curl -s -o /dev/null -w '%{http_code}' "$auth&redirect_uri=$spa/&$pkce")
  [[ $code == 200 ]] && ok "login page for klimanetz-spa with PKCE S256 and redirect $spa/" || bad "login page gave $code"
  code=$(curl -s -o /dev/null -w '%{http_code}' "$auth&redirect_uri=$spa/elsewhere&$pkce")
  [[ $code == 400 ]] && ok "other redirect URIs are refused (exact match)" || bad "redirect $spa/elsewhere gave $code"
  code=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "$auth&redirect_uri=$spa/")
  [[ $code == *"code_challenge_method"* ]] && ok "a login without PKCE is refused" || bad "login without PKCE: $code"
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $member" "$spa/api/v1/networks")
  [[ $code == 200 ]] && ok "SPA origin proxies /api ($code)" || bad "SPA proxy /api gave $code"
  body=$(curl -fsS "$spa/config.json") && [[ $body == *"$kc"* ]] && ok "SPA /config.json points to $kc" || bad "config.json: $body"
fi
if [[ -n $maildev ]]; then
  code=$(curl -s -o /dev/null -w '%{http_code}' "$maildev/api/email")
  [[ $code == 200 ]] && ok "MailDev inbox answers at $maildev" || bad "MailDev $maildev/api/email gave $code"
fi
((fails == 0)) || die "smoke test: $fails check(s) failed"
