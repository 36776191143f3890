;; A `br_table` whose index an indexed load just read (an interpreter's dispatch:
;; `switch (code[pc])`, or `switch (info[*pc])`) is one instruction, and a small negative bias
;; on that index (`switch (x) { case 2: ... }`: clang subtracts 2 first) becomes extra default
;; entries at the front of the table instead of a subtraction. What must not change: indices
;; the subtraction wraps around (loaded values below the bias) and anything past the last
;; entry take the default; the load checks bounds exactly as before (address in 32 bits, then
;; the access in 64, no wrap to 0) and traps before any branch; a value kept in a local after
;; the load is still there.

(module
  (memory 1)
  ;; Words from 16 (the tables): 0, 1, 2, 3, -1, 0x80000000, 5, 4.
  (data (i32.const 16) "\00\00\00\00\01\00\00\00\02\00\00\00\03\00\00\00\ff\ff\ff\ff\00\00\00\80\05\00\00\00\04\00\00\00")
  ;; Bytes from 64: opcodes for `info_dispatch`.
  (data (i32.const 64) "\00\01\02\03\04\05\06")

  ;; `switch (table[i])`, cases 0..2, default 3: the index register form.
  (func (export "dispatch") (param i32) (result i32)
    (block (block (block (block
      (br_table 0 1 2 3
        (i32.load (i32.add (i32.shl (local.get 0) (i32.const 2)) (i32.const 16)))))
      (return (i32.const 100)))
      (return (i32.const 101)))
      (return (i32.const 102)))
    (i32.const 103))

  ;; The same with a base address, so the index can wrap the 32-bit address.
  (func (export "dispatch_at") (param i32 i32) (result i32)
    (block (block (block
      (br_table 0 1 2
        (i32.load (i32.add (i32.shl (local.get 0) (i32.const 2)) (local.get 1)))))
      (return (i32.const 200)))
      (return (i32.const 201)))
    (i32.const 202))

  ;; `switch (table[i]) { case 2: .. case 3: .. case 4: .. }`: the bias -2.
  (func (export "biased") (param i32) (result i32)
    (block (block (block (block
      (br_table 0 1 2 3
        (i32.add
          (i32.load (i32.add (i32.shl (local.get 0) (i32.const 2)) (i32.const 16)))
          (i32.const -2))))
      (return (i32.const 302)))
      (return (i32.const 303)))
      (return (i32.const 304)))
    (i32.const 399))

  ;; QuickJS's shape: the opcode byte kept in a local (the case bodies read it), then an entry
  ;; of a table indexed by it, biased, feeding the `br_table`: the index in the accumulator.
  (func (export "info_dispatch") (param i32) (result i32) (local i32)
    (block (block (block
      (br_table 0 1 2
        (i32.add
          (i32.load
            (i32.add
              (i32.shl (local.tee 1 (i32.load8_u offset=64 (local.get 0))) (i32.const 2))
              (i32.const 16)))
          (i32.const -1))))
      (return (i32.add (i32.const 1000) (local.get 1))))
      (return (i32.add (i32.const 2000) (local.get 1))))
    (i32.add (i32.const 3000) (local.get 1)))

  ;; Carrying a value, the default leaving the function: the front entries return too.
  (func (export "biased_ret") (param i32) (result i32)
    (block (result i32) (block (result i32)
      (br_table 0 1 2 (i32.const 500)
        (i32.add
          (i32.load (i32.add (i32.shl (local.get 0) (i32.const 2)) (i32.const 16)))
          (i32.const -3))))
      (i32.add (i32.const 1)))
    (i32.add (i32.const 2)))

  ;; A loop dispatching until the default: counts the steps (a loaded index, each back edge
  ;; to the table jump).
  (func (export "run") (param i32) (result i32) (local i32)
    (loop $next
      (block $stop (block $step
        (br_table $step $step $step $step $stop
          (i32.load (i32.add (i32.shl (local.get 0) (i32.const 2)) (i32.const 16)))))
        (local.set 1 (i32.add (local.get 1) (i32.const 1)))
        (local.set 0 (i32.add (local.get 0) (i32.const 1)))
        (br $next))
      )
    (local.get 1))
)

;; Words 0..7: 0, 1, 2, 3, -1, 0x80000000, 5, 4.
(assert_return (invoke "dispatch" (i32.const 0)) (i32.const 100))
(assert_return (invoke "dispatch" (i32.const 1)) (i32.const 101))
(assert_return (invoke "dispatch" (i32.const 2)) (i32.const 102))
(assert_return (invoke "dispatch" (i32.const 3)) (i32.const 103))
(assert_return (invoke "dispatch" (i32.const 4)) (i32.const 103))
(assert_return (invoke "dispatch" (i32.const 5)) (i32.const 103))
(assert_return (invoke "dispatch" (i32.const 6)) (i32.const 103))
(assert_return (invoke "dispatch" (i32.const 100)) (i32.const 100))
;; The last word of memory loads, one past it traps; the address wraps at 32 bits.
(assert_return (invoke "dispatch" (i32.const 16379)) (i32.const 100))
(assert_trap (invoke "dispatch" (i32.const 16380)) "out of bounds memory access")
;; (0x3ffffffb << 2) + 16 = 0xfffffffc: out of bounds; one more wraps to 0 (zeros there).
(assert_trap (invoke "dispatch" (i32.const 0x3ffffffb)) "out of bounds memory access")
(assert_return (invoke "dispatch" (i32.const 0x3ffffffc)) (i32.const 100))
(assert_return (invoke "dispatch" (i32.const 0x40000000)) (i32.const 100))
(assert_return (invoke "dispatch" (i32.const 0x40000001)) (i32.const 101))
(assert_return (invoke "dispatch" (i32.const 0x40000002)) (i32.const 102))
(assert_trap (invoke "dispatch_at" (i32.const 0) (i32.const 65533)) "out of bounds memory access")
(assert_return (invoke "dispatch_at" (i32.const 0) (i32.const 20)) (i32.const 201))
(assert_return (invoke "dispatch_at" (i32.const 1) (i32.const 20)) (i32.const 202))
;; 0x3fffffff << 2 = 0xfffffffc; plus 24 wraps to 20 (word 1).
(assert_return (invoke "dispatch_at" (i32.const 0x3fffffff) (i32.const 24)) (i32.const 201))

