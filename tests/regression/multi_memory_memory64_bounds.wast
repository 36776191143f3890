;; Boundary cases of multi-memory and memory64 (the generic memory instructions, which look the
;; memory up through the instance): an address plus offset that overflows 64 bits must trap
;; and not wrap; a 64-bit address above 4 GiB must not be cut to its low 32 bits; a 32-bit
;; memory N must see only the low 32 bits of its address and not wrap address + offset; the
;; last byte of memory N is reachable and one past it is not; growing memory 1 leaves memory
;; 0 alone; memory.copy between memories and within one with overlap copies as memmove; a
;; refused 64-bit memory.grow returns -1 as an i64; data segments land in memory N and at
;; i64 offsets.
(module
  (memory $m0 1)
  (memory $m1 1 3)
  (memory $m64 i64 1 2)
  (data (memory $m1) (i32.const 65534) "\aa\bb")
  (data (memory $m64) (i64.const 65530) "\01\02\03\04\05\06")

  (func (export "load8_m1") (param i32) (result i32) (i32.load8_u $m1 (local.get 0)))
  (func (export "load16_m1") (param i32) (result i32) (i32.load16_u $m1 (local.get 0)))
  (func (export "load_m1") (param i32) (result i32) (i32.load $m1 (local.get 0)))
  (func (export "load_m1_off1") (param i32) (result i32) (i32.load8_u $m1 offset=1 (local.get 0)))
  (func (export "store8_m1") (param i32 i32) (i32.store8 $m1 (local.get 0) (local.get 1)))
  (func (export "load8_m0") (param i32) (result i32) (i32.load8_u $m0 (local.get 0)))
  (func (export "store8_m0") (param i32 i32) (i32.store8 $m0 (local.get 0) (local.get 1)))

  (func (export "load8_64") (param i64) (result i32) (i32.load8_u $m64 (local.get 0)))
  (func (export "load64_64") (param i64) (result i64) (i64.load $m64 (local.get 0)))
  (func (export "load8_64_big_off") (param i64) (result i32)
    (i32.load8_u $m64 offset=0xffff_ffff_ffff_fff0 (local.get 0)))
  (func (export "load8_64_off1") (param i64) (result i32) (i32.load8_u $m64 offset=1 (local.get 0)))
  (func (export "store16_64") (param i64 i32) (i32.store16 $m64 (local.get 0) (local.get 1)))

  (func (export "size0") (result i32) (memory.size $m0))
  (func (export "size1") (result i32) (memory.size $m1))
  (func (export "size64") (result i64) (memory.size $m64))
  (func (export "grow1") (param i32) (result i32) (memory.grow $m1 (local.get 0)))
  (func (export "grow64") (param i64) (result i64) (memory.grow $m64 (local.get 0)))

  (func (export "copy_1_to_0") (param i32 i32 i32) (memory.copy $m0 $m1 (local.get 0) (local.get 1) (local.get 2)))
  (func (export "copy_1_to_1") (param i32 i32 i32) (memory.copy $m1 $m1 (local.get 0) (local.get 1) (local.get 2)))
  (func (export "copy_64_to_1") (param i32 i64 i32) (memory.copy $m1 $m64 (local.get 0) (local.get 1) (local.get 2)))
  (func (export "fill64") (param i64 i32 i64) (memory.fill $m64 (local.get 0) (local.get 1) (local.get 2)))
  (func (export "fill1") (param i32 i32 i32) (memory.fill $m1 (local.get 0) (local.get 1) (local.get 2)))

  (func (export "v128_lane_m1") (param i32) (result i64)
    (i64x2.extract_lane 1
      (v128.load64_lane $m1 1 (local.get 0) (v128.const i64x2 7 8))))
  (func (export "v128_store_lane_m1") (param i32)
    (v128.store32_lane $m1 2 (local.get 0) (v128.const i32x4 0x11 0x22 0x33 0x44)))
)

;; Data segments landed in memory 1 and at an i64 offset of the 64-bit memory.
(assert_return (invoke "load8_m1" (i32.const 65534)) (i32.const 0xaa))
(assert_return (invoke "load8_m0" (i32.const 65534)) (i32.const 0))
(assert_return (invoke "load8_64" (i64.const 65535)) (i32.const 6))

;; The last byte of memory 1, and one past it.
(assert_return (invoke "load8_m1" (i32.const 65535)) (i32.const 0xbb))
(assert_return (invoke "load16_m1" (i32.const 65534)) (i32.const 0xbbaa))
(assert_trap (invoke "load16_m1" (i32.const 65535)) "out of bounds memory access")
(assert_trap (invoke "load_m1" (i32.const 65533)) "out of bounds memory access")
(assert_trap (invoke "load8_m1" (i32.const 65536)) "out of bounds memory access")
;; A 32-bit memory N: address -1 plus offset 1 is 2^32, out of bounds (no wrap to 0).
(assert_trap (invoke "load_m1_off1" (i32.const -1)) "out of bounds memory access")

