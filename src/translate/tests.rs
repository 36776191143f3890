//! Golden tests: WAT in, register bytecode (the disassembly) out. They pin the patterns the
//! translator must produce — operand folding, copy elimination, local hazards, branch fusion,
//! block results, br_table, calls with overlapping frames, dead code — not every op.

use crate::{Engine, Module};

/// Disassembles function `index` of a one-function (or more) module.
fn disasm(wat: &str, index: u32) -> String {
    let module = Module::from_wat(&Engine::default(), wat).expect("test module loads");
    let text = module.disassemble(index).expect("defined function");
    // Drop the index column and the guard `Unreachable` every function ends with.
    let mut lines: Vec<&str> = text.lines().map(|l| l.split_once(": ").map_or(l, |(_, op)| op)).collect();
    assert_eq!(lines.pop(), Some("Unreachable"), "every function ends with the guard");
    lines.join("\n")
}

fn func(body: &str) -> String {
    disasm(&format!("(module (func $add (param i32 i32) (result i32) local.get 0 local.get 1 i32.add) {body})"), 1)
}

#[test]
fn local_get_and_constants_emit_nothing() {
    let code = disasm("(module (func (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))", 0);
    assert_eq!(code, "I32Add { dst: 0, lhs: 0, rhs: 1 }\nReturn");
}

#[test]
fn result_goes_straight_into_local_set() {
    let code = func("(func (param i32 i32) (local i32) local.get 0 local.get 1 i32.add local.set 2)");
    assert_eq!(code, "I32Add { dst: 2, lhs: 0, rhs: 1 }\nReturn");
}

#[test]
fn pending_local_read_is_preserved_before_the_local_is_written() {
    let code = func("(func (param i32) (result i32) local.get 0 i32.const 7 local.set 0 local.get 0 i32.sub)");
    assert_eq!(code, "Copy { dst: 1, src: 0 }\nConst32 { dst: 0, imm: 7 }\nI32Sub { dst: 0, lhs: 1, rhs: 0 }\nReturn");
}

#[test]
fn compare_and_br_if_fuse_and_loop_branches_go_backwards() {
    let code = func(
        "(func (param i32) (local i32)
           loop
             local.get 1 i32.const 1 i32.add local.tee 1
             local.get 0 i32.lt_s br_if 0
           end)",
    );
    // The compare reads the incremented local from the accumulator (a folded `local.tee`), so
    // the add, the compare and the branch are one instruction, which is the whole loop: it
    // branches to itself.
    assert_eq!(
        code,
        "ZeroLocals { from: 1, count: 1 }\nI32AddImmBrIfLtS { dst: 1, lhs: 1, imm: 1, limit: 0, target: 0 }\nReturn"
    );
    // With more in the loop, the branch goes back to its start.
    let code = func(
        "(func (param i32) (local i32)
           loop
             local.get 0 i32.const 3 i32.xor local.set 0
             local.get 1 i32.const 1 i32.add local.tee 1
             local.get 0 i32.lt_s br_if 0
           end)",
    );
    assert_eq!(
        code,
        "ZeroLocals { from: 1, count: 1 }\nI32XorImm { dst: 0, lhs: 0, imm: 3 }\n\
         I32AddImmBrIfLtS { dst: 1, lhs: 1, imm: 1, limit: 0, target: -1 }\nReturn"
    );
}

#[test]
fn eqz_before_if_becomes_the_branch_sense() {
    let code =
        func("(func (param i32) (result i32) local.get 0 i32.eqz if (result i32) i32.const 1 else i32.const 2 end)");
    assert_eq!(
        code,
        "BrIfNez { cond: 0, target: 3 }\nConst32 { dst: 1, imm: 1 }\nReturnReg { src: 1 }\nConst32 { dst: 1, imm: 2 }\n\
         ReturnReg { src: 1 }"
    );
}

#[test]
fn br_table_targets_follow_the_table() {
    let code = func(
        "(func (param i32) (result i32)
           block block block local.get 0 br_table 0 1 2 end i32.const 10 return end i32.const 20 return end
           i32.const 30)",
    );
    assert_eq!(
        code,
        "BrTable { index: 0, len: 2 }\nBr { target: 3 }\nBr { target: 3 }\nBr { target: 3 }\n\
         ReturnImm { imm: 10 }\nReturnImm { imm: 20 }\nReturnImm { imm: 30 }"
    );
}

#[test]
fn branch_values_are_copied_into_the_block_result_slot() {
    let code = func(
        "(func (param i32) (result i32)
           block (result i32) i32.const 5 local.get 0 br_if 0 drop i32.const 6 end)",
    );
    // The value 5 must land in the block's result slot only when the branch is taken. (The
    // jump to the shared `ReturnReg` is a copy of it: tail duplication.)
    assert_eq!(
        code,
        "BrIfEqz { cond: 0, target: 3 }\nConst32 { dst: 1, imm: 5 }\nReturnReg { src: 1 }\n\
         Const32 { dst: 1, imm: 6 }\nReturnReg { src: 1 }"
    );
}

