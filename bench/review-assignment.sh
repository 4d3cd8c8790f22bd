#!/usr/bin/env bash
# Reviewer assignment end to end, from reading the database to the stored, verified assignment (issue 4).
# Usage: bench/review-assignment.sh SUBJECTS REVIEWERS K MAXLOAD RUNS [HEAP]
# e.g. bench/review-assignment.sh 6000 600 3 40 5   and   bench/review-assignment.sh 50000 4000 3 40 3 6g
# Builds what it needs with Maven (test-compile and the test class path; online, so a fresh clone first
# downloads what it lacks; output in target/bench-mvn.log) and runs the platform in-process from that class
# path, not from the packaged jar: without demo data, on a temporary data directory, loopback only. Loads a
# synthetic panel with COPY, runs the assignment RUNS (at most 10) times; bounded by timeout 1200 s.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 5 ] || { echo "usage: bench/review-assignment.sh SUBJECTS REVIEWERS K MAXLOAD RUNS [HEAP]" >&2; exit 2; }
. bench/common.sh
need java mvn
mvn_step test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-test-classpath.txt
CP="target/test-classes:target/classes:$(cat target/bench-test-classpath.txt)"
machine
status=0
timeout 1200 java -Xmx"${6:-2g}" -cp "$CP" org.ansoplatform.review.AssignmentEndToEndBenchmark "$1" "$2" "$3" "$4" "$5" || status=$?
[ "$status" -ne 124 ] || fail "stopped after 1200 s, the bound"
[ "$status" -eq 0 ] || fail "the benchmark failed (exit status $status), see above"
