#!/usr/bin/env bash
# Writes the class archive that makes the assistant start in half the time: the classes that a start and a few
# chat turns load, already parsed, verified and linked. On JDK 25 and later it is the AOT cache (app.aot), on
# older JDKs an AppCDS archive (app-classes.jsa), beside quarkus-run.jar; start.sh uses whichever is there
# (README, "Production JVM").
#
#   src/main/jvm/class-archive.sh [QUARKUS_APP_DIR]      (default target/quarkus-app, after ./mvnw package)
#
# Run it after every build, on the JVM that will run the service, with the folder where it will run: the archive
# belongs to one build, one JVM and one path. The training start uses a throwaway H2 database unless DB_URL is
# set (a PostgreSQL build needs DB_URL, DB_USER, DB_PASSWORD), the repository's knowledge base unless
# KNOWLEDGE_BASE_PATH is set, and CATALOGUE_PATH as it is set.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
app=$(cd "${1:-$here/../../../target/quarkus-app}" && pwd)
port=${TRAINING_PORT:-8399}
work=$(mktemp -d /tmp/class-archive.XXXXXX)
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

major=$(java -version 2>&1 | sed -nE 's/.*version "([0-9]+).*/\1/p' | head -1)
rm -f "$app/app.aot" "$app/app-classes.jsa"
if [ "${major:-0}" -ge 25 ]; then
  archive=$app/app.aot
  record=-XX:AOTCacheOutput=$archive
else
  archive=$app/app-classes.jsa
  record=-XX:ArchiveClassesAtExit=$archive
fi
knowledge_base=${KNOWLEDGE_BASE_PATH:-$here/../../../knowledge-base}
PORT=$port KNOWLEDGE_BASE_PATH=$knowledge_base DB_URL=${DB_URL:-"jdbc:h2:file:$work/assistant;DB_CLOSE_ON_EXIT=FALSE"} \
  JAVA_OPTS="$record ${JAVA_OPTS:-}" "$here/start.sh" "$app" > "$work/log" 2>&1 &
pid=$!
for _ in $(seq 1 1200); do
  curl -sf "localhost:$port/q/health/ready" > /dev/null && break
  kill -0 "$pid" 2> /dev/null || { cat "$work/log"; echo "class-archive: the service did not start" >&2; exit 1; }
  sleep 0.1
done
# A conversation with a follow-up, a catalogue question, small talk and the read APIs: their classes are archived.
say() { curl -sf "localhost:$port/api/v1/chat" -H 'Content-Type: application/json' -d "$1"; }
id=$(say '{"message": "mở tiệm tạp hóa cần giấy tờ gì?"}' | sed -E 's/.*"conversationId":"([^"]+)".*/\1/')
say "{\"message\": \"còn lệ phí thì sao?\", \"conversationId\": \"$id\"}" > /dev/null
say '{"message": "cấp phiếu lý lịch tư pháp cần gì"}' > /dev/null
say '{"message": "xin chào"}' > /dev/null
curl -sf "localhost:$port/api/v1/procedures" > /dev/null
curl -sf "localhost:$port/api/v1/conversations/$id" > /dev/null
kill "$pid"
wait "$pid" || true
pid=""
[ -s "$archive" ] || { cat "$work/log"; echo "class-archive: no archive was written" >&2; exit 1; }
echo "class-archive: $archive ($(( $(stat -c %s "$archive") / 1024 / 1024 )) MB, JDK $major)"
