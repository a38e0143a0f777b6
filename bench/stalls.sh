#!/usr/bin/env bash
# Stall check: how long the JavaFX thread is blocked when each screen is first shown.
#
#   bench/stalls.sh [N]                  N walks (default 3) of LeakLab's app image
#   BENCH_SKIP_BUILD=1 bench/stalls.sh   reuse target/dist
#
# Each walk starts the image with -Dleaklab.screenWalk=true (org.leaklab.app.diagnostics.ScreenWalk: the
# start page, the whole Amazon case answered and checked, summary, shortcuts, explorer, class
# history, About, presenter mode, a broken case pack's problems, German, the three colour
# schemes) and -Dleaklab.stallWatch=true (org.leaklab.app.diagnostics.StallWatch: one report each time the
# JavaFX thread is busy for more than 50 ms). Every walk gets an empty home folder, as on a new
# machine. Prints, per step, the longest stall of each walk, and the totals. Never a gate:
# exits 0 whatever it measures, 1 if a walk fails.
set -euo pipefail

N="${1:-3}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
# shellcheck source=bench/jdk.sh
. "$ROOT/bench/jdk.sh"
LEAKLAB="$ROOT/target/dist/LeakLab/bin/LeakLab"
OUT="$ROOT/target/bench/stalls"

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  echo "== building LeakLab's app image (./mvnw -Pdist package, no installers)"
  ./mvnw -B -q -Pdist package -DskipTests -Ddist.installers=none
fi
[ -x "$LEAKLAB" ] || { echo "bench: $LEAKLAB missing; run without BENCH_SKIP_BUILD" >&2; exit 2; }

# shellcheck source=bench/display.sh
. "$ROOT/bench/display.sh"

rm -rf "$OUT" && mkdir -p "$OUT"
echo "== $N walks (DISPLAY=$DISPLAY, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))"
for i in $(seq "$N"); do
  home="$OUT/home-$i"
  mkdir -p "$home"
  HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
    JAVA_TOOL_OPTIONS="-Dleaklab.screenWalk=true -Dleaklab.stallWatch=true -Duser.home=$home" \
    timeout 300 "$LEAKLAB" >"$OUT/walk-$i.log" 2>&1 || true
  grep -q '^SCREEN_WALK walked' "$OUT/walk-$i.log" || {
    echo "bench: walk $i did not finish:" >&2; grep -E 'SCREEN_WALK|Exception' "$OUT/walk-$i.log" >&2; exit 1; }
  # step <TAB> longest stall in ms (0 when none) for this walk
  awk -v walk="$i" '
    /^SCREEN_WALK step / { step = substr($0, 18); if (!(step in worst)) { order[++n] = step; worst[step] = 0 } next }
    /^STALL [0-9]+ ms/ {
      s = (step == "") ? "start-up (first screen)" : step
      if (!(s in worst)) { order[++n] = s; worst[s] = 0 }
      if ($2 + 0 > worst[s]) worst[s] = $2 + 0
      count++; total += $2
    }
    END {
      for (k = 1; k <= n; k++) printf "%s\t%d\n", order[k], worst[order[k]] > "/dev/stdout"
      printf "%d\t%d\n", count, total > "'"$OUT"'/totals-" walk
    }' "$OUT/walk-$i.log" >"$OUT/steps-$i.tsv"
  printf "  walk %d: %s stalls over 50 ms, %s ms in all\n" "$i" "$(cut -f1 "$OUT/totals-$i")" "$(cut -f2 "$OUT/totals-$i")"
done

echo
printf '%-40s %s\n' "step (longest stall per walk, ms)" "walks 1..$N"
cut -f1 "$OUT/steps-1.tsv" | while IFS= read -r step; do
  printf '%-40s' "$step"
  for i in $(seq "$N"); do
    printf ' %6s' "$(awk -F'\t' -v s="$step" '$1 == s { print $2 }' "$OUT/steps-$i.tsv")"
  done
  echo
done
