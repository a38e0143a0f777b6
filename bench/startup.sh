#!/usr/bin/env bash
# Start-up benchmark: LeakLab's packaged app image against a minimal one-FXML JavaFX window
# packaged the same way (packaging/Package.java: jlink, default CDS + AppCDS, jpackage), and
# against the minimal window started plainly from the module path with the build JDK.
#
#   bench/startup.sh [N]          N cold starts of each (default 5), interleaved
#   BENCH_SKIP_BUILD=1 bench/startup.sh 9    reuse target/dist and target/bench
#   BENCH_ALSO="before=/tmp/old/LeakLab/bin/LeakLab" bench/startup.sh 9
#                                 also start other launchers in the same rounds (A/B of two builds)
#
# Besides the two launchers it starts both images the way their menu entries do
# (target/dist/LeakLab.desktop, target/bench/dist/Minimal.desktop: the runtime's java with the
# launcher's options, which skips the jpackage launcher's package-manager queries).
#
# "Cold" means a new JVM process each time; the file system cache stays warm (one untimed
# start of each variant fills it first, so no variant pays for disk reads the others do not).
# First frame: FIRST_FRAME_MS from org.leaklab.app.diagnostics.StartupProbe (process start to the first
# pulse after the window shows). Peak memory: maximum resident set size from /usr/bin/time.
# Needs: a JDK 25+ (bench/jdk.sh finds one), Xvfb unless DISPLAY is set, /usr/bin/time.
# Prints medians and the goals' verdicts; exits 0 either way (never a gate).
set -euo pipefail

N="${1:-5}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
# shellcheck source=bench/jdk.sh
. "$ROOT/bench/jdk.sh"
JAVA_BIN="$JAVA_HOME/bin/java"
JAVAC_BIN="$JAVA_HOME/bin/javac"
OUT="$ROOT/target/bench"
LIBS="$ROOT/target/dist-work/libs"
LEAKLAB="$ROOT/target/dist/LeakLab/bin/LeakLab"
MINIMAL="$OUT/dist/Minimal/bin/Minimal"
PROBE="-Dleaklab.startupProbe=true"

[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is needed (apt-get install time)" >&2; exit 2; }

# ---------------------------------------------------------------- build
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  echo "== building LeakLab's app image (./mvnw -Pdist package, no installers)"
  ./mvnw -B -q -Pdist package -DskipTests -Ddist.installers=none

  echo "== building the minimal window"
  rm -rf "$OUT/minimal" && mkdir -p "$OUT/minimal/classes"
  # The minimal window is measured by the very same StartupProbe source as LeakLab (and the
  # first-frame hook it uses).
  mapfile -t SOURCES < <(find bench/minimal/src -name '*.java')
  "$JAVAC_BIN" --release 25 --module-path "$LIBS" -d "$OUT/minimal/classes" \
    "${SOURCES[@]}" src/main/java/org/leaklab/app/diagnostics/StartupProbe.java \
    src/main/java/org/leaklab/app/diagnostics/FirstFrame.java
  (cd bench/minimal/src && find . -name '*.fxml' -exec cp --parents {} "$OUT/minimal/classes" \;)

  echo "== packaging the minimal window the same way as LeakLab"
  "$JAVA_BIN" packaging/Package.java --name Minimal \
    --module leaklab.minimal/org.leaklab.bench.minimal.Launcher \
    --modules "$OUT/minimal/classes,$LIBS" --version 1.0.0 \
    --dest "$OUT/dist" --work "$OUT/dist-work" --installers none
fi
for f in "$LEAKLAB" "$MINIMAL"; do
  [ -x "$f" ] || { echo "bench: $f missing; run without BENCH_SKIP_BUILD" >&2; exit 2; }
done

# ---------------------------------------------------------------- display
# shellcheck source=bench/display.sh
. "$ROOT/bench/display.sh"

# ---------------------------------------------------------------- runs
# exec_of <file.desktop>: prints the Exec line's command, one argument a line
exec_of() {
  local line
  line="$(sed -n 's/^Exec=//p' "$1")"
  eval "set -- $line"
  printf '%s\n' "$@"
}
mapfile -t LEAKLAB_ENTRY < <(exec_of "$ROOT/target/dist/LeakLab.desktop")
mapfile -t MINIMAL_ENTRY < <(exec_of "$OUT/dist/Minimal.desktop")
declare -A ALSO=() WARNED=()
ALSO_NAMES=""
for pair in ${BENCH_ALSO:-}; do
  ALSO[${pair%%=*}]="${pair#*=}"
  ALSO_NAMES="$ALSO_NAMES ${pair%%=*}"
done

# run <name>: one start; appends "<first frame ms> <peak RSS KiB> <CPU ms>"
# to $OUT/<name>.txt
run() {
  local name="$1" log="$OUT/run.log" rss="$OUT/run.rss"
  local -a cmd
  case "$name" in
    leaklab)         cmd=("$LEAKLAB") ;;
    minimal)         cmd=("$MINIMAL") ;;
    leaklab-entry)   cmd=("${LEAKLAB_ENTRY[@]}") ;;
    minimal-entry)   cmd=("${MINIMAL_ENTRY[@]}") ;;
    minimal-modpath) cmd=("$JAVA_BIN" --enable-native-access=javafx.graphics
                          --module-path "$OUT/minimal/classes:$LIBS"
                          -m leaklab.minimal/org.leaklab.bench.minimal.Launcher) ;;
    *)               cmd=("${ALSO[$name]}") ;;
  esac
  # The probe goes in through the environment, so every variant starts with its own options.
  JAVA_TOOL_OPTIONS="$PROBE" /usr/bin/time -f '%M %U %S' -o "$rss" timeout 120 "${cmd[@]}" >"$log" 2>&1 \
    || { echo "bench: $name failed:" >&2; cat "$log" >&2; exit 1; }
  local ms cpu
  ms="$(sed -n 's/^FIRST_FRAME_MS=//p' "$log")"
  [ -n "$ms" ] || { echo "bench: $name printed no FIRST_FRAME_MS:" >&2; cat "$log" >&2; exit 1; }
  # Anything else on the console is a warning the user would see too.
  if [ -z "${WARNED[$name]:-}" ] && grep -v -e '^FIRST_FRAME' -e '^Picked up JAVA_TOOL_OPTIONS' "$log" | grep -q .; then
    WARNED[$name]=1
    echo "bench: $name printed more than the probe's lines:" >&2
    grep -v -e '^FIRST_FRAME' -e '^Picked up JAVA_TOOL_OPTIONS' "$log" | head -5 >&2
  fi
  # CPU: user + system time of the start, its child processes included, until it exits three
  # pulses after the first frame. Waiting for a busy core does not count, so on a shared
  # machine it varies much less than the first frame.
  cpu="$(tail -n 1 "$rss" | awk '{ printf "%d", ($2 + $3) * 1000 }')"
  echo "$ms $(tail -n 1 "$rss" | cut -d' ' -f1) $cpu" >>"$OUT/$name.txt"
}

