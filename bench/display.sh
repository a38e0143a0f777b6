# shellcheck shell=bash
# Sourced by the bench scripts: starts a private Xvfb unless DISPLAY is set, and stops it on exit.
# Needs Xvfb (apt-get install xvfb) when there is no display.
XVFB_PID=""
bench_stop_display() { if [ -n "$XVFB_PID" ]; then kill "$XVFB_PID" 2>/dev/null || true; fi; }
trap bench_stop_display EXIT
if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || { echo "bench: no DISPLAY and no Xvfb" >&2; exit 2; }
  for n in $(seq 71 99); do
    [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || { DISPLAY_NUM=$n; break; }
  done
  Xvfb ":$DISPLAY_NUM" -nolisten tcp -screen 0 "${BENCH_SCREEN:-1280x800x24}" >/dev/null 2>&1 &
  XVFB_PID=$!
  for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X$DISPLAY_NUM" ] && break; sleep 0.05; done
  export DISPLAY=":$DISPLAY_NUM"
fi
