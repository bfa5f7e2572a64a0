#!/usr/bin/env bash
# Start-up time, resident memory and index build time of the packaged assistant, per corpus, started as in
# production by src/main/jvm/start.sh (jvm.options, and the class archive when class-archive.sh made one).
# usage: src/benchmark/startup.sh [curated|catalogue|synthetic ...]   (after ./mvnw package -DskipTests; the synthetic
#        catalogue after ./mvnw -Pbenchmark test-compile and the SyntheticCatalogue command, docs/benchmarks.md)
# Env: PORT (default 8381), JAVA_OPTS (added to jvm.options), WARMUP_TURNS (default 300).
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-8381}
TURNS=${WARMUP_TURNS:-300}
declare -A CATALOGUE=([curated]="" [catalogue]="$PWD/data/catalogue"
                      [synthetic]="$PWD/target/synthetic-catalogue.jsonl")
archive=$(ls target/quarkus-app/app.aot target/quarkus-app/app-classes.jsa 2>/dev/null | head -1 || true)
echo "$(java -version 2>&1 | head -1); class archive: ${archive:-none}; JVM options: src/main/jvm/jvm.options ${JAVA_OPTS:-}"
questions=$(python3 -c 'import json,sys
for l in open("src/test/resources/eval/dev.jsonl"):
    for t in json.loads(l)["turns"]: print(json.dumps({"message": t["user"]}))')
printf '%-10s %10s %12s %14s %14s %s\n' corpus "ready ms" "started in" "RSS start MB" "RSS warm MB" "index log"
for corpus in "${@:-curated catalogue synthetic}"; do
  for c in $corpus; do
    log=$(mktemp)
    data=$(mktemp -d)
    start=$(date +%s%N)
    PORT=$PORT CATALOGUE_PATH=${CATALOGUE[$c]} KNOWLEDGE_BASE_PATH=$PWD/knowledge-base \
      DB_URL="jdbc:h2:file:$data/assistant;DB_CLOSE_ON_EXIT=FALSE" \
      ASSISTANT_RATE_LIMIT_CHAT_PER_MINUTE=1000000 ASSISTANT_RATE_LIMIT_CHAT_BURST=1000000 \
      src/main/jvm/start.sh > "$log" 2>&1 &
    pid=$!
    until curl -sf "localhost:$PORT/q/health/ready" > /dev/null; do
      kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }
      sleep 0.05
    done
    ready=$(( ($(date +%s%N) - start) / 1000000 ))
    rss_start=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
    for i in $(seq 1 "$TURNS"); do
      echo "$questions" | sed -n "$(( (i % $(echo "$questions" | wc -l)) + 1 ))p" |
        curl -s -o /dev/null "localhost:$PORT/api/v1/chat" -H 'Content-Type: application/json' -d @-
    done
    rss_warm=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
    started=$(grep -oE 'started in [0-9.]+s' "$log" | grep -oE '[0-9.]+s')
    index=$(grep -oE '(read|indexed( with the guides)?) in [0-9]+ ms' "$log" | tr '\n' ' ')
    kill $pid; wait $pid 2>/dev/null || true
    rm -rf "$log" "$data"
    printf '%-10s %10d %12s %14d %14d %s\n' "$c" "$ready" "$started" "$rss_start" "$rss_warm" "$index"
  done
done
