;; f64 math: n steps of a damped spring integrator with sqrt/div/mul/add, returns the bits.
(module
  (func (export "run") (param $n i32) (result i64)
    (local $i i32) (local $x f64) (local $v f64) (local $e f64) (local $r f64)
    (local.set $x (f64.const 1.0))
    (local.set $v (f64.const 0.5))
    (block $done
      (loop $top
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $r (f64.sqrt (f64.add (f64.mul (local.get $x) (local.get $x))
                                         (f64.add (f64.mul (local.get $v) (local.get $v)) (f64.const 0.001)))))
        (local.set $v (f64.sub (local.get $v)
                               (f64.mul (f64.const 0.01) (f64.div (local.get $x) (local.get $r)))))
        (local.set $v (f64.mul (local.get $v) (f64.const 0.99999)))
        (local.set $x (f64.add (local.get $x) (f64.mul (f64.const 0.01) (local.get $v))))
        (local.set $e (f64.add (local.get $e) (f64.abs (local.get $x))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $top)))
    (i64.reinterpret_f64 (f64.add (local.get $e) (local.get $x)))))