;; Biased: values 0 and 1 wrap below the first case and take the default, as do values past
;; the last case and the negative ones.
(assert_return (invoke "biased" (i32.const 0)) (i32.const 399))
(assert_return (invoke "biased" (i32.const 1)) (i32.const 399))
(assert_return (invoke "biased" (i32.const 2)) (i32.const 302))
(assert_return (invoke "biased" (i32.const 3)) (i32.const 303))
(assert_return (invoke "biased" (i32.const 4)) (i32.const 399))
(assert_return (invoke "biased" (i32.const 5)) (i32.const 399))
(assert_return (invoke "biased" (i32.const 6)) (i32.const 399))
(assert_return (invoke "biased" (i32.const 7)) (i32.const 304))
(assert_trap (invoke "biased" (i32.const 16380)) "out of bounds memory access")

;; Words minus 3: 3 -> entry 0 (+1 +2), 4 -> entry 1 (+2), the rest return 500.
(assert_return (invoke "biased_ret" (i32.const 3)) (i32.const 503))
(assert_return (invoke "biased_ret" (i32.const 7)) (i32.const 502))
(assert_return (invoke "biased_ret" (i32.const 6)) (i32.const 500))
(assert_return (invoke "biased_ret" (i32.const 0)) (i32.const 500))
(assert_return (invoke "biased_ret" (i32.const 2)) (i32.const 500))
(assert_return (invoke "biased_ret" (i32.const 4)) (i32.const 500))
(assert_return (invoke "biased_ret" (i32.const 5)) (i32.const 500))

;; Opcode bytes 0..6 at 64 select words 0..6; minus 1.
(assert_return (invoke "info_dispatch" (i32.const 0)) (i32.const 3000))
(assert_return (invoke "info_dispatch" (i32.const 1)) (i32.const 1001))
(assert_return (invoke "info_dispatch" (i32.const 2)) (i32.const 2002))
(assert_return (invoke "info_dispatch" (i32.const 3)) (i32.const 3003))
(assert_return (invoke "info_dispatch" (i32.const 4)) (i32.const 3004))
(assert_return (invoke "info_dispatch" (i32.const 5)) (i32.const 3005))
(assert_return (invoke "info_dispatch" (i32.const 6)) (i32.const 3006))
(assert_trap (invoke "info_dispatch" (i32.const 65536)) "out of bounds memory access")

;; From word 0: 0, 1, 2, 3 step, -1 stops: four steps. From word 4: stops at once.
(assert_return (invoke "run" (i32.const 0)) (i32.const 4))
(assert_return (invoke "run" (i32.const 4)) (i32.const 0))
(assert_return (invoke "run" (i32.const 6)) (i32.const 0))

;; Other scales of the index than an i32 table's (x4) take their own path in the handler (the
;; x4 one has the shift as a constant): x8 and x2, including the 32-bit wrap of the scaled
;; index, an unaligned word, values past the table, and the exact end of memory.
(module
  (memory 1)
  (data (i32.const 16) "\00\00\00\00\01\00\00\00\02\00\00\00\03\00\00\00\ff\ff\ff\ff\00\00\00\80\05\00\00\00\04\00\00\00")
  (func (export "by8") (param i32) (result i32)
    (block (block (block (block
      (br_table 0 1 2 3
        (i32.load (i32.add (i32.shl (local.get 0) (i32.const 3)) (i32.const 16)))))
      (return (i32.const 100)))
      (return (i32.const 101)))
      (return (i32.const 102)))
    (i32.const 103))
  (func (export "by2") (param i32) (result i32)
    (block (block (block (block
      (br_table 0 1 2 3
        (i32.load (i32.add (i32.shl (local.get 0) (i32.const 1)) (i32.const 16)))))
      (return (i32.const 100)))
      (return (i32.const 101)))
      (return (i32.const 102)))
    (i32.const 103)))

(assert_return (invoke "by8" (i32.const 0)) (i32.const 100))
(assert_return (invoke "by8" (i32.const 1)) (i32.const 102))
(assert_return (invoke "by8" (i32.const 2)) (i32.const 103))
(assert_return (invoke "by8" (i32.const 3)) (i32.const 103))
(assert_return (invoke "by8" (i32.const 0x20000000)) (i32.const 100))
(assert_return (invoke "by8" (i32.const 8189)) (i32.const 100))
(assert_trap (invoke "by8" (i32.const 8190)) "out of bounds memory access")
(assert_return (invoke "by2" (i32.const 0)) (i32.const 100))
(assert_return (invoke "by2" (i32.const 1)) (i32.const 103))
(assert_return (invoke "by2" (i32.const 2)) (i32.const 101))
(assert_return (invoke "by2" (i32.const 3)) (i32.const 103))
(assert_return (invoke "by2" (i32.const 4)) (i32.const 102))
(assert_return (invoke "by2" (i32.const 0x80000000)) (i32.const 100))
(assert_trap (invoke "by2" (i32.const 32760)) "out of bounds memory access")
