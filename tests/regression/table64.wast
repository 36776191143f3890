;; 64-bit tables (table64, part of memory64): every table instruction with i64 indices, sizes
;; and lengths, at the edges. Until table64 existed regwasm refused these modules
;; ("unsupported: 64-bit tables"); the narrowing of an i64 index to the 32-bit table
;; instructions must keep an index of 2^32 or more out of bounds, never wrapped to a small one.

(module
  (type $ii (func (param i32) (result i32)))
  (func $inc (type $ii) (i32.add (local.get 0) (i32.const 1)))
  (func $dbl (type $ii) (i32.mul (local.get 0) (i32.const 2)))
  (func $neg (type $ii) (i32.sub (i32.const 0) (local.get 0)))
  (table $t64 i64 4 10 funcref)
  (table $t32 4 funcref)
  (table $e64 i64 0 externref)
  (elem (table $t64) (i64.const 1) func $inc $dbl)
  (elem $seg funcref (ref.func $neg) (ref.func $inc))

  (func (export "size64") (result i64) (table.size $t64))
  (func (export "size32") (result i32) (table.size $t32))
  (func (export "grow64") (param i64) (result i64) (table.grow $t64 (ref.null func) (local.get 0)))
  (func (export "grow-e64") (param i64) (result i64) (table.grow $e64 (ref.null extern) (local.get 0)))
  (func (export "is-null") (param i64) (result i32) (ref.is_null (table.get $t64 (local.get 0))))
  (func (export "is-null-32") (param i32) (result i32) (ref.is_null (table.get $t32 (local.get 0))))
  (func (export "set-null") (param i64) (table.set $t64 (local.get 0) (ref.null func)))
  (func (export "set-inc") (param i64) (table.set $t64 (local.get 0) (ref.func $inc)))
  (func (export "call") (param i64 i32) (result i32)
    (call_indirect $t64 (type $ii) (local.get 1) (local.get 0)))
  (func (export "call-const") (result i32)
    (call_indirect $t64 (type $ii) (i32.const 5) (i64.const 0x1_0000_0001)))
  (func (export "tail") (param i64 i32) (result i32)
    (return_call_indirect $t64 (type $ii) (local.get 1) (local.get 0)))
  (func (export "fill") (param i64 i64) (table.fill $t64 (local.get 0) (ref.func $neg) (local.get 1)))
  ;; copy: the length is an i64 only between two 64-bit tables.
  (func (export "copy-64-64") (param i64 i64 i64) (table.copy $t64 $t64 (local.get 0) (local.get 1) (local.get 2)))
  (func (export "copy-32-to-64") (param i64 i32 i32) (table.copy $t64 $t32 (local.get 0) (local.get 1) (local.get 2)))
  (func (export "copy-64-to-32") (param i32 i64 i32) (table.copy $t32 $t64 (local.get 0) (local.get 1) (local.get 2)))
  (func (export "call32") (param i32 i32) (result i32)
    (call_indirect $t32 (type $ii) (local.get 1) (local.get 0)))
  (func (export "init") (param i64 i32 i32) (table.init $t64 $seg (local.get 0) (local.get 1) (local.get 2)))
)

;; The active segment went to indices 1 and 2 of the 64-bit table.
(assert_return (invoke "size64") (i64.const 4))
(assert_return (invoke "call" (i64.const 1) (i32.const 5)) (i32.const 6))
(assert_return (invoke "call" (i64.const 2) (i32.const 5)) (i32.const 10))
(assert_trap (invoke "call" (i64.const 0) (i32.const 5)) "uninitialized element")
(assert_trap (invoke "call" (i64.const 4) (i32.const 5)) "undefined element")
;; 2^32 + 1 is out of bounds: not wrapped to index 1.
(assert_trap (invoke "call" (i64.const 0x1_0000_0001) (i32.const 5)) "undefined element")
(assert_trap (invoke "call-const") "undefined element")
(assert_trap (invoke "call" (i64.const -1) (i32.const 5)) "undefined element")
(assert_return (invoke "tail" (i64.const 2) (i32.const 7)) (i32.const 14))
(assert_trap (invoke "tail" (i64.const 0x1_0000_0002) (i32.const 7)) "undefined element")

;; get and set at the edge and beyond 2^32.
(assert_return (invoke "is-null" (i64.const 1)) (i32.const 0))
(assert_return (invoke "is-null" (i64.const 3)) (i32.const 1))
(assert_trap (invoke "is-null" (i64.const 4)) "out of bounds table access")
(assert_trap (invoke "is-null" (i64.const 0x1_0000_0001)) "out of bounds table access")
(assert_trap (invoke "is-null" (i64.const 0xffff_ffff)) "out of bounds table access")
(assert_trap (invoke "set-null" (i64.const 0x1_0000_0001)) "out of bounds table access")
(assert_return (invoke "is-null" (i64.const 1)) (i32.const 0))
(assert_return (invoke "set-inc" (i64.const 3)))
(assert_return (invoke "call" (i64.const 3) (i32.const 1)) (i32.const 2))

;; grow: the old size as an i64, -1 as an i64 past the maximum (10) or with a delta >= 2^32.
(assert_return (invoke "grow64" (i64.const 0x1_0000_0000)) (i64.const -1))
(assert_return (invoke "grow64" (i64.const -1)) (i64.const -1))
(assert_return (invoke "grow64" (i64.const 7)) (i64.const -1))
(assert_return (invoke "grow64" (i64.const 2)) (i64.const 4))
(assert_return (invoke "size64") (i64.const 6))
(assert_return (invoke "grow64" (i64.const 4)) (i64.const 6))
(assert_return (invoke "grow64" (i64.const 0)) (i64.const 10))
(assert_return (invoke "grow64" (i64.const 1)) (i64.const -1))
(assert_return (invoke "size64") (i64.const 10))
(assert_return (invoke "grow-e64" (i64.const 3)) (i64.const 0))
(assert_return (invoke "grow-e64" (i64.const 0x1_0000_0000)) (i64.const -1))

