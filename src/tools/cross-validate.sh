#!/usr/bin/env bash
# The ranker fitted with the real questions too, each fold of them scored by weights fitted without it (docs/ranking.md).
#   src/tools/cross-validate.sh [--no-build] --catalogue ../shared/data/national-procedures.jsonl --real ../shared/eval/real-dev.jsonl \
#       [--folds 5] [--sweep answerScore=0.4,0.5] OTHER_SET.jsonl...
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "${1:-}" = "--no-build" ]; then shift; else ./mvnw -q -B -o -Ptools test-compile 2>/dev/null || ./mvnw -q -B -Ptools test-compile; fi
exec java -cp "target/classes:target/test-classes:$(cat target/tools.classpath)" vn.dvc.assistant.evaluation.CrossValidation "$@"