#[test]
fn call_arguments_are_placed_where_the_callee_frame_starts() {
    let code =
        func("(func (param i32) (result i32) (local i32) local.get 0 i32.const 1 call $add local.get 1 i32.mul)");
    assert_eq!(
        code,
        "ZeroLocals { from: 1, count: 1 }\nCopy { dst: 2, src: 0 }\nConst32 { dst: 3, imm: 1 }\nCall { func: 0, base: 2 }\n\
         I32Mul { dst: 0, lhs: 2, rhs: 1 }\nReturn"
    );
}

#[test]
fn multi_value_return_moves_results_down() {
    let code = func("(func (param i32 i32) (result i32 i32) local.get 1 local.get 0)");
    assert_eq!(
        code,
        "Copy { dst: 2, src: 1 }\nCopy { dst: 3, src: 0 }\nCopy { dst: 0, src: 2 }\nCopy { dst: 1, src: 3 }\nReturn"
    );
}

#[test]
fn unreachable_code_emits_nothing() {
    let code = func("(func (result i32) i32.const 1 return i32.const 2 i32.const 3 i32.add)");
    assert_eq!(code, "ReturnImm { imm: 1 }");
}

#[test]
fn frames_beyond_the_slot_range_are_a_clear_error() {
    // 49,000 locals (under the validator's limit) plus an operand stack 17,000 deep need more
    // than 65,535 frame slots.
    let locals = "i32 ".repeat(49_000);
    let body = format!("{}{}drop", "i32.const 1 ".repeat(17_000), "i32.add ".repeat(16_999));
    let wat = format!("(module (func (export \"f\") (local {locals}) {body}))");
    // Eager translation reports it when loading.
    let eager = Engine::new(crate::Config { translation: crate::Translation::Eager, ..Default::default() });
    let err = Module::from_wat(&eager, &wat).unwrap_err();
    assert!(err.to_string().contains("frame slots"), "{err}");
    // Lazy translation (the default) reports it when the function is first called.
    let engine = Engine::default();
    let module = Module::from_wat(&engine, &wat).unwrap();
    let mut store = crate::Store::new(&engine, ());
    let inst = crate::Linker::new(&engine).instantiate(&mut store, &module).unwrap();
    let err = inst.get_func(&store, "f").unwrap().call(&mut store, &[], &mut []).unwrap_err();
    assert!(err.to_string().contains("frame slots"), "{err}");
}

#[test]
fn a_value_also_kept_in_a_local_is_still_stored() {
    // `local.tee 2` makes the add's result a local: the next instruction reads it from the
    // accumulator (here the shift, fused with the add), but the later `local.get 2` needs the slot.
    let code = func(
        "(func (param i32 i32) (result i32) (local i32)
           local.get 0 local.get 1 i32.add local.tee 2 i32.const 3 i32.shl local.get 2 i32.add)",
    );
    assert_eq!(
        code,
        "I32Add { dst: 2, lhs: 0, rhs: 1 }\n\
         I32AddShlA { dst: 0, base: 2, shift: 3 }\nReturn"
    );
}

#[test]
fn adjacent_producer_and_consumer_pass_the_value_in_the_accumulator() {
    let code = func(
        "(func (param i32 i32) (result i32)
           local.get 0 local.get 1 i32.xor i32.const 7 i32.mul local.get 1 i32.add)",
    );
    // xor -> mul (lhs from acc) -> add (commuted so the acc operand is on the left). The xor and
    // mul results are temporaries read only by the next instruction: they stay in the
    // accumulator (`R` forms) and are never stored.
    assert_eq!(code, "I32XorR { lhs: 0, rhs: 1 }\nI32MulImmAR { imm: 7 }\nI32AddA { dst: 0, rhs: 1 }\nReturn");
}

#[test]
fn no_accumulator_across_a_label() {
    // The loop header is a branch target: the value computed before it must be read from its
    // register inside the loop, not from the accumulator.
    let code = func(
        "(func (param i32) (result i32)
           local.get 0 i32.const 1 i32.add local.set 0
           loop local.get 0 i32.const 1 i32.sub local.tee 0 br_if 0 end
           local.get 0)",
    );
    // (The decrement and the branch on it are one instruction, the loop's only one.)
    assert_eq!(
        code,
        "I32AddImm { dst: 0, lhs: 0, imm: 1 }\nI32AddImmBrIfNez { dst: 0, lhs: 0, imm: -1, target: 0 }\nReturnReg { src: 0 }"
    );
}

#[test]
fn address_arithmetic_fuses_into_the_load() {
    let code = disasm(
        "(module (memory 1) (func (param i32 i32) (result i32)
           local.get 0 i32.const 2 i32.shl local.get 1 i32.add i32.load offset=8))",
        0,
    );
    // shl -> add -> load: the scaled index, the add and the load are one instruction.
    assert_eq!(code, "I32LoadIdx { dst: 0, base: 1, index: 0, shift: 2, offset: 8 }\nReturn");
}

#[test]
fn scaled_index_fusion_needs_the_shift_to_feed_only_the_add() {
    // The shifted value is also kept in local 2: the shift writes it there and stays.
    let code = disasm(
        "(module (memory 1) (func (param i32 i32) (result i32) (local i32)
           local.get 0 i32.const 2 i32.shl local.tee 2 local.get 1 i32.add i32.load))",
        0,
    );
    assert_eq!(code, "I32ShlImm { dst: 2, lhs: 0, imm: 2 }\nI32LoadAddA { dst: 0, base: 1, offset: 0 }\nReturn");
}

