#!/usr/bin/env bash
# make stop: stops what `make run` / `make dev` started (only the pids recorded under .data/run/).
source "$(dirname "$0")/lib.sh"
use_stack run

if ! stack_running; then
  say "nothing is running"
  rm -f "$RUN_DIR"/*.pid "$RUN_DIR/postgres.datadir"
  exit 0
fi
touch "$RUN_DIR/stop-requested"
stop_stack
say "stopped"
