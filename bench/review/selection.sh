#!/usr/bin/env bash
# Selection and placement benchmark (issue 4): the algorithm alone, on synthetic applications, no database.
# Usage: bench/review/selection.sh RUNS [APPLICATIONS]
# Compiles the platform with Maven (online, so a fresh clone first downloads what it lacks; output in
# target/bench-mvn.log) and runs bench/review/SelectionBenchmark.java on its class path; bounded by timeout 300 s.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ $# -ge 1 ] || { echo "usage: bench/review/selection.sh RUNS [APPLICATIONS]" >&2; exit 2; }
. bench/common.sh
need java mvn
mvn_step compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
status=0
timeout 300 java -Xmx1g -cp "target/classes:$(cat target/bench-classpath.txt)" bench/review/SelectionBenchmark.java "$1" "${2:-6000}" || status=$?
[ "$status" -ne 124 ] || fail "stopped after 300 s, the bound"
[ "$status" -eq 0 ] || fail "the benchmark failed (exit status $status), see above"
