#!/usr/bin/env bash
# The offline evaluation (docs/ranking.md): the dialogue engine over the evaluation sets, no HTTP, no database.
#   src/tools/evaluate.sh [--catalogue ../shared/data/national-procedures.jsonl] [--show-wrong] [--sweep answerScore=0.4,0.5] SET.jsonl...
# Without --no-build it compiles first (main and test sources); a portal export given as --catalogue is imported
# into target/offline-catalogue once.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "${1:-}" = "--no-build" ]; then shift; else ./mvnw -q -B -o -Ptools test-compile 2>/dev/null || ./mvnw -q -B -Ptools test-compile; fi
exec java ${JOPTS:-} -cp "target/classes:target/test-classes:$(cat target/tools.classpath)" vn.dvc.assistant.evaluation.OfflineEvaluation "$@"
