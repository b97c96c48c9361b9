#!/usr/bin/env bash
# Times the published bot's start to its first healthy /healthz on an existing database, N starts of each bot given,
# taken in turn (A B A B ...), and prints every start and the median of each: the wall time, and the CPU the process
# had used when it answered (user + system, from /proc; on two cores a start that is all CPU shows more CPU than wall).
#   bench/profile/start-to-healthy.sh N DATABASE BOT_DIR [BOT_DIR ...]
# e.g. bench/profile/start-to-healthy.sh 10 /tmp/start.db bench/.out/bot /tmp/before-bot
# The database is migrated by the first start (not counted). Development settings unless ENVIRONMENT=Production is
# given (then with a throw-away audit key and anchor beside the database), port 5097, the bot killed once healthy.
set -euo pipefail
runs=$1 database=$2
shift 2
export ASPNETCORE_ENVIRONMENT=${ENVIRONMENT:-Development} ASPNETCORE_URLS=http://127.0.0.1:5097 "ConnectionStrings__Lianzheng=Data Source=$database"
if [[ $ASPNETCORE_ENVIRONMENT == Production ]]; then
  export Audit__Key=c3RhcnQtdG8taGVhbHRoeS1ub3QtYS1zZWNyZXQtMDE= Audit__AnchorPath="$database.anchor" Bureau__PublicBaseUrl=https://bot.example.cn
fi

start_once() {
  local begin end pid cpu
  begin=$(date +%s%N)
  "$1/Bot" > /dev/null 2>&1 &
  pid=$!
  until curl -sf http://127.0.0.1:5097/healthz > /dev/null 2>&1; do sleep 0.01; done
  end=$(date +%s%N)
  cpu=$(awk '{ print ($14 + $15) * 10 }' "/proc/$pid/stat") # clock ticks of 10 ms
  kill -9 "$pid"; wait "$pid" 2> /dev/null || true
  echo "$(( (end - begin) / 1000000 ))/$cpu"
}

median() { tr ' ' '\n' <<< "$1" | grep . | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

declare -A walls cpus
for bot in "$@"; do start_once "$bot" > /dev/null; done # warm-up: migrates, fills the page cache
for ((i = 0; i < runs; i++)); do
  for bot in "$@"; do
    result=$(start_once "$bot")
    walls[$bot]+="${result%/*} " cpus[$bot]+="${result#*/} "
  done
done
for bot in "$@"; do
  echo "$bot: median $(median "${walls[$bot]}") ms to healthy, $(median "${cpus[$bot]}") ms of CPU;" \
    "starts (ms, sorted): $(tr ' ' '\n' <<< "${walls[$bot]}" | grep . | sort -n | tr '\n' ' ')"
done
