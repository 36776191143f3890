;; Memory-bound: fills n i32 words (stores), then sums them twice as i32 and i64 (loads).
(module
  (memory (export "memory") 64) ;; 4 MiB
  (func (export "run") (param $n i32) (result i64)
    (local $i i32) (local $end i32) (local $acc i64)
    (local.set $end (i32.shl (local.get $n) (i32.const 2)))
    (if (i32.gt_u (local.get $end) (i32.const 0x400000)) (then (local.set $end (i32.const 0x400000))))
    (loop $fill
      (i32.store (local.get $i) (i32.xor (local.get $i) (i32.const 0x5a5a5a5a)))
      (local.set $i (i32.add (local.get $i) (i32.const 4)))
      (br_if $fill (i32.lt_u (local.get $i) (local.get $end))))
    (local.set $i (i32.const 0))
    (loop $sum32
      (local.set $acc (i64.add (local.get $acc) (i64.load32_u (local.get $i))))
      (local.set $i (i32.add (local.get $i) (i32.const 4)))
      (br_if $sum32 (i32.lt_u (local.get $i) (local.get $end))))
    (local.set $i (i32.const 0))
    (loop $sum64
      (local.set $acc (i64.xor (local.get $acc) (i64.load offset=0 (local.get $i))))
      (local.set $i (i32.add (local.get $i) (i32.const 8)))
      (br_if $sum64 (i32.lt_u (local.get $i) (local.get $end))))
    (local.get $acc)))
