;; Legacy `rethrow`: at depth 0 and from nested catch bodies at depth 1 and 2, from catch_all,
;; with values on the stack and calls between the catch and the rethrow (the hidden slot that
;; keeps the caught exception survives them), a rethrow inside a nested try's body caught by
;; that try, rethrow across calls and instances, a rethrow that runs on some iterations only,
;; and the validation of rethrow's label.

(module $a
  (tag $e (export "e") (param i32))
  (func (export "throw") (param i32) (throw $e (local.get 0)))
)
(register "a")

(module
  (import "a" "e" (tag $e (param i32)))
  (import "a" "throw" (func $a-throw (param i32)))
  (tag $f (param i64))
  (tag $g)

  (func $clobber (param i32) (result i32)
    ;; Uses a deep operand stack and locals, in the frame above its caller's live values.
    (local i32 i32 i32)
    local.get 0
    i32.const 1
    i32.add
    local.tee 1
    local.get 1
    i32.mul
    local.tee 2
    local.get 2
    i32.add
    local.tee 3
    local.get 3
    local.get 3
    i32.add
    i32.add
    drop
    i32.const -7)

  (func (export "depth0") (param i32) (result i32)
    try (result i32)
      try
        local.get 0
        throw $e
      catch $e
        drop
        rethrow 0
      end
      i32.const -1
    catch $e
      i32.const 100
      i32.add
    end)

  (func (export "catch-all-rethrow") (param i32) (result i32)
    try (result i32)
      try
        local.get 0
        throw $e
      catch_all
        rethrow 0
      end
      i32.const -1
    catch $e
      i32.const 200
      i32.add
    end)

  ;; The inner catch body rethrows the outer one's exception (depth 1), not its own.
  (func (export "depth1") (param i32) (result i32)
    try (result i32)
      try
        local.get 0
        throw $e
      catch $e
        drop
        try
          i64.const 5
          throw $f
        catch $f
          drop
          rethrow 1
        end
      end
      i32.const -1
    catch $e
      i32.const 300
      i32.add
    catch $f
      i32.wrap_i64
      i32.const -300
      i32.add
    end)

  ;; Depth 2 through a block inside the catch body; calls in between.
  (func (export "depth2") (param i32) (result i32)
    try (result i32)
      try
        local.get 0
        throw $e
      catch $e
        call $clobber
        drop
        block
          try
            throw $g
          catch $g
            i32.const 3
            call $clobber
            drop
            rethrow 2
          end
        end
      end
      i32.const -1
    catch $e
      i32.const 400
      i32.add
    catch_all
      i32.const -400
    end)

  ;; Values stay on the stack of the catch body across a call before the rethrow.
  (func (export "values-and-calls") (param i32) (result i32)
    try (result i32)
      i32.const 1000
      try (param i32)
        local.get 0
        throw $e
      catch $e
        i32.const 11
        i32.const 12
        call $clobber
        drop
        drop
        drop
        rethrow 0
      end
      i32.const -1
    catch $e
      i32.const 500
      i32.add
    end)

  ;; A rethrow inside a nested try's body is caught by that try.
  (func (export "caught-inside") (param i32) (result i32)
    try (result i32)
      local.get 0
      throw $e
    catch $e
      drop
      try (result i32)
        rethrow 1
      catch $e
        i32.const 600
        i32.add
      end
    end)

  ;; Rethrown to the caller and across an instance boundary.
  (func $rethrower (param i32)
    try
      local.get 0
      call $a-throw
    catch $e
      drop
      rethrow 0
    end)
  (func (export "across-calls") (param i32) (result i32)
    try (result i32)
      local.get 0
      call $rethrower
      i32.const -1
    catch $e
      i32.const 700
      i32.add
    end)
  (func (export "uncaught") (param i32)
    local.get 0
    call $rethrower)

  ;; A catch without rethrow in a loop of many iterations, and one with a rethrow that runs
  ;; only sometimes.
  (func (export "sometimes") (param i32) (result i32)
    (local $caught i32)
    loop $l
      try
        try
          local.get 0
          throw $e
        catch $e
          i32.const 3
          i32.rem_u
          if
            rethrow 1
          end
        end
      catch_all
        local.get $caught
        i32.const 1
        i32.add
        local.set $caught
      end
      local.get 0
      i32.const 1
      i32.sub
      local.tee 0
      br_if $l
    end
    local.get $caught)
)

(assert_return (invoke "depth0" (i32.const 1)) (i32.const 101))
(assert_return (invoke "catch-all-rethrow" (i32.const 2)) (i32.const 202))
(assert_return (invoke "depth1" (i32.const 3)) (i32.const 303))
(assert_return (invoke "depth2" (i32.const 4)) (i32.const 404))
(assert_return (invoke "values-and-calls" (i32.const 5)) (i32.const 505))
(assert_return (invoke "caught-inside" (i32.const 6)) (i32.const 606))
(assert_return (invoke "across-calls" (i32.const 7)) (i32.const 707))
(assert_exception (invoke "uncaught" (i32.const 8)))
(assert_return (invoke "sometimes" (i32.const 30)) (i32.const 20))

;; rethrow must name a catch body's label.
(assert_invalid
  (module (func try rethrow 0 end))
  "invalid rethrow label")
(assert_invalid
  (module (tag $e) (func block try nop catch $e rethrow 1 end end))
  "invalid rethrow label")
(assert_invalid
  (module (func rethrow 0))
  "invalid rethrow label")
