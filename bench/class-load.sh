#!/usr/bin/env bash
# The class network under load: 100 simulated phones on loopback (each from its own 127.0.x.y
# address) join, get live updates and answer the 12 scenarios of the shipped case while the teacher
# opens and reveals them. Prints errors and retries (a phone sends a failed request once more),
# answer latency (median, p99), threads and heap of the laptop's side. Goals: 0 errors, p99 under
# 200 ms, heap under 100 MB.
# Usage: bench/class-load.sh [devices, default 100] [--poll]   (--poll: short polling instead of SSE)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/jdk.sh
devices=${1:-100}
shift || true
./mvnw -B -q test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
out=$(mktemp)
trap 'rm -f "$out"; [ -n "${server_pid:-}" ] && kill "$server_pid" 2>/dev/null || true' EXIT
# The laptop's side in a 64 MB heap: if it runs without errors there, it needs less than that.
"$JAVA_HOME/bin/java" -Xmx64m -cp "$cp" org.leaklab.bench.ClassLoadBenchmark server "$devices" >"$out" 2>&1 &
server_pid=$!
for _ in $(seq 100); do grep -q '^CLASS_URL=' "$out" && break; sleep 0.1; done
url=$(sed -n 's/^CLASS_URL=//p' "$out")
[ -n "$url" ] || { cat "$out"; echo "the server did not start" >&2; exit 1; }
echo "CLASS_URL=$url"
status=0
"$JAVA_HOME/bin/java" -cp "$cp" org.leaklab.bench.ClassLoadBenchmark devices "$url" "$devices" "$@" || status=$?
wait "$server_pid" || status=$?
server_pid=
grep '^server:' "$out"
exit $status