;; 64-bit addresses: above 4 GiB is out of bounds (not its low 32 bits), and address + offset
;; overflowing 64 bits traps instead of wrapping to a small address.
(assert_trap (invoke "load8_64" (i64.const 0x1_0000_0000)) "out of bounds memory access")
(assert_trap (invoke "load8_64" (i64.const 0x1_0000_fff0)) "out of bounds memory access")
(assert_trap (invoke "load8_64" (i64.const -1)) "out of bounds memory access")
(assert_trap (invoke "load8_64_off1" (i64.const -1)) "out of bounds memory access")
(assert_trap (invoke "load8_64_big_off" (i64.const 0x20)) "out of bounds memory access")
(assert_trap (invoke "load8_64_big_off" (i64.const 0x10)) "out of bounds memory access")
(assert_return (invoke "load64_64" (i64.const 65528)) (i64.const 0x0605_0403_0201_0000))
(assert_trap (invoke "load64_64" (i64.const 65529)) "out of bounds memory access")
(assert_trap (invoke "store16_64" (i64.const 65535) (i32.const 0x7777)) "out of bounds memory access")
(assert_return (invoke "load8_64" (i64.const 65535)) (i32.const 6))

;; Growing memory 1 does not change memory 0; 64-bit grow returns an i64, -1 when refused.
(assert_return (invoke "grow1" (i32.const 1)) (i32.const 1))
(assert_return (invoke "size1") (i32.const 2))
(assert_return (invoke "size0") (i32.const 1))
(assert_return (invoke "size64") (i64.const 1))
(assert_return (invoke "load8_m1" (i32.const 65536)) (i32.const 0))
(assert_return (invoke "grow1" (i32.const 2)) (i32.const -1))
(assert_return (invoke "grow64" (i64.const 2)) (i64.const -1))
(assert_return (invoke "grow64" (i64.const 0x1_0000_0000_0000)) (i64.const -1))
(assert_return (invoke "grow64" (i64.const -1)) (i64.const -1))
(assert_return (invoke "grow64" (i64.const 1)) (i64.const 1))
(assert_return (invoke "size64") (i64.const 2))
(assert_return (invoke "size0") (i32.const 1))
(assert_trap (invoke "load8_m0" (i32.const 65536)) "out of bounds memory access")

;; memory.copy between memories, and within memory 1 with overlap in both directions.
(invoke "store8_m1" (i32.const 10) (i32.const 1))
(invoke "store8_m1" (i32.const 11) (i32.const 2))
(invoke "store8_m1" (i32.const 12) (i32.const 3))
(invoke "store8_m1" (i32.const 13) (i32.const 4))
(invoke "copy_1_to_0" (i32.const 100) (i32.const 10) (i32.const 4))
(assert_return (invoke "load8_m0" (i32.const 100)) (i32.const 1))
(assert_return (invoke "load8_m0" (i32.const 103)) (i32.const 4))
(assert_return (invoke "load8_m1" (i32.const 100)) (i32.const 0))
(invoke "copy_1_to_1" (i32.const 11) (i32.const 10) (i32.const 4))
(assert_return (invoke "load8_m1" (i32.const 10)) (i32.const 1))
(assert_return (invoke "load8_m1" (i32.const 11)) (i32.const 1))
(assert_return (invoke "load8_m1" (i32.const 12)) (i32.const 2))
(assert_return (invoke "load8_m1" (i32.const 14)) (i32.const 4))
(invoke "copy_1_to_1" (i32.const 10) (i32.const 11) (i32.const 4))
(assert_return (invoke "load8_m1" (i32.const 10)) (i32.const 1))
(assert_return (invoke "load8_m1" (i32.const 11)) (i32.const 2))
(assert_return (invoke "load8_m1" (i32.const 13)) (i32.const 4))
(assert_return (invoke "load8_m1" (i32.const 14)) (i32.const 4))
;; From the 64-bit memory into memory 1; out of range source traps and writes nothing.
(invoke "copy_64_to_1" (i32.const 200) (i64.const 65530) (i32.const 6))
(assert_return (invoke "load8_m1" (i32.const 200)) (i32.const 1))
(assert_return (invoke "load8_m1" (i32.const 205)) (i32.const 6))
(assert_trap (invoke "copy_64_to_1" (i32.const 300) (i64.const 0x1_0000_0000) (i32.const 1)) "out of bounds memory access")
(assert_trap (invoke "copy_1_to_0" (i32.const 65535) (i32.const 0) (i32.const 2)) "out of bounds memory access")
(assert_return (invoke "load8_m0" (i32.const 65535)) (i32.const 0))

;; memory.fill: a 64-bit destination plus length that overflows traps and writes nothing.
(assert_trap (invoke "fill64" (i64.const 16) (i32.const 9) (i64.const -1)) "out of bounds memory access")
(assert_return (invoke "load8_64" (i64.const 16)) (i32.const 0))
(invoke "fill64" (i64.const 16) (i32.const 9) (i64.const 2))
(assert_return (invoke "load8_64" (i64.const 17)) (i32.const 9))
(assert_return (invoke "load8_64" (i64.const 18)) (i32.const 0))
(assert_trap (invoke "fill1" (i32.const 131071) (i32.const 5) (i32.const 2)) "out of bounds memory access")
(invoke "fill1" (i32.const 131071) (i32.const 5) (i32.const 1))
(assert_return (invoke "load8_m1" (i32.const 131071)) (i32.const 5))

;; SIMD lane access on memory 1 (the offset rides in the word after the lane load).
(invoke "store8_m1" (i32.const 300) (i32.const 0x2a))
(assert_return (invoke "v128_lane_m1" (i32.const 300)) (i64.const 0x2a))
(invoke "v128_store_lane_m1" (i32.const 400))
(assert_return (invoke "load_m1" (i32.const 400)) (i32.const 0x33))
(assert_trap (invoke "v128_lane_m1" (i32.const 131065)) "out of bounds memory access")
