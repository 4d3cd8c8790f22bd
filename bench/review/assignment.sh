#!/bin/sh
# Reviewer assignment benchmark (issue 4).
# Usage: bench/review/assignment.sh APPS REVIEWERS K MAXLOAD RUNS [HEAP] [extras]
# e.g. bench/review/assignment.sh 6000 600 3 40 5   and   bench/review/assignment.sh 50000 4000 3 40 3 6g
# extras: also time a dropout re-assignment and the highest fairness floor after each run.
set -e
cd "$(dirname "$0")/../.."
mvn -o -q compile
mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
CP="target/classes:$(cat target/bench-classpath.txt)"
exec timeout 900 java -Xmx"${6:-2g}" -cp "$CP" bench/review/AssignmentBenchmark.java "$1" "$2" "$3" "$4" "$5" ${7:-}
