#!/bin/sh
# Reviewer assignment end to end, from reading the database to the stored, verified assignment (issue 4).
# Usage: bench/review-assignment.sh SUBJECTS REVIEWERS K MAXLOAD RUNS [HEAP]
# e.g. bench/review-assignment.sh 6000 600 3 40 5   and   bench/review-assignment.sh 50000 4000 3 40 3 6g
# Starts the platform without demo data on a temporary data directory (loopback only), loads a synthetic
# panel with COPY, runs the assignment RUNS (at most 10) times; bounded by timeout 1200 s.
set -e
cd "$(dirname "$0")/.."
mvn -o -q test-compile
mvn -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-test-classpath.txt >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench-test-classpath.txt)"
echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -n 1), load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
exec timeout 1200 java -Xmx"${6:-2g}" -cp "$CP" org.ansoplatform.review.AssignmentEndToEndBenchmark "$1" "$2" "$3" "$4" "$5"