;; fill: dst + len beyond the size traps before writing; a dst or len of 2^32 or more traps.
(assert_trap (invoke "fill" (i64.const 9) (i64.const 2)) "out of bounds table access")
(assert_trap (invoke "fill" (i64.const 0x1_0000_0000) (i64.const 0)) "out of bounds table access")
(assert_trap (invoke "fill" (i64.const 0) (i64.const 0x1_0000_0001)) "out of bounds table access")
(assert_trap (invoke "fill" (i64.const -1) (i64.const 2)) "out of bounds table access")
(assert_return (invoke "is-null" (i64.const 9)) (i32.const 1))
(assert_return (invoke "fill" (i64.const 10) (i64.const 0)))
(assert_return (invoke "fill" (i64.const 8) (i64.const 2)))
(assert_return (invoke "call" (i64.const 9) (i32.const 4)) (i32.const -4))

;; copy within the 64-bit table (overlapping) and across index types.
(assert_return (invoke "copy-64-64" (i64.const 0) (i64.const 1) (i64.const 3)))
(assert_return (invoke "call" (i64.const 0) (i32.const 5)) (i32.const 6))
(assert_return (invoke "call" (i64.const 1) (i32.const 5)) (i32.const 10))
(assert_trap (invoke "copy-64-64" (i64.const 0) (i64.const 0x1_0000_0000) (i64.const 0)) "out of bounds table access")
(assert_trap (invoke "copy-64-64" (i64.const 0x1_0000_0000) (i64.const 0) (i64.const 0)) "out of bounds table access")
(assert_trap (invoke "copy-64-64" (i64.const 0) (i64.const 0) (i64.const 0x1_0000_0001)) "out of bounds table access")
(assert_return (invoke "copy-64-64" (i64.const 10) (i64.const 10) (i64.const 0)))
(assert_return (invoke "copy-64-to-32" (i32.const 2) (i64.const 0) (i32.const 2)))
(assert_return (invoke "call32" (i32.const 2) (i32.const 5)) (i32.const 6))
(assert_return (invoke "call32" (i32.const 3) (i32.const 5)) (i32.const 10))
(assert_trap (invoke "copy-64-to-32" (i32.const 0) (i64.const 0x1_0000_0000) (i32.const 1)) "out of bounds table access")
(assert_trap (invoke "copy-64-to-32" (i32.const 3) (i64.const 0) (i32.const 2)) "out of bounds table access")
(assert_return (invoke "copy-32-to-64" (i64.const 6) (i32.const 2) (i32.const 2)))
(assert_return (invoke "call" (i64.const 7) (i32.const 5)) (i32.const 10))
(assert_trap (invoke "copy-32-to-64" (i64.const 0x1_0000_0006) (i32.const 2) (i32.const 2)) "out of bounds table access")
(assert_trap (invoke "copy-32-to-64" (i64.const 9) (i32.const 2) (i32.const 2)) "out of bounds table access")

;; init: an i64 destination, i32 source and length.
(assert_return (invoke "init" (i64.const 4) (i32.const 0) (i32.const 2)))
(assert_return (invoke "call" (i64.const 4) (i32.const 3)) (i32.const -3))
(assert_return (invoke "call" (i64.const 5) (i32.const 3)) (i32.const 4))
(assert_trap (invoke "init" (i64.const 0x1_0000_0004) (i32.const 0) (i32.const 1)) "out of bounds table access")
(assert_trap (invoke "init" (i64.const 0x1_0000_0000) (i32.const 0) (i32.const 0)) "out of bounds table access")
(assert_trap (invoke "init" (i64.const 9) (i32.const 0) (i32.const 2)) "out of bounds table access")

;; An active segment at an i64 offset of 2^32 or more is out of bounds at instantiation.
(assert_trap
  (module
    (func $f)
    (table i64 1 funcref)
    (elem (table 0) (i64.const 0x1_0000_0000) func $f))
  "out of bounds table access")
(assert_trap
  (module
    (func $f)
    (table i64 1 funcref)
    (elem (table 0) (i64.const 1) func $f))
  "out of bounds table access")

;; Validation: a 64-bit table takes i64 indices, a 32-bit one i32.
(assert_invalid
  (module (table i64 1 funcref) (func (drop (table.get 0 (i32.const 0)))))
  "type mismatch")
(assert_invalid
  (module (table i64 1 funcref) (func (result i32) (table.size 0)))
  "type mismatch")
(assert_invalid
  (module (table 1 funcref) (table i64 1 funcref)
    (func (table.copy 1 0 (i64.const 0) (i32.const 0) (i64.const 0))))
  "type mismatch")

;; Imports must agree on the index type.
(module $exporter
  (table (export "t64") i64 2 funcref)
  (table (export "t32") 2 funcref))
(register "exporter" $exporter)
(module (import "exporter" "t64" (table i64 1 funcref)))
(assert_unlinkable (module (import "exporter" "t64" (table 1 funcref))) "incompatible import type")
(assert_unlinkable (module (import "exporter" "t32" (table i64 1 funcref))) "incompatible import type")

;; A minimum of 2^32 (valid for a 64-bit table, beyond this engine's table limit) is refused
;; cleanly at instantiation, a link error.
(assert_unlinkable (module (table i64 0x1_0000_0000 funcref)) "table too large")
