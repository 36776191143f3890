;; Found by the differential fuzzer (regwasm-fuzz diff --generator smith --seeds 19128..19129, the
;; SIMD + multi-memory campaign; reduced by hand). wasmi 2.0.0 loses a value that sits on the
;; stack below an `if` that takes a param when the `then` arm leaves through a `br` out of a `loop`
;; (the `else` arm runs): it reads garbage or 0 for that value afterwards. wasmtime and regwasm
;; (both backends) agree on the values asserted here. The finding first looked like a regwasm bug
;; because fuzz/third_engine.py skipped calls of the export named "" and so reported wasmtime's
;; initial global value. Kept as a regwasm regression test for branch-out-of-loop-to-if shapes
;; with params and values below them.
(module
  (global $cond (mut i32) (i32.const 0))
  (func (export "set_cond") (param i32) (global.set $cond (local.get 0)))

  ;; The smallest shape: the i64 below the if must survive either arm.
  (func (export "below") (param i64) (result i64)
    local.get 0
    i32.const 1
    global.get $cond
    if (param i32) (result i32)
      loop
        i32.const 4
        br 1
      end
    else
    end
    drop)

  ;; The same, returning the if's result as well.
  (func (export "both") (param i64) (result i64 i32)
    local.get 0
    i32.const 1
    global.get $cond
    if (param i32) (result i32)
      drop
      i64.const 2
      i32.const 3
      loop
        i32.const 4
        br 1
      end
      drop
      drop
      i32.const 5
    else
      i32.const 6
      i32.add
    end))

(assert_return (invoke "below" (i64.const 7)) (i64.const 7))
(assert_return (invoke "both" (i64.const -9)) (i64.const -9) (i32.const 7))
(invoke "set_cond" (i32.const 1))
(assert_return (invoke "below" (i64.const 7)) (i64.const 7))
(assert_return (invoke "both" (i64.const -9)) (i64.const -9) (i32.const 4))

;; The fuzzer's shape: an f64 block param, a funcref if param, SIMD in the arm that is not taken,
;; and globals accumulating the values (the fuzzer's state check).
(module
  (memory 1)
  (global $cond (mut i32) (i32.const 0))
  (global $acc (export "acc") (mut i64) (i64.const 0))
  (global $lane (export "lane") (mut i32) (i32.const 0))
  (func (export "set_cond") (param i32) (global.set $cond (local.get 0)))
  (func (export "f") (param f64) (result i64)
    local.get 0
    block (param f64) (result f64)
      f32.const 0x1.9028f8p+30
      ref.null func
      global.get $cond
      if (param funcref) (result i32)
        drop
        v128.const i32x4 0xede8b91f 0x83712e15 0xa2c087fe 0xb958b8bb
        i16x8.extract_lane_u 5
        f64.convert_i32_s
        memory.size
        loop
          memory.size
          br 1
        end
        global.get $lane
        i32.xor
        global.set $lane
        i64.reinterpret_f64
        global.get $acc
        i64.xor
        global.set $acc
        i32.const 4096
      else
        drop
        i32.const 8191
      end
      global.get $lane
      i32.xor
      global.set $lane
      drop
    end
    i64.reinterpret_f64
    global.get $acc
    i64.xor
    global.set $acc
    global.get $acc))

(assert_return (invoke "f" (f64.const -inf)) (i64.const -4503599627370496))
(assert_return (get "acc") (i64.const -4503599627370496))
(assert_return (get "lane") (i32.const 8191))
(assert_return (invoke "f" (f64.const 1.5)) (i64.const -4609434218613702656))
(assert_return (get "lane") (i32.const 0))
(invoke "set_cond" (i32.const 1))
(assert_return (invoke "f" (f64.const 1.5)) (i64.const -4503599627370496))
(assert_return (get "lane") (i32.const 1))
