#!/usr/bin/env bash
# Incremental rebuild benchmark, on demand (not part of the tests): the preview's rebuild after one
# question file changed, on a generated course of N questions (default 10,000).
# Usage: generator/src/bench/incremental/run.sh [questions edits]
set -euo pipefail
cd "$(dirname "$0")/../../../.."   # repository root
n="${1:-10000}"
mvn -B -o -q -pl generator compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=runtime
course="${TMPDIR:-/tmp}/quizsite-incremental-$n"
[ -d "$course/questions" ] || python3 generator/src/bench/gen_course.py "$n" "$course/questions"
java ${BENCH_JAVA_OPTS:-} -cp "generator/target/classes:$(cat generator/target/bench-classpath.txt)" \
  generator/src/bench/incremental/IncrementalBench.java "$course" "${2:-30}"
