#!/usr/bin/env bash
# Link checker benchmark, on demand (not part of the tests): 1,000 links over 20 local hosts with
# 50 ms latency; Quizsite's checker against the per-host bound and against linkinator 6.
# Usage: [RUNS=5] generator/src/bench/links/run.sh [hosts links latencyMs perHost]
set -euo pipefail
cd "$(dirname "$0")/../../../.."   # repository root
mvn -B -o -q -pl generator compile
jsoup=$(find ~/.m2/repository/org/jsoup/jsoup/1.24.1 -name 'jsoup-1.24.1.jar' | head -1)
cp="generator/target/classes:$jsoup"

tools=$(mktemp -d)
trap 'rm -rf "$tools"' EXIT
(cd "$tools" && npm install --silent --no-audit --no-fund linkinator@6 >/dev/null 2>&1) \
  && linkinator="$tools/node_modules/.bin/linkinator" || linkinator=""
[ -n "$linkinator" ] || echo "linkinator could not be installed; measuring Quizsite only"

# The servers run in a process of their own, so that each side's CPU can be told apart.
java generator/src/bench/links/BenchServers.java "${1:-20}" "${3:-50}" > "$tools/servers.log" 2>&1 &
servers=$!
trap 'kill $servers 2>/dev/null; rm -rf "$tools"' EXIT
for _ in $(seq 300); do grep -q ready "$tools/servers.log" && break; sleep 0.2; done
# Both compiled first, so that javac's own JIT work is over before anything is timed.
javac -d "$tools/classes" -cp "$cp" generator/src/bench/links/LinkBench.java generator/src/bench/links/JdkClientFloor.java
java -Druns="${RUNS:-5}" -cp "$tools/classes" JdkClientFloor "${1:-20}" "${2:-1000}" "${3:-50}" "${4:-2}"
java -Druns="${RUNS:-5}" -cp "$tools/classes:$cp" LinkBench "${1:-20}" "${2:-1000}" "${3:-50}" "${4:-2}" "$linkinator"