#[test]
fn address_fusion_keeps_the_add_when_its_result_is_also_a_local() {
    // The sum is stored in local 2 as well, so the add must stay.
    let code = disasm(
        "(module (memory 1) (func (param i32 i32) (result i32) (local i32)
           local.get 0 local.get 1 i32.add local.tee 2 i32.load))",
        0,
    );
    assert_eq!(code, "I32Add { dst: 2, lhs: 0, rhs: 1 }\nI32LoadA { dst: 0, offset: 0 }\nReturn");
}

#[test]
fn constant_store_values_and_i64_compare_constants_are_immediates() {
    let code = disasm(
        "(module (memory 1) (func (param i32 i64) (result i32)
           local.get 0 local.get 0 i32.xor i32.const 1 i32.store8 offset=3
           local.get 1 i64.const 1 i64.ne))",
        0,
    );
    assert_eq!(
        code,
        "I32XorR { lhs: 0, rhs: 0 }\nStore8ImmA { imm: 1, offset: 3 }\nI64NeImm { dst: 0, lhs: 1, imm: 1 }\nReturn"
    );
    // An address add joins the store.
    let code = disasm(
        "(module (memory 1) (func (param i32 i32)
           local.get 0 local.get 1 i32.add i32.const 1 i32.store8 offset=3
           local.get 1 local.get 0 i32.add local.get 0 i32.store))",
        0,
    );
    assert_eq!(
        code,
        "Store8ImmAdd { base: 0, index: 1, imm: 1, offset: 3 }\nStore32Add { base: 1, index: 0, src: 0, offset: 0 }\nReturn"
    );
}

#[test]
fn f32_compares_take_a_constant_operand_as_immediate() {
    let code = func("(func (param f32 f32) (result i32) local.get 0 local.get 1 f32.mul f32.const 4 f32.gt)");
    assert_eq!(code, "F32MulR { lhs: 0, rhs: 1 }\nF32GtImmA { dst: 0, imm: 1082130432 }\nReturn");
}

#[test]
fn a_copy_before_a_jump_travels_with_it_unless_a_label_lies_between() {
    // The loop variable's copy and the back jump become one CopyBr.
    let code = func(
        "(func (param i32) (local i32)
           loop
             local.get 0 local.set 1
             br 0
           end)",
    );
    assert_eq!(code, "CopyBr { dst: 1, src: 0, target: 0 }\nReturn");
    // The block's end is a branch target between the copy and the jump: they stay apart.
    let code = func(
        "(func (param i32) (local i32)
           loop
             block
               local.get 0 br_if 0
               local.get 0 local.set 1
             end
             br 0
           end)",
    );
    assert_eq!(code, "BrIfNez { cond: 0, target: 2 }\nCopy { dst: 1, src: 0 }\nBr { target: -2 }\nReturn");
}

#[test]
fn jumps_to_short_tails_become_copies_of_them() {
    // A loop whose `if` arm jumps over the `else` arm to the shared step `i += 1; continue`:
    // the jump becomes a copy of the step (its back edge included, retargeted).
    let code = func(
        "(func (param i32 i32) (result i32) (local i32)
           loop
             local.get 0 i32.const 1 i32.and
             if local.get 2 local.get 1 i32.add local.set 2
             else local.get 2 local.get 1 i32.sub local.set 2 end
             local.get 0 i32.const -1 i32.add local.tee 0
             br_if 0
           end
           local.get 2)",
    );
    assert_eq!(
        code,
        "ZeroLocals { from: 2, count: 1 }\nI32AndImm { dst: 3, lhs: 0, imm: 1 }\nBrIfEqz { cond: 3, target: 4 }\n\
         I32Add { dst: 2, lhs: 2, rhs: 1 }\nI32AddImmBrIfNez { dst: 0, lhs: 0, imm: -1, target: -3 }\nReturnReg { src: 2 }\n\
         I32Sub { dst: 2, lhs: 2, rhs: 1 }\nI32AddImmBrIfNez { dst: 0, lhs: 0, imm: -1, target: -6 }\nReturnReg { src: 2 }"
    );
}

#[test]
fn a_fused_select_takes_the_arm_computed_just_before_from_the_accumulator() {
    // collatz's step: `x & 1 ? 3x + 1 : x >> 1`. The multiply-add is the last instruction before
    // the fused bit-test select, and its result is a temporary: it stays in the accumulator.
    let code = func(
        "(func (param i64) (result i64)
           (select (i64.shr_u (local.get 0) (i64.const 1))
                   (i64.add (i64.mul (local.get 0) (i64.const 3)) (i64.const 1))
                   (i64.eqz (i64.and (local.get 0) (i64.const 1)))))",
    );
    assert_eq!(
        code,
        "I64ShrUImm { dst: 1, lhs: 0, imm: 1 }\nI64MulAddImmR { lhs: 0, mul: 3, add: 1 }\n\
         SelectI64AndImmA { dst: 0, test: 0, imm: 1, rhs: 1 }\nReturn"
    );
    // A label between the two (the end of a block a branch leaves) keeps the value in its
    // register.
    let code = func(
        "(func (param i64) (result i64)
           (select (i64.shr_u (local.get 0) (i64.const 1))
                   (block $b (result i64)
                     (br $b (i64.add (i64.mul (local.get 0) (i64.const 3)) (i64.const 1))))
                   (i64.eqz (i64.and (local.get 0) (i64.const 1)))))",
    );
    assert!(code.contains("SelectI64AndImm {") && !code.contains("MulAddImmR"), "{code}");
}

