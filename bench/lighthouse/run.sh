#!/usr/bin/env bash
# Lighthouse on the SPA, signed in through the real Keycloak (run by scripts/bench.sh when present).
#   bench/lighthouse/run.sh <spa origin> <keycloak url> <out dir>
# Installs lighthouse 12.2.3 (pinned in package.json/package-lock.json, with Node 22 as a package:
# Lighthouse 12 needs Node >= 22) into bench/lighthouse/node_modules on first use, then runs
# run.mjs, which writes <out>/extra-lighthouse.json (a line of the bench table) and <out>/lighthouse.md.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
spa=${1:?spa origin}
keycloak=${2:?keycloak url}
out=${3:?out dir}
mkdir -p "$out"
curl -fsS -o /dev/null --max-time 10 "$keycloak/realms/klimanetz/.well-known/openid-configuration" \
  || { echo "Lighthouse: Keycloak is not answering at $keycloak" >&2; exit 1; }
chromium=${CHROMIUM_PATH:-}
if [[ -z $chromium ]]; then
  for c in chromium chromium-browser google-chrome-stable google-chrome; do
    if command -v "$c" >/dev/null 2>&1; then chromium=$(command -v "$c"); break; fi
  done
fi
[[ -n $chromium ]] || { echo "Lighthouse: no Chromium (apt-get install -y chromium, or set CHROMIUM_PATH)" >&2; exit 1; }
stamp="$here/node_modules/.klimanetz-lock"
if [[ ! -d $here/node_modules || $(cat "$stamp" 2>/dev/null) != "$(sha256sum "$here/package-lock.json")" ]]; then
  echo "klimanetz: installing lighthouse 12.2.3 (npm ci in bench/lighthouse) ..."
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
  sha256sum "$here/package-lock.json" >"$stamp"
fi
echo "klimanetz: Lighthouse (mobile, signed in) on $spa ..."
cd "$here"
CHROMIUM_PATH=$chromium npm exec --offline -- node run.mjs "$spa" "$out"
