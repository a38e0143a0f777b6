#!/usr/bin/env bash
# Builds LeakLab and measures how long scoring one answer takes, per scenario kind of the
# shipped Amazon pack. Usage: bench/scoring.sh [timed-calls-per-kind, default 50000]
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/jdk.sh
. bench/jdk.sh
./mvnw -B -q test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
"$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.leaklab.bench.ScoringBenchmark "$@"
