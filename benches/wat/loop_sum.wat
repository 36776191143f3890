;; Tight integer loop with a data-dependent branch: sum of f(i) for i in 0..n.
(module
  (func (export "run") (param $n i32) (result i64)
    (local $i i32) (local $acc i64) (local $x i32)
    (local.set $x (i32.const 1))
    (block $done
      (loop $top
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        ;; x = x * 1664525 + 1013904223
        (local.set $x (i32.add (i32.mul (local.get $x) (i32.const 1664525)) (i32.const 1013904223)))
        (if (i32.and (local.get $x) (i32.const 0x100))
          (then (local.set $acc (i64.add (local.get $acc) (i64.extend_i32_u (local.get $i)))))
          (else (local.set $acc (i64.xor (local.get $acc) (i64.extend_i32_u (local.get $x))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $top)))
    (local.get $acc)))