#[test]
fn a_constant_address_folds_into_the_offset_on_the_zero_cell() {
    // The parameter is cell 0, the local cell 1, the zero cell after the locals cell 2 (the only
    // cell cleared: the local is never read).
    let code = disasm(
        "(module (memory 1) (func (param i32) (result i32) (local i32)
           i32.const 16 local.get 0 i32.store offset=4
           i32.const 16 i32.const 5 i32.store offset=8
           i32.const 8 i32.load offset=12))",
        0,
    );
    assert_eq!(
        code,
        "ZeroLocals { from: 2, count: 1 }\nStore32 { addr: 2, src: 0, offset: 20 }\n\
         Store32Imm { addr: 2, imm: 5, offset: 24 }\nI32Load { dst: 0, addr: 2, offset: 20 }\nReturn"
    );
}

#[test]
fn a_constant_address_past_4_gib_stays_a_constant_so_the_access_traps() {
    let code = disasm("(module (memory 1) (func (result i32) (local i32) i32.const -1 i32.load offset=1))", 0);
    assert_eq!(code, "Const32 { dst: 2, imm: 4294967295 }\nI32Load { dst: 0, addr: 2, offset: 1 }\nReturn");
}

#[test]
fn without_locals_to_clear_a_constant_address_is_materialised() {
    let code = disasm("(module (memory 1) (func (result i32) i32.const 8 i32.load offset=4))", 0);
    assert_eq!(code, "Const32 { dst: 0, imm: 8 }\nI32Load { dst: 0, addr: 0, offset: 4 }\nReturn");
}

#[test]
fn legacy_try_adds_only_a_jump_over_its_catch_bodies() {
    // The try body runs as a block followed by a jump over the catch bodies; each catch body
    // starts with its landing `Copy` of the exnref into the hidden slot at the try's height
    // (cell 2 here: a constant sits below the try), the payload above it; at its end the
    // results move down over the hidden slot.
    let code = disasm(
        "(module (tag $e (param i32))
           (func $f (param i32) (result i32)
             i32.const 7
             try (result i32)
               local.get 0
               call $f
             catch $e
               i32.const 1
               i32.add
             catch_all
               i32.const 0
             end
             i32.add))",
        0,
    );
    assert_eq!(
        code,
        "Copy { dst: 2, src: 0 }\nCall { func: 0, base: 2 }\nBr { target: 8 }\n\
         Copy { dst: 2, src: 4 }\nI32AddImm { dst: 3, lhs: 3, imm: 1 }\nCopy { dst: 2, src: 3 }\nBr { target: 4 }\n\
         Copy { dst: 2, src: 3 }\nConst32 { dst: 3, imm: 0 }\nCopy { dst: 2, src: 3 }\n\
         I32AddImm { dst: 0, lhs: 2, imm: 7 }\nReturn"
    );
    // `rethrow` throws the hidden slot; `delegate` emits nothing.
    let code = disasm(
        "(module (tag $e (param i32))
           (func (param i32) (result i32)
             try (result i32 i32)
               local.get 0
               local.get 0
             catch $e
               local.get 0
               rethrow 0
             end
             i32.add)
           (func (param i32)
             try
               local.get 0
               call 0
               drop
             delegate 0))",
        0,
    );
    assert_eq!(
        code,
        "Copy { dst: 1, src: 0 }\nCopy { dst: 2, src: 0 }\nBr { target: 3 }\nCopy { dst: 1, src: 3 }\n\
         ThrowRef { src: 1 }\nI32Add { dst: 0, lhs: 1, rhs: 2 }\nReturn"
    );
    let code = disasm(
        "(module (func (param i32) (result i32) unreachable) (func (param i32) try local.get 0 call 0 drop delegate 0))",
        1,
    );
    assert_eq!(code, "Copy { dst: 1, src: 0 }\nCall { func: 0, base: 1 }\nReturn");
}

/// A C function's shadow-stack prologue (`sp = __stack_pointer - 16`, kept in a local) and
/// epilogue (`__stack_pointer = sp + 16`): one instruction each.
#[test]
fn the_stack_pointer_prologue_and_epilogue_are_one_instruction_each() {
    let code = disasm(
        "(module (global $sp (mut i32) (i32.const 1024)) (memory 1)
           (func (param i32) (local i32)
             global.get $sp i32.const 16 i32.sub local.tee 1 global.set $sp
             local.get 1 local.get 0 i32.store offset=12
             local.get 1 i32.const 16 i32.add global.set $sp))",
        0,
    );
    assert_eq!(
        code,
        "GlobalAddImm { dst: 1, global: 0, imm: -16 }\n\
         Store32 { addr: 1, src: 0, offset: 12 }\nGlobalSetAddImm { lhs: 1, imm: 16, global: 0 }\nReturn"
    );
}

