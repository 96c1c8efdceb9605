#!/usr/bin/env bash
# make lint: static checks that need no running services.
source "$(dirname "$0")/lib.sh"
for f in "$ROOT"/scripts/*.sh "$ROOT"/.ci/run; do bash -n "$f" || die "syntax error in $f"; done
if command -v shellcheck >/dev/null 2>&1; then shellcheck -x "$ROOT"/scripts/*.sh "$ROOT"/.ci/run; fi
"$(compose_python)" "$ROOT/scripts/check-compose.py"
frontend_deps
(cd "$ROOT/frontend" && npm run -s lint && npm run -s typecheck)
say "lint passed"
