;; Indirect calls: a loop dispatching through a 4-entry funcref table with call_indirect.
(module
  (type $op (func (param i32 i32) (result i32)))
  (table 4 funcref)
  (elem (i32.const 0) $add $sub $xor $mul)
  (func $add (type $op) (i32.add (local.get 0) (local.get 1)))
  (func $sub (type $op) (i32.sub (local.get 0) (local.get 1)))
  (func $xor (type $op) (i32.xor (local.get 0) (local.get 1)))
  (func $mul (type $op) (i32.add (i32.mul (local.get 0) (local.get 1)) (i32.const 1)))
  (func (export "run") (param $n i32) (result i64)
    (local $i i32) (local $x i32) (local $acc i32)
    (local.set $x (i32.const 3))
    (block $done
      (loop $top
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $x (i32.add (i32.mul (local.get $x) (i32.const 1664525)) (i32.const 1013904223)))
        (local.set $acc
          (call_indirect (type $op) (local.get $acc) (local.get $x)
            (i32.shr_u (local.get $x) (i32.const 30))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $top)))
    (i64.extend_i32_u (local.get $acc))))
