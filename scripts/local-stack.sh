#!/usr/bin/env bash
# Sets up (first run only) and runs a cassandra-mesos cluster on this machine: ZooKeeper, s3proxy,
# mesos-local with agents on 127.0.0.1-N and the scheduler, which deploys N real Cassandra 5.0 nodes through
# the executor. Prints progress and where CQL answers; Ctrl-C stops everything it started.
#   ./scripts/local-stack.sh [--nodes 1..3] [--name <framework name>] [--help]
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1
for arg in "$@"; do
  case "$arg" in
    -h|--help) sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  esac
done
[ -d node_modules ] || npm install --no-audit --no-fund --loglevel=error
bash scripts/setup-runtime.sh
npx turbo run build --output-logs=errors-only >/dev/null
exec node --disable-warning=NodeVersionSupportWarning scripts/local-stack.mjs "$@"
