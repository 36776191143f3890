;; Found by an outside differential run against wasmi 2.0.0 (which returns 0 here; wasmtime and
;; regwasm return 16): a select whose condition is an eqz of a local, written to that local, then
;; a rotation of three locals through the stack. Kept so the translator's local-preservation and
;; select fusions stay right when they are rewritten.
(module
  (func (export "f") (param i32 i32) (result i32) (local i32 i32)
    local.get 0 i64.extend_i32_u i32.wrap_i64
    local.get 1 local.get 2 i32.eqz select local.set 2
    local.get 2 local.get 1 local.get 3
    local.set 2 local.set 1 local.set 3
    local.get 3))
(assert_return (invoke "f" (i32.const 16) (i32.const 0)) (i32.const 16))
(assert_return (invoke "f" (i32.const 0) (i32.const 7)) (i32.const 0))
(assert_return (invoke "f" (i32.const -1) (i32.const 5)) (i32.const -1))