/// Without a `local.tee` the new value is written to the dead temporary; a different global,
/// a value read from a local, and a label between the read and the add keep the instructions
/// apart.
#[test]
fn the_global_update_fuses_only_a_read_add_write_of_one_global() {
    let untee = disasm(
        "(module (global $g (mut i32) (i32.const 0)) (func global.get $g i32.const 1 i32.add global.set $g))",
        0,
    );
    assert_eq!(untee, "GlobalAddImm { dst: 0, global: 0, imm: 1 }\nReturn");
    let other = disasm(
        "(module (global $a (mut i32) (i32.const 0)) (global $b (mut i32) (i32.const 0))
           (func global.get $a i32.const 1 i32.add global.set $b))",
        0,
    );
    assert_eq!(other, "GlobalGet { dst: 0, global: 0 }\nI32AddImmAR { imm: 1 }\nGlobalSetA { global: 1 }\nReturn");
    let labelled = disasm(
        "(module (global $g (mut i32) (i32.const 0))
           (func (param i32) global.get $g (block (param i32) (result i32) local.get 0 br_if 0) i32.const 1 i32.add global.set $g))",
        0,
    );
    assert!(!labelled.contains("GlobalAddImm"), "{labelled}");
}

// ---- script interpreters: a biased `br_table`, an add to the i32 in memory ----

fn mem_func(body: &str) -> String {
    disasm(&format!("(module (memory 1) {body})"), 0)
}

#[test]
fn br_table_takes_the_subtraction_of_the_smallest_case() {
    // `switch (x) { case 3: .. case 4: .. }`: clang subtracts 3 first. A local index: the
    // register form.
    let code = mem_func(
        "(func (param i32) (result i32)
           block block block local.get 0 i32.const 3 i32.sub br_table 0 1 2 end i32.const 10 return end
           i32.const 20 return end i32.const 30)",
    );
    assert!(code.starts_with("BrTableAddImm { index: 0, imm: -3, len: 2 }\nBr {"), "{code}");
    // An index just loaded (a bytecode dispatch: `switch (*pc)`): the load leaves it in the
    // accumulator only, and the table reads it there.
    let code = mem_func(
        "(func (param i32) (result i32)
           block block block local.get 0 i32.load8_u offset=1 i32.const -2 i32.add br_table 0 1 2 end
           i32.const 10 return end i32.const 20 return end i32.const 30)",
    );
    assert!(code.starts_with("I32Load8UR { addr: 0, offset: 1 }\nBrTableAddImmA { imm: -2, len: 2 }\nBr {"), "{code}");
    // A sum that a local keeps stays an add: the table reads it from the accumulator.
    let code = mem_func(
        "(func (param i32) (result i32) (local i32)
           block block block local.get 0 i32.const 3 i32.sub local.tee 1 br_table 0 1 2 end
           i32.const 10 return end i32.const 20 return end local.get 1)",
    );
    assert!(code.contains("I32AddImm { dst: 1, lhs: 0, imm: -3 }\nBrTableA { len: 2 }"), "{code}");
    // A label between the add and the table: two instructions.
    let code = mem_func(
        "(func (param i32) (result i32)
           block block block local.get 0 i32.const 3 i32.sub block (param i32) (result i32) end
           br_table 0 1 2 end i32.const 10 return end i32.const 20 return end i32.const 30)",
    );
    assert!(code.contains("BrTable") && !code.contains("BrTableAddImm"), "{code}");
}

#[test]
fn br_table_takes_the_load_of_its_index() {
    // `switch (code[pc])`: the scaled-index load feeds only the table.
    let code = mem_func(
        "(func (param i32) (result i32)
           block block block local.get 0 i32.const 2 i32.shl i32.const 1024 i32.add i32.load
           br_table 0 1 2 end i32.const 10 return end i32.const 20 return end i32.const 30)",
    );
    assert!(code.starts_with("BrTableLoadIdx { index: 0, shift: 2, imm: 1024, len: 2 }\nBr {"), "{code}");
    // QuickJS: `switch (info[op] - 2)` on an opcode byte kept in a local: the load takes its
    // index from the accumulator, and the bias becomes two more entries at the front, which
    // go where the default goes.
    let code = mem_func(
        "(func (param i32) (result i32) (local i32)
           block block block local.get 0 i32.load8_u local.tee 1 i32.const 2 i32.shl i32.const 64 i32.add
           i32.load i32.const -2 i32.add br_table 0 1 2 end i32.const 10 return end i32.const 20 return end
           local.get 1)",
    );
    let lines: Vec<&str> = code.lines().collect();
    assert_eq!(lines[1], "BrTableLoadIdxA { shift: 2, imm: 64, len: 4 }", "{code}");
    let target = |i: usize| {
        let off: i64 = lines[i].trim_start_matches("Br { target: ").trim_end_matches(" }").parse().unwrap();
        i as i64 + off
    };
    // Entries 2..=6: two defaults, the two cases, the default again.
    assert_eq!([target(2), target(3), target(6)], [target(6); 3], "{code}");
    assert!(target(4) != target(6) && target(5) != target(6) && target(4) != target(5), "{code}");
    // A load with an offset, a bias past 64 or a positive one: no fusion.
    for (load, bias) in [
        ("i32.load offset=4", "i32.const -2 i32.add"),
        ("i32.load", "i32.const -65 i32.add"),
        ("i32.load", "i32.const 5 i32.add"),
    ] {
        let code = mem_func(&format!(
            "(func (param i32) (result i32)
               block block block local.get 0 i32.const 2 i32.shl i32.const 1024 i32.add {load} {bias}
               br_table 0 1 2 end i32.const 10 return end i32.const 20 return end i32.const 30)"
        ));
        assert!(!code.contains("BrTableLoadIdx"), "{load} {bias}: {code}");
    }
}

