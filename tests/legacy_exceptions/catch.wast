;; Legacy `try`/`catch`/`catch_all`: payloads of every value type land on the operand stack
;; reset to the try's height (values below the try survive), clause order, catch_all pushes
;; nothing, an exception no clause matches propagates, the try's own clauses do not cover its
;; catch bodies, branches and returns out of catch bodies, and results (one, several, many,
;; v128) flowing from each body to the try's end.

(module
  (tag $i32 (param i32))
  (tag $i64 (param i64))
  (tag $f32 (param f32))
  (tag $f64 (param f64))
  (tag $v128 (param v128))
  (tag $ext (param externref))
  (tag $mixed (param i32 v128 i64))
  (tag $empty)
  (tag $other (param i32))

  (func (export "i32") (param i32) (result i32)
    try (result i32)
      local.get 0
      throw $i32
    catch $i32
      i32.const 1
      i32.add
    end)
  (func (export "i64") (param i64) (result i64)
    try (result i64)
      local.get 0
      throw $i64
    catch $i64
    end)
  (func (export "f32") (param f32) (result f32)
    try (result f32)
      local.get 0
      throw $f32
    catch $f32
      f32.const 0.5
      f32.add
    end)
  (func (export "f64") (param f64) (result f64)
    try (result f64)
      local.get 0
      throw $f64
    catch $f64
    end)
  (func (export "v128") (param i64 i64) (result i64)
    try (result v128)
      local.get 0
      i64x2.splat
      local.get 1
      i64x2.replace_lane 1
      throw $v128
    catch $v128
    end
    i64x2.extract_lane 1)
  (func (export "externref") (param externref) (result externref)
    try (result externref)
      local.get 0
      throw $ext
    catch $ext
    end)
  (func (export "mixed") (param i32 i64) (result i64)
    (local $v v128) (local $x i64)
    try (result i32 v128 i64)
      local.get 0
      local.get 1
      i64x2.splat
      local.get 1
      i64.const 1
      i64.add
      throw $mixed
    catch $mixed
    end
    local.set $x
    local.set $v
    i64.extend_i32_u
    local.get $v
    i64x2.extract_lane 1
    i64.add
    local.get $x
    i64.add)

  ;; The first matching clause catches; catch_all pushes nothing.
  (func $throw (param i32)
    local.get 0
    i32.eqz
    if
      throw $empty
    end
    local.get 0
    i32.const 1
    i32.eq
    if
      i32.const 10
      throw $i32
    end
    local.get 0
    i32.const 2
    i32.eq
    if
      i32.const 20
      throw $other
    end
    local.get 0
    i32.const 3
    i32.eq
    if
      i64.const 30
      throw $i64
    end)
  (func (export "clauses") (param i32) (result i32)
    try (result i32)
      local.get 0
      call $throw
      i32.const -1
    catch $i32
      i32.const 100
      i32.add
    catch $other
      i32.const 200
      i32.add
    catch $i32
      ;; never reached: the first $i32 clause matches
      drop
      i32.const -2
    catch_all
      i32.const 999
    end)

  ;; No clause matches: the exception propagates to the caller.
  (func (export "no-match") (param i32) (result i32)
    try (result i32)
      local.get 0
      call $throw
      i32.const -1
    catch $other
    end)
  (func (export "outer-catches") (param i32) (result i32)
    try (result i32)
      local.get 0
      call $throw
      i32.const -1
    catch $other
      i32.const 1000
      i32.add
    end
    drop
    i32.const 0)
  (func (export "propagates-to-outer") (param i32) (result i32)
    try (result i32)
      try (result i32)
        local.get 0
        call $throw
        i32.const -1
      catch $other
      end
    catch $i32
      i32.const 5000
      i32.add
    catch_all
      i32.const 6000
    end)

  ;; Values below the try stay; the stack is reset to the try's height.
  (func (export "below") (param i32) (result i32)
    i32.const 1000
    i32.const 200
    try (result i32)
      i32.const 7
      i32.const 8
      local.get 0
      throw $i32
    catch $i32
    end
    i32.add
    i32.add)
  ;; A try with parameters: they are gone at the catch.
  (func (export "params") (param i32) (result i32)
    i32.const 1000
    local.get 0
    i32.const 5
    try (param i32 i32) (result i32)
      i32.add
      throw $i32
    catch $i32
      i32.const 3
      i32.mul
    end
    i32.add)

  ;; An exception thrown in a catch body is not caught by the same try's clauses.
  (func (export "catch-body-throws") (param i32) (result i32)
    try (result i32)
      try (result i32)
        local.get 0
        throw $i32
      catch $i32
        throw $other
      catch $other
        drop
        i32.const -1
      catch_all
        i32.const -2
      end
    catch $other
      i32.const 77
      i32.add
    end)

  ;; Branches out of catch bodies: to the try's label, beyond it, br_if, br_table, return.
  (func (export "br-try") (param i32) (result i32)
    try (result i32)
      local.get 0
      throw $i32
    catch $i32
      i32.const 2
      i32.mul
      br 0
    end
    i32.const 1
    i32.add)
  (func (export "br-beyond") (param i32) (result i32)
    block $out (result i32)
      try (result i32)
        local.get 0
        throw $i32
      catch $i32
        br $out
      end
      i32.const 1000
      i32.add
    end)
  (func (export "br-if") (param i32) (result i32)
    block $out (result i32)
      try (result i32)
        local.get 0
        throw $i32
      catch $i32
        i32.const 9
        local.get 0
        br_if $out
        drop
        i32.const 100
        i32.add
      end
      i32.const 1000
      i32.add
    end)
  (func (export "br-table") (param i32) (result i32)
    block $b2 (result i32)
      block $b1 (result i32)
        try (result i32)
          local.get 0
          throw $i32
        catch $i32
          i32.const 10
          local.get 0
          br_table 0 $b1 $b2
        end
        i32.const 1
        i32.add
      end
      i32.const 100
      i32.add
    end)
  (func (export "return") (param i32) (result i32)
    try
      local.get 0
      throw $i32
    catch $i32
      i32.const 3
      i32.add
      return
    end
    i32.const -1)
  (func (export "catch-all-return") (result i32)
    try
      throw $empty
    catch_all
      i32.const 42
      return
    end
    i32.const -1)

  ;; Several and many results from each body; the try body's own results when nothing throws.
  (func $maybe (param i32)
    local.get 0
    if
      local.get 0
      throw $i32
    end)
  (func (export "multi") (param i32) (result i32)
    try (result i32 i32 i32)
      local.get 0
      call $maybe
      i32.const 1
      i32.const 2
      i32.const 3
    catch $i32
      i32.const 20
      i32.const 30
    catch_all
      i32.const 0
      i32.const 0
      i32.const 0
    end
    i32.const 10
    i32.mul
    i32.add
    i32.const 10
    i32.mul
    i32.add)
  (func (export "many") (param i32) (result i32)
    try (result i32 i32 i32 i32 i32 i32 i32 i32 i32)
      local.get 0
      call $maybe
      i32.const 1
      i32.const 2
      i32.const 3
      i32.const 4
      i32.const 5
      i32.const 6
      i32.const 7
      i32.const 8
      i32.const 9
    catch $i32
      i32.const 10
      i32.const 20
      i32.const 30
      i32.const 40
      i32.const 50
      i32.const 60
      i32.const 70
      i32.const 80
    end
    i32.add
    i32.add
    i32.add
    i32.add
    i32.add
    i32.add
    i32.add
    i32.add)
  (func (export "v128-result") (param i32) (result i32)
    try (result v128 i32)
      local.get 0
      call $maybe
      v128.const i32x4 1 2 3 4
      i32.const 5
    catch $i32
      i32.const 1
      i32.add
      local.set 0
      v128.const i32x4 10 20 30 40
      local.get 0
    end
    drop
    i32x4.extract_lane 3)

  ;; A try inside a loop, caught on every iteration.
  (func (export "loop") (param i32) (result i32)
    (local $sum i32)
    loop $l
      try
        local.get 0
        throw $i32
      catch $i32
        local.get $sum
        i32.add
        local.set $sum
      end
      local.get 0
      i32.const 1
      i32.sub
      local.tee 0
      br_if $l
    end
    local.get $sum)
)

