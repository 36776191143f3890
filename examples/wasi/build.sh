#!/usr/bin/env bash
# Builds the WASI example programs into .wasm files next to their sources.
# Needs: apt-get install -y clang lld wasi-libc libclang-rt-14-dev-wasm32
# Compile and link are separate steps: with -O, a one-step clang build runs wasm-opt at link
# time, which may be missing or fail.
set -euo pipefail
cd "$(dirname "$0")"
CC=${CC:-clang}
SYSROOT=${WASI_SYSROOT:-/usr}
for src in *.c; do
    name=${src%.c}
    "$CC" --target=wasm32-wasi --sysroot="$SYSROOT" -O2 -Wall -c "$src" -o "/tmp/regwasm-$name.o"
    "$CC" --target=wasm32-wasi --sysroot="$SYSROOT" "/tmp/regwasm-$name.o" -o "$name.wasm"
    rm -f "/tmp/regwasm-$name.o"
    echo "built $name.wasm"
done
