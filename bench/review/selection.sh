#!/bin/sh
# Selection and placement benchmark (issue 4). Usage: bench/review/selection.sh RUNS [APPLICATIONS]
set -e
cd "$(dirname "$0")/../.."
mvn -o -q compile
mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
exec timeout 300 java -Xmx1g -cp "target/classes:$(cat target/bench-classpath.txt)" bench/review/SelectionBenchmark.java "$1" ${2:-6000}
