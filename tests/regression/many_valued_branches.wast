;; Branches carrying many values (8 or more) move them with one span copy after putting them in
;; their own slots, and br_table targets share one stub per label. Before, every branch and
;; every br_table entry emitted one copy per value, so a function with 1,000 results and a
;; 100,000-entry br_table made translation allocate gigabytes. These check the values that
;; arrive: from locals (which must be copied out before the branch, on every path), constants
;; and temporaries, through br, br_if (taken and not), br_table (shared and distinct stubs,
;; returns) and return.
(module
  (type $t10 (func (result i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)))
  (func $sum10 (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
    ;; A weighted sum, so order matters: sum of (i+1) * p_i.
    (i32.add (i32.add (i32.add (i32.add (i32.add (local.get 0)
      (i32.mul (local.get 1) (i32.const 2))) (i32.mul (local.get 2) (i32.const 3)))
      (i32.add (i32.mul (local.get 3) (i32.const 4)) (i32.mul (local.get 4) (i32.const 5))))
      (i32.add (i32.add (i32.mul (local.get 5) (i32.const 6)) (i32.mul (local.get 6) (i32.const 7)))
      (i32.add (i32.mul (local.get 7) (i32.const 8)) (i32.mul (local.get 8) (i32.const 9)))))
      (i32.mul (local.get 9) (i32.const 10))))

  ;; br_if out of a block with ten values, some from locals that change on the fall-through.
  (func (export "br_if") (param $c i32) (param $a i32) (result i32)
    (local $b i32)
    (local.set $b (i32.const 100))
    (call $sum10
      (block $l (type $t10)
        (local.get $a) (local.get $b) (i32.const 3) (local.get $a) (i32.const 5)
        (i32.const 6) (local.get $b) (i32.const 8) (i32.add (local.get $a) (i32.const 1)) (local.get $a)
        (br_if $l (local.get $c))
        ;; Not taken: overwrite the locals the values came from, then drop them all.
        (local.set $a (i32.const 0))
        (local.set $b (i32.const 0))
        (drop) (drop) (drop) (drop) (drop) (drop) (drop) (drop) (drop) (drop)
        (i32.const 1) (i32.const 1) (i32.const 1) (i32.const 1) (i32.const 1)
        (i32.const 1) (i32.const 1) (i32.const 1) (i32.const 1) (local.get $a))))

  ;; br_table over three labels, one repeated many times, plus the function (a return).
  (func $table (export "br_table") (param $i i32) (param $x i32)
    (result i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
    (block $outer (type $t10)
      (block $inner (type $t10)
        (i32.const 0) (local.get $x) (i32.const 2) (local.get $x) (i32.const 4)
        (i32.const 5) (local.get $x) (i32.const 7) (i32.const 8) (local.get $i)
        (br_table $inner $outer $inner $inner 2 $outer $inner (local.get $i)))
      ;; $inner: mark the first value.
      (drop) (drop) (drop) (drop) (drop) (drop) (drop) (drop) (drop)
      (i32.add (i32.const 1000))
      (i32.const 1) (i32.const 1) (i32.const 1) (i32.const 1) (i32.const 1)
      (i32.const 1) (i32.const 1) (i32.const 1) (i32.const 1)
      (return))
    ;; $outer: the values as they arrived.
    )
  (func (export "br_table_sum") (param i32 i32) (result i32)
    (call $sum10 (call $table (local.get 0) (local.get 1))))

  ;; return and br to the function with ten values, some from locals.
  (func $ret (param $c i32) (param $x i32) (result i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
    (local.get $x) (i32.const 2) (local.get $x) (i32.const 4) (i32.const 5)
    (i32.const 6) (i32.const 7) (local.get $x) (i32.const 9) (local.get $c)
    (br_if 0 (local.get $c))
    (local.set $x (i32.const 0))
    (return))
  (func (export "ret") (param i32 i32) (result i32)
    (call $sum10 (call $ret (local.get 0) (local.get 1))))

  ;; A loop whose label carries ten parameters, branched to from inside with new values.
  (func (export "loop") (param $n i32) (result i32)
    (local $k i32)
    i32.const 0 i32.const 0 i32.const 0 i32.const 0 i32.const 0
    i32.const 0 i32.const 0 i32.const 0 i32.const 0 i32.const 0
    (loop $l (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
             (result i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
      (local.set $k (i32.add (local.get $k) (i32.const 1)))
      (drop)
      (local.get $k)
      (br_if $l (i32.lt_u (local.get $k) (local.get $n))))
    (call $sum10))
)
;; (a, b=100, 3, a, 5, 6, b, 8, a+1, a) weighted: a*(1+4+10) + 100*(2+7) + 9 + 25 + 36 + 64 + 9*(a+1)
;; a=2: 30 + 900 + 134 + 27 = 1091
(assert_return (invoke "br_if" (i32.const 1) (i32.const 2)) (i32.const 1091))
;; not taken: nine ones (weights 1..9 = 45) and a=0
(assert_return (invoke "br_if" (i32.const 0) (i32.const 2)) (i32.const 45))
;; br_table: values (0, x, 2, x, 4, 5, x, 7, 8, i): 2*x + 6 + 4*x + 20 + 30 + 7*x + 56 + 72 + 10*i
;; = 13x + 184 + 10i, arriving at $outer for i = 1 and 5.
(assert_return (invoke "br_table_sum" (i32.const 1) (i32.const 10)) (i32.const 324))
(assert_return (invoke "br_table_sum" (i32.const 5) (i32.const 10)) (i32.const 364))
;; $inner (i = 0, 2, 3, 6 and the default): first value 0 + 1000, then nine ones (weights 2..10)
(assert_return (invoke "br_table_sum" (i32.const 0) (i32.const 10)) (i32.const 1054))
(assert_return (invoke "br_table_sum" (i32.const 3) (i32.const 10)) (i32.const 1054))
(assert_return (invoke "br_table_sum" (i32.const 99) (i32.const 10)) (i32.const 1054))
;; the function (a return): i = 4: 13x + 184 + 40
(assert_return (invoke "br_table_sum" (i32.const 4) (i32.const 10)) (i32.const 354))
;; ret: (x, 2, x, 4, 5, 6, 7, x, 9, c): x*(1+3+8) + 4 + 16 + 25 + 36 + 49 + 81 + 10c
(assert_return (invoke "ret" (i32.const 1) (i32.const 3)) (i32.const 257))
(assert_return (invoke "ret" (i32.const 0) (i32.const 3)) (i32.const 247))
;; loop: each turn replaces the top value by k; ends with k = n on top, zeros below
(assert_return (invoke "loop" (i32.const 5)) (i32.const 50))