#[test]
fn a_load_through_a_pointer_stepped_just_before_takes_the_step() {
    // `x = *(p += 8) + 3`: the sum kept in `p`, the loaded value only in the accumulator.
    let code = mem_func(
        "(func (param i32) (result i32)
           local.get 0 i32.const 8 i32.add local.tee 0 i32.load offset=4 i32.const 3 i32.add)",
    );
    assert!(code.starts_with("I32LoadAddImmKeepR { dst2: 0, lhs: 0, imm: 8, offset: 4 }\nI32AddImmA"), "{code}");
    // `sp -= 8; v = *sp` with both kept (an interpreter's stack pop).
    let code = mem_func(
        "(func (param i32) (result i64)
           local.get 0 i32.const -8 i32.add local.tee 0 i64.load local.get 0 i64.extend_i32_u i64.add)",
    );
    assert!(code.starts_with("I64LoadAddImmKeep { dst: 1, dst2: 0, lhs: 0, imm: -8, offset: 0 }\n"), "{code}");
    // Near misses: a label between, a narrow load, a sum nothing else reads (the plain
    // address fusion, which does not write it).
    for (body, absent) in [
        ("local.get 0 i32.const 8 i32.add local.tee 0 block (param i32) (result i32) end i32.load", "Keep"),
        ("local.get 0 i32.const 8 i32.add local.tee 0 i32.load8_u", "Keep"),
        ("local.get 0 i32.const 8 i32.add i32.load", "Keep"),
    ] {
        let code = mem_func(&format!("(func (param i32) (result i32) {body})"));
        assert!(!code.contains(absent), "{body}: {code}");
    }
}

#[test]
fn load_add_store_at_one_address_is_one_instruction() {
    // `p->refcnt++`: the sum only in the accumulator.
    let code = mem_func(
        "(func (param i32)
           local.get 0 local.get 0 i32.load offset=8 i32.const 1 i32.add i32.store offset=8)",
    );
    assert_eq!(code, "I32AddImmMemR { addr: 0, imm: 1, offset: 8 }\nReturn");
    // `if (--p->refcnt == 0)`: the sum kept in a local, tested afterwards.
    let code = mem_func(
        "(func (param i32) (result i32) (local i32)
           local.get 0 local.get 0 i32.load i32.const -1 i32.add local.tee 1 i32.store
           local.get 1 i32.eqz)",
    );
    assert!(code.starts_with("I32AddImmMem { dst: 1, addr: 0, imm: -1, offset: 0 }\n"), "{code}");
    let code = mem_func(
        "(func (param i32) (result i32) (local i32)
           local.get 0 i32.load offset=4 i32.const -1 i32.add local.set 1
           local.get 0 local.get 1 i32.store offset=4 local.get 1)",
    );
    assert!(code.contains("I32AddImmMem { dst: 1, addr: 0, imm: -1, offset: 4 }\n"), "{code}");
    // The address computed just before (`op = frame->obj; Py_DECREF(op)`): it is in the
    // accumulator.
    let code = mem_func(
        "(func (param i32) (local i32)
           local.get 0 i32.load offset=40 local.tee 1 local.get 1 i32.load i32.const 1 i32.add i32.store)",
    );
    assert!(code.contains("I32Load { dst: 1, addr: 0, offset: 40 }\nI32AddImmMemAR { imm: 1, offset: 0 }\n"), "{code}");
    // `x = p->n++`: the loaded value is kept.
    let code = mem_func(
        "(func (param i32) (result i32) (local i32)
           local.get 0 i32.load offset=16 local.set 1 local.get 0 local.get 1 i32.const 1 i32.add
           i32.store offset=16 local.get 1)",
    );
    assert!(code.contains("I32FetchAddImmMem { dst: 1, addr: 0, imm: 1, offset: 16 }\n"), "{code}");
}