(assert_return (invoke "i32" (i32.const 41)) (i32.const 42))
(assert_return (invoke "i64" (i64.const 0x123456789abcdef0)) (i64.const 0x123456789abcdef0))
(assert_return (invoke "f32" (f32.const 1.25)) (f32.const 1.75))
(assert_return (invoke "f64" (f64.const -0x1.5p+100)) (f64.const -0x1.5p+100))
(assert_return (invoke "v128" (i64.const 1) (i64.const 0x7777_8888_9999_aaaa)) (i64.const 0x7777_8888_9999_aaaa))
(assert_return (invoke "externref" (ref.extern 17)) (ref.extern 17))
(assert_return (invoke "externref" (ref.null extern)) (ref.null extern))
(assert_return (invoke "mixed" (i32.const 3) (i64.const 1000)) (i64.const 2004))

(assert_return (invoke "clauses" (i32.const 0)) (i32.const 999))
(assert_return (invoke "clauses" (i32.const 1)) (i32.const 110))
(assert_return (invoke "clauses" (i32.const 2)) (i32.const 220))
(assert_return (invoke "clauses" (i32.const 3)) (i32.const 999))
(assert_return (invoke "clauses" (i32.const 4)) (i32.const -1))

(assert_exception (invoke "no-match" (i32.const 1)))
(assert_exception (invoke "no-match" (i32.const 0)))
(assert_return (invoke "no-match" (i32.const 2)) (i32.const 20))
(assert_return (invoke "no-match" (i32.const 4)) (i32.const -1))
(assert_exception (invoke "outer-catches" (i32.const 1)))
(assert_return (invoke "outer-catches" (i32.const 4)) (i32.const 0))
(assert_return (invoke "propagates-to-outer" (i32.const 1)) (i32.const 5010))
(assert_return (invoke "propagates-to-outer" (i32.const 2)) (i32.const 20))
(assert_return (invoke "propagates-to-outer" (i32.const 3)) (i32.const 6000))

