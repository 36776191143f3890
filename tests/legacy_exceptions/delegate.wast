;; Legacy `delegate`: to an outer try (its clauses handle the exception, the ones between are
;; skipped), to the function's label (the caller handles it), to a block (the try around the
;; block handles it), to a try from inside that try's catch body (the next try out handles it:
;; a try's clauses do not cover its catch bodies), to a catch-less try, chains of delegates,
;; a delegate whose body catches the exception itself, exceptions thrown by callees, and the
;; validation of delegate's label.

(module
  (tag $e (param i32))
  (tag $f (param i32))

  (func $throw (param i32) (local.get 0) (throw $e))

  ;; delegate 0 from inside the outer try's body: the middle try is skipped.
  (func (export "to-outer") (param i32) (result i32)
    try (result i32)
      try (result i32)
        try
          local.get 0
          call $throw
        delegate 1
        i32.const -1
      catch $e
        i32.const -100
        i32.add
      end
    catch $e
      i32.const 100
      i32.add
    end)
  (func (export "to-next") (param i32) (result i32)
    try (result i32)
      try
        local.get 0
        call $throw
      delegate 0
      i32.const -1
    catch $e
      i32.const 200
      i32.add
    end)

  ;; To the function's label: straight to the caller, past the try around the delegate.
  (func $to-caller (param i32) (result i32)
    try (result i32)
      try
        local.get 0
        call $throw
      delegate 1
      i32.const -1
    catch_all
      i32.const -2
    end)
  (func (export "to-caller") (param i32) (result i32)
    try (result i32)
      local.get 0
      call $to-caller
    catch $e
      i32.const 300
      i32.add
    end)
  (func (export "to-caller-uncaught") (param i32) (result i32)
    local.get 0
    call $to-caller)

  ;; To a block: the try around the block handles it, not the one inside the block.
  (func (export "to-block") (param i32) (result i32)
    try (result i32)
      block $b (result i32)
        try (result i32)
          try
            local.get 0
            call $throw
          delegate $b
          i32.const -1
        catch_all
          i32.const -2
        end
      end
    catch $e
      i32.const 400
      i32.add
    end)

  ;; From inside a catch body to that try's label: the try does not cover its catch body, so
  ;; the next try out handles it.
  (func (export "from-catch-body") (param i32) (result i32)
    try (result i32)
      try (result i32)
        i32.const 0
        throw $f
      catch $f
        drop
        try
          local.get 0
          call $throw
        delegate 0
        i32.const -1
      catch $e
        drop
        i32.const -2
      end
    catch $e
      i32.const 500
      i32.add
    end)

  ;; To a try without clauses: nothing there catches, the next try out does.
  (func (export "to-catchless") (param i32) (result i32)
    try (result i32)
      try (result i32)
        try
          local.get 0
          call $throw
        delegate 0
        i32.const -1
      end
    catch $e
      i32.const 600
      i32.add
    end)

  ;; A chain: delegate to a try-delegate's body, which delegates further out.
  (func (export "chain") (param i32) (result i32)
    try (result i32)
      try (result i32)
        try
          try
            local.get 0
            call $throw
          delegate 0
          i32.const 0
          drop
        delegate 1
        i32.const -1
      catch_all
        i32.const -2
      end
    catch $e
      i32.const 700
      i32.add
    end)

  ;; Inner tries inside a try-delegate's body catch first.
  (func (export "inner-catches") (param i32) (result i32)
    try (result i32)
      try (result i32)
        try (result i32)
          local.get 0
          call $throw
          i32.const -1
        catch $e
          i32.const 800
          i32.add
        end
      delegate 0
    catch_all
      i32.const -2
    end)

  ;; A delegate whose exception does not match the target's clauses keeps propagating.
  (func (export "no-match") (param i32) (result i32)
    try (result i32)
      try (result i32)
        try
          local.get 0
          call $throw
        delegate 0
        i32.const -1
      catch $f
      end
    catch $e
      i32.const 900
      i32.add
    end)

  ;; Nothing thrown: a try-delegate is a block.
  (func (export "no-throw") (param i32) (result i32)
    try (result i32)
      local.get 0
      i32.const 1
      i32.add
    delegate 0)

  ;; delegate inside a loop (many iterations).
  (func (export "loop") (param i32) (result i32)
    (local $sum i32)
    loop $l
      try
        try
          local.get 0
          call $throw
        delegate 0
      catch $e
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

(assert_return (invoke "to-outer" (i32.const 1)) (i32.const 101))
(assert_return (invoke "to-next" (i32.const 2)) (i32.const 202))
(assert_return (invoke "to-caller" (i32.const 3)) (i32.const 303))
(assert_exception (invoke "to-caller-uncaught" (i32.const 3)))
(assert_return (invoke "to-block" (i32.const 4)) (i32.const 404))
(assert_return (invoke "from-catch-body" (i32.const 5)) (i32.const 505))
(assert_return (invoke "to-catchless" (i32.const 6)) (i32.const 606))
(assert_return (invoke "chain" (i32.const 7)) (i32.const 707))
(assert_return (invoke "inner-catches" (i32.const 8)) (i32.const 808))
(assert_return (invoke "no-match" (i32.const 9)) (i32.const 909))
(assert_return (invoke "no-throw" (i32.const 9)) (i32.const 10))
(assert_return (invoke "loop" (i32.const 100)) (i32.const 5050))

;; delegate's label must exist (the function's label is the last one).
(assert_invalid
  (module (func try delegate 1))
  "unknown label")
(assert_invalid
  (module (func block try delegate 2 end))
  "unknown label")
;; delegate ends only a try (here: a block).
(assert_invalid
  (module binary "\00asm" "\01\00\00\00" "\01\04\01\60\00\00" "\03\02\01\00"
    "\0a\08\01\06\00\02\40\18\00\0b")
  "delegate outside a try")
