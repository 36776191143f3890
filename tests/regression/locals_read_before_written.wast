;; A function clears only the locals some path may read before writing them (definite
;; assignment over its blocks, branches and loops); the rest keep whatever an earlier call left
;; in the frame. `$dirty` fills the cells its callers' callees reuse with ones, so each case
;; below reads garbage if a local it reads first was not cleared. Every case is called right
;; after `$dirty`, at the same frame base.
(module
  (memory 1)
  (data (i32.const 16) "\2a\00\00\00")
  (func $dirty (local i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64)
    (local.set 0 (i64.const -1)) (local.set 1 (i64.const -1)) (local.set 2 (i64.const -1))
    (local.set 3 (i64.const -1)) (local.set 4 (i64.const -1)) (local.set 5 (i64.const -1))
    (local.set 6 (i64.const -1)) (local.set 7 (i64.const -1)) (local.set 8 (i64.const -1))
    (local.set 9 (i64.const -1)) (local.set 10 (i64.const -1)) (local.set 11 (i64.const -1))
    (drop (i64.add (local.get 0) (local.get 11))))
  ;; written on one arm of an `if` only
  (func $one_arm (param i32) (result i32) (local i32 i32)
    (local.set 2 (i32.const 3))
    (if (local.get 0) (then (local.set 1 (i32.const 5))))
    (i32.add (local.get 1) (local.get 2)))
  ;; written after a `br_if` out of the block
  (func $skipped (param i32) (result i64) (local i64)
    (block (br_if 0 (local.get 0)) (local.set 1 (i64.const 9)))
    (local.get 1))
  ;; read at the loop's start, written later in the loop
  (func $loop_carried (param i32) (result i32) (local i32 i32)
    (loop
      (local.set 2 (i32.add (local.get 1) (local.get 0)))
      (local.set 1 (local.get 2))
      (br_if 0 (local.tee 0 (i32.sub (local.get 0) (i32.const 1)))))
    (local.get 1))
  ;; a `br_table` whose taken target skips the write
  (func $table (param i32) (result f64) (local f64)
    (block (block (br_table 0 1 (local.get 0))) (local.set 1 (f64.const 2.5)))
    (local.get 1))
  ;; the prologue's write of 0 is left out (the local holds its zero), then overwritten on
  ;; one path only
  (func $zero_write (param i32) (result i32) (local i32)
    (local.set 1 (i32.const 0))
    (if (local.get 0) (then (local.set 1 (i32.const 7))))
    (local.get 1))
  ;; a constant address reads through the frame's zero cell
  (func $const_addr (param i32) (result i32) (local i32)
    (local.set 1 (local.get 0))
    (i32.add (i32.load (i32.const 16)) (local.get 1)))
  ;; a v128 local read first on one path
  (func $vec (param i32) (result i64) (local v128)
    (if (local.get 0) (then (local.set 1 (v128.const i64x2 4 4))))
    (i64x2.extract_lane 1 (local.get 1)))
  ;; every local written first: nothing to clear, and the result must not depend on the frame
  (func $all_written (param i32) (result i32) (local i32 i32)
    (local.set 1 (i32.mul (local.get 0) (i32.const 3)))
    (if (local.get 0) (then (local.set 2 (i32.const 1))) (else (local.set 2 (i32.const 2))))
    (i32.add (local.get 1) (local.get 2)))
  (func (export "one_arm") (param i32) (result i32) (call $dirty) (call $one_arm (local.get 0)))
  (func (export "skipped") (param i32) (result i64) (call $dirty) (call $skipped (local.get 0)))
  (func (export "loop_carried") (param i32) (result i32) (call $dirty) (call $loop_carried (local.get 0)))
  (func (export "table") (param i32) (result f64) (call $dirty) (call $table (local.get 0)))
  (func (export "zero_write") (param i32) (result i32) (call $dirty) (call $zero_write (local.get 0)))
  (func (export "const_addr") (param i32) (result i32) (call $dirty) (call $const_addr (local.get 0)))
  (func (export "vec") (param i32) (result i64) (call $dirty) (call $vec (local.get 0)))
  (func (export "all_written") (param i32) (result i32) (call $dirty) (call $all_written (local.get 0)))
)
(assert_return (invoke "one_arm" (i32.const 0)) (i32.const 3))
(assert_return (invoke "one_arm" (i32.const 1)) (i32.const 8))
(assert_return (invoke "skipped" (i32.const 1)) (i64.const 0))
(assert_return (invoke "skipped" (i32.const 0)) (i64.const 9))
(assert_return (invoke "loop_carried" (i32.const 1)) (i32.const 1))
(assert_return (invoke "loop_carried" (i32.const 4)) (i32.const 10))
(assert_return (invoke "table" (i32.const 0)) (f64.const 2.5))
(assert_return (invoke "table" (i32.const 1)) (f64.const 0))
(assert_return (invoke "table" (i32.const 7)) (f64.const 0))
(assert_return (invoke "zero_write" (i32.const 0)) (i32.const 0))
(assert_return (invoke "zero_write" (i32.const 1)) (i32.const 7))
(assert_return (invoke "const_addr" (i32.const 1)) (i32.const 43))
(assert_return (invoke "vec" (i32.const 0)) (i64.const 0))
(assert_return (invoke "vec" (i32.const 1)) (i64.const 4))
(assert_return (invoke "all_written" (i32.const 0)) (i32.const 2))
(assert_return (invoke "all_written" (i32.const 5)) (i32.const 16))
