#!/usr/bin/env bash
# Starts the packaged assistant as in production: the JVM options in jvm.options beside this script and, where
# class-archive.sh made one for this build and JVM, its class archive (README, "Production JVM").
#
#   src/main/jvm/start.sh [QUARKUS_APP_DIR]      (default target/quarkus-app; the image runs /deployments)
#
# JAVA_OPTS adds or overrides JVM options; the service's own settings come from the environment as usual.
# A JVM that finds the archive stale (another build or JVM) says so once and starts without it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
app=$(cd "${1:-$here/../../../target/quarkus-app}" && pwd)
archive=()
# The AOT cache is an option JDK 25 added: an older JVM refuses to start with it, so the JVM's own release file says
# which archive it can read (no JVM started to ask).
java_home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
java_version=$(sed -n 's/^JAVA_VERSION="\([0-9.]*\).*/\1/p' "$java_home/release" 2>/dev/null || true)
IFS=. read -r java_major _ java_patch <<< "${java_version:-0}"
java_major=${java_major:-0}
java_patch=${java_patch:-0}
# Every second, hand the C heap the JIT compilers and the libraries freed back to the system: under sustained load
# the process kept about 25 MB more without it (357-362 MB against 332-336 MB after 2 minutes at 16 conversations).
# A C2 compilation frees up to 20 MB at once: every 5 s, the end of 300 turns after a start found 7-21 MB in the C
# heap's main arena, every second 7-9 MB (JDK 25). A trim takes 0.3-1 ms (rarely up to 8 ms), once a second. JDK
# 17.0.11, 21.0.3 and 22 have the option; an older JVM refuses to start with it, so it is left out there.
trim=()
if [ "$java_major" -ge 22 ] || { [ "$java_major" -eq 21 ] && [ "$java_patch" -ge 3 ]; } \
   || { [ "$java_major" -eq 17 ] && [ "$java_patch" -ge 11 ]; }; then
  trim=(-XX:TrimNativeHeapInterval=1000)
fi
if [ -f "$app/app.aot" ] && [ "${java_major:-0}" -ge 25 ]; then
  archive=(-XX:AOTCache="$app/app.aot")
elif [ -f "$app/app-classes.jsa" ]; then
  archive=(-XX:SharedArchiveFile="$app/app-classes.jsa")
fi
# glibc gives each busy thread a malloc arena of its own (up to 8 per core): two are enough for a JVM, whose
# own heap is not malloc'ed, and keep native memory small under load.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
# shellcheck disable=SC2086 # JAVA_OPTS holds several options
exec java "@$here/jvm.options" "${trim[@]}" "${archive[@]}" ${JAVA_OPTS:-} -jar "$app/quarkus-run.jar"
