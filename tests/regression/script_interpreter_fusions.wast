;; The fusions for script interpreters' dispatch loops and reference counts: a `br_table`
;; whose index is `x + c` (a C `switch` whose smallest case is not 0) takes the constant as a
;; bias, and an i32 loaded, added to and stored back at the same address (`Py_INCREF`,
;; `Py_DECREF`, `JS_FreeValue`, `p->n++`) is one instruction. What must not change: the index
;; wraps at 32 bits and anything past the last entry takes the default; the load and the
;; store check bounds exactly as before (address plus offset in 64 bits, no wrap to 0), a
;; trap leaves memory unchanged, the sum wraps, and the loaded value or the sum lands where
;; the program kept it.

(module
  (memory 1)
  (func (export "get") (param i32) (result i32) (i32.load (local.get 0)))
  (func (export "set") (param i32 i32) (i32.store (local.get 0) (local.get 1)))

  ;; `p->n += 1`: the sum only in the accumulator.
  (func (export "inc") (param i32)
    (i32.store offset=4 (local.get 0) (i32.add (i32.load offset=4 (local.get 0)) (i32.const 1))))
  ;; `if (--p->n == 0)`: the sum kept in a local.
  (func (export "dec_is_zero") (param i32) (result i32) (local i32)
    (i32.store (local.get 0) (local.tee 1 (i32.add (i32.load (local.get 0)) (i32.const -1))))
    (i32.eqz (local.get 1)))
  ;; The address loaded just before (`op = f->obj; Py_INCREF(op)`), sum unused or kept.
  (func (export "inc_via") (param i32) (local i32)
    (i32.store (local.tee 1 (i32.load offset=40 (local.get 0)))
      (i32.add (i32.load (local.get 1)) (i32.const 1))))
  (func (export "dec_via") (param i32) (result i32) (local i32 i32)
    (i32.store (local.tee 1 (i32.load offset=40 (local.get 0)))
      (local.tee 2 (i32.add (i32.load (local.get 1)) (i32.const -7))))
    (local.get 2))
  ;; `x = p->n++`: the loaded value kept, from a local address and from one loaded just before.
  (func (export "fetch_inc") (param i32) (result i32) (local i32)
    (local.set 1 (i32.load offset=16 (local.get 0)))
    (i32.store offset=16 (local.get 0) (i32.add (local.get 1) (i32.const 1)))
    (local.get 1))
  (func (export "fetch_inc_via") (param i32) (result i32) (local i32 i32)
    (i32.store offset=8 (local.tee 2 (i32.load offset=24 (local.get 0)))
      (i32.add (local.tee 1 (i32.load offset=8 (local.get 2))) (i32.const 0x7fffffff)))
    (local.get 1))
  ;; Look-alikes that are not one read-modify-write: `p = *p; *p = p + 1` stores at the new
  ;; `p`, and `p = *p + 1; *p = p` too.
  (func (export "chase") (param i32) (result i32)
    (local.set 0 (i32.load (local.get 0)))
    (i32.store (local.get 0) (i32.add (local.get 0) (i32.const 1)))
    (local.get 0))
  (func (export "chase_sum") (param i32) (result i32)
    (local.set 0 (i32.add (i32.load (local.get 0)) (i32.const 1)))
    (i32.store (local.get 0) (local.get 0))
    (local.get 0))

  ;; `p = q; q = q + 1; continue` (and `q = q + c` with `p = q` copied over by the sum):
  ;; sum of 4q - 3 for q = 1..max(n, 1).
  (func (export "walk") (param $n i32) (result i32) (local $p i32) (local $q i32) (local $sum i32)
    (local.set $q (i32.const 1))
    (block $done
      (loop $l
        (local.set $sum (i32.add (local.get $sum)
          (i32.add (i32.mul (local.get $p) (i32.const 3)) (local.get $q))))
        (br_if $done (i32.ge_u (local.get $q) (local.get $n)))
        (local.set $p (local.get $q))
        (local.set $q (i32.add (local.get $q) (i32.const 1)))
        (br $l)))
    (local.get $sum))
  (func (export "walk_wrap") (param $q i32) (result i32) (local $p i32) (local $k i32)
    (loop $l
      (local.set $k (i32.add (local.get $k) (i32.const 1)))
      (if (i32.lt_u (local.get $k) (i32.const 3))
        (then
          (local.set $p (local.get $q))
          (local.set $p (i32.add (local.get $q) (i32.const 0x7fffffff)))
          (local.set $q (i32.add (local.get $p) (i32.const 0)))
          (local.set $p (local.get $q))
          (local.set $q (i32.add (local.get $q) (i32.const 0x7fffffff)))
          (br $l))))
    (i32.xor (local.get $p) (i32.shl (local.get $q) (i32.const 1))))

  ;; `switch (x) { case 3: case 4: case 5: default: }`, on a local and on a loaded byte.
  (func (export "switch") (param i32) (result i32)
    (block (block (block (block
      (br_table 0 1 2 3 (i32.sub (local.get 0) (i32.const 3))))
      (return (i32.const 30))) (return (i32.const 31))) (return (i32.const 32)))
    (i32.const 99))
  (func (export "switch_byte") (param i32 i32) (result i32)
    (i32.store8 (local.get 0) (local.get 1))
    (block (block (block
      (br_table 0 1 2 (i32.add (i32.load8_u offset=1 (i32.sub (local.get 0) (i32.const 1))) (i32.const -2))))
      (return (i32.const 20))) (return (i32.const 21)))
    (i32.const 99))
  ;; A positive bias that wraps a negative index to the first entries.
  (func (export "switch_wrap") (param i32) (result i32)
    (block (block (block
      (br_table 0 1 2 (i32.add (local.get 0) (i32.const 5))))
      (return (i32.const 10))) (return (i32.const 11)))
    (i32.const 99))
)

