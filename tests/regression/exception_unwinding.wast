;; Exception handling through the unwinder (`exec::unwind`) and the translator's handler tables
;; (`translate::exn`): an exception thrown several frames below its handler, nested try_tables
;; (innermost first, a non-matching inner one skipped, clause order), rethrow with throw_ref,
;; exceptions in and around tail calls (a tail-called function's handlers replace its caller's),
;; a catch inside a loop, v128 and multi-value payloads landing in the label's slots with live
;; values below them, a catch to the function body (return), and exceptions crossing instances
;; (imported tags match, a second instance's tags do not).

(module $a
  (tag $e (export "e") (param i32))
  (tag $other (export "other") (param i32))
  (func (export "throw") (param i32) (throw $e (local.get 0)))
  (func (export "throw-other") (param i32) (throw $other (local.get 0)))
)
(register "a")

(module $m
  (import "a" "e" (tag $ae (param i32)))
  (import "a" "throw" (func $a-throw (param i32)))
  (import "a" "throw-other" (func $a-throw-other (param i32)))
  (tag $e (param i32))
  (tag $f (param i64 i32))
  (tag $v (param v128 i32))
  (tag $empty)

  (func $leaf (param i32) (result i32) (throw $e (i32.mul (local.get 0) (i32.const 2))))
  (func $d1 (param i32) (result i32) (drop (call $leaf (local.get 0))) (i32.const -1))
  (func $d2 (param i32) (result i32) (i32.add (call $d1 (local.get 0)) (i32.const 1000)))
  (func $d3 (param i32) (result i32) (local i32)
    (local.set 1 (i32.const 7))
    (i32.add (local.get 1) (call $d2 (local.get 0))))

  ;; Three frames between the throw and the handler; the value below the label survives.
  (func (export "deep") (param i32) (result i32)
    (i32.add (i32.const 100)
      (block $h (result i32)
        (try_table (result i32) (catch $e $h)
          (call $d3 (local.get 0))))))

  ;; The inner try_table does not catch $e: the outer one does; then the inner catch_all wins.
  (func (export "nested") (param i32) (result i32)
    (block $outer (result i32)
      (try_table (result i32) (catch $e $outer)
        (block $inner (result i64 i32)
          (try_table (result i32) (catch $f $inner)
            (call $leaf (local.get 0)))
          (return))
        (drop)
        (i32.wrap_i64))))
  (func (export "nested-all") (param i32) (result i32)
    (block $outer (result i32)
      (try_table (result i32) (catch $e $outer)
        (block $inner
          (drop
            (try_table (result i32) (catch_all $inner) (catch $e $outer)
              (call $leaf (local.get 0)))))
        (i32.const 55))))

  ;; Clauses are tried in order.
  (func (export "clause-order") (result i32)
    (block $all
      (block $first (result i32)
        (try_table (catch $e $first) (catch_all $all)
          (throw $e (i32.const 3)))
        (unreachable))
      (return))
    (i32.const 4))

  ;; catch_ref then throw_ref: the outer handler sees the same payload.
  (func (export "rethrow") (param i32) (result i32)
    (block $h (result i32)
      (try_table (result i32) (catch $e $h)
        (block $r (result i32 exnref)
          (try_table (catch_ref $e $r)
            (drop (call $leaf (local.get 0))))
          (unreachable))
        (local.set 0 (i32.const 999))
        (throw_ref))))
  ;; catch_all_ref, rethrown twice.
  (func (export "rethrow-twice") (param i32) (result i32)
    (block $h (result i32)
      (try_table (result i32) (catch $e $h)
        (block $r2 (result exnref)
          (try_table (catch_all_ref $r2)
            (block $r1 (result exnref)
              (try_table (catch_all_ref $r1)
                (drop (call $leaf (local.get 0))))
              (unreachable))
            (throw_ref))
          (unreachable))
        (throw_ref))))
  (func (export "throw-ref-null") (throw_ref (ref.null exn)))

  ;; Multi-value and v128 payloads.
  (func (export "payload-f") (result i64 i32)
    (block $h (result i64 i32)
      (try_table (catch $f $h)
        (throw $f (i64.const -5) (i32.const 6)))
      (unreachable)))
  (func (export "payload-v") (result i32)
    (block $h (result v128 i32)
      (try_table (catch $v $h)
        (throw $v (v128.const i32x4 1 2 3 4) (i32.const 10)))
      (unreachable))
    (drop)
    (i32x4.extract_lane 3))

  ;; A catch to the function body returns the payload.
  (func (export "catch-to-return") (param i32) (result i32)
    (try_table (catch $e 0)
      (drop (call $leaf (local.get 0))))
    (i32.const -1))

  ;; A catch inside a loop: each iteration throws and is caught.
  (func (export "loop") (param i32) (result i32) (local i32)
    (loop $l
      (block $h (result i32)
        (try_table (result i32) (catch $e $h)
          (call $leaf (local.get 0))))
      (local.set 1 (i32.add (local.get 1)))
      (local.tee 0 (i32.sub (local.get 0) (i32.const 1)))
      (br_if $l))
    (local.get 1))

  ;; Tail calls: the callee throws; the tail caller's handler is gone, the one of its caller
  ;; catches. A tail-called function's own try_table catches its own throw.
  (func $tail-thrower (param i32) (result i32) (call $leaf (local.get 0)))
  (func $tail-caller (param i32) (result i32)
    (block $never (result i32)
      (try_table (result i32) (catch $e $never)
        (return_call $tail-thrower (local.get 0))))
    (drop)
    (i32.const -100))
  (func (export "tail") (param i32) (result i32)
    (block $h (result i32)
      (try_table (result i32) (catch $e $h)
        (call $tail-caller (local.get 0)))))
  (func $tail-catcher (param i32) (result i32)
    (block $h (result i32)
      (try_table (result i32) (catch $e $h)
        (call $leaf (local.get 0))))
    (i32.const 1)
    (i32.add))
  (func (export "tail-self") (param i32) (result i32)
    (return_call $tail-catcher (local.get 0)))

  ;; Across instances: an imported tag matches the exporter's throw; the exporter's other tag
  ;; is not ours.
  (func (export "cross") (param i32) (result i32)
    (block $h (result i32)
      (try_table (result i32) (catch $ae $h)
        (call $a-throw (local.get 0))
        (i32.const -1))))
  (func (export "cross-local-tag") (param i32) (result i32)
    (block $all
      (block $h (result i32)
        (try_table (result i32) (catch $e $h) (catch_all $all)
          (call $a-throw (local.get 0))
          (i32.const -1)))
      (return))
    (i32.const -2))
  (func (export "cross-uncaught") (param i32)
    (block $h (result i32)
      (try_table (catch $ae $h)
        (call $a-throw-other (local.get 0)))
      (return))
    (drop))
  (func (export "uncaught") (throw $empty))
)

(assert_return (invoke "deep" (i32.const 21)) (i32.const 142))
(assert_return (invoke "nested" (i32.const 4)) (i32.const 8))
(assert_return (invoke "nested-all" (i32.const 4)) (i32.const 55))
(assert_return (invoke "clause-order") (i32.const 3))
(assert_return (invoke "rethrow" (i32.const 9)) (i32.const 18))
(assert_return (invoke "rethrow-twice" (i32.const 11)) (i32.const 22))
(assert_trap (invoke "throw-ref-null") "null exception reference")
(assert_return (invoke "payload-f") (i64.const -5) (i32.const 6))
(assert_return (invoke "payload-v") (i32.const 4))
(assert_return (invoke "catch-to-return" (i32.const 5)) (i32.const 10))
(assert_return (invoke "loop" (i32.const 4)) (i32.const 20))
(assert_return (invoke "tail" (i32.const 8)) (i32.const 16))
(assert_return (invoke "tail-self" (i32.const 8)) (i32.const 17))
(assert_return (invoke "cross" (i32.const 6)) (i32.const 6))
(assert_return (invoke "cross-local-tag" (i32.const 6)) (i32.const -2))
(assert_exception (invoke "cross-uncaught" (i32.const 1)))
(assert_exception (invoke "uncaught"))

;; A second instance of the exporter makes new tags: its exceptions are not `$ae`.
(module $a2
  (tag $e (export "e") (param i32))
  (func (export "throw") (param i32) (throw $e (local.get 0)))
)
(register "a2")
(module
  (import "a" "e" (tag $ae (param i32)))
  (import "a2" "throw" (func $a2-throw (param i32)))
  (func (export "other-instance") (result i32)
    (block $all
      (block $h (result i32)
        (try_table (result i32) (catch $ae $h) (catch_all $all)
          (call $a2-throw (i32.const 1))
          (i32.const -1)))
      (return))
    (i32.const 77))
)
(assert_return (invoke "other-instance") (i32.const 77))
