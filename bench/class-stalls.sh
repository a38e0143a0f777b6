#!/usr/bin/env bash
# The projector while answers stream in: LeakLab in presenter mode with its class network on
# loopback, 100 simulated phones (bench/class-load.sh's phones) answering, and the teacher's keys
# pressed as in a lesson (each scenario shown, answered for a few seconds, revealed; a story's
# steps counted and opened). org.leaklab.app.diagnostics.StallWatch reports every time the JavaFX
# thread is blocked for more than 50 ms. Prints the stalls after start-up (count, longest, where),
# and the load (the phones' own figures are bench/class-load.sh's). Goal: no stall over 50 ms while answers stream in.
# Never a gate: exits 0 whatever it measures, 1 if the lesson could not be run.
#
#   bench/class-stalls.sh [devices, default 100]
# Needs Xvfb, a window manager (openbox) and xdotool when there is no display.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
. bench/jdk.sh
devices=${1:-100}
OUT="$ROOT/target/bench/class-stalls"
rm -rf "$OUT" && mkdir -p "$OUT/home"
command -v xdotool >/dev/null || { echo "bench: needs xdotool (apt-get install xdotool)" >&2; exit 1; }

echo "== building (test classes and both classpaths)"
./mvnw -B -q test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-runtime.txt -Dmdep.includeScope=runtime
BENCH_SCREEN=1920x1080x24
# shellcheck source=bench/display.sh
. bench/display.sh
WM_PID=""
if command -v openbox >/dev/null; then openbox >/dev/null 2>&1 & WM_PID=$!; sleep 1; fi
APP_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  [ -n "$WM_PID" ] && kill "$WM_PID" 2>/dev/null || true
  bench_stop_display
}
trap cleanup EXIT

home="$OUT/home"
echo "== presenter mode on $DISPLAY, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
  "$JAVA_HOME/bin/java" --enable-native-access=javafx.graphics -Duser.home="$home" -Dleaklab.stallWatch=true \
  -p "target/classes:$(cat target/bench-runtime.txt)" -m org.leaklab/org.leaklab.app.Launcher \
  --presenter --class-address 127.0.0.1 >"$OUT/app.out" 2>"$OUT/app.err" &
APP_PID=$!
started=$(date +%s%3N)
for _ in $(seq 300); do grep -q '^CLASS_URL=' "$OUT/app.out" && break; sleep 0.1; done
url=$(sed -n 's/^CLASS_URL=//p' "$OUT/app.out")
[ -n "$url" ] || { cat "$OUT/app.err" >&2; echo "bench: the class network did not open" >&2; exit 1; }
echo "CLASS_URL=$url"
sleep 2
window=$(xdotool search --sync --class LeakLab | tail -1)
# Each key is logged with its time since the app started, beside the stall watch's own clock.
key() {
  xdotool windowactivate --sync "$window" >/dev/null 2>&1 || true
  xdotool key "$1"
  echo "KEY $1 at $(( $(date +%s%3N) - started )) ms" >>"$OUT/keys.log"
}
key Escape # the panel hides; the slide has the keys
mark=$(wc -l <"$OUT/app.err")

"$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.leaklab.bench.ClassLoadBenchmark devices "$url" "$devices" >"$OUT/devices.out" 2>&1 &
phones=$!
sleep 5 # the phones join
for scenario in $(seq 12); do
  key Right
  sleep 4 # the phones answer
  if [ "$scenario" -ge 11 ]; then
    for _ in 1 2 3 4 5 6; do key r; sleep 2; done # a story: count, next decision, ... then the answer
  else
    key r
    sleep 2
  fi
done
key Right # the end screen
sleep 5
# The phones' own figures are bench/class-load.sh's; here they only make the traffic.
kill "$phones" 2>/dev/null || true
wait "$phones" 2>/dev/null || true
tail -n +"$((mark + 1))" "$OUT/app.err" >"$OUT/stalls.log"
echo
count=$(grep -c '^STALL [0-9]* ms' "$OUT/stalls.log" || true)
longest=$(grep -o '^STALL [0-9]* ms' "$OUT/stalls.log" | awk '{ if ($2 > m) m = $2 } END { print m + 0 }')
echo "projector: $count stalls over 50 ms on the JavaFX thread while the lesson ran, longest $longest ms"
if [ "$count" -gt 0 ]; then
  echo "projector: each stall (time since the app started, roughly the watch's) and LeakLab's first frame in it:"
  awk '/^STALL [0-9]+ ms/ { if (line != "") print line (app == "" ? "" : "  <- " app); line = "  " $1 " " $2 " ms at " $9 " ms"; app = "" }
       /^[ \t]+at org\.leaklab/ && app == "" { app = $2 }
       END { if (line != "") print line (app == "" ? "" : "  <- " app) }' "$OUT/stalls.log"
  echo "projector: the keys pressed:"
  tr '\n' ' ' <"$OUT/keys.log" | fold -s -w 110 | sed 's/^/  /'
  echo
  echo "projector: where the longest was blocked:"
  awk -v m="$longest" '/^STALL [0-9]+ ms/ { on = ($2 == m) } on && /^[ \t]+at / { print; if (++n == 6) exit }' "$OUT/stalls.log"
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
