#!/usr/bin/env bash
# Prints the API's peak resident memory (VmHWM) and fails above the limit (default 300 MB).
# Usage: scripts/api-memory.sh <pid of the API> [limit in MB]
set -euo pipefail
pid=$1 limit=${2:-300}
status=/proc/$pid/status
[[ -r $status ]] || { echo "klimanetz: no process $pid to measure" >&2; exit 1; }
peak_kb=$(awk '/^VmHWM:/ {print $2}' "$status")
now_kb=$(awk '/^VmRSS:/ {print $2}' "$status")
peak=$((peak_kb / 1024)) now=$((now_kb / 1024))
echo "klimanetz: API memory: peak resident ${peak} MB, now ${now} MB (limit ${limit} MB)"
((peak <= limit)) || { echo "klimanetz: the API went over ${limit} MB resident" >&2; exit 1; }
