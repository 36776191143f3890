;; A `v128.const` in a constant expression is kept as two halves (low, then high) and put back
;; together when the expression is evaluated: v128 globals' initialisers, read back whole and
;; lane by lane, next to an `i32` offset expression.
(module
  (global $v (export "v") v128 (v128.const i32x4 0x11111111 0x22222222 0x33333333 0x44444444))
  (global $w v128 (v128.const i64x2 -1 0x0123456789abcdef))
  (memory 1)
  (data (i32.const 16) "\2a")
  (func (export "lanes") (result i32 i32 i32 i32)
    (i32x4.extract_lane 0 (global.get $v)) (i32x4.extract_lane 1 (global.get $v))
    (i32x4.extract_lane 2 (global.get $v)) (i32x4.extract_lane 3 (global.get $v)))
  (func (export "w") (result i64 i64)
    (i64x2.extract_lane 0 (global.get $w)) (i64x2.extract_lane 1 (global.get $w)))
  (func (export "byte") (result i32) (i32.load8_u (i32.const 16)))
)
(assert_return (invoke "lanes") (i32.const 0x11111111) (i32.const 0x22222222) (i32.const 0x33333333) (i32.const 0x44444444))
(assert_return (invoke "w") (i64.const -1) (i64.const 0x0123456789abcdef))
(assert_return (invoke "byte") (i32.const 42))
(assert_return (get "v") (v128.const i32x4 0x11111111 0x22222222 0x33333333 0x44444444))
