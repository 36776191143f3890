#!/usr/bin/env bash
# Builds a wasm3 interpreter binary for the comparison: benches/.tools/wasm3.
# Debian has no wasm3 package; PyPI's `pywasm3` sdist ships the wasm3 core sources
# (wasm3 0.5.0), which we compile with our own minimal WASI host (wasm3_wasi_cli.c).
# Flags follow wasm3's release build: -O3, no stack protector, frame pointer omitted.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../.tools"
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -m pip download --quiet --no-binary :all: --no-deps pywasm3==0.5.0 -d "$work"
tar -xzf "$work"/pywasm3-0.5.0.tar.gz -C "$work"
src="$work/pywasm3-0.5.0/wasm3"
CC=${CC:-clang}
"$CC" -O3 -g0 -fomit-frame-pointer -fno-stack-check -fno-stack-protector -DNDEBUG -DNASSERTS \
  -Dd_m3HasWASI=0 -I"$src" "$src"/*.c "$here/wasm3_wasi_cli.c" -lm -o "$out/wasm3"
"$out/wasm3" --version
