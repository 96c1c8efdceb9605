#!/usr/bin/env bash
# Prints the API's peak resident memory (VmHWM) and says so when it is above the target (300 MB).
# Usage: scripts/api-memory.sh <pid of the API> [target in MB]. It fails above the target;
# KLIMANETZ_MEMORY_STRICT=false only reports (e.g. to measure other JVM options).
set -euo pipefail
pid=$1 limit=${2:-300}
status=/proc/$pid/status
[[ -r $status ]] || { echo "klimanetz: no process $pid to measure" >&2; exit 1; }
peak_kb=$(awk '/^VmHWM:/ {print $2}' "$status")
now_kb=$(awk '/^VmRSS:/ {print $2}' "$status")
peak=$((peak_kb / 1024)) now=$((now_kb / 1024))
echo "klimanetz: API memory: peak resident ${peak} MB, now ${now} MB (limit ${limit} MB)"
if ((peak > limit)); then
  echo "klimanetz: the API went over ${limit} MB resident" >&2
  [[ ${KLIMANETZ_MEMORY_STRICT:-true} != true ]] || exit 1
fi
