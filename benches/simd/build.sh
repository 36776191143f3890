#!/usr/bin/env bash
# Builds the SIMD benchmark programs: every *.c here -> *.wasm (wasm32-wasi, -O3 -msimd128).
# Some use wasm_simd128.h intrinsics, some are plain loops that clang auto-vectorizes; each
# prints a checksum, and those with intrinsics check themselves against a scalar version.
#
# Needs Debian's clang + wasi-libc:
#   apt-get install -y clang lld wasi-libc libclang-rt-14-dev-wasm32
# As in ../programs/build.sh: compile with -c, link without -O (link-time wasm-opt is old).
set -euo pipefail
cd "$(dirname "$0")"

CC=${CC:-clang}
TARGET=${TARGET:-wasm32-wasi}
CFLAGS=${CFLAGS:--O3 -msimd128}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

built=0
for src in *.c; do
  name=${src%.c}
  # shellcheck disable=SC2086
  "$CC" --target="$TARGET" $CFLAGS -Wall -Wno-unused-function -c "$src" -o "$tmp/$name.o"
  "$CC" --target="$TARGET" -msimd128 -Wl,--strip-debug "$tmp/$name.o" -o "$name.wasm" -lm
  printf '%-18s %8d bytes, %5d SIMD instructions\n' "$name.wasm" "$(stat -c %s "$name.wasm")" \
    "$(wasm-objdump -d "$name.wasm" 2>/dev/null | grep -cE '(v128|[if](8x16|16x8|32x4|64x2))\.' || true)"
  built=$((built + 1))
done
echo "built $built programs"
