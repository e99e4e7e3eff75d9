#!/usr/bin/env bash
# Installs the real runtime components the tests and the local cluster run: OpenJDK 17 and Chromium
# (apt, if missing), Cassandra, the Jolokia JVM agent, ZooKeeper and s3proxy (Maven Central, via
# throwaway POMs). Every version comes from scripts/runtime-versions.env (Chromium: Debian's).
#
#   bash scripts/setup-runtime.sh            # idempotent; a second run is a no-op (~1 s)
#   CASSANDRA_MESOS_RUNTIME_DIR=/x bash scripts/setup-runtime.sh   # install somewhere else
#   CASSANDRA_MESOS_MAVEN_REPO=/y ...        # use another local Maven repository (default ~/.m2)
#
# Layout: $RUNTIME_DIR/<component>-<version>/ with a `.installed` marker written last (an install
# is built in a temp dir and renamed into place, so an interrupted run never leaves a half install
# that looks complete), $RUNTIME_DIR/logs/ (Maven/apt output), $RUNTIME_DIR/runtime.json (read by
# @cassandra-mesos/testkit).
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
# shellcheck source=runtime-versions.env
source "$SCRIPT_DIR/runtime-versions.env"
# shellcheck source=runtime/lib.sh
source "$SCRIPT_DIR/runtime/lib.sh"

RUNTIME_DIR="${CASSANDRA_MESOS_RUNTIME_DIR:-$REPO_ROOT/.runtime}"
case "$RUNTIME_DIR" in /*) ;; *) RUNTIME_DIR="$PWD/$RUNTIME_DIR" ;; esac
case "$RUNTIME_DIR" in *'"'* | *'\'*) die "CASSANDRA_MESOS_RUNTIME_DIR must not contain quotes or backslashes: $RUNTIME_DIR" ;; esac
LOG_DIR="$RUNTIME_DIR/logs"
POM_DIR="$RUNTIME_DIR/poms"
mkdir -p "$RUNTIME_DIR" "$LOG_DIR" "$POM_DIR"

# One installer at a time per runtime dir (turbo may start several test tasks).
exec 9>"$RUNTIME_DIR/.lock"
flock -w 900 9 || die "another setup-runtime.sh has held $RUNTIME_DIR/.lock for 15 min; is it stuck?"

START_SECONDS=$SECONDS
JAVA_BIN="$JAVA_HOME_17/bin/java"

# ---------------------------------------------------------------- JDK 17 and Maven
if [[ ! -x "$JAVA_BIN" ]]; then
  apt_install "$JAVA_DEBIAN_PACKAGE" "OpenJDK $JAVA_MAJOR"
  [[ -x "$JAVA_BIN" ]] || die "OpenJDK $JAVA_MAJOR: installed $JAVA_DEBIAN_PACKAGE but $JAVA_BIN is still missing; fix JAVA_HOME_17 in scripts/runtime-versions.env"
fi
JAVA_VERSION="$(java_full_version "$JAVA_BIN")"
[[ "${JAVA_VERSION%%.*}" == "$JAVA_MAJOR" ]] ||
  die "OpenJDK $JAVA_MAJOR: $JAVA_BIN reports version '$JAVA_VERSION', expected $JAVA_MAJOR.x; fix JAVA_HOME_17 in scripts/runtime-versions.env"
export JAVA_HOME="$JAVA_HOME_17"

# ---------------------------------------------------------------- Chromium (dashboard browser tests)
# Debian's chromium, driven by playwright-core (which never downloads browsers of its own). The install
# is tried first with the package lists as they are, then once more after apt-get update.
CHROMIUM_BIN=/usr/bin/chromium
if [[ ! -x "$CHROMIUM_BIN" ]]; then
  CHROMIUM_LOG="$LOG_DIR/apt-chromium.log" CHROMIUM_SUDO=()
  if [[ "$(id -u)" != 0 ]]; then
    command -v sudo >/dev/null 2>&1 || die "Chromium ($CHROMIUM_BIN, for the dashboard browser tests) is missing and installing Debian package 'chromium' needs root (no sudo here); run: apt-get update && apt-get install -y chromium"
    CHROMIUM_SUDO=(sudo -n)
  fi
  info "installing Chromium (Debian package chromium) with apt-get; log: $CHROMIUM_LOG"
  CHROMIUM_INSTALL=("${CHROMIUM_SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium)
  if ! "${CHROMIUM_INSTALL[@]}" >"$CHROMIUM_LOG" 2>&1; then
    { "${CHROMIUM_SUDO[@]}" apt-get update && "${CHROMIUM_INSTALL[@]}"; } >>"$CHROMIUM_LOG" 2>&1 ||
      die "Chromium: 'apt-get install chromium' failed, also after apt-get update ($(grep -m1 -E '^(E|W): ' "$CHROMIUM_LOG" || echo 'see log')); check the Debian mirror is reachable, then re-run. Log: $CHROMIUM_LOG"
  fi
  [[ -x "$CHROMIUM_BIN" ]] || die "Chromium: installed Debian package chromium but $CHROMIUM_BIN is still missing; see $CHROMIUM_LOG"
fi
# The Debian wrapper script prints a harmless shell warning on stderr; keep only "Chromium <version> ...".
CHROMIUM_VERSION="$("$CHROMIUM_BIN" --version 2>/dev/null | sed -n 's/^Chromium \([^ ]*\).*/\1/p' | head -n 1)"
[[ -n "$CHROMIUM_VERSION" ]] || die "Chromium: '$CHROMIUM_BIN --version' printed no version; is the Debian chromium package broken? (apt-get install --reinstall -y chromium)"

