;; Call overhead: wasm->wasm (a tiny non-inlined callee) and wasm->host (an imported function).
(module
  (import "env" "host_add" (func $host_add (param i32 i32) (result i32)))
  (func $add (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
  (func (export "wasm_to_wasm") (param $n i32) (result i64)
    (local $i i32) (local $acc i32)
    (block $done
      (loop $top
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $acc (call $add (local.get $acc) (local.get $i)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $top)))
    (i64.extend_i32_u (local.get $acc)))
  (func (export "wasm_to_host") (param $n i32) (result i64)
    (local $i i32) (local $acc i32)
    (block $done
      (loop $top
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $acc (call $host_add (local.get $acc) (local.get $i)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $top)))
    (i64.extend_i32_u (local.get $acc)))
  ;; For host->wasm: a trivial export called once per iteration from Rust.
  (func (export "nop") (param i32) (result i32) (local.get 0)))
