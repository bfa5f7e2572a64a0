#!/usr/bin/env bash
# HTTP benchmark of the packaged service (docs/benchmarks.md): chat turns per second and latency p50/p99/p99.9 at
# 1, 16 and 64 concurrent conversations with persistence on, and the cheapest endpoint as the HTTP stack's ceiling.
#
#   src/benchmark/http/run.sh [--db h2|postgresql] [--duration 30s] [--warmup 60s] [--connections "1 16 64"]
#                             [--no-build | --app DIR]
#
# --no-build measures target/quarkus-app as it is; --app measures another build's quarkus-app folder (to compare
# two versions back to back).
# Each run starts the app on a fresh database (H2 under a new temporary directory, or a throwaway PostgreSQL on
# port 55499), warms it up, then measures. JAVA_OPTS is passed to the app's JVM, and CATALOGUE_PATH to the app (an
# import of the national catalogue, as README says; unset, the app answers from the guides alone). Needs wrk and jq.
set -euo pipefail

db=h2
duration=30s
warmup=60s
connections="1 16 64"
build=true
app_dir=""
port=${BENCH_PORT:-8481}
pg_port=${BENCH_PG_PORT:-55499}
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --no-build) build=false; shift ;;
    --app) build=false; app_dir=$(cd "$2" && pwd); shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
case "$db" in h2|postgresql) ;; *) echo "--db is h2 or postgresql" >&2; exit 2 ;; esac

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
work=$(mktemp -d /tmp/http-bench.XXXXXX)
chmod 755 "$work"
app_pid=""
cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  if [ -f "$work/pg/postmaster.pid" ]; then as_postgres pg_ctl -D "$work/pg" -m immediate stop >/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# PostgreSQL refuses to run as root: run its tools as the postgres user then.
as_postgres() {
  local tool=/usr/lib/postgresql/15/bin/$1; shift
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$tool" "$@"; else "$tool" "$@"; fi
}

cd "$repo"
jar_dir=${app_dir:-$repo/target/quarkus-app}
if $build; then
  build_flags=(-q -DskipTests package)
  if [ "$db" = postgresql ]; then build_flags+=(-Dquarkus.datasource.db-kind=postgresql); fi
  ./mvnw "${build_flags[@]}"
fi
cp -r "$jar_dir" "$work/app"

app_env=(KNOWLEDGE_BASE_PATH="$repo/knowledge-base" PORT="$port"
         ASSISTANT_RATE_LIMIT_CHAT_PER_MINUTE=100000000 ASSISTANT_RATE_LIMIT_CHAT_BURST=100000000)
if [ "$db" = postgresql ]; then
  mkdir "$work/pg"; chown postgres "$work/pg" 2>/dev/null || true
  as_postgres initdb -D "$work/pg" -U bench --auth=trust >/dev/null
  as_postgres pg_ctl -D "$work/pg" -o "-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1" -l "$work/pg/log" -w start >/dev/null
  as_postgres createdb -h 127.0.0.1 -p "$pg_port" -U bench assistant
  app_env+=(DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/assistant" DB_USER=bench DB_PASSWORD=bench)
fi

echo "== machine"
lscpu | grep -E '^(Model name|CPU\(s\)|Thread|Core|Socket)' | sed 's/  */ /g'
free -h | awk '/Mem:/ {print "Memory: " $2}'
java -version 2>&1 | head -1
wrk --version 2>&1 | head -1 || true
if [ -n "$app_dir" ]; then
  echo "app: $app_dir"
else
  echo "git: $(git -C "$repo" rev-parse --short HEAD) $(git -C "$repo" status --porcelain | grep -q . && echo '(with local changes)')"
fi
echo "database: $db; duration $duration per step after a $warmup warm-up; JAVA_OPTS: ${JAVA_OPTS:-none}"

mkdir "$work/run"
started=$(date +%s%N)
(cd "$work/run" && exec env "${app_env[@]}" "$repo/src/main/jvm/start.sh" "$work/app" >"$work/app.log" 2>&1) &
app_pid=$!
until curl -sf "http://localhost:$port/q/health/ready" >/dev/null; do
  if ! kill -0 "$app_pid" 2>/dev/null; then cat "$work/app.log"; echo "the app did not start" >&2; exit 1; fi
  sleep 0.05
done
ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
java_pid=$app_pid
rss_mb() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$java_pid/status"; }
# The app's CPU time in ms (user + system): per request, it tells the cost even when other work shares the machine.
cpu_ms() { awk -v tick="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / tick}' "/proc/$java_pid/stat"; }
echo "start-up: ready after ${ready_ms} ms (from the java command to /q/health/ready answering 200); $(grep -o 'started in [0-9.]*s' "$work/app.log"); RSS $(rss_mb) MB"

jq -s -r -f "$here/conversations.jq" "$repo/src/test/resources/eval/dev.jsonl" > "$work/conversations.lua"
chat() { wrk -t"$1" -c"$1" -d"$2" --timeout 10s -s "$here/chat.lua" "http://localhost:$port" -- "$work/conversations.lua"; }
ceiling() { wrk -t"$(( $1 < 2 ? $1 : 2 ))" -c"$1" -d"$2" --timeout 10s -s "$here/ceiling.lua" "http://localhost:$port/q/health/live"; }

echo "== warm-up ($warmup of chat at 16 conversations, then of the ceiling endpoint)"
chat 16 "$warmup" >/dev/null
ceiling 16 "$warmup" >/dev/null

field() { tr ' ' '\n' <<<"$1" | sed -n "s/^$2=//p"; }
results=()
for c in $connections; do
  for kind in chat ceiling; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    cpu_before=$(cpu_ms)
    line=$("$kind" "$c" "$duration" | grep '^RESULT') || { echo "wrk gave no result" >&2; exit 1; }
    requests=$(field "${line#RESULT }" requests)
    cpu=$(awk -v ms=$(( $(cpu_ms) - cpu_before )) -v n="$requests" 'BEGIN {printf "%.3f", ms / n}')
    results+=("$kind $c $load ${line#RESULT } cpu=$cpu")
    echo "$kind c=$c load=$load $line app_cpu_ms_per_request=$cpu"
  done
done
echo "RSS after the runs: $(rss_mb) MB"

echo
echo "| endpoint | concurrent | requests/s | p50 ms | p99 ms | p99.9 ms | max ms | non-200 | unstored | app CPU ms/request | load before |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for r in "${results[@]}"; do
  read -r kind c load rest <<<"$r"
  name=$([ "$kind" = chat ] && echo "POST /api/v1/chat ($db)" || echo "GET /q/health/live")
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$c" "$(field "$rest" rps)" "$(field "$rest" p50)" \
    "$(field "$rest" p99)" "$(field "$rest" p999)" "$(field "$rest" max)" "$(field "$rest" non200)" "$(field "$rest" unstored)" \
    "$(field "$rest" cpu)" "$load"
done