VARIANTS="leaklab minimal leaklab-entry minimal-entry minimal-modpath$ALSO_NAMES"
mkdir -p "$OUT"
for v in $VARIANTS; do rm -f "$OUT/$v.txt"; done
echo "== warm-up: one untimed start of each"
for v in $VARIANTS; do run "$v"; rm -f "$OUT/$v.txt"; done
echo "== $N starts of each, interleaved (DISPLAY=$DISPLAY, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
for i in $(seq "$N"); do
  for v in $VARIANTS; do run "$v"; done
  printf '  run %d (load %s): %s\n' "$i" "$(cut -d' ' -f1 /proc/loadavg)" \
    "$(for v in $VARIANTS; do printf '%s %s  ' "$v" "$(tail -n 1 "$OUT/$v.txt" | cut -d' ' -f1)"; done)"
done
echo "== load after the runs: $(cut -d' ' -f1-3 /proc/loadavg)"

# ---------------------------------------------------------------- report
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
declare -A MS RSS CPU
for v in $VARIANTS; do
  MS[$v]="$(cut -d' ' -f1 "$OUT/$v.txt" | median)"
  RSS[$v]="$(cut -d' ' -f2 "$OUT/$v.txt" | median)"
  CPU[$v]="$(cut -d' ' -f3 "$OUT/$v.txt" | median)"
done
echo
printf '%-38s %16s %16s %14s\n' "variant (median of $N)" "first frame ms" "peak RSS MiB" "CPU ms"
for v in $VARIANTS; do
  case "$v" in
    leaklab) label="LeakLab, app image launcher" ;;
    minimal) label="minimal window, app image launcher" ;;
    leaklab-entry) label="LeakLab, menu entry" ;;
    minimal-entry) label="minimal window, menu entry" ;;
    minimal-modpath) label="minimal window, java --module-path" ;;
    *) label="$v" ;;
  esac
  printf '%-38s %16s %16s %14s\n' "$label" "${MS[$v]}" "$(awk -v k="${RSS[$v]}" 'BEGIN { printf "%.1f", k / 1024 }')" "${CPU[$v]}"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
verdict() { awk -v r="$1" -v max="$2" 'BEGIN { print (r <= max) ? "met" : "NOT met" }'; }
r1="$(ratio "${MS[leaklab]}" "${MS[minimal]}")"
r2="$(ratio "${MS[leaklab]}" "${MS[minimal-modpath]}")"
r3="$(ratio "${RSS[leaklab]}" "${RSS[minimal]}")"
r4="$(ratio "${MS[leaklab-entry]}" "${MS[minimal-entry]}")"
r5="$(ratio "${RSS[leaklab-entry]}" "${RSS[minimal-entry]}")"
r6="$(ratio "${CPU[leaklab]}" "${CPU[minimal]}")"
echo
echo "first frame  LeakLab / minimal image        = $r1   (goal <= 1.20: $(verdict "$r1" 1.20))"
echo "first frame  LeakLab / minimal module path  = $r2   (goal <= 1.00: $(verdict "$r2" 1.00))"
echo "peak memory  LeakLab / minimal image        = $r3   (goal <= 1.30: $(verdict "$r3" 1.30))"
echo "first frame  LeakLab / minimal, menu entries = $r4   (goal <= 1.20: $(verdict "$r4" 1.20))"
echo "peak memory  LeakLab / minimal, menu entries = $r5   (goal <= 1.30: $(verdict "$r5" 1.30))"
echo "CPU time by the first frame  LeakLab / minimal image = $r6   (no goal: the work done, without the waiting)"
