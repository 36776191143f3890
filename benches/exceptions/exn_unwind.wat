;; exn_unwind: the cost of throwing and catching (exnref encoding), in three phases.
;;
;; argv[1] = rounds (default 1000). Per round:
;;   deep:    one exception thrown 96 calls down and caught at the top. On the way up it passes
;;            frames of four kinds in turn: no handler, a handler for another tag (scanned but
;;            not taken), a cleanup (`catch_all_ref`, count, `throw_ref`: the C++ destructor
;;            pattern), and a frame that catches the exception, adds to its payload and
;;            throws a new one of the same tag (a translated error).
;;   shallow: 64 exceptions thrown by a direct callee and caught by its caller (the common case
;;            of an error return through exceptions).
;;   local:   64 exceptions thrown and caught in the same function (`throw` inside `try_table`).
;; It prints the number of exceptions caught at each phase and a checksum of their payloads.
(module
  (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_get" (func $args_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)

  (global $out (mut i32) (i32.const 4096))
  (global $cleanups (mut i64) (i64.const 0))
  (global $translated (mut i64) (i64.const 0))

  (tag $err (param i64 i32))
  (tag $other (param f64))

  ;; ---- WASI helpers ----
  (func $arg1 (param $default i64) (result i64)
    (local $p i32) (local $c i32) (local $n i64)
    (drop (call $args_sizes_get (i32.const 0) (i32.const 4)))
    (if (i32.lt_u (i32.load (i32.const 0)) (i32.const 2)) (then (return (local.get $default))))
    (if (i32.gt_u (i32.load (i32.const 0)) (i32.const 100)) (then (return (local.get $default))))
    (if (i32.gt_u (i32.load (i32.const 4)) (i32.const 3000)) (then (return (local.get $default))))
    (drop (call $args_get (i32.const 16) (i32.const 512)))
    (local.set $p (i32.load (i32.const 20)))
    (block $done
      (loop $digits
        (local.set $c (i32.sub (i32.load8_u (local.get $p)) (i32.const 48)))
        (br_if $done (i32.gt_u (local.get $c) (i32.const 9)))
        (local.set $n (i64.add (i64.mul (local.get $n) (i64.const 10)) (i64.extend_i32_u (local.get $c))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $digits)))
    (local.get $n))

  (data (i32.const 3900) "rounds deep shallow local cleanups translated checksum")
  (func $put_str (param $p i32) (param $n i32)
    (memory.copy (global.get $out) (local.get $p) (local.get $n))
    (global.set $out (i32.add (global.get $out) (local.get $n))))
  (func $put_char (param $c i32)
    (i32.store8 (global.get $out) (local.get $c))
    (global.set $out (i32.add (global.get $out) (i32.const 1))))
  (func $put_u64 (param $v i64)
    (local $buf i32)
    (local.set $buf (i32.const 3820))
    (loop $d
      (local.set $buf (i32.sub (local.get $buf) (i32.const 1)))
      (i32.store8 (local.get $buf) (i32.add (i32.const 48) (i32.wrap_i64 (i64.rem_u (local.get $v) (i64.const 10)))))
      (local.set $v (i64.div_u (local.get $v) (i64.const 10)))
      (br_if $d (i64.ne (local.get $v) (i64.const 0))))
    (call $put_str (local.get $buf) (i32.sub (i32.const 3820) (local.get $buf))))
  (func $field (param $p i32) (param $n i32) (param $v i64)
    (call $put_str (local.get $p) (local.get $n))
    (call $put_char (i32.const 32))
    (call $put_u64 (local.get $v))
    (call $put_char (i32.const 32)))
  (func $flush
    (i32.store (i32.const 0) (i32.const 4096))
    (i32.store (i32.const 4) (i32.sub (global.get $out) (i32.const 4096)))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
    (global.set $out (i32.const 4096)))

  ;; ---- deep ----
  ;; Descends `d` levels, the frame kind chosen by d % 4, and throws $err (seed, d) at the bottom.
  (func $dive (param $d i32) (param $seed i64) (result i64)
    (local $e exnref) (local $k i32)
    (if (i32.eqz (local.get $d))
      (then (throw $err (local.get $seed) (i32.const 0))))
    (local.set $k (i32.and (local.get $d) (i32.const 3)))
    (if (i32.eq (local.get $k) (i32.const 1))
      (then
        ;; a handler for another tag: scanned, not taken
        (return
          (block $not_ours (result f64)
            (try_table (result i64) (catch $other $not_ours)
              (call $dive (i32.sub (local.get $d) (i32.const 1)) (local.get $seed)))
            (return))
          (i64.trunc_sat_f64_s))))
    (if (i32.eq (local.get $k) (i32.const 2))
      (then
        ;; a cleanup that rethrows the same exception
        (local.set $e
          (block $cleanup (result exnref)
            (try_table (result i64) (catch_all_ref $cleanup)
              (call $dive (i32.sub (local.get $d) (i32.const 1)) (local.get $seed)))
            (return)))
        (global.set $cleanups (i64.add (global.get $cleanups) (i64.const 1)))
        (throw_ref (local.get $e))))
    (if (i32.eq (local.get $k) (i32.const 3))
      (then
        ;; catch, translate, throw a new exception of the same tag
        (block $translate (result i64 i32)
          (return
            (try_table (result i64) (catch $err $translate)
              (call $dive (i32.sub (local.get $d) (i32.const 1)) (local.get $seed)))))
        (global.set $translated (i64.add (global.get $translated) (i64.const 1)))
        (i32.add (i32.const 1))
        (local.set $k)
        (i64.mul (i64.const 31))
        (local.get $k)
        (throw $err)))
    ;; no handler: an ordinary non-tail call with work after it
    (i64.add (call $dive (i32.sub (local.get $d) (i32.const 1)) (local.get $seed)) (i64.const 1)))

  (func $deep (param $round i64) (result i64)
    (block $caught (result i64 i32)
      (return
        (try_table (result i64) (catch $err $caught)
          (call $dive (i32.const 96) (local.get $round)))))
    (i64.extend_i32_u)
    (i64.add))

  ;; ---- shallow ----
  (func $check (param $v i64) (result i64)
    (if (i64.eqz (i64.and (local.get $v) (i64.const 1)))
      (then (throw $err (local.get $v) (i32.const 2))))
    (local.get $v))

  (func $shallow (param $round i64) (result i64 i64)
    (local $i i64) (local $caught i64) (local $sum i64)
    (loop $each
      (block $next
        (block $h (result i64 i32)
          (try_table (catch $err $h)
            ;; every value is even: always throws
            (local.set $sum (i64.add (local.get $sum)
              (call $check (i64.shl (i64.add (local.get $round) (local.get $i)) (i64.const 1))))))
          (br $next))
        (drop)
        (local.set $sum (i64.add (local.get $sum)))
        (local.set $caught (i64.add (local.get $caught) (i64.const 1))))
      (br_if $each (i64.lt_u (local.tee $i (i64.add (local.get $i) (i64.const 1))) (i64.const 64))))
    (local.get $caught)
    (local.get $sum))

  ;; ---- local ----
  (func $local (param $round i64) (result i64 i64)
    (local $i i64) (local $caught i64) (local $sum i64)
    (loop $each
      (block $next
        (block $h (result i64 i32)
          (try_table (catch $err $h)
            (if (i64.lt_u (local.get $i) (i64.const 64))
              (then (throw $err (i64.xor (local.get $round) (local.get $i)) (i32.const 3)))))
          (br $next))
        (i64.extend_i32_u)
        (i64.add)
        (local.set $sum (i64.add (local.get $sum)))
        (local.set $caught (i64.add (local.get $caught) (i64.const 1))))
      (br_if $each (i64.lt_u (local.tee $i (i64.add (local.get $i) (i64.const 1))) (i64.const 64))))
    (local.get $caught)
    (local.get $sum))

  (func (export "_start")
    (local $n i64) (local $r i64) (local $deep i64) (local $shallow i64) (local $local i64)
    (local $sum i64) (local $c i64) (local $s i64)
    (local.set $n (call $arg1 (i64.const 1000)))
    (block $end
      (loop $round
        (br_if $end (i64.ge_u (local.get $r) (local.get $n)))
        (local.set $sum (i64.add (i64.rotl (local.get $sum) (i64.const 7)) (call $deep (local.get $r))))
        (local.set $deep (i64.add (local.get $deep) (i64.const 1)))
        (call $shallow (local.get $r))
        (local.set $s) (local.set $c)
        (local.set $shallow (i64.add (local.get $shallow) (local.get $c)))
        (local.set $sum (i64.xor (local.get $sum) (local.get $s)))
        (call $local (local.get $r))
        (local.set $s) (local.set $c)
        (local.set $local (i64.add (local.get $local) (local.get $c)))
        (local.set $sum (i64.add (local.get $sum) (local.get $s)))
        (local.set $r (i64.add (local.get $r) (i64.const 1)))
        (br $round)))
    (call $field (i32.const 3900) (i32.const 6) (local.get $n))
    (call $field (i32.const 3907) (i32.const 4) (local.get $deep))
    (call $field (i32.const 3912) (i32.const 7) (local.get $shallow))
    (call $field (i32.const 3920) (i32.const 5) (local.get $local))
    (call $field (i32.const 3926) (i32.const 8) (global.get $cleanups))
    (call $field (i32.const 3935) (i32.const 10) (global.get $translated))
    (call $put_str (i32.const 3946) (i32.const 8))
    (call $put_char (i32.const 32))
    (call $put_u64 (local.get $sum))
    (call $put_char (i32.const 10))
    (call $flush))
)
