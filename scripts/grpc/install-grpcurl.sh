#!/usr/bin/env bash
# Installs grpcurl (github.com/fullstorydev/grpcurl), the gRPC command-line client Cassy's documentation
# uses, from the Go module proxy, so tests can run those exact commands against our rpc.Cassy server.
#
#   bash scripts/grpc/install-grpcurl.sh      # idempotent; prints the binary's path as its last line
#   GO=/path/to/go bash scripts/grpc/install-grpcurl.sh
#
# Needs Go (default: `go` on PATH, else /usr/local/go/bin/go). Installs into
# $CASSANDRA_MESOS_RUNTIME_DIR/grpcurl-<version>/ (default .runtime/), next to the other runtime
# components; a `.installed` marker is written last, so an interrupted run never looks complete.
# The first run downloads the modules and compiles (about 2 minutes); later runs take a moment.
# Exit status: 0 installed, 1 the install failed, 2 no Go toolchain.
set -euo pipefail

GRPCURL_MODULE=github.com/fullstorydev/grpcurl/cmd/grpcurl
GRPCURL_VERSION=v1.9.4

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
RUNTIME_DIR="${CASSANDRA_MESOS_RUNTIME_DIR:-$REPO_ROOT/.runtime}"
case "$RUNTIME_DIR" in /*) ;; *) RUNTIME_DIR="$PWD/$RUNTIME_DIR" ;; esac
DEST="$RUNTIME_DIR/grpcurl-$GRPCURL_VERSION"

log() { printf 'install-grpcurl: %s\n' "$*" >&2; }

if [[ -f "$DEST/.installed" && -x "$DEST/grpcurl" ]]; then
  echo "$DEST/grpcurl"
  exit 0
fi

GO_BIN="${GO:-}"
if [[ -z "$GO_BIN" ]]; then
  GO_BIN="$(command -v go || true)"
  [[ -n "$GO_BIN" ]] || GO_BIN=/usr/local/go/bin/go
fi
if [[ ! -x "$GO_BIN" ]]; then
  log "no Go toolchain at '$GO_BIN'; install Go (https://go.dev/dl/) or set GO=/path/to/go"
  exit 2
fi

mkdir -p "$RUNTIME_DIR"
# One installer at a time (several test workers may ask at once); the winner's result serves the rest.
exec 9>"$RUNTIME_DIR/.grpcurl.lock"
flock -w 900 9 || { log "another install has held $RUNTIME_DIR/.grpcurl.lock for 15 min; is it stuck?"; exit 1; }
if [[ -f "$DEST/.installed" && -x "$DEST/grpcurl" ]]; then
  echo "$DEST/grpcurl"
  exit 0
fi

TMP="$(mktemp -d "$RUNTIME_DIR/.grpcurl-XXXXXX")"
trap 'rm -rf "$TMP"' EXIT
log "building $GRPCURL_MODULE@$GRPCURL_VERSION with $("$GO_BIN" version) (first time: about 2 minutes)"
# GOTOOLCHAIN=local: use this Go, never download another one behind the caller's back.
if ! GOBIN="$TMP/bin" GOTOOLCHAIN=local GOFLAGS= "$GO_BIN" install "$GRPCURL_MODULE@$GRPCURL_VERSION" >"$TMP/go-install.log" 2>&1; then
  log "go install $GRPCURL_MODULE@$GRPCURL_VERSION failed:"
  tail -n 20 "$TMP/go-install.log" >&2
  exit 1
fi
"$TMP/bin/grpcurl" -help >/dev/null 2>&1 || { log "the built grpcurl does not run"; exit 1; }

rm -rf "$DEST"
mkdir -p "$TMP/out"
mv "$TMP/bin/grpcurl" "$TMP/out/grpcurl"
echo "$GRPCURL_VERSION" >"$TMP/out/VERSION"
touch "$TMP/out/.installed"
mv "$TMP/out" "$DEST"
log "installed $DEST/grpcurl"
echo "$DEST/grpcurl"
