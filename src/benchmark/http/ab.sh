#!/usr/bin/env bash
# Two builds of the packaged service measured at once (docs/benchmarks.md): each on a fresh H2 file of its own, both
# warmed up and then loaded by wrk at the same time, each service's CPU read from /proc over the measured window.
# Run one after the other, two builds differ by what the machine does meanwhile (other sessions swing a 2-core
# machine by half and more); run at once, they share its minutes.
#
#   src/benchmark/http/ab.sh APP_A APP_B [--connections 8] [--warmup 40s] [--duration 30s]
#
# APP_A and APP_B are quarkus-app folders (copy target/quarkus-app aside for each build). ENV_A and ENV_B add
# environment to one side only, e.g. ENV_B='DB_URL=jdbc:h2:file:./data/assistant;DB_CLOSE_ON_EXIT=FALSE;PAGE_SIZE=2048'
# to try an H2 setting on the same build (no spaces inside a value). CATALOGUE_PATH (the import's folder, or its
# catalogue.jsonl) is copied for each side, as a start writes its kept index beside the catalogue. The ports are
# BENCH_PORT and the next one (8781, 8782 by default). The same build on both sides shows how far two identical
# services differ.
set -euo pipefail

connections=8
warmup=40s
duration=30s
[ $# -ge 2 ] || { echo "usage: $0 APP_A APP_B [--connections N] [--warmup 40s] [--duration 30s]" >&2; exit 2; }
app_a=$(cd "$1" && pwd)
app_b=$(cd "$2" && pwd)
shift 2
while [ $# -gt 0 ]; do
  case "$1" in
    --connections) connections=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
port_a=${BENCH_PORT:-8781}
port_b=$((port_a + 1))

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
work=$(mktemp -d /tmp/http-ab.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

jq -s -r -f "$here/conversations.jq" "$repo/src/test/resources/eval/dev.jsonl" > "$work/conversations.lua"

# start SIDE APP PORT EXTRA_ENV: the service in a folder of its own, so that its H2 file (./data) is fresh.
start() {
  local side=$1 app=$2 port=$3 extra=$4 catalogue=()
  mkdir -p "$work/$side"
  if [ -d "${CATALOGUE_PATH:-}" ]; then
    cp -r "$CATALOGUE_PATH" "$work/$side/catalogue"
    catalogue=(CATALOGUE_PATH="$work/$side/catalogue")
  elif [ -n "${CATALOGUE_PATH:-}" ]; then
    mkdir "$work/$side/catalogue"
    cp "$CATALOGUE_PATH" "$work/$side/catalogue/"
    catalogue=(CATALOGUE_PATH="$work/$side/catalogue/$(basename "$CATALOGUE_PATH")")
  fi
  # shellcheck disable=SC2086 # extra holds NAME=value words
  (cd "$work/$side" && exec env $extra "${catalogue[@]}" KNOWLEDGE_BASE_PATH="$repo/knowledge-base" PORT="$port" \
     ASSISTANT_RATE_LIMIT_CHAT_PER_MINUTE=100000000 ASSISTANT_RATE_LIMIT_CHAT_BURST=100000000 \
     "$repo/src/main/jvm/start.sh" "$app" >"$work/$side.log" 2>&1) &
  pids+=($!)
}
start A "$app_a" "$port_a" "${ENV_A:-}"
start B "$app_b" "$port_b" "${ENV_B:-}"
for port in "$port_a" "$port_b"; do
  until curl -sf "http://localhost:$port/q/health/ready" >/dev/null; do
    for pid in "${pids[@]}"; do
      kill -0 "$pid" 2>/dev/null || { tail -20 "$work"/*.log; echo "a service did not start" >&2; exit 1; }
    done
    sleep 0.2
  done
done

# The service's CPU time in ms (user + system), from the JVM's own process (start.sh execs java).
cpu_ms() { awk -v tick="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / tick}' "/proc/$1/stat"; }
rss_mb() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$1/status"; }
chat() { wrk -t"$connections" -c"$connections" -d"$2" --timeout 10s -s "$here/chat.lua" "http://localhost:$1" -- "$work/conversations.lua"; }
both() {
  chat "$port_a" "$1" > "$work/A.out" & local wa=$!
  chat "$port_b" "$1" > "$work/B.out" & local wb=$!
  wait "$wa" "$wb"
}

echo "A: $app_a ${ENV_A:-}"
echo "B: $app_b ${ENV_B:-}"
echo "$connections conversations each, $warmup warm-up, $duration measured"
both "$warmup"
load_before=$(cut -d' ' -f1 /proc/loadavg)
cpu_a=$(cpu_ms "${pids[0]}"); cpu_b=$(cpu_ms "${pids[1]}")
both "$duration"
cpu_a=$(( $(cpu_ms "${pids[0]}") - cpu_a )); cpu_b=$(( $(cpu_ms "${pids[1]}") - cpu_b ))
load_after=$(cut -d' ' -f1 /proc/loadavg)

field() { tr ' ' '\n' <<<"$1" | sed -n "s/^$2=//p"; }
echo
echo "| build | turns/s | p50 ms | p99 ms | p99.9 ms | non-200 | unstored | service CPU ms a turn | RSS MB |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
for side in A B; do
  line=$(grep '^RESULT' "$work/$side.out") || { echo "wrk gave no result for $side" >&2; exit 1; }
  if [ "$side" = A ]; then cpu=$cpu_a; pid=${pids[0]}; else cpu=$cpu_b; pid=${pids[1]}; fi
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$side" "$(field "$line" rps)" "$(field "$line" p50)" \
    "$(field "$line" p99)" "$(field "$line" p999)" "$(field "$line" non200)" "$(field "$line" unstored)" \
    "$(awk -v ms="$cpu" -v n="$(field "$line" requests)" 'BEGIN {printf "%.3f", ms / n}')" "$(rss_mb "$pid")"
done
echo "load: $load_before before the measured window, $load_after after"
