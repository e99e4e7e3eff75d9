#!/usr/bin/env bash
# The README's first command: sets this clone up on first use (npm dependencies, JDK 17 and the
# pinned runtime components, build, executor tarball) and runs a cassandra-mesos cluster on this
# machine: mesos-local with agents on 127.0.0.1-N, s3proxy, the scheduler (embedded state store, or
# ZooKeeper with --zk / --with-zookeeper) and N real Cassandra 5.0 nodes deployed through the packaged
# executor. Prints the deploy's progress, then the API, metrics and CQL endpoints; Ctrl-C stops
# everything it started. Options: --help (scripts/local-stack/options.mjs).
set -euo pipefail
# Relative --data-dir paths mean "relative to where the user ran this", not to the clone.
export LOCAL_STACK_CWD="$PWD"
cd "$(dirname "$0")/.."
command -v node >/dev/null 2>&1 || { echo "local-stack: Node.js 20 or newer is needed (node is not on the PATH)" >&2; exit 1; }
major=$(node -p 'process.versions.node.split(".")[0]')
[ "$major" -ge 20 ] || { echo "local-stack: Node.js 20 or newer is needed (found $(node --version))" >&2; exit 1; }
exec node scripts/local-stack.mjs "$@"
