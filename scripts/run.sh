#!/usr/bin/env bash
# make run: PostgreSQL, Keycloak, API and SPA on this machine, without Docker.
# Stops everything it started on Ctrl-C, or when `make stop` is run from another terminal.
source "$(dirname "$0")/lib.sh"
use_stack run

check_prereqs
if stack_running; then
  die "Klimanetz is already running (pids in $RUN_DIR): use it, or run 'make stop' first"
fi
[[ $EXTERNAL_DB == true ]] || check_port "$DB_PORT" PostgreSQL "stop the process using it, or set KLIMANETZ_DB_PORT (or KLIMANETZ_DB_URL for an external database)"
check_port "$KC_PORT" Keycloak "stop the process using it (another Keycloak?), or set KLIMANETZ_KEYCLOAK_PORT"
check_port "$API_PORT" API "stop the process using it, or set KLIMANETZ_HTTP_PORT"
check_port "$SPA_PORT" SPA "stop the process using it (a Vite server?), or set KLIMANETZ_SPA_PORT"
if [[ $EXTERNAL_SMTP == false ]]; then
  check_port "$SMTP_PORT" "MailDev SMTP" "stop the process using it (another MailDev?), or set KLIMANETZ_MAILDEV_SMTP_PORT"
  check_port "$MAIL_WEB_PORT" "MailDev inbox" "stop the process using it, or set KLIMANETZ_MAILDEV_WEB_PORT"
fi

rm -f "$RUN_DIR/stop-requested"
started=$SECONDS
stopping=false
cleanup() {
  $stopping && return
  stopping=true
  trap '' INT TERM
  echo
  say "stopping ..."
  stop_stack
  say "stopped"
}
trap cleanup EXIT
trap 'exit 0' INT  # Ctrl-C is the normal way to stop it
trap 'exit 143' TERM

if [[ $EXTERNAL_DB == true ]]; then
  say "using the external database $DB_URL (KLIMANETZ_DB_URL)"
else
  start_postgres
fi
if [[ $EXTERNAL_SMTP == true ]]; then
  say "sending mail through $SMTP_HOST:$SMTP_PORT ($SMTP_TLS) (KLIMANETZ_SMTP_HOST)"
else
  start_maildev
fi
start_keycloak
# build while Keycloak boots
build_backend
build_frontend
start_api
start_spa
wait_keycloak 300
wait_http api "$API_URL/q/health/ready" 180
wait_http spa "$SPA_ORIGIN/" 60
if [[ $EXTERNAL_SMTP == true ]]; then
  MAIL_LINE="Mail             sent through $SMTP_HOST:$SMTP_PORT"
else
  wait_maildev
  MAIL_LINE="Mail inbox       $MAIL_WEB_URL   (MailDev: every mail the app and Keycloak send)"
fi

cat <<EOF

${B}Klimanetz is running${N} (ready after $((SECONDS - started)) s)

  App              $SPA_ORIGIN
  API              $API_URL/api/v1   (via the app: $SPA_ORIGIN/api/v1)
  API docs         $API_URL/q/swagger-ui   (contract: $API_URL/q/openapi)
  Keycloak admin   $KC_URL/admin   (local only: ${KC_BOOTSTRAP_ADMIN_USERNAME:-admin} / ${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin})
  $MAIL_LINE
  PostgreSQL       $DB_URL   (user $DB_USER)

  Demo logins (password: demo)
    demo-admin        admin + member
    demo-coordinator  member
    demo-host         member
    demo-member       member
    demo-outsider     member

  Logs in $RUN_DIR/*.log. Stop with Ctrl-C or 'make stop'.

EOF

# watch the services; leave (and clean up) as soon as one of them ends, e.g. after `make stop`
while :; do
  for name in postgres maildev keycloak api spa; do
    f="$RUN_DIR/$name.pid"
    [[ $name == postgres && $EXTERNAL_DB == true ]] && continue
    [[ $name == maildev && $EXTERNAL_SMTP == true ]] && continue
    if [[ ! -f $f ]] || ! alive "$(cat "$f")"; then
      if [[ -f $RUN_DIR/stop-requested ]]; then rm -f "$RUN_DIR/stop-requested"; exit 0; fi
      say "$name has stopped (log: $RUN_DIR/$name.log)"
      exit 1
    fi
  done
  sleep 1
done
