#!/usr/bin/env bash
# Times the published bot's start to its first healthy /healthz on an existing database, N starts of each bot given,
# taken in turn (A B A B ...), and prints every start and the median of each.
#   bench/profile/start-to-healthy.sh N DATABASE BOT_DIR [BOT_DIR ...]
# e.g. bench/profile/start-to-healthy.sh 10 /tmp/start.db bench/.out/bot /tmp/before-bot
# The database is migrated by the first start (not counted). Development settings, port 5097, the bot killed once healthy.
set -euo pipefail
runs=$1 database=$2
shift 2
export ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS=http://127.0.0.1:5097 "ConnectionStrings__Lianzheng=Data Source=$database"

start_once() {
  local begin end pid
  begin=$(date +%s%N)
  "$1/Bot" > /dev/null 2>&1 &
  pid=$!
  until curl -sf http://127.0.0.1:5097/healthz > /dev/null 2>&1; do sleep 0.01; done
  end=$(date +%s%N)
  kill -9 "$pid"; wait "$pid" 2> /dev/null || true
  echo $(( (end - begin) / 1000000 ))
}

declare -A times
for bot in "$@"; do start_once "$bot" > /dev/null; done # warm-up: migrates, fills the page cache
for ((i = 0; i < runs; i++)); do
  for bot in "$@"; do times[$bot]+="$(start_once "$bot") "; done
done
for bot in "$@"; do
  sorted=$(tr ' ' '\n' <<< "${times[$bot]}" | grep . | sort -n | tr '\n' ' ')
  median=$(tr ' ' '\n' <<< "$sorted" | grep . | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }')
  echo "$bot: median ${median} ms; starts (ms, sorted): $sorted"
done