(assert_return (invoke "below" (i32.const 30)) (i32.const 1230))
(assert_return (invoke "params" (i32.const 2)) (i32.const 1021))
(assert_return (invoke "catch-body-throws" (i32.const 1)) (i32.const 78))

(assert_return (invoke "br-try" (i32.const 5)) (i32.const 11))
(assert_return (invoke "br-beyond" (i32.const 5)) (i32.const 5))
(assert_return (invoke "br-if" (i32.const 5)) (i32.const 9))
(assert_return (invoke "br-if" (i32.const 0)) (i32.const 1100))
(assert_return (invoke "br-table" (i32.const 0)) (i32.const 111))
(assert_return (invoke "br-table" (i32.const 1)) (i32.const 110))
(assert_return (invoke "br-table" (i32.const 2)) (i32.const 10))
(assert_return (invoke "br-table" (i32.const 7)) (i32.const 10))
(assert_return (invoke "return" (i32.const 4)) (i32.const 7))
(assert_return (invoke "catch-all-return") (i32.const 42))

(assert_return (invoke "multi" (i32.const 0)) (i32.const 321))
(assert_return (invoke "multi" (i32.const 7)) (i32.const 3207))
(assert_return (invoke "many" (i32.const 0)) (i32.const 45))
(assert_return (invoke "many" (i32.const 1)) (i32.const 361))
(assert_return (invoke "v128-result" (i32.const 0)) (i32.const 4))
(assert_return (invoke "v128-result" (i32.const 6)) (i32.const 40))
(assert_return (invoke "loop" (i32.const 100)) (i32.const 5050))