MVN=()
init_maven() {
  if [[ ${#MVN[@]} -gt 0 ]]; then return; fi
  if ! command -v mvn >/dev/null 2>&1; then apt_install "$MAVEN_DEBIAN_PACKAGE" "Maven"; fi
  MVN=(mvn -B -ntp -U -Dstyle.color=never)  # -U: retry artifacts a previous run failed to find
  if [[ -n "${CASSANDRA_MESOS_MAVEN_REPO:-}" ]]; then MVN+=("-Dmaven.repo.local=$CASSANDRA_MESOS_MAVEN_REPO"); fi
}
DEP_PLUGIN="org.apache.maven.plugins:maven-dependency-plugin:$MAVEN_DEPENDENCY_PLUGIN_VERSION"

# ---------------------------------------------------------------- components
# fetch_<c> <dest> <log>: put the component into <dest>; verify_<c> <dest>: prove it is usable.

CASSANDRA_COORDS="$CASSANDRA_GROUP:$CASSANDRA_ARTIFACT:$CASSANDRA_VERSION"
fetch_cassandra() {
  local pom="$POM_DIR/cassandra-$CASSANDRA_VERSION.xml"
  write_pom "$pom" cassandra "$(pom_dep "$CASSANDRA_GROUP" "$CASSANDRA_ARTIFACT" "$CASSANDRA_VERSION")"
  "${MVN[@]}" -f "$pom" "$DEP_PLUGIN:copy-dependencies" -DincludeScope=runtime -DoutputDirectory="$1/lib" >>"$2" 2>&1
}
verify_cassandra() {
  local lib="$1/lib" got
  [[ -f "$lib/$CASSANDRA_ARTIFACT-$CASSANDRA_VERSION.jar" ]] || { echo "$lib/$CASSANDRA_ARTIFACT-$CASSANDRA_VERSION.jar missing"; return 1; }
  compgen -G "$lib/jamm-*.jar" >/dev/null || { echo "no jamm-*.jar in $lib (needed as -javaagent)"; return 1; }
  got="$("$JAVA_BIN" -cp "$lib/*" org.apache.cassandra.tools.GetVersion 2>/dev/null | tail -n 1)" || true
  [[ "$got" == "$CASSANDRA_VERSION" ]] || { echo "org.apache.cassandra.tools.GetVersion printed '$got'"; return 1; }
}

JOLOKIA_COORDS="$JOLOKIA_GROUP:$JOLOKIA_ARTIFACT:$JOLOKIA_VERSION:jar:$JOLOKIA_CLASSIFIER"
JOLOKIA_JAR_NAME="$JOLOKIA_ARTIFACT-$JOLOKIA_VERSION-$JOLOKIA_CLASSIFIER.jar"
fetch_jolokia() {
  local pom="$POM_DIR/jolokia-$JOLOKIA_VERSION.xml"
  write_pom "$pom" jolokia ""
  "${MVN[@]}" -f "$pom" "$DEP_PLUGIN:copy" -Dartifact="$JOLOKIA_COORDS" -DoutputDirectory="$1" >>"$2" 2>&1
}
verify_jolokia() {
  local jar="$1/$JOLOKIA_JAR_NAME" manifest
  [[ -s "$jar" ]] || { echo "$jar missing"; return 1; }
  manifest="$(unzip_manifest "$jar")" || { echo "cannot read the manifest of $jar"; return 1; }
  grep -q '^Premain-Class: org.jolokia.jvmagent.JvmAgent' <<<"$manifest" || { echo "$jar has no Premain-Class org.jolokia.jvmagent.JvmAgent"; return 1; }
}

ZOOKEEPER_COORDS="$ZOOKEEPER_GROUP:$ZOOKEEPER_ARTIFACT:$ZOOKEEPER_VERSION (+ logback-classic $ZOOKEEPER_LOGBACK_VERSION, commons-cli $ZOOKEEPER_COMMONS_CLI_VERSION, metrics-core $ZOOKEEPER_METRICS_CORE_VERSION, snappy-java $ZOOKEEPER_SNAPPY_VERSION)"
fetch_zookeeper() {
  local pom="$POM_DIR/zookeeper-$ZOOKEEPER_VERSION.xml"
  write_pom "$pom" zookeeper "$(pom_dep "$ZOOKEEPER_GROUP" "$ZOOKEEPER_ARTIFACT" "$ZOOKEEPER_VERSION")
    $(pom_dep ch.qos.logback logback-classic "$ZOOKEEPER_LOGBACK_VERSION")
    $(pom_dep commons-cli commons-cli "$ZOOKEEPER_COMMONS_CLI_VERSION")
    $(pom_dep io.dropwizard.metrics metrics-core "$ZOOKEEPER_METRICS_CORE_VERSION")
    $(pom_dep org.xerial.snappy snappy-java "$ZOOKEEPER_SNAPPY_VERSION")"
  "${MVN[@]}" -f "$pom" "$DEP_PLUGIN:copy-dependencies" -DincludeScope=runtime -DoutputDirectory="$1/lib" >>"$2" 2>&1
}
verify_zookeeper() {
  local lib="$1/lib" got
  [[ -f "$lib/$ZOOKEEPER_ARTIFACT-$ZOOKEEPER_VERSION.jar" ]] || { echo "$lib/$ZOOKEEPER_ARTIFACT-$ZOOKEEPER_VERSION.jar missing"; return 1; }
  got="$("$JAVA_BIN" -cp "$lib/*" org.apache.zookeeper.version.VersionInfoMain 2>/dev/null | head -n 1)" || true
  [[ "$got" == *"version $ZOOKEEPER_VERSION "* ]] || { echo "org.apache.zookeeper.version.VersionInfoMain printed '$got'"; return 1; }
}

S3PROXY_COORDS="$S3PROXY_GROUP:$S3PROXY_ARTIFACT:$S3PROXY_VERSION:jar:$S3PROXY_CLASSIFIER"
S3PROXY_JAR_NAME="$S3PROXY_ARTIFACT-$S3PROXY_VERSION-$S3PROXY_CLASSIFIER.jar"
fetch_s3proxy() {
  local pom="$POM_DIR/s3proxy-$S3PROXY_VERSION.xml"
  write_pom "$pom" s3proxy ""
  "${MVN[@]}" -f "$pom" "$DEP_PLUGIN:copy" -Dartifact="$S3PROXY_COORDS" -DoutputDirectory="$1/lib" >>"$2" 2>&1
}
verify_s3proxy() {
  local lib="$1/lib" got
  [[ -f "$lib/$S3PROXY_JAR_NAME" ]] || { echo "$lib/$S3PROXY_JAR_NAME missing"; return 1; }
  got="$("$JAVA_BIN" -cp "$lib/*" org.gaul.s3proxy.Main --version 2>/dev/null | tail -n 1)" || true
  [[ "$got" == *"$S3PROXY_VERSION"* ]] || { echo "org.gaul.s3proxy.Main --version printed '$got' on Java $JAVA_VERSION"; return 1; }
}

install_component cassandra "Cassandra" "$CASSANDRA_VERSION" "$CASSANDRA_COORDS"
install_component jolokia "Jolokia JVM agent" "$JOLOKIA_VERSION" "$JOLOKIA_COORDS"
install_component zookeeper "ZooKeeper" "$ZOOKEEPER_VERSION" "$ZOOKEEPER_COORDS"
install_component s3proxy "s3proxy" "$S3PROXY_VERSION" "$S3PROXY_COORDS"

# ---------------------------------------------------------------- runtime.json
CASSANDRA_HOME="$RUNTIME_DIR/cassandra-$CASSANDRA_VERSION"
JAMM_JAR="$(compgen -G "$CASSANDRA_HOME/lib/jamm-*.jar" | head -n 1)"
write_file_atomically "$RUNTIME_DIR/runtime.json" <<EOF
{
  "schemaVersion": 1,
  "runtimeDir": "$RUNTIME_DIR",
  "java": { "home": "$JAVA_HOME_17", "bin": "$JAVA_BIN", "version": "$JAVA_VERSION" },
  "cassandra": {
    "version": "$CASSANDRA_VERSION",
    "home": "$CASSANDRA_HOME",
    "libDir": "$CASSANDRA_HOME/lib",
    "jammJar": "$JAMM_JAR",
    "mainClass": "org.apache.cassandra.service.CassandraDaemon"
  },
  "jolokia": { "version": "$JOLOKIA_VERSION", "agentJar": "$RUNTIME_DIR/jolokia-$JOLOKIA_VERSION/$JOLOKIA_JAR_NAME" },
  "zookeeper": {
    "version": "$ZOOKEEPER_VERSION",
    "home": "$RUNTIME_DIR/zookeeper-$ZOOKEEPER_VERSION",
    "libDir": "$RUNTIME_DIR/zookeeper-$ZOOKEEPER_VERSION/lib",
    "mainClass": "org.apache.zookeeper.server.ZooKeeperServerMain"
  },
  "s3proxy": {
    "version": "$S3PROXY_VERSION",
    "home": "$RUNTIME_DIR/s3proxy-$S3PROXY_VERSION",
    "libDir": "$RUNTIME_DIR/s3proxy-$S3PROXY_VERSION/lib",
    "mainClass": "org.gaul.s3proxy.Main"
  }
}
EOF

# ---------------------------------------------------------------- summary
echo "setup-runtime: ready in $((SECONDS - START_SECONDS)) s — $RUNTIME_DIR"
printf '  %-18s %-10s %s\n' \
  "OpenJDK" "$JAVA_VERSION" "$JAVA_HOME_17" \
  "Cassandra" "$CASSANDRA_VERSION" "$CASSANDRA_HOME" \
  "Jolokia agent" "$JOLOKIA_VERSION" "$RUNTIME_DIR/jolokia-$JOLOKIA_VERSION/$JOLOKIA_JAR_NAME" \
  "ZooKeeper" "$ZOOKEEPER_VERSION" "$RUNTIME_DIR/zookeeper-$ZOOKEEPER_VERSION" \
  "s3proxy" "$S3PROXY_VERSION" "$RUNTIME_DIR/s3proxy-$S3PROXY_VERSION" \
  "Chromium" "$CHROMIUM_VERSION" "$CHROMIUM_BIN"
echo "  runtime.json       $RUNTIME_DIR/runtime.json"
