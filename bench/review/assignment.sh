#!/usr/bin/env bash
# Reviewer assignment benchmark (issue 4): the solver alone, on synthetic instances, no database.
# Usage: bench/review/assignment.sh APPS REVIEWERS K MAXLOAD RUNS [HEAP] [extras]
# e.g. bench/review/assignment.sh 6000 600 3 40 5   and   bench/review/assignment.sh 50000 4000 3 40 3 6g
# extras: also time a dropout re-assignment and the highest fairness floor after each run.
# Compiles the platform with Maven (online, so a fresh clone first downloads what it lacks; output in
# target/bench-mvn.log) and runs bench/review/AssignmentBenchmark.java on its class path; bounded by timeout 900 s.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ $# -ge 5 ] || { echo "usage: bench/review/assignment.sh APPS REVIEWERS K MAXLOAD RUNS [HEAP] [extras]" >&2; exit 2; }
. bench/common.sh
need java mvn
mvn_step compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
CP="target/classes:$(cat target/bench-classpath.txt)"
status=0
timeout 900 java -Xmx"${6:-2g}" -cp "$CP" bench/review/AssignmentBenchmark.java "$1" "$2" "$3" "$4" "$5" ${7:-} || status=$?
[ "$status" -ne 124 ] || fail "stopped after 900 s, the bound"
[ "$status" -eq 0 ] || fail "the benchmark failed (exit status $status), see above"
