;; A pointer stepped and then read through, the sum kept in a local (`p += k; x = *p`, an
;; interpreter's `sp -= 1; v = *sp`), is one instruction that still writes the sum. What must
;; not change: the sum wraps at 32 bits, the access checks bounds on the wrapped address plus
;; the offset (in 64 bits, no wrap to 0), the local holds the new pointer afterwards, the loaded
;; value is the one at the new pointer, and float loads keep their bits.

(module
  (memory 1)
  (data (i32.const 0) "\01\02\03\04\05\06\07\08\09\0a\0b\0c\0d\0e\0f\10")
  (data (i32.const 65528) "\a1\a2\a3\a4\a5\a6\a7\a8")
  (global $p (mut i32) (i32.const 0))

  ;; x = *(p += k); the result packs x and the new p.
  (func (export "step32") (param i32 i32) (result i64) (local i32)
    (local.set 2 (i32.load offset=2 (local.tee 0 (i32.add (local.get 0) (i32.const 4)))))
    (i64.or (i64.shl (i64.extend_i32_u (local.get 0)) (i64.const 32)) (i64.extend_i32_u (local.get 2))))
  (func (export "pop64") (param i32) (result i64)
    (i64.add (i64.load (local.tee 0 (i32.add (local.get 0) (i32.const -8))))
             (i64.extend_i32_u (local.get 0))))
  (func (export "f32bits") (param i32) (result i32)
    (i32.reinterpret_f32 (f32.load (local.tee 0 (i32.add (local.get 0) (i32.const 1))))))
  (func (export "f64bits") (param i32) (result i64)
    (i64.reinterpret_f64 (f64.load (local.tee 0 (i32.add (local.get 0) (i32.const 8))))))
  ;; The new pointer is visible after a trap only through state written before it: none here,
  ;; so a trapping step leaves the global as the caller set it.
  (func (export "step_then_save") (param i32) (result i32)
    (local.set 0 (i32.load (local.tee 0 (i32.add (local.get 0) (i32.const 4)))))
    (global.set $p (local.get 0))
    (local.get 0))
  (func (export "saved") (result i32) (global.get $p))
)

(assert_return (invoke "step32" (i32.const 0) (i32.const 0)) (i64.const 17348233223))
(assert_return (invoke "step32" (i32.const -4) (i32.const 0)) (i64.const 100992003))
(assert_return (invoke "step32" (i32.const 65526) (i32.const 0)) (i64.const 281452036466341))
(assert_trap (invoke "step32" (i32.const 65527) (i32.const 0)) "out of bounds memory access")
(assert_return (invoke "step32" (i32.const -4) (i32.const 0)) (i64.const 100992003))
(assert_trap (invoke "step32" (i32.const -6) (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "step32" (i32.const 65528) (i32.const 0)) "out of bounds memory access")
(assert_return (invoke "pop64" (i32.const 8)) (i64.const 578437695752307201))
(assert_return (invoke "pop64" (i32.const 16)) (i64.const 1157159078456920593))
(assert_return (invoke "pop64" (i32.const 65536)) (i64.const -6293878723864911207))
(assert_trap (invoke "pop64" (i32.const 65537)) "out of bounds memory access")
(assert_trap (invoke "pop64" (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "pop64" (i32.const 7)) "out of bounds memory access")
(assert_return (invoke "f32bits" (i32.const 0)) (i32.const 84148994))
(assert_return (invoke "f32bits" (i32.const 3)) (i32.const 134678021))
(assert_return (invoke "f32bits" (i32.const 65530)) (i32.const -1482250844))
(assert_return (invoke "f32bits" (i32.const 65531)) (i32.const -1465407835))
(assert_return (invoke "f32bits" (i32.const -1)) (i32.const 67305985))
(assert_return (invoke "f64bits" (i32.const 0)) (i64.const 1157159078456920585))
(assert_return (invoke "f64bits" (i32.const 65520)) (i64.const -6293878723864976735))
(assert_trap (invoke "f64bits" (i32.const 65521)) "out of bounds memory access")
(assert_return (invoke "f64bits" (i32.const -8)) (i64.const 578437695752307201))
;; A trapping step: nothing after it runs, the global keeps what it had.
(assert_return (invoke "step_then_save" (i32.const 0)) (i32.const 134678021))
(assert_return (invoke "saved") (i32.const 134678021))
(assert_trap (invoke "step_then_save" (i32.const 65532)) "out of bounds memory access")
(assert_return (invoke "saved") (i32.const 134678021))
