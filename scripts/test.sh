#!/usr/bin/env bash
# Sets up everything from scratch and runs every test tier: the README's test command (.ci/run runs it).
#   1. npm dependencies (lockfile)        4. build, typecheck, lint
#   2. runtime components (JDK 17,        5. unit tests
#      Cassandra, Jolokia, ZooKeeper,     6. integration tests (real Cassandra, ZooKeeper, S3)
#      s3proxy) into .runtime/            7. e2e scenarios
#   3. generated code is current          8. nothing left running; one closing "N passed, N failed" line
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1 FORCE_COLOR=0
summary_file=$(mktemp)
export TEST_SUMMARY_FILE=$summary_file
trap 'rm -f "$summary_file"' EXIT
t0=$(date +%s)
step() { printf '\n==> [%4ss] %s\n' "$(($(date +%s) - t0))" "$*"; }

# `npm install` with the committed lockfile, not `npm ci`: npm 11 leaves other platforms' optional
# binaries (@swc/core-*, turbo-*) out of the lockfile and then `npm ci` refuses it (npm/cli#4828).
# Versions still come from the lockfile.
step "npm dependencies"
npm install --no-audit --no-fund --loglevel=error

step "runtime components"
bash scripts/setup-runtime.sh

step "generated code matches proto/"
npx turbo run generate --output-logs=errors-only
if git rev-parse --git-dir >/dev/null 2>&1; then
  git diff --exit-code --stat -- packages/model/src/gen ||
    { echo "generated code differs from what is committed: run 'npm run generate' and commit packages/model/src/gen"; exit 1; }
fi

step "build, typecheck, lint"
npx turbo run build typecheck lint --output-logs=errors-only

# Test tasks are forced: this command is the proof that the tests pass, so no result comes from a cache.
step "unit tests"
npx turbo run test --force --concurrency=1

step "integration tests (real ZooKeeper, Cassandra + Jolokia, s3proxy)"
npx turbo run test:int --force --concurrency=1

step "e2e scenarios"
npx turbo run test:e2e --force --concurrency=1

step "no process left behind"
left=$(pgrep -af 'CassandraDaemon|ZooKeeperServerMain|QuorumPeerMain|org\.gaul\.s3proxy' || true)
if [ -n "$left" ]; then
  echo "processes started by the tests are still running:"; echo "$left"; exit 1
fi

step "done in $(($(date +%s) - t0))s"
node -e '
  const lines = require("fs").readFileSync(process.argv[1], "utf8").trim().split("\n").filter(Boolean);
  const t = lines.map(JSON.parse).reduce((a, r) => ({ p: a.p + r.passed, f: a.f + r.failed, s: a.s + r.skipped }), { p: 0, f: 0, s: 0 });
  console.log(`${t.p} passed, ${t.f} failed` + (t.s ? `, ${t.s} skipped` : ""));
  process.exit(t.f > 0 || t.p === 0 ? 1 : 0);
' "$summary_file"
