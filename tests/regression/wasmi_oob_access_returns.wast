;; Found by the differential fuzzer (regwasm-fuzz diff --generator shapes --seeds 1000348..1000349,
;; reduced): wasmi 2.0.0 returns (i64.const 31) from this call, where regwasm (both backends) and
;; wabt's spectest-interp trap with "out of bounds memory access". Kept as a regwasm regression test
;; for the address-arithmetic and load/store shapes it exercises.
(module
  (type (;0;) (func (result f32 f32)))
  (type (;1;) (func (param f64 f64) (result f64 f32 i32)))
  (type (;2;) (func (param f32 f32 f32) (result i64)))
  (type (;3;) (func (result f32 i32)))
  (type (;4;) (func (result f64 i64)))
  (type (;5;) (func (result i64 f64)))
  (type (;6;) (func (param f32 i32) (result i32)))
  (type (;7;) (func (result i32 i32)))
  (type (;8;) (func (param i32 i64) (result i32)))
  (table (;0;) 3 12 funcref)
  (memory (;0;) 1 3)
  (global (;0;) (mut i32) i32.const -645067879)
  (global (;1;) (mut i64) i64.const 9223372036854775807)
  (global (;2;) (mut f32) f32.const -0x1.04354p+6 (;=-65.052;))
  (global (;3;) (mut f64) f64.const -inf (;=-inf;))
  (global (;4;) (mut i32) i32.const 500)
  (export "mem" (memory 0))
  (export "tab" (table 0))
  (export "g0" (global 0))
  (export "g1" (global 1))
  (export "g2" (global 2))
  (export "g3" (global 3))
  (export "fuel" (global 4))
  (export "f0" (func 0))
  (export "f1" (func 1))
  (export "f2" (func 2))
  (elem (;0;) (i32.const 0) func 0 1 2)
  (func (;0;) (type 0) (result f32 f32)
    unreachable
  )
  (func (;1;) (type 1) (param f64 f64) (result f64 f32 i32)
    unreachable
  )
  (func (;2;) (type 2) (param f32 f32 f32) (result i64)
    (local i32 i64 f32 f64 f32 f32 f64 i32 i32 i32)
    global.get 4
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 4
    i32.const 1
    i32.sub
    global.set 4
    f64.const 0x1.0babe64da4627p+220 (;=1761818579902997500000000000000000000000000000000000000000000000000;)
    i64.reinterpret_f64
    f32.const 0x1p+31 (;=2147483600;)
    i64.trunc_f32_u
    i64.div_u
    global.set 1
    i32.const 2147483647
    local.set 3
    i32.const 8
    local.get 11
    local.tee 3
    i32.store8 offset=4
    block (type 5) (result i64 f64) ;; label = @1
      local.get 4
      i64.const 31
      i64.add
      i32.const 246
      local.get 12
      i32.const 65532
      i32.and
      i32.const 1
      i32.shl
      i32.add
      f64.load align=1
    end
    local.set 6
    f32.const 0x1p-1 (;=0.5;)
    i32.const 0
    block (type 6) (param f32 i32) (result i32) ;; label = @1
      local.set 3
      i32.reinterpret_f32
    end
    i32.const -1
    i32.ctz
    block (type 7) (result i32 i32) ;; label = @1
      local.get 11
      global.get 0
    end
    local.set 3
    i32.eqz
    select (result i32)
    i32.eqz
    br_if 0
    drop
    block ;; label = @1
      global.get 0
      local.tee 3
      global.get 1
      i64.const -6433160435881506989
      i64.add
      i64.const 3728320669510746073
      i64.rotr
      i64.extend8_s
      local.get 4
      i64.shr_s
      block (type 8) (param i32 i64) (result i32) ;; label = @2
        local.set 4
      end
      i32.eqz
      br_if 0 (;@1;)
      f32.const 0x1p+31 (;=2147483600;)
      local.get 7
      f32.mul
      local.set 5
    end
    i32.const -1
    i32.const 8
    i32.mul
    i64.load8_u offset=65536
    global.get 0
    i64.extend_i32_s
    i64.rotl
    block (result i64) ;; label = @1
      local.get 6
      local.set 6
      local.get 2
      local.set 2
      block (result i64) ;; label = @2
        i64.const 0
        local.get 11
        br_table 0 (;@2;) 0 (;@2;) 0 (;@2;)
      end
      f32.const 0x1.770196p+23 (;=12288203;)
      local.get 1
      f32.add
      local.get 0
      local.get 7
      f32.div
      f32.gt
      br_if 0 (;@1;)
      i64.ctz
    end
    i64.rotl
  )
  (data (;0;) (i32.const 49) "$\b9\b1\b4\f5]\b4\b9]\8b\a7T\d9\16\b7\19\c0v\a1\9c\00\15\ad\a8\ed3\82\97\92\d5\8a8\0cp3\d0J\e2471)\94\90\11T\9e\ba")
  (data (;1;) "\c7\97\d1Z\8f\88\82j\cf\db9\bf;\d6>\00/\13\09O\b2\12#.\c7D\12\ac\8a\0e\e4C")
)
(assert_trap (invoke "f2" (f32.const 0x1.fffffep127) (f32.const -inf) (f32.const 0x1.000000p0)) "out of bounds memory access")
