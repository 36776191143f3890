;; Traps are not exceptions: `catch_all` does not catch `unreachable`, an integer division by
;; zero, an out-of-bounds access or call-stack exhaustion inside a legacy try, nor a trap in a
;; callee. Tail calls: a `return_call` inside a try's body leaves the try (the callee's
;; exception goes to the tail caller's caller), also from a catch body; an exception thrown by
;; a function that was tail-called from inside a try of another function is caught there.

(module
  (tag $e (param i32))
  (memory 1)

  (func $trap (param i32) (result i32)
    local.get 0
    i32.eqz
    if
      unreachable
    end
    i32.const 1
    local.get 0
    i32.const 1
    i32.sub
    i32.div_u)
  (func (export "unreachable") (result i32)
    try (result i32)
      unreachable
    catch_all
      i32.const -1
    end)
  (func (export "callee-trap") (param i32) (result i32)
    try (result i32)
      local.get 0
      call $trap
    catch_all
      i32.const -1
    end)
  (func (export "oob") (result i32)
    try (result i32)
      i32.const 65536
      i32.load
    catch_all
      i32.const -1
    end)
  (func $deep (param i32) (result i32)
    try (result i32)
      local.get 0
      i32.const 1
      i32.add
      call $deep
    catch_all
      i32.const -1
    end)
  (func (export "exhaustion") (result i32)
    i32.const 0
    call $deep)
  ;; A trap inside a catch body is a trap too.
  (func (export "trap-in-catch") (result i32)
    try (result i32)
      try (result i32)
        i32.const 1
        throw $e
      catch $e
        unreachable
      end
    catch_all
      i32.const -1
    end)

  (func $thrower (param i32) (result i32)
    local.get 0
    throw $e)
  ;; The try around the return_call is gone with its activation.
  (func $tail (param i32) (result i32)
    try (result i32)
      local.get 0
      return_call $thrower
    catch $e
      i32.const -1000
      i32.add
    end)
  (func (export "tail-in-try") (param i32) (result i32)
    try (result i32)
      local.get 0
      call $tail
    catch $e
      i32.const 100
      i32.add
    end)
  (func $tail-from-catch (param i32) (result i32)
    try (result i32)
      local.get 0
      throw $e
    catch $e
      i32.const 1
      i32.add
      return_call $thrower
    end)
  (func (export "tail-from-catch") (param i32) (result i32)
    try (result i32)
      local.get 0
      call $tail-from-catch
    catch $e
      i32.const 200
      i32.add
    end)
  ;; A function tail-called from the try body of another one throws; the try there (an
  ;; ordinary call's caller) catches it.
  (func $middle (param i32) (result i32)
    local.get 0
    return_call $thrower)
  (func (export "tail-callee-throws") (param i32) (result i32)
    try (result i32)
      local.get 0
      call $middle
    catch $e
      i32.const 300
      i32.add
    end)
)

(assert_trap (invoke "unreachable") "unreachable")
(assert_trap (invoke "callee-trap" (i32.const 0)) "unreachable")
(assert_trap (invoke "callee-trap" (i32.const 1)) "integer divide by zero")
(assert_return (invoke "callee-trap" (i32.const 2)) (i32.const 1))
(assert_trap (invoke "oob") "out of bounds memory access")
(assert_exhaustion (invoke "exhaustion") "call stack exhausted")
(assert_trap (invoke "trap-in-catch") "unreachable")
(assert_return (invoke "tail-in-try" (i32.const 1)) (i32.const 101))
(assert_return (invoke "tail-from-catch" (i32.const 1)) (i32.const 202))
(assert_return (invoke "tail-callee-throws" (i32.const 3)) (i32.const 303))
