#!/usr/bin/env bash
# Latency of casting a ballot (POST /api/v1/motions/{id}/ballots, secret ballot) over loopback HTTP against
# the platform on its embedded PostgreSQL (a throwaway data directory, demo data on). Target: p99 <= 200 ms.
# Per round: a burst (all VOTERS delegates at once) and a steady load (8 clients), plus the liveness probe as
# a reference. Bounded: VOTERS delegates (default 200), ROUNDS rounds (default 3), each request 30 s at most.
# The database commits synchronously, as the platform does (tests otherwise turn that off for speed).
# Runs as a test through Maven (BallotLatencyBenchmark; online, so a fresh clone first downloads what it
# lacks; Maven's output in target/bench-mvn.log), not from the packaged jar.
# Usage: bench/ballot-latency.sh [VOTERS] [ROUNDS]     (figures also in target/bench/ballot-latency.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
VOTERS=${1:-200}
ROUNDS=${2:-3}
. bench/common.sh
need java mvn
rm -f target/bench/ballot-latency.txt
mvn_step test -Dtest=BallotLatencyBenchmark \
  -Dbench.voters="$VOTERS" -Dbench.rounds="$ROUNDS" -Danso.embedded.synchronous-commit=on
[ -s target/bench/ballot-latency.txt ] || fail "BallotLatencyBenchmark wrote no target/bench/ballot-latency.txt; see target/bench-mvn.log"
cat target/bench/ballot-latency.txt
