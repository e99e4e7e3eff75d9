#!/usr/bin/env bash
# Records test/fixtures/*.json from a real scheduler with three real Cassandra nodes (see
# record-fixtures.ts). Builds what it runs, and holds the Cassandra port lock for the whole recording
# (Cassandra uses fixed ports on 127.0.0.1-4).
set -euo pipefail
cd "$(dirname "$0")/.."
npx turbo run build --filter=@cassandra-mesos/cli... --output-logs=errors-only
exec flock /tmp/cassandra-ports.lock node --require ./scripts/register-ts.cjs scripts/record-fixtures.ts "$@"
