;; Found by the differential fuzzer (regwasm-fuzz diff --generator smith --seeds 567012..567013,
;; the SIMD + multi-memory + memory64 campaign; the fuzzer's automatic reduction, not reduced by
;; hand). After the call below, the v128 value the function stores into the mutable global 6 is
;; zero in wasmtime 48.0.8 (`wasmtime wast`) and regwasm (both backends), and nonzero in
;; wasmi 2.0.0 (i64x2 2248280561679403905 3426515754188408498). Not analysed further: kept as
;; a regwasm regression test for v128 values flowing through multi-value and memory code of
;; this shape into a global.
(module
  (type (;0;) (func (param i32 i32) (result f64)))
  (memory (;0;) i64 3 4)
  (global (;0;) (mut externref) ref.null extern)
  (global (;1;) i64 i64.const -7019503056493347818 i64.const 2628077483798819103 i64.const 761775061868258543 i64.const 5009558193376597723 i64.const 5284119313034550649 i64.const 5689269706953680195 i64.mul i64.sub i64.const -3324338799732441915 i64.add i64.add i64.const -3700757103127524876 i64.const -2127099519455872148 i64.add i64.add i64.add i64.add)
  (global (;2;) (mut externref) ref.null extern)
  (global (;3;) (mut i64) i64.const 0)
  (global (;4;) (mut i64) i64.const 0)
  (global (;5;) (mut i32) i32.const 0)
  (global (;6;) (mut v128) v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
  (global (;7;) (mut i32) i32.const 0)
  (global (;8;) (mut i32) i32.const 500)
  (export "\u{3d6}" (func 0))
  (export "" (func 1))
  (export "2" (memory 0))
  (export "3" (global 0))
  (export "4" (global 1))
  (export "5" (global 2))
  (export "6" (global 3))
  (export "7" (global 4))
  (export "8" (global 5))
  (export "\u{6f1};\u{7}&\u{7}E\u{5c}7R\u{16}EK" (global 6))
  (export "\u{9}" (global 7))
  (export "fuel" (global 8))
  (func (;0;) (type 0) (param i32 i32) (result f64)
    (local f32 f32 v128 v128 v128 f64 f64 f64)
    global.get 8
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 8
    i32.const 1
    i32.sub
    global.set 8
    ref.null func
    f32.const -0x1.fffffep+96 (;=-158456320000000000000000000000;)
    f32.trunc
    local.tee 2
    f32.const nan (;=NaN;)
    local.get 2
    local.get 2
    f32.eq
    select
    local.get 0
    i32.eqz
    nop
    memory.size
    f64.convert_i64_u
    i64.trunc_f64_s
    v128.load16x4_s offset=150941 align=1
    i64x2.all_true
    i32.ctz
    global.get 2
    v128.const i32x4 0xbe631954 0xeade272d 0xf2965c8b 0x1bf34ded
    i16x8.neg
    i32x4.trunc_sat_f32x4_u
    i16x8.extadd_pairwise_i8x16_u
    i32x4.trunc_sat_f32x4_u
    ref.null func
    local.get 0
    f32.convert_i32_u
    i32.trunc_f32_s
    i32.ctz
    ref.null func
    global.get 0
    i32.const -16777216
    f32.convert_i32_u
    f32.neg
    global.get 0
    ref.is_null
    v128.const i32x4 0x4a510b81 0x1f337f42 0x89ae06b2 0x2f8d6dec
    f32.const -nan:0x7fc000 (;=NaN;)
    i64.trunc_sat_f32_s
    v128.load8x8_s offset=88835 align=4
    local.get 0
    i32.eqz
    select
    local.get 1
    i32.ctz
    if ;; label = @1
      memory.size
      v128.const i32x4 0x7d9d3313 0x4b371e19 0xbb48c5ef 0x7264c9d8
      i32x4.all_true
      if (result f64) ;; label = @2
        i64.const 1073741823
        i64.load16_u offset=138230
        i64x2.splat
        i32x4.extend_high_i16x8_u
        i16x8.bitmask
        i64.extend_i32_u
        v128.load64_zero offset=163079 align=2
        i32x4.trunc_sat_f64x2_u_zero
        f64x2.abs
        i64x2.extract_lane 1
        i64.popcnt
        v128.load32x2_u offset=4988 align=4
        f64x2.convert_low_i32x4_s
        i16x8.extend_low_i8x16_u
        f64.const -0x1.a0175a60c2cc9p+467 (;=-619379125405017600000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
        block ;; label = @3
          local.get 0
          i8x16.splat
          i16x8.extract_lane_s 7
          loop (result f32) ;; label = @4
            global.get 8
            i32.eqz
            if ;; label = @5
              unreachable
            end
            global.get 8
            i32.const 1
            i32.sub
            global.set 8
            local.get 1
            i32.eqz
            i64.extend_i32_s
            i64.load16_u offset=109738 align=1
            i32.load8_s offset=87027
            i32.popcnt
            f64.convert_i32_s
            f32.demote_f64
            v128.const i32x4 0xc2860a64 0x7932e266 0x71425ac0 0x5648c25c
            i32x4.trunc_sat_f64x2_s_zero
            i64x2.neg
            f64x2.neg
            i16x8.extend_low_i8x16_s
            i64x2.bitmask
            br_table 0 (;@4;) 1 (;@3;) 3 (;@1;) 0 (;@4;)
            br 1 (;@3;)
            f32.ceil
            local.tee 3
            f32.const nan (;=NaN;)
            local.get 3
            local.get 3
            f32.eq
            select
            f32x4.splat
            block (result f32) ;; label = @5
              local.get 0
              i32.eqz
              i16x8.splat
              f64x2.nearest
              local.tee 4
              v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
              local.get 4
              local.get 4
              f64x2.eq
              v128.bitselect
              i32x4.extend_low_i16x8_s
              i64x2.neg
              i16x8.extend_low_i8x16_s
              f32x4.abs
              f64x2.sqrt
              local.tee 5
              v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
              local.get 5
              local.get 5
              f64x2.eq
              v128.bitselect
              i8x16.extract_lane_u 2
              br_table 1 (;@4;) 2 (;@3;) 4 (;@1;) 4 (;@1;)
              v128.const i32x4 0x4a48f3c9 0x01373c64 0x2f5971fc 0x7dc44db5
              i32x4.extract_lane 3
              i32.const -726824474
              i32.or
              br_table 1 (;@4;) 2 (;@3;) 4 (;@1;) 4 (;@1;)
              i64.const -8592328203760618673
              loop (result f64) ;; label = @6
                global.get 8
                i32.eqz
                if ;; label = @7
                  unreachable
                end
                global.get 8
                i32.const 1
                i32.sub
                global.set 8
                memory.size
                br 5 (;@1;)
                global.get 1
                i64x2.splat
                f64x2.extract_lane 1
                f64x2.splat
                f32x4.floor
                local.tee 6
                v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
                local.get 6
                local.get 6
                f32x4.eq
                v128.bitselect
                i64x2.extract_lane 1
                i64.div_u
                memory.grow
                i64.load offset=193287 align=4
                f32.const 0x1.p-129 (;=0.000000000000000000000000000000000000001469368;)
                i64.trunc_f32_s
                memory.grow
                i64.gt_u
                block ;; label = @7
                end
                i32.popcnt
                f64.const -nan:0xe000000000000 (;=NaN;)
                i32.trunc_f64_u
                i32.eqz
                i32.div_u
                f64.convert_i32_u
                i64.reinterpret_f64
                v128.const i32x4 0xc453e62f 0x8d279464 0xca29f0ed 0xb65a32f9
                i32x4.trunc_sat_f64x2_s_zero
                v128.const i32x4 0xdee5efc5 0xb23546dc 0xab1c72c4 0xfe83b64d
                v128.andnot
                f64x2.extract_lane 0
                f64.neg
                f64.sqrt
                local.tee 7
                f64.const nan (;=NaN;)
                local.get 7
                local.get 7
                f64.eq
                select
                i64.trunc_f64_u
                i64.extend8_s
                i64.store8 offset=45633
                local.get 1
                memory.size
                i32.load offset=90490 align=1
                i32.shr_s
                i16x8.splat
                i64x2.all_true
                br_table 0 (;@6;) 2 (;@4;) 3 (;@3;) 5 (;@1;) 5 (;@1;)
                br 3 (;@3;)
                block ;; label = @7
                  memory.size
                  i32.load8_s offset=124313
                  i32.eqz
                  f64.convert_i32_s
                  i64.const 6682532097018319484
                  f64.const -nan:0xfff8000000000 (;=NaN;)
                  f64.sqrt
                  local.tee 8
                  f64.const nan (;=NaN;)
                  local.get 8
                  local.get 8
                  f64.eq
                  select
                  f64.ceil
                  local.tee 9
                  f64.const nan (;=NaN;)
                  local.get 9
                  local.get 9
                  f64.eq
                  select
                  i64.reinterpret_f64
                  global.get 3
                  i64.xor
                  global.set 3
                  global.get 4
                  i64.xor
                  global.set 4
                  i64.reinterpret_f64
                  global.get 3
                  i64.xor
                  global.set 3
                end
                f64.const 0x1.p-1044 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000005304989477;)
              end
              i64.reinterpret_f64
              global.get 3
              i64.xor
              global.set 3
              global.get 4
              i64.xor
              global.set 4
              f32.const -0x1p+1 (;=-2;)
            end
            i32.reinterpret_f32
            global.get 5
            i32.xor
            global.set 5
            global.get 6
            v128.xor
            global.set 6
            f32.const 0x1.fffffep-64 (;=0.00000000000000000010842021;)
          end
          i32.reinterpret_f32
          global.get 5
          i32.xor
          global.set 5
          global.get 7
          i32.xor
          global.set 7
        end
        i64.reinterpret_f64
        global.get 3
        i64.xor
        global.set 3
        global.get 6
        v128.xor
        global.set 6
        f64.const 0x1.8001p-1057 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000097138;)
      else
        f64.const -0x1.da603dfb231p+354 (;=-67998785940513535000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
      end
      i64.reinterpret_f64
      global.get 3
      i64.xor
      global.set 3
      global.get 4
      i64.xor
      global.set 4
    end
    global.get 6
    v128.xor
    global.set 6
    global.get 7
    i32.xor
    global.set 7
    i32.reinterpret_f32
    global.get 5
    i32.xor
    global.set 5
    drop
    drop
    global.get 7
    i32.xor
    global.set 7
    drop
    global.get 6
    v128.xor
    global.set 6
    drop
    global.get 7
    i32.xor
    global.set 7
    global.get 7
    i32.xor
    global.set 7
    i32.reinterpret_f32
    global.get 5
    i32.xor
    global.set 5
    drop
    f64.const 0x1.b9facebafd21dp+660 (;=8259609447649186000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
  )
  (func (;1;) (type 0) (param i32 i32) (result f64)
    unreachable
  )
)

(invoke "ϖ" (i32.const 65536) (i32.const 1))

(assert_return (get "\db\b1\3b\07\26\07E\5c7R\16EK") (v128.const i64x2 0 0))