(assert_return (invoke "set" (i32.const 100) (i32.const 41)))
(assert_return (invoke "inc" (i32.const 96)))
(assert_return (invoke "get" (i32.const 100)) (i32.const 42))
(assert_return (invoke "set" (i32.const 100) (i32.const -1)))
(assert_return (invoke "inc" (i32.const 96)))
(assert_return (invoke "get" (i32.const 100)) (i32.const 0))
(assert_return (invoke "set" (i32.const 100) (i32.const 0x7fffffff)))
(assert_return (invoke "inc" (i32.const 96)))
(assert_return (invoke "get" (i32.const 100)) (i32.const 0x80000000))
;; At the last word and across the edge of memory: the straddling access traps, memory keeps
;; its bytes; address plus offset past 2^32 does not wrap to 0.
(assert_return (invoke "set" (i32.const 65532) (i32.const 9)))
(assert_return (invoke "inc" (i32.const 65528)))
(assert_return (invoke "get" (i32.const 65532)) (i32.const 10))
(assert_trap (invoke "inc" (i32.const 65530)) "out of bounds memory access")
(assert_return (invoke "get" (i32.const 65532)) (i32.const 10))
(assert_return (invoke "set" (i32.const 0) (i32.const 5)))
(assert_trap (invoke "inc" (i32.const -4)) "out of bounds memory access")
(assert_return (invoke "get" (i32.const 0)) (i32.const 5))

(assert_return (invoke "set" (i32.const 200) (i32.const 2)))
(assert_return (invoke "dec_is_zero" (i32.const 200)) (i32.const 0))
(assert_return (invoke "get" (i32.const 200)) (i32.const 1))
(assert_return (invoke "dec_is_zero" (i32.const 200)) (i32.const 1))
(assert_return (invoke "get" (i32.const 200)) (i32.const 0))
(assert_return (invoke "dec_is_zero" (i32.const 200)) (i32.const 0))
(assert_return (invoke "get" (i32.const 200)) (i32.const -1))
(assert_trap (invoke "dec_is_zero" (i32.const 65533)) "out of bounds memory access")
(assert_return (invoke "get" (i32.const 65532)) (i32.const 10))

;; 300 + 40 holds the address 400.
(assert_return (invoke "set" (i32.const 340) (i32.const 400)))
(assert_return (invoke "set" (i32.const 400) (i32.const 1000)))
(assert_return (invoke "inc_via" (i32.const 300)))
(assert_return (invoke "get" (i32.const 400)) (i32.const 1001))
(assert_return (invoke "dec_via" (i32.const 300)) (i32.const 994))
(assert_return (invoke "get" (i32.const 400)) (i32.const 994))
(assert_return (invoke "get" (i32.const 340)) (i32.const 400))
(assert_return (invoke "set" (i32.const 340) (i32.const 65534)))
(assert_trap (invoke "inc_via" (i32.const 300)) "out of bounds memory access")
(assert_trap (invoke "dec_via" (i32.const 300)) "out of bounds memory access")
(assert_return (invoke "get" (i32.const 65532)) (i32.const 10))