#[test]
fn load_add_store_stays_apart_unless_the_address_is_the_same() {
    let apart = |body: &str| {
        let code = mem_func(body);
        assert!(!code.contains("ImmMem"), "{body}\n{code}");
        code
    };
    // Another offset, another address register.
    apart("(func (param i32) local.get 0 local.get 0 i32.load offset=8 i32.const 1 i32.add i32.store offset=12)");
    apart("(func (param i32 i32) local.get 1 local.get 0 i32.load i32.const 1 i32.add i32.store)");
    // The load overwrites the address register (`p = *p; *p = p + 1`: the store goes to the new
    // `p`).
    let code = apart(
        "(func (param i32) local.get 0 i32.load local.set 0 local.get 0 local.get 0 i32.const 1 i32.add i32.store)",
    );
    assert!(code.contains("I32Load { dst: 0, addr: 0, offset: 0 }"), "{code}");
    // The sum overwrites it (`p = *p + 1; *p = p`).
    let code = apart(
        "(func (param i32) local.get 0 i32.load i32.const 1 i32.add local.set 0 local.get 0 local.get 0 i32.store)",
    );
    assert!(code.contains("dst: 0"), "{code}");
    // The loaded value and the sum both kept in locals: two results.
    apart(
        "(func (param i32) (result i32) (local i32 i32)
           local.get 0 i32.load local.set 1 local.get 1 i32.const 1 i32.add local.set 2
           local.get 0 local.get 2 i32.store local.get 1 local.get 2 i32.add)",
    );
    // A label between the load and the add, or the add and the store.
    apart(
        "(func (param i32) local.get 0 local.get 0 i32.load block (param i32) (result i32) end i32.const 1 i32.add i32.store)",
    );
    apart(
        "(func (param i32) local.get 0 local.get 0 i32.load i32.const 1 i32.add block (param i32) (result i32) end i32.store)",
    );
    // A narrower load or store, a value not from the load.
    apart("(func (param i32) local.get 0 local.get 0 i32.load16_u i32.const 1 i32.add i32.store)");
    apart("(func (param i32) local.get 0 local.get 0 i32.load i32.const 1 i32.add i32.store16)");
    apart("(func (param i32 i32) local.get 0 local.get 1 i32.const 1 i32.add i32.store)");
}

#[test]
fn copy_of_the_operand_joins_an_add_and_jump() {
    // `pc = next; next = next + 1; continue`: the copy, the add and the jump are one instruction.
    let code = func(
        "(func (param i32) (local i32 i32)
           loop
             local.get 1 local.get 0 i32.ge_u br_if 1
             local.get 2 local.set 1 local.get 2 i32.const 1 i32.add local.set 2 br 0
           end)",
    );
    assert!(code.contains("CopyAddImmBr { dst2: 1, dst: 2, lhs: 2, imm: 1, target: -2 }"), "{code}");
    // A copy of another register, or a label between the copy and the add: apart.
    for body in [
        "local.get 0 local.set 1 local.get 2 i32.const 1 i32.add local.set 2 br 0",
        "local.get 2 local.set 1 block end local.get 2 i32.const 1 i32.add local.set 2 br 0",
    ] {
        let code = func(&format!(
            "(func (param i32) (local i32 i32)
               loop local.get 1 local.get 0 i32.ge_u br_if 1 {body} end)"
        ));
        assert!(code.contains("I32AddImmBr {") && !code.contains("CopyAddImmBr"), "{code}");
    }
}

#[test]
fn float_constants_become_immediates_on_either_side() {
    // `x * 0.5` and `1.0 / acc`: no constant is materialized, and the chain stays in the
    // float accumulator (the division leaves its result only there for the sqrt).
    let code = disasm(
        "(module (func (param f64 f64) (result f64)
           local.get 0 f64.const 0.5 f64.mul local.get 1 f64.add
           f64.const 1.0 f64.sub
           f64.const 3.0 local.get 0 f64.div f64.div f64.sqrt))",
        0,
    );
    assert_eq!(
        code,
        "F64MulImmR { lhs: 0, imm: 4602678819172646912 }\nF64AddAR { rhs: 1 }\n\
         F64SubImmA { dst: 2, imm: 4607182418800017408 }\nF64RDivImmR { lhs: 0, imm: 4613937818241073152 }\n\
         F64DivRevAR { lhs: 2 }\nF64SqrtA { dst: 0 }\nReturn"
    );
    // f32: the constant on the left of a subtraction is the reverse form.
    let code = disasm("(module (func (param f32) (result f32) f32.const 2.0 local.get 0 f32.sub))", 0);
    assert_eq!(code, "F32RSubImm { dst: 0, lhs: 0, imm: 1073741824 }\nReturn");
}

#[test]
fn float_results_stored_straight_to_memory_and_read_modify_write() {
    // `p[0] = p[0] + x * y` with the product computed before the load (the order clang emits
    // for `p->v += x * y`): one read-modify-write taking the product from the accumulator.
    let code = disasm(
        "(module (memory 1) (func (param i32 f64 f64)
           local.get 0
           local.get 1 local.get 2 f64.mul
           local.get 0 f64.load offset=8
           f64.add
           f64.store offset=8))",
        0,
    );
    assert_eq!(code, "F64MulR { lhs: 1, rhs: 2 }\nF64AddMemA { addr: 0, offset: 8 }\nReturn");
    // `p[0] = p[0] - x * y` with the load first: the subtraction stores its result itself.
    let code = disasm(
        "(module (memory 1) (func (param i32 f32 f32)
           local.get 0 local.get 0 f32.load
           local.get 1 local.get 2 f32.mul
           f32.sub f32.store))",
        0,
    );
    assert_eq!(
        code,
        "I32Load { dst: 4, addr: 0, offset: 0 }\nF32MulR { lhs: 1, rhs: 2 }\n\
         F32SubStoreRevA { lhs: 4, addr: 0, offset: 0 }\nReturn"
    );
    // A different offset: the load stays, the add stores its result.
    let code = disasm(
        "(module (memory 1) (func (param i32 f64)
           local.get 0 local.get 0 f64.load offset=16 local.get 1 f64.add f64.store offset=8))",
        0,
    );
    assert_eq!(code, "I64LoadR { addr: 0, offset: 16 }\nF64AddStoreA { rhs: 1, addr: 0, offset: 8 }\nReturn");
}

