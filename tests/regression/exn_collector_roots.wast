;; Exceptions caught by reference (`catch_ref`) used to live as long as the store, so a
;; program that kept catching by reference trapped "too many live exceptions" after 2^20 of
;; them. They are now collected when unreachable; this checks that every place wasm can keep
;; an exnref is a root across collections (each `churn` of 5000 makes several): a local and an
;; operand-stack slot of a caller below the churning calls, a global, a table element, the
;; payload of another exception, and the payload of an exception being thrown. Reading each
;; back checks its tag (`catch $e`) and payload.
(module
  (tag $e (param i32))
  (tag $box (param exnref i32))
  (global $g (mut exnref) (ref.null exn))
  (table $t 4 exnref)

  (func $make (param $v i32) (result exnref) (local $x exnref)
    (block $h (result i32 exnref)
      (try_table (catch_ref $e $h) (throw $e (local.get $v)))
      (unreachable))
    (local.set $x)
    (drop)
    (local.get $x))
  (func $payload (param $x exnref) (result i32)
    (block $h (result i32)
      (try_table (catch $e $h) (throw_ref (local.get $x)))
      (unreachable)))
  (func $churn (param $n i32) (result i32) (local $s i32)
    (loop $l
      (local.set $s (i32.add (local.get $s) (call $payload (call $make (local.get $n)))))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (local.get $s))
  ;; A $box (x, k) exception caught by reference.
  (func $make_box (param $x exnref) (param $k i32) (result exnref) (local $r exnref)
    (block $h (result exnref i32 exnref)
      (try_table (catch_ref $box $h) (throw $box (local.get $x) (local.get $k)))
      (unreachable))
    (local.set $r)
    (drop)
    (drop)
    (local.get $r))
  ;; payload(x) * 100 + k of a $box (x, k).
  (func $unbox (param $b exnref) (result i32) (local $k i32)
    (block $h (result exnref i32)
      (try_table (catch $box $h) (throw_ref (local.get $b)))
      (unreachable))
    (local.set $k)
    (call $payload)
    (i32.mul (i32.const 100))
    (i32.add (local.get $k)))

  (func (export "setup")
    (global.set $g (call $make (i32.const 11)))
    (table.set $t (i32.const 2) (call $make (i32.const 22)))
    (table.set $t (i32.const 3) (call $make_box (call $make (i32.const 33)) (i32.const 44))))
  (func (export "churn") (param $n i32) (result i32) (call $churn (local.get $n)))
  (func (export "check") (result i32 i32 i32)
    (call $payload (global.get $g))
    (call $payload (table.get $t (i32.const 2)))
    (call $unbox (table.get $t (i32.const 3))))
  (func (export "local-across-churn") (param $n i32) (result i32 i32)
    (local $x exnref)
    (local.set $x (call $make (i32.const 55)))
    (call $churn (local.get $n))
    (call $payload (local.get $x)))
  (func (export "operand-across-churn") (param $n i32) (result i32)
    (call $make (i32.const 66))
    (drop (call $churn (local.get $n)))
    (call $payload))
  ;; Boxes made while garbage piles up (1 to 3 per box, so collections fall on every kind of
  ;; allocation): the inner exnref is only in the throw's operands when the box is allocated.
  (func (export "box-while-churning") (param $n i32) (result i32) (local $s i32) (local $b exnref)
    (loop $l
      (drop (call $churn (i32.add (i32.const 1) (i32.rem_u (local.get $n) (i32.const 3)))))
      (block $h (result exnref i32 exnref)
        (try_table (catch_ref $box $h) (throw $box (call $make (local.get $n)) (i32.const 1)))
        (unreachable))
      (local.set $b)
      (drop)
      (drop)
      (local.set $s (i32.add (local.get $s) (call $unbox (local.get $b))))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (local.get $s))
)

(assert_return (invoke "setup"))
(assert_return (invoke "check") (i32.const 11) (i32.const 22) (i32.const 3344))
(assert_return (invoke "churn" (i32.const 5000)) (i32.const 12502500))
(assert_return (invoke "check") (i32.const 11) (i32.const 22) (i32.const 3344))
(assert_return (invoke "local-across-churn" (i32.const 5000)) (i32.const 12502500) (i32.const 55))
(assert_return (invoke "operand-across-churn" (i32.const 5000)) (i32.const 66))
;; sum over n = 1..10000 of (n * 100 + 1), mod 2^32
(assert_return (invoke "box-while-churning" (i32.const 10000)) (i32.const 705542704))
(assert_return (invoke "check") (i32.const 11) (i32.const 22) (i32.const 3344))
