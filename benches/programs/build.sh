#!/usr/bin/env bash
# Builds the benchmark corpus: every *.c here -> *.wasm (wasm32-wasi, -O2) and every
# ../wat/*.wat stays text (the criterion bench parses it itself).
#
# Needs Debian's clang + wasi-libc:
#   apt-get install -y clang lld wasi-libc libclang-rt-14-dev-wasm32
#
# clang with -O runs wasm-opt at link time when it is on PATH, and the old Debian wasm-opt
# chokes on bulk-memory code, so we compile with -c and link in a separate step without -O.
set -euo pipefail
cd "$(dirname "$0")"

CC=${CC:-clang}
TARGET=${TARGET:-wasm32-wasi}
CFLAGS=${CFLAGS:--O2}

# Programs that want extra codegen flags.
declare -A EXTRA=(
  [memops]="-mbulk-memory"
  [bigprog]="-w"
  [tailcall]="-mtail-call"
)

# bigprog.c is generated (deterministically) and committed; regenerate it if missing.
if [ ! -f bigprog.c ]; then
  python3 gen_bigprog.py > bigprog.c
fi

if ! "$CC" --target="$TARGET" -print-file-name=libc.a >/dev/null 2>&1; then
  echo "error: $CC cannot target $TARGET" >&2
  exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

built=0
for src in *.c; do
  name=${src%.c}
  extra=${EXTRA[$name]:-}
  # shellcheck disable=SC2086
  "$CC" --target="$TARGET" $CFLAGS $extra -Wall -Wno-unused-function -c "$src" -o "$tmp/$name.o"
  # shellcheck disable=SC2086
  "$CC" --target="$TARGET" $extra -Wl,--strip-debug "$tmp/$name.o" -o "$name.wasm" -lm
  printf '%-16s %8d bytes\n' "$name.wasm" "$(stat -c %s "$name.wasm")"
  built=$((built + 1))
done
echo "built $built programs"