// ---- clearing locals: only those a path may read before writing them (`assigned`) ----

/// The `ZeroLocals` line of function `body`'s disassembly, if any.
fn zero_locals(body: &str) -> Option<String> {
    func(body).lines().find(|l| l.starts_with("ZeroLocals")).map(str::to_owned)
}

#[test]
fn locals_written_before_every_read_are_not_cleared() {
    // Straight line, both arms of an `if`, a loop body that falls through, and a local only
    // read in dead code.
    assert_eq!(zero_locals("(func (param i32) (result i32) (local i32) i32.const 5 local.set 1 local.get 1)"), None);
    assert_eq!(
        zero_locals(
            "(func (param i32) (result i32) (local i32)
               local.get 0 if i32.const 1 local.set 1 else i32.const 2 local.set 1 end
               local.get 1)"
        ),
        None
    );
    assert_eq!(
        zero_locals(
            "(func (param i32) (result i32) (local i32 i32)
               loop local.get 0 local.set 1 local.get 0 i32.const 1 i32.sub local.tee 0 br_if 0 end
               local.get 1)"
        ),
        None
    );
    assert_eq!(
        zero_locals(
            "(func (param i32) (result i32) (local i32)
               block local.get 0 return local.get 1 drop end
               i32.const 0)"
        ),
        None
    );
    // A branch out of a block after the write still carries it.
    assert_eq!(
        zero_locals(
            "(func (param i32) (result i32) (local i32)
               block i32.const 3 local.set 1 local.get 0 br_if 0 i32.const 4 local.set 1 end
               local.get 1)"
        ),
        None
    );
}

#[test]
fn locals_some_path_reads_first_are_cleared_and_only_those() {
    // Written on one arm only.
    assert_eq!(
        zero_locals(
            "(func (param i32) (result i32) (local i32 i32 i32)
               i32.const 1 local.set 1 i32.const 1 local.set 3
               local.get 0 if i32.const 1 local.set 2 end
               local.get 2)"
        ),
        Some("ZeroLocals { from: 2, count: 1 }".into())
    );
    // Skipped by a branch out of the block before the write.
    assert_eq!(
        zero_locals(
            "(func (param i32) (result i32) (local i32)
               block local.get 0 br_if 0 i32.const 4 local.set 1 end
               local.get 1)"
        ),
        Some("ZeroLocals { from: 1, count: 1 }".into())
    );
    // Read at the loop's start, written later in it: the first iteration reads the zero.
    assert_eq!(
        zero_locals(
            "(func (param i32) (result i32) (local i32)
               loop local.get 1 local.get 0 i32.add local.set 1
                    local.get 0 i32.const 1 i32.sub local.tee 0 br_if 0 end
               local.get 1)"
        ),
        Some("ZeroLocals { from: 1, count: 1 }".into())
    );
    // A br_table whose default skips the write.
    assert_eq!(
        zero_locals(
            "(func (param i32) (result i32) (local i32)
               block block local.get 0 br_table 0 1 end i32.const 9 local.set 1 end
               local.get 1)"
        ),
        Some("ZeroLocals { from: 1, count: 1 }".into())
    );
    // The cleared range spans the first to the last local read first.
    assert_eq!(
        zero_locals("(func (param i32) (result i32) (local i32 i32 i32) local.get 1 local.get 3 i32.add)"),
        Some("ZeroLocals { from: 1, count: 3 }".into())
    );
}

#[test]
fn a_left_out_write_of_zero_keeps_its_local_cleared() {
    // `local.set 1 (i32.const 0)` in the prologue emits nothing (the local holds the zero), so
    // the local stays in the cleared range even though it is written before it is read.
    let code = func(
        "(func (param i32) (result i32) (local i32)
           i32.const 0 local.set 1
           local.get 0 if i32.const 7 local.set 1 end
           local.get 1)",
    );
    assert!(!code.contains("Const32 { dst: 1, imm: 0 }"), "{code}");
    assert!(code.starts_with("ZeroLocals { from: 1, count: 1 }"), "{code}");
}

#[test]
fn the_zero_cell_of_constant_addresses_stays_cleared() {
    let code = disasm(
        "(module (memory 1) (func (param i32) (result i32) (local i32)
           i32.const 1 local.set 1 i32.const 16 i32.load))",
        0,
    );
    assert!(code.starts_with("ZeroLocals { from: 2, count: 1 }"), "{code}");
}

#[test]
fn functions_with_exception_handlers_clear_every_local() {
    let code = disasm(
        "(module (tag $e) (func (param i32) (result i32) (local i32 i32)
           i32.const 1 local.set 1 i32.const 2 local.set 2
           block try_table (catch $e 0) local.get 0 if throw $e end end end
           local.get 1))",
        0,
    );
    assert!(code.starts_with("ZeroLocals { from: 1, count: 2 }"), "{code}");
}