(assert_return (invoke "set" (i32.const 516) (i32.const 7)))
(assert_return (invoke "fetch_inc" (i32.const 500)) (i32.const 7))
(assert_return (invoke "fetch_inc" (i32.const 500)) (i32.const 8))
(assert_return (invoke "get" (i32.const 516)) (i32.const 9))
(assert_trap (invoke "fetch_inc" (i32.const 65520)) "out of bounds memory access")
;; 600 + 24 holds the address 700; the counter is at 708.
(assert_return (invoke "set" (i32.const 624) (i32.const 700)))
(assert_return (invoke "set" (i32.const 708) (i32.const 3)))
(assert_return (invoke "fetch_inc_via" (i32.const 600)) (i32.const 3))
(assert_return (invoke "get" (i32.const 708)) (i32.const 0x80000002))
(assert_return (invoke "fetch_inc_via" (i32.const 600)) (i32.const 0x80000002))
(assert_return (invoke "get" (i32.const 708)) (i32.const 1))
(assert_return (invoke "set" (i32.const 624) (i32.const -8)))
(assert_trap (invoke "fetch_inc_via" (i32.const 600)) "out of bounds memory access")
(assert_return (invoke "get" (i32.const 0)) (i32.const 5))

;; 800 holds 900: `chase` stores 901 at 900, `chase_sum` stores 1001 at 1001.
(assert_return (invoke "set" (i32.const 800) (i32.const 900)))
(assert_return (invoke "chase" (i32.const 800)) (i32.const 900))
(assert_return (invoke "get" (i32.const 900)) (i32.const 901))
(assert_return (invoke "get" (i32.const 800)) (i32.const 900))
(assert_return (invoke "set" (i32.const 800) (i32.const 1000)))
(assert_return (invoke "chase_sum" (i32.const 800)) (i32.const 1001))
(assert_return (invoke "get" (i32.const 1001)) (i32.const 1001))
(assert_return (invoke "get" (i32.const 800)) (i32.const 1000))

(assert_return (invoke "switch" (i32.const 3)) (i32.const 30))
(assert_return (invoke "switch" (i32.const 4)) (i32.const 31))
(assert_return (invoke "switch" (i32.const 5)) (i32.const 32))
(assert_return (invoke "switch" (i32.const 6)) (i32.const 99))
(assert_return (invoke "switch" (i32.const 2)) (i32.const 99))
(assert_return (invoke "switch" (i32.const 0)) (i32.const 99))
(assert_return (invoke "switch" (i32.const -1)) (i32.const 99))
(assert_return (invoke "switch" (i32.const 0x80000000)) (i32.const 99))
(assert_return (invoke "switch" (i32.const 0x80000003)) (i32.const 99))
(assert_return (invoke "switch_byte" (i32.const 1000) (i32.const 2)) (i32.const 20))
(assert_return (invoke "switch_byte" (i32.const 1000) (i32.const 3)) (i32.const 21))
(assert_return (invoke "switch_byte" (i32.const 1000) (i32.const 4)) (i32.const 99))
(assert_return (invoke "switch_byte" (i32.const 1000) (i32.const 0x101)) (i32.const 99))
(assert_return (invoke "switch_byte" (i32.const 1000) (i32.const 1)) (i32.const 99))
(assert_return (invoke "switch_byte" (i32.const 1000) (i32.const 0x102)) (i32.const 20))
(assert_trap (invoke "switch_byte" (i32.const 65536) (i32.const 2)) "out of bounds memory access")
(assert_return (invoke "switch_wrap" (i32.const -5)) (i32.const 10))
(assert_return (invoke "switch_wrap" (i32.const -4)) (i32.const 11))
(assert_return (invoke "switch_wrap" (i32.const -3)) (i32.const 99))
(assert_return (invoke "switch_wrap" (i32.const -6)) (i32.const 99))
(assert_return (invoke "switch_wrap" (i32.const 0x7ffffffb)) (i32.const 99))
(assert_return (invoke "switch_wrap" (i32.const 0)) (i32.const 99))

(assert_return (invoke "walk" (i32.const 0)) (i32.const 1))
(assert_return (invoke "walk" (i32.const 3)) (i32.const 15))
(assert_return (invoke "walk" (i32.const 5)) (i32.const 45))
(assert_return (invoke "walk" (i32.const 100)) (i32.const 19900))
(assert_return (invoke "walk_wrap" (i32.const 5)) (i32.const 0x80000000))
(assert_return (invoke "walk_wrap" (i32.const -1)) (i32.const 0x8000000a))
