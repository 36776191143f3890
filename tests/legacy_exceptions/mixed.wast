;; Legacy and final-encoding handlers interleaved, innermost first: a try_table inside a legacy
;; try catches first (and a non-matching one passes the exception on); a legacy try inside a
;; try_table likewise; a delegate skips a try_table between it and its target; a delegate to a
;; try_table's label is handled by that try_table's clauses; a try_table inside a catch body
;; whose clause targets the legacy try's label; a legacy rethrow caught by catch_ref and thrown
;; again with throw_ref keeps its payload; an exnref from catch_ref thrown with throw_ref inside
;; a legacy try is caught there and rethrown.

(module
  (tag $e (param i32))
  (tag $f (param i32))

  (func $throw-e (param i32) (local.get 0) (throw $e))
  (func $throw-f (param i32) (local.get 0) (throw $f))

  (func (export "try-table-in-try") (param i32) (result i32)
    try (result i32)
      block $h (result i32)
        try_table (result i32) (catch $e $h)
          local.get 0
          call $throw-e
          i32.const -1
        end
        return
      end
      i32.const 100
      i32.add
    catch $e
      drop
      i32.const -100
    end)
  (func (export "try-table-passes-on") (param i32) (result i32)
    try (result i32)
      block $h (result i32)
        try_table (result i32) (catch $e $h)
          local.get 0
          call $throw-f
          i32.const -1
        end
        return
      end
      drop
      i32.const -200
    catch $f
      i32.const 200
      i32.add
    end)
  (func (export "try-in-try-table") (param i32) (result i32)
    block $h (result i32)
      try_table (result i32) (catch $e $h)
        try (result i32)
          local.get 0
          call $throw-e
          i32.const -1
        catch $e
          i32.const 300
          i32.add
        end
      end
      return
    end
    drop
    i32.const -300)
  (func (export "try-passes-to-try-table") (param i32) (result i32)
    block $h (result i32)
      try_table (result i32) (catch $f $h)
        try (result i32)
          local.get 0
          call $throw-f
          i32.const -1
        catch $e
          drop
          i32.const -400
        end
      end
      return
    end
    i32.const 400
    i32.add)

  ;; delegate 1 targets the outer legacy try: the try_table between them is skipped.
  (func (export "delegate-skips-try-table") (param i32) (result i32)
    try (result i32)
      block $h
        try_table (catch_all $h)
          try
            local.get 0
            call $throw-e
          delegate 2
        end
        i32.const -1
        return
      end
      i32.const -500
    catch $e
      i32.const 500
      i32.add
    end)
  ;; delegate 0 targets the try_table's label: its clause handles the exception.
  (func (export "delegate-to-try-table") (param i32) (result i32)
    try (result i32)
      block $h (result i32)
        try_table (result i32) (catch $e $h)
          try
            local.get 0
            call $throw-e
          delegate 0
          i32.const -1
        end
        return
      end
      i32.const 600
      i32.add
    catch $e
      drop
      i32.const -600
    end)

  ;; A try_table in a catch body whose clause branches to the legacy try's label (leaving the
  ;; catch body with the payload as the try's result).
  (func (export "try-table-in-catch") (param i32) (result i32)
    try (result i32)
      local.get 0
      call $throw-e
      i32.const -1
    catch $e
      drop
      try_table (catch $f 0)
        local.get 0
        i32.const 700
        i32.add
        call $throw-f
      end
      i32.const -700
    end)

  ;; A legacy rethrow caught by catch_ref, thrown again with throw_ref, caught by a legacy catch.
  (func (export "rethrow-catch-ref") (param i32) (result i32)
    try (result i32)
      block $h (result i32 exnref)
        try_table (catch_ref $e $h)
          try
            local.get 0
            call $throw-e
          catch_all
            rethrow 0
          end
        end
        unreachable
      end
      throw_ref
    catch $e
      i32.const 800
      i32.add
    end)
  ;; An exnref thrown with throw_ref inside a legacy try: caught, rethrown by the catch body,
  ;; caught by catch_ref again, payload unchanged.
  (func (export "throw-ref-in-try") (param i32) (result i32)
    (local $x exnref)
    block $h1 (result i32 exnref)
      try_table (catch_ref $e $h1)
        local.get 0
        call $throw-e
      end
      unreachable
    end
    local.set $x
    drop
    block $h2 (result i32 exnref)
      try_table (catch_ref $e $h2)
        try
          local.get $x
          throw_ref
        catch $e
          i32.const 1
          i32.add
          local.set 0
          rethrow 0
        end
      end
      unreachable
    end
    drop
    local.get 0
    i32.add)
)

(assert_return (invoke "try-table-in-try" (i32.const 1)) (i32.const 101))
(assert_return (invoke "try-table-passes-on" (i32.const 2)) (i32.const 202))
(assert_return (invoke "try-in-try-table" (i32.const 3)) (i32.const 303))
(assert_return (invoke "try-passes-to-try-table" (i32.const 4)) (i32.const 404))
(assert_return (invoke "delegate-skips-try-table" (i32.const 5)) (i32.const 505))
(assert_return (invoke "delegate-to-try-table" (i32.const 6)) (i32.const 606))
(assert_return (invoke "try-table-in-catch" (i32.const 7)) (i32.const 707))
(assert_return (invoke "rethrow-catch-ref" (i32.const 8)) (i32.const 808))
(assert_return (invoke "throw-ref-in-try" (i32.const 9)) (i32.const 19))
