#!/usr/bin/env bash
# Refits the re-ranker's weights (src/main/resources/ranking/weights.properties) from the knowledge base, the national
# catalogue, the team's own sets and the real questions of ../shared/eval where present (docs/ranking.md). Run after
# adding guides or citizen names, then the offline evaluation.
#   src/tools/fit-ranker.sh [PORTAL_EXPORT_OR_IMPORT]   (default ../shared/data/national-procedures.jsonl)
set -euo pipefail
cd "$(dirname "$0")/../.."
catalogue="${1:-../shared/data/national-procedures.jsonl}"
./mvnw -q -B -o -Ptools test-compile 2>/dev/null || ./mvnw -q -B -Ptools test-compile
cp="target/classes:target/test-classes:$(cat target/tools.classpath)"
imported=$(java -cp "$cp" vn.dvc.assistant.evaluation.ImportForTools "$catalogue")
real=()
if [ -f ../shared/eval/real-dev.jsonl ]; then real=(--real ../shared/eval/real-dev.jsonl); fi
java -cp "$cp" vn.dvc.assistant.ranking.RankerFit "$imported" "${real[@]}"
# the tools read the weights from target/classes: keep it in step without a rebuild
cp src/main/resources/ranking/weights.properties target/classes/ranking/weights.properties
