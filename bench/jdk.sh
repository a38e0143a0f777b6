# Sourced by .ci/run, bench/*.sh and the packaging scripts: points JAVA_HOME at a JDK 25 or newer.
# The one already in JAVA_HOME if it is one, else the machine's (Temurin 25 under /usr/lib/jvm on
# the project's build machines), else the java on the PATH; otherwise stops with a clear message.
leaklab_jdk_feature() { # prints the feature release of the JDK at $1 (25 for 25.0.3), or nothing
  [ -x "$1/bin/javac" ] || return 0
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null
}
leaklab_pick_jdk() {
  local candidate version
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-2[5-9]-jdk* \
      /usr/lib/jvm/java-2[5-9]-openjdk* /usr/lib/jvm/jdk-2[5-9]* \
      "$(dirname "$(dirname "$(readlink -f "$(command -v javac 2>/dev/null || echo /nonexistent)")")")"; do
    [ -n "$candidate" ] && [ -d "$candidate" ] || continue
    version=$(leaklab_jdk_feature "$candidate")
    if [ -n "$version" ] && [ "$version" -ge 25 ]; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  echo "LeakLab needs JDK 25 or newer, and none was found (JAVA_HOME=${JAVA_HOME:-unset})." >&2
  echo "Install one (e.g. Temurin 25) and run: export JAVA_HOME=/path/to/jdk-25" >&2
  return 1
}
leaklab_pick_jdk || exit 1
