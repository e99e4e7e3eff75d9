#!/bin/sh
# Starts @NAME@ @VERSION@ (lib/@ENTRY@, every dependency bundled in) with Node.js @MIN_NODE_MAJOR@ or newer.
# The first of these is used:
#   1. $CASSANDRA_MESOS_NODE_BIN, when set;
#   2. a Node.js that Mesos fetched into the sandbox: $MESOS_SANDBOX/node-v*/bin/node (from an official
#      node-v<version>-linux-<arch>.tar.* listed in the task's URIs);
#   3. node on the PATH.
# Exit code 2 when no usable Node.js is found; otherwise the program's own.
set -eu

fail() {
  echo "@NAME@: $*" >&2
  exit 2
}

home=$(CDPATH='' cd -- "$(dirname -- "$0")/.." && pwd -P) || fail "cannot find its install directory from '$0'"

node_bin=''
found_by=''
if [ -n "${CASSANDRA_MESOS_NODE_BIN:-}" ]; then
  node_bin=$CASSANDRA_MESOS_NODE_BIN
  found_by='CASSANDRA_MESOS_NODE_BIN'
  [ -f "$node_bin" ] && [ -x "$node_bin" ] ||
    fail "CASSANDRA_MESOS_NODE_BIN=$node_bin is not an executable file: point it at the 'node' binary of Node.js @MIN_NODE_MAJOR@ or newer"
elif [ -n "${MESOS_SANDBOX:-}" ]; then
  # Glob order is name order: with several fetched runtimes the last (usually the newest) wins.
  for candidate in "$MESOS_SANDBOX"/node-v*/bin/node; do
    if [ -f "$candidate" ] && [ -x "$candidate" ]; then
      node_bin=$candidate
      found_by='the sandbox'
    fi
  done
fi
if [ -z "$node_bin" ]; then
  node_bin=$(command -v node 2>/dev/null) ||
    fail "no Node.js found: set CASSANDRA_MESOS_NODE_BIN, have Mesos fetch a Node.js @MIN_NODE_MAJOR@+ tarball into the sandbox (CASSANDRA_MESOS_NODE_URI), or install Node.js @MIN_NODE_MAJOR@+ on the PATH"
  found_by='the PATH'
fi

version=$("$node_bin" -e 'process.stdout.write(process.versions.node)' 2>/dev/null) ||
  fail "$node_bin (from $found_by) does not run; it must be the 'node' binary of Node.js @MIN_NODE_MAJOR@ or newer"
major=${version%%.*}
case "$major" in
  '' | *[!0-9]*) fail "$node_bin (from $found_by) reports version '$version', which is not a Node.js version" ;;
esac
[ "$major" -ge @MIN_NODE_MAJOR@ ] ||
  fail "$node_bin (from $found_by) is Node.js $version; @NAME@ needs Node.js @MIN_NODE_MAJOR@ or newer: set CASSANDRA_MESOS_NODE_BIN or fetch a newer Node.js into the sandbox (CASSANDRA_MESOS_NODE_URI)"

exec "$node_bin" "$home/lib/@ENTRY@" "$@"
