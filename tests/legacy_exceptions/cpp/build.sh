#!/bin/sh
# Rebuilds program.wasm from program.cpp and eh_runtime.cpp with clang 14 (apt: clang-14,
# lld-14) and its legacy Wasm exception handling (-fwasm-exceptions). No libc or C++ library:
# eh_runtime.cpp is the little of libc++abi the program needs. The expected results in
# tests/legacy_exceptions.rs come from the same sources built natively (`native` below) and
# agree with V8 (`node` running the .wasm).
set -eu
cd "$(dirname "$0")"
for f in eh_runtime program; do
  clang++ --target=wasm32-wasi -O1 -fwasm-exceptions -fno-rtti -nostdlib -c "$f.cpp" -o "/tmp/$f.o"
done
wasm-ld --no-entry -o program.wasm /tmp/eh_runtime.o /tmp/program.o
rm -f /tmp/eh_runtime.o /tmp/program.o
if [ "${1:-}" = native ]; then
  printf '#include <cstdio>\nextern "C" int run(int);\nextern "C" void eh_free(void*) {}\nint main() { int ns[] = {0, 1, 5, 10, 30, 100}; for (int n : ns) printf("%%d %%d\\n", n, run(n)); }\n' > /tmp/native_main.cpp
  sed 's/__attribute__((export_name("run"))) //' program.cpp > /tmp/program_native.cpp
  clang++ -O1 /tmp/native_main.cpp /tmp/program_native.cpp -o /tmp/legacy-native && /tmp/legacy-native
  rm -f /tmp/native_main.cpp /tmp/program_native.cpp /tmp/legacy-native
fi
