//! The superinstructions: sequences of Wasm operations the translator fuses into one
//! instruction (address arithmetic feeding a load or store, an add feeding a branch,
//! multiply-add, shift-xor mixing, selects on a bit test). Each is justified by its dynamic
//! share across workloads (`benches/README.md`). The translator's rules that form them are in
//! `translate` (see `docs/architecture.md`).

/// Continues `expand_isa!` with the superinstruction families.
macro_rules! fused_table {
    (($d:tt) [$($done:tt)*]) => {
        expand_isa! { ($d) [$($done)*]

            // ---- address fusions (an `i32.add` feeding a load's address) ----
            families {
                family I32LoadAddA [out INT_F32, acc_in Int, operand -, result dst, branch -, compare []] {
                    /// r[dst] = mem[(acc +wrap r[base]) as u32 + offset] as u32
                    fast Acc I32LoadAddA { dst: Reg, base: Reg, offset: u32 } => { load!(dst, (acc!() as u32).wrapping_add(i32v!(base)), offset, u32, |v| v as u64); next!() }
                    /// acc = mem[(acc +wrap r[base]) as u32 + offset] as u32
                    fast AccR I32LoadAddAR { base: Reg, offset: u32 } => { load_acc!((acc!() as u32).wrapping_add(i32v!(base)), offset, u32, |v| v as u64); next!() }
                }
                family I64LoadAddA [out INT_F64, acc_in Int, operand -, result dst, branch -, compare []] {
                    /// r[dst] = mem[(acc +wrap r[base]) as u32 + offset] as u64
                    fast Acc I64LoadAddA { dst: Reg, base: Reg, offset: u32 } => { load!(dst, (acc!() as u32).wrapping_add(i32v!(base)), offset, u64, |v| v); next!() }
                    /// acc = mem[(acc +wrap r[base]) as u32 + offset] as u64
                    fast AccR I64LoadAddAR { base: Reg, offset: u32 } => { load_acc!((acc!() as u32).wrapping_add(i32v!(base)), offset, u64, |v| v); next!() }
                }
                family I32Load8UAddA [out INT, acc_in Int, operand -, result dst, branch -, compare []] {
                    /// r[dst] = mem[(acc +wrap r[base]) as u32 + offset] as u8
                    fast Acc I32Load8UAddA { dst: Reg, base: Reg, offset: u32 } => { load!(dst, (acc!() as u32).wrapping_add(i32v!(base)), offset, u8, |v| v as u64); next!() }
                    /// acc = mem[(acc +wrap r[base]) as u32 + offset] as u8
                    fast AccR I32Load8UAddAR { base: Reg, offset: u32 } => { load_acc!((acc!() as u32).wrapping_add(i32v!(base)), offset, u8, |v| v as u64); next!() }
                }
                family I32LoadAddImmA [out INT_F32, acc_in Int, operand -, result dst, branch -, compare []] {
                    /// r[dst] = mem[(acc +wrap imm) as u32 + offset] as u32
                    fast Acc I32LoadAddImmA { dst: Reg, imm: i32, offset: u32 } => { load!(dst, (acc!() as u32).wrapping_add(imm as u32), offset, u32, |v| v as u64); next!() }
                    /// acc = mem[(acc +wrap imm) as u32 + offset] as u32
                    fast AccR I32LoadAddImmAR { imm: i32, offset: u32 } => { load_acc!((acc!() as u32).wrapping_add(imm as u32), offset, u32, |v| v as u64); next!() }
                }
                family I64LoadAddImmA [out INT_F64, acc_in Int, operand -, result dst, branch -, compare []] {
                    /// r[dst] = mem[(acc +wrap imm) as u32 + offset] as u64
                    fast Acc I64LoadAddImmA { dst: Reg, imm: i32, offset: u32 } => { load!(dst, (acc!() as u32).wrapping_add(imm as u32), offset, u64, |v| v); next!() }
                    /// acc = mem[(acc +wrap imm) as u32 + offset] as u64
                    fast AccR I64LoadAddImmAR { imm: i32, offset: u32 } => { load_acc!((acc!() as u32).wrapping_add(imm as u32), offset, u64, |v| v); next!() }
                }
                family I32Load8UAddImmA [out INT, acc_in Int, operand -, result dst, branch -, compare []] {
                    /// r[dst] = mem[(acc +wrap imm) as u32 + offset] as u8
                    fast Acc I32Load8UAddImmA { dst: Reg, imm: i32, offset: u32 } => { load!(dst, (acc!() as u32).wrapping_add(imm as u32), offset, u8, |v| v as u64); next!() }
                    /// acc = mem[(acc +wrap imm) as u32 + offset] as u8
                    fast AccR I32Load8UAddImmAR { imm: i32, offset: u32 } => { load_acc!((acc!() as u32).wrapping_add(imm as u32), offset, u8, |v| v as u64); next!() }
                }
            }

            // ---- loads with the address add of two registers, or of a register and a constant, fused ----
            families {
                family I32LoadAddImm [out INT_F32, acc_in -, operand -, result dst, branch -, compare []] {
                    /// r[dst] = i32.load at (r[base] +wrap imm) + offset
                    fast Reg I32LoadAddImm { dst: Reg, base: Reg, imm: i32, offset: u32 } => { load!(dst, i32v!(base).wrapping_add(imm as u32), offset, u32, |v| v as u64); next!() }
                    /// acc = i32.load at (r[base] +wrap imm) + offset
                    fast RegR I32LoadAddImmR { base: Reg, imm: i32, offset: u32 } => { load_acc!(i32v!(base).wrapping_add(imm as u32), offset, u32, |v| v as u64); next!() }
                }
                family I64LoadAddImm [out INT_F64, acc_in -, operand -, result dst, branch -, compare []] {
                    /// r[dst] = i64.load at (r[base] +wrap imm) + offset
                    fast Reg I64LoadAddImm { dst: Reg, base: Reg, imm: i32, offset: u32 } => { load!(dst, i32v!(base).wrapping_add(imm as u32), offset, u64, |v| v); next!() }
                    /// acc = i64.load at (r[base] +wrap imm) + offset
                    fast RegR I64LoadAddImmR { base: Reg, imm: i32, offset: u32 } => { load_acc!(i32v!(base).wrapping_add(imm as u32), offset, u64, |v| v); next!() }
                }
                // A pointer stepped and then read through (`p += k; x = *p`, an interpreter's
                // `sp -= 1; v = *sp`): the sum stays in its register too.
                family I32LoadAddImmKeep [out INT_F32, acc_in -, operand -, result dst, branch -, compare []] {
                    /// r[dst2] = r[lhs] +wrap imm; r[dst] = i32.load at r[dst2] + offset
                    fast Reg I32LoadAddImmKeep { dst: Reg, dst2: Reg, lhs: Reg, imm: i32, offset: u32 } => {
                        let a = i32v!(lhs).wrapping_add(imm as u32);
                        r!(dst2) = a as u64;
                        load!(dst, a, offset, u32, |v| v as u64);
                        next!()
                    }
                    /// r[dst2] = r[lhs] +wrap imm; acc = i32.load at r[dst2] + offset
                    fast RegR I32LoadAddImmKeepR { dst2: Reg, lhs: Reg, imm: i32, offset: u32 } => {
                        let a = i32v!(lhs).wrapping_add(imm as u32);
                        r!(dst2) = a as u64;
                        load_acc!(a, offset, u32, |v| v as u64);
                        next!()
                    }
                }
                family I64LoadAddImmKeep [out INT_F64, acc_in -, operand -, result dst, branch -, compare []] {
                    /// r[dst2] = r[lhs] +wrap imm; r[dst] = i64.load at r[dst2] + offset
                    fast Reg I64LoadAddImmKeep { dst: Reg, dst2: Reg, lhs: Reg, imm: i32, offset: u32 } => {
                        let a = i32v!(lhs).wrapping_add(imm as u32);
                        r!(dst2) = a as u64;
                        load!(dst, a, offset, u64, |v| v);
                        next!()
                    }
                    /// r[dst2] = r[lhs] +wrap imm; acc = i64.load at r[dst2] + offset
                    fast RegR I64LoadAddImmKeepR { dst2: Reg, lhs: Reg, imm: i32, offset: u32 } => {
                        let a = i32v!(lhs).wrapping_add(imm as u32);
                        r!(dst2) = a as u64;
                        load_acc!(a, offset, u64, |v| v);
                        next!()
                    }
                }
                family I64LoadAdd [out INT_F64, acc_in -, operand -, result dst, branch -, compare []] {
                    /// r[dst] = i64.load at (r[base] +wrap r[index]) + offset
                    fast Reg I64LoadAdd { dst: Reg, base: Reg, index: Reg, offset: u32 } => { load!(dst, i32v!(base).wrapping_add(i32v!(index)), offset, u64, |v| v); next!() }
                    /// acc = i64.load at (r[base] +wrap r[index]) + offset
                    fast RegR I64LoadAddR { base: Reg, index: Reg, offset: u32 } => { load_acc!(i32v!(base).wrapping_add(i32v!(index)), offset, u64, |v| v); next!() }
                }
            }

            // ---- multiply by a constant, then add a constant, fused ----
            families {
                family I32MulAddImm [out INT, acc_in -, operand -, result dst, branch -, compare []] {
                    /// r[dst] = r[lhs] *wrap mul +wrap add (i32; a multiply by a constant, then an add of one)
                    fast Reg I32MulAddImm { dst: Reg, lhs: Reg, mul: i32, add: i32 } => { put!(dst, (i32v!(lhs).wrapping_mul(mul as u32).wrapping_add(add as u32)) as u64); next!() }
                    /// acc = r[lhs] *wrap mul +wrap add (i32; a multiply by a constant, then an add of one)
                    fast RegR I32MulAddImmR { lhs: Reg, mul: i32, add: i32 } => { put_acc!((i32v!(lhs).wrapping_mul(mul as u32).wrapping_add(add as u32)) as u64); next!() }
                }
                family I32MulAddImmA [out INT, acc_in Int, operand -, result dst, branch -, compare []] {
                    /// r[dst] = acc *wrap mul +wrap add (i32)
                    fast Acc I32MulAddImmA { dst: Reg, mul: i32, add: i32 } => { put!(dst, ((acc!() as u32).wrapping_mul(mul as u32).wrapping_add(add as u32)) as u64); next!() }
                    /// acc = acc *wrap mul +wrap add (i32)
                    fast AccR I32MulAddImmAR { mul: i32, add: i32 } => { put_acc!(((acc!() as u32).wrapping_mul(mul as u32).wrapping_add(add as u32)) as u64); next!() }
                }
                family I64MulAddImm [out INT, acc_in -, operand -, result dst, branch -, compare []] {
                    /// r[dst] = r[lhs] *wrap mul +wrap add (i64; a multiply by a constant, then an add of one)
                    fast Reg I64MulAddImm { dst: Reg, lhs: Reg, mul: i32, add: i32 } => { put!(dst, r!(lhs).wrapping_mul(mul as i64 as u64).wrapping_add(add as i64 as u64)); next!() }
                    /// acc = r[lhs] *wrap mul +wrap add (i64; a multiply by a constant, then an add of one)
                    fast RegR I64MulAddImmR { lhs: Reg, mul: i32, add: i32 } => { put_acc!(r!(lhs).wrapping_mul(mul as i64 as u64).wrapping_add(add as i64 as u64)); next!() }
                }
            }

            // ---- an add, then a jump (an interpreter loop's `pc += k; continue`) ----
            families {
                family I32AddImmBr [out INT, acc_in -, operand -, result -, branch jump, compare []] {
                    /// r[dst] = acc = r[lhs] +wrap imm; pc += target (i32)
                    fast Reg I32AddImmBr { dst: Reg, lhs: Reg, imm: i32, target: i32 } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); jump!(target) }
                }
            }

            // ---- an add, then a branch on the sum (loop counters): one instruction ----
            families {
                family I32AddImmBrIfEq [out INT, acc_in -, operand -, result -, branch jump, compare []] {
                    /// r[dst] = acc = r[lhs] +wrap imm; if acc == r[limit] { pc += target } (i32)
                    fast Reg I32AddImmBrIfEq { dst: Reg, lhs: Reg, imm: i32, limit: Reg, target: i32 } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!(v == i32v!(limit), target); next!() }
                }
                family I32AddImmBrIfEqImm [out INT, acc_in -, operand -, result -, branch jump, compare []] {
                    /// r[dst] = acc = r[lhs] +wrap imm; if acc == limit { pc += target } (i32; limit sign-extended)
                    fast Reg I32AddImmBrIfEqImm { dst: Reg, lhs: Reg, imm: i32, limit: i16, target: i32 } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!(v == (limit as i32 as u32), target); next!() }
                }
                family I32AddImmBrIfNe [out INT, acc_in -, operand -, result -, branch jump, compare []] {
                    /// r[dst] = acc = r[lhs] +wrap imm; if acc != r[limit] { pc += target } (i32)
                    fast Reg I32AddImmBrIfNe { dst: Reg, lhs: Reg, imm: i32, limit: Reg, target: i32 } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!(v != i32v!(limit), target); next!() }
                }
                family I32AddImmBrIfNeImm [out INT, acc_in -, operand -, result -, branch jump, compare []] {
                    /// r[dst] = acc = r[lhs] +wrap imm; if acc != limit { pc += target } (i32; limit sign-extended)
                    fast Reg I32AddImmBrIfNeImm { dst: Reg, lhs: Reg, imm: i32, limit: i16, target: i32 } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!(v != (limit as i32 as u32), target); next!() }
                }
                family I32AddImmBrIfLtS [out INT, acc_in -, operand -, result -, branch jump, compare []] {
                    /// r[dst] = acc = r[lhs] +wrap imm; if acc <s r[limit] { pc += target } (i32)
                    fast Reg I32AddImmBrIfLtS { dst: Reg, lhs: Reg, imm: i32, limit: Reg, target: i32 } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!((v as i32) < (i32v!(limit) as i32), target); next!() }
                }
                family I32AddImmBrIfLtU [out INT, acc_in -, operand -, result -, branch jump, compare []] {
                    /// r[dst] = acc = r[lhs] +wrap imm; if acc <u r[limit] { pc += target } (i32)
                    fast Reg I32AddImmBrIfLtU { dst: Reg, lhs: Reg, imm: i32, limit: Reg, target: i32 } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!(v < i32v!(limit), target); next!() }
                }
                family I32AddImmBrIfLtUImm [out INT, acc_in -, operand -, result -, branch jump, compare []] {
                    /// r[dst] = acc = r[lhs] +wrap imm; if acc <u limit { pc += target } (i32; limit sign-extended)
                    fast Reg I32AddImmBrIfLtUImm { dst: Reg, lhs: Reg, imm: i32, limit: i16, target: i32 } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!(v < (limit as i32 as u32), target); next!() }
                }
                family I32AddImmBrIfGtS [out INT, acc_in -, operand -, result -, branch jump, compare []] {
                    /// r[dst] = acc = r[lhs] +wrap imm; if acc >s r[limit] { pc += target } (i32)
                    fast Reg I32AddImmBrIfGtS { dst: Reg, lhs: Reg, imm: i32, limit: Reg, target: i32 } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!((v as i32) > (i32v!(limit) as i32), target); next!() }
                }
                family I32AddImmBrIfGtUImm [out INT, acc_in -, operand -, result -, branch jump, compare []] {
                    /// r[dst] = acc = r[lhs] +wrap imm; if acc >u limit { pc += target } (i32; limit sign-extended)
                    fast Reg I32AddImmBrIfGtUImm { dst: Reg, lhs: Reg, imm: i32, limit: i16, target: i32 } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!(v > (limit as i32 as u32), target); next!() }
                }
                family I32AddBrIfLeS [out INT, acc_in -, operand -, result -, branch jump, compare []] {
                    /// r[dst] = acc = r[lhs] +wrap r[rhs]; if acc <=s r[limit] { pc += target } (i32)
                    fast Reg I32AddBrIfLeS { dst: Reg, lhs: Reg, rhs: Reg, limit: Reg, target: i32 } => { let v = i32v!(lhs).wrapping_add(i32v!(rhs)); set32!(dst, v); br_if!((v as i32) <= (i32v!(limit) as i32), target); next!() }
                }
                family I32AddImmBrIfGeS [out INT, acc_in -, operand -, result -, branch jump, compare []] {
                    /// r[dst] = acc = r[lhs] +wrap imm; if acc >=s r[limit] { pc += target } (i32)
                    fast Reg I32AddImmBrIfGeS { dst: Reg, lhs: Reg, imm: i32, limit: Reg, target: i32 } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!((v as i32) >= (i32v!(limit) as i32), target); next!() }
                }
                family I32AddImmBrIfNez [out INT, acc_in -, operand -, result -, branch jump, compare []] {
                    /// r[dst] = acc = r[lhs] +wrap imm; if acc != 0 { pc += target } (i32)
                    fast Reg I32AddImmBrIfNez { dst: Reg, lhs: Reg, imm: i32, target: i32 } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!(v != 0, target); next!() }
                }
                family I32AddImmBrIfEqz [out INT, acc_in -, operand -, result -, branch jump, compare []] {
                    /// r[dst] = acc = r[lhs] +wrap imm; if acc == 0 { pc += target } (i32)
                    fast Reg I32AddImmBrIfEqz { dst: Reg, lhs: Reg, imm: i32, target: i32 } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!(v == 0, target); next!() }
                }
            }

            // ---- select on a bit test: an and with a constant feeding the select's condition ----
            families {
                family SelectAndImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare []] {
                    /// r[dst] = if (r[test] & imm) as u32 != 0 { r[lhs] } else { r[rhs] }
                    fast Reg SelectAndImm { dst: Reg, test: Reg, imm: i32, lhs: Reg, rhs: Reg } => { put!(dst, crate::isa::select_loaded(i32v!(test) & imm as u32 != 0, r!(lhs), r!(rhs))); next!() }
                    /// acc = if (r[test] & imm) as u32 != 0 { r[lhs] } else { r[rhs] }
                    fast RegR SelectAndImmR { test: Reg, imm: i32, lhs: Reg, rhs: Reg } => { put_acc!(crate::isa::select_loaded(i32v!(test) & imm as u32 != 0, r!(lhs), r!(rhs))); next!() }
                    /// the `Reg` form with `lhs` in the accumulator (a value computed just before)
                    fast Acc SelectAndImmA { dst: Reg, test: Reg, imm: i32, rhs: Reg } => { put!(dst, crate::isa::select_loaded(i32v!(test) & imm as u32 != 0, acc!(), r!(rhs))); next!() }
                    /// the `Reg` form with `rhs` in the accumulator (a value computed just before)
                    fast RevAcc SelectAndImmRevA { dst: Reg, test: Reg, imm: i32, lhs: Reg } => { put!(dst, crate::isa::select_loaded(i32v!(test) & imm as u32 != 0, r!(lhs), acc!())); next!() }
                }
                family SelectI64AndImm [out INT, acc_in Int, operand lhs, result dst, branch -, compare []] {
                    /// r[dst] = if r[test] & (imm as i64) != 0 { r[lhs] } else { r[rhs] }
                    fast Reg SelectI64AndImm { dst: Reg, test: Reg, imm: i32, lhs: Reg, rhs: Reg } => { put!(dst, crate::isa::select_loaded(r!(test) & imm as i64 as u64 != 0, r!(lhs), r!(rhs))); next!() }
                    /// acc = if r[test] & (imm as i64) != 0 { r[lhs] } else { r[rhs] }
                    fast RegR SelectI64AndImmR { test: Reg, imm: i32, lhs: Reg, rhs: Reg } => { put_acc!(crate::isa::select_loaded(r!(test) & imm as i64 as u64 != 0, r!(lhs), r!(rhs))); next!() }
                    /// the `Reg` form with `lhs` in the accumulator (a value computed just before)
                    fast Acc SelectI64AndImmA { dst: Reg, test: Reg, imm: i32, rhs: Reg } => { put!(dst, crate::isa::select_loaded(r!(test) & imm as i64 as u64 != 0, acc!(), r!(rhs))); next!() }
                    /// the `Reg` form with `rhs` in the accumulator (a value computed just before)
                    fast RevAcc SelectI64AndImmRevA { dst: Reg, test: Reg, imm: i32, lhs: Reg } => { put!(dst, crate::isa::select_loaded(r!(test) & imm as i64 as u64 != 0, r!(lhs), acc!())); next!() }
                }
                family I32AddImmDup [out INT, acc_in -, operand -, result -, branch -, compare []] {
                    /// r[dst] = r[dst2] = r[lhs] +wrap imm (i32; an add whose result two locals take:
                    /// `local.tee a; local.set b`)
                    fast Reg I32AddImmDup { dst: Reg, dst2: Reg, lhs: Reg, imm: i32 } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); r!(dst2) = v as u64; next!() }
                }
            }

            // ---- three-operand adds: two values and a constant ----
            families {
                family I32AddAddImm [out INT, acc_in -, operand -, result dst, branch -, compare []] {
                    /// r[dst] = r[lhs] +wrap r[rhs] +wrap imm (i32; an add of a constant and an add fused)
                    fast Reg I32AddAddImm { dst: Reg, lhs: Reg, rhs: Reg, imm: i32 } => { set32!(dst, i32v!(lhs).wrapping_add(i32v!(rhs)).wrapping_add(imm as u32)); next!() }
                    /// acc = r[lhs] +wrap r[rhs] +wrap imm (i32; an add of a constant and an add fused)
                    fast RegR I32AddAddImmR { lhs: Reg, rhs: Reg, imm: i32 } => { put_acc!(i32v!(lhs).wrapping_add(i32v!(rhs)).wrapping_add(imm as u32) as u64); next!() }
                }
                family I32AddAddImmA [out INT, acc_in Int, operand -, result dst, branch -, compare []] {
                    /// r[dst] = acc +wrap r[rhs] +wrap imm (i32)
                    fast Acc I32AddAddImmA { dst: Reg, rhs: Reg, imm: i32 } => { set32!(dst, (acc!() as u32).wrapping_add(i32v!(rhs)).wrapping_add(imm as u32)); next!() }
                    /// acc = acc +wrap r[rhs] +wrap imm (i32)
                    fast AccR I32AddAddImmAR { rhs: Reg, imm: i32 } => { put_acc!((acc!() as u32).wrapping_add(i32v!(rhs)).wrapping_add(imm as u32) as u64); next!() }
                }
                family I32AddShl [out INT, acc_in -, operand -, result dst, branch -, compare []] {
                    /// r[dst] = r[base] +wrap (r[index] << shift) (i32; a shift by a constant, then an add)
                    fast Reg I32AddShl { dst: Reg, base: Reg, index: Reg, shift: u8 } => { set32!(dst, i32v!(base).wrapping_add(i32v!(index) << shift)); next!() }
                    /// acc = r[base] +wrap (r[index] << shift) (i32; a shift by a constant, then an add)
                    fast RegR I32AddShlR { base: Reg, index: Reg, shift: u8 } => { put_acc!(i32v!(base).wrapping_add(i32v!(index) << shift) as u64); next!() }
                }
                family I32XorShl [out INT, acc_in -, operand -, result dst, branch -, compare []] {
                    /// r[dst] = r[lhs] ^ (r[rhs] << shift) (i32) (xorshift and hash-mixing steps: `x ^ (x >> k)`)
                    fast Reg I32XorShl { dst: Reg, lhs: Reg, rhs: Reg, shift: u8 } => { set32!(dst, i32v!(lhs) ^ i32v!(rhs).wrapping_shl(shift as u32)); next!() }
                    /// acc = r[lhs] ^ (r[rhs] << shift) (i32)
                    fast RegR I32XorShlR { lhs: Reg, rhs: Reg, shift: u8 } => { put_acc!((i32v!(lhs) ^ i32v!(rhs).wrapping_shl(shift as u32)) as u64); next!() }
                }
                family I32XorShrU [out INT, acc_in -, operand -, result dst, branch -, compare []] {
                    /// r[dst] = r[lhs] ^ (r[rhs] >>u shift) (i32) (xorshift and hash-mixing steps: `x ^ (x >> k)`)
                    fast Reg I32XorShrU { dst: Reg, lhs: Reg, rhs: Reg, shift: u8 } => { set32!(dst, i32v!(lhs) ^ i32v!(rhs).wrapping_shr(shift as u32)); next!() }
                    /// acc = r[lhs] ^ (r[rhs] >>u shift) (i32)
                    fast RegR I32XorShrUR { lhs: Reg, rhs: Reg, shift: u8 } => { put_acc!((i32v!(lhs) ^ i32v!(rhs).wrapping_shr(shift as u32)) as u64); next!() }
                }
                family I64XorShl [out INT, acc_in -, operand -, result dst, branch -, compare []] {
                    /// r[dst] = r[lhs] ^ (r[rhs] << shift) (i64) (xorshift and hash-mixing steps: `x ^ (x >> k)`)
                    fast Reg I64XorShl { dst: Reg, lhs: Reg, rhs: Reg, shift: u8 } => { put!(dst, r!(lhs) ^ r!(rhs).wrapping_shl(shift as u32)); next!() }
                    /// acc = r[lhs] ^ (r[rhs] << shift) (i64)
                    fast RegR I64XorShlR { lhs: Reg, rhs: Reg, shift: u8 } => { put_acc!(r!(lhs) ^ r!(rhs).wrapping_shl(shift as u32)); next!() }
                }
                family I64XorShrU [out INT, acc_in -, operand -, result dst, branch -, compare []] {
                    /// r[dst] = r[lhs] ^ (r[rhs] >>u shift) (i64) (xorshift and hash-mixing steps: `x ^ (x >> k)`)
                    fast Reg I64XorShrU { dst: Reg, lhs: Reg, rhs: Reg, shift: u8 } => { put!(dst, r!(lhs) ^ r!(rhs).wrapping_shr(shift as u32)); next!() }
                    /// acc = r[lhs] ^ (r[rhs] >>u shift) (i64)
                    fast RegR I64XorShrUR { lhs: Reg, rhs: Reg, shift: u8 } => { put_acc!(r!(lhs) ^ r!(rhs).wrapping_shr(shift as u32)); next!() }
                }
                family I32AddShlA [out INT, acc_in Int, operand -, result dst, branch -, compare []] {
                    /// r[dst] = r[base] +wrap (acc << shift) (i32)
                    fast Acc I32AddShlA { dst: Reg, base: Reg, shift: u8 } => { set32!(dst, i32v!(base).wrapping_add((acc!() as u32) << shift)); next!() }
                    /// acc = r[base] +wrap (acc << shift) (i32)
                    fast AccR I32AddShlAR { base: Reg, shift: u8 } => { put_acc!(i32v!(base).wrapping_add((acc!() as u32) << shift) as u64); next!() }
                }
                family I32XorShlA [out INT, acc_in Int, operand -, result dst, branch -, compare []] {
                    /// r[dst] = r[lhs] ^ (acc << shift) (i32)
                    fast Acc I32XorShlA { dst: Reg, lhs: Reg, shift: u8 } => { set32!(dst, i32v!(lhs) ^ (acc!() as u32).wrapping_shl(shift as u32)); next!() }
                    /// acc = r[lhs] ^ (acc << shift) (i32)
                    fast AccR I32XorShlAR { lhs: Reg, shift: u8 } => { put_acc!((i32v!(lhs) ^ (acc!() as u32).wrapping_shl(shift as u32)) as u64); next!() }
                }
                family I32XorShrUA [out INT, acc_in Int, operand -, result dst, branch -, compare []] {
                    /// r[dst] = r[lhs] ^ (acc >>u shift) (i32)
                    fast Acc I32XorShrUA { dst: Reg, lhs: Reg, shift: u8 } => { set32!(dst, i32v!(lhs) ^ (acc!() as u32).wrapping_shr(shift as u32)); next!() }
                    /// acc = r[lhs] ^ (acc >>u shift) (i32)
                    fast AccR I32XorShrUAR { lhs: Reg, shift: u8 } => { put_acc!((i32v!(lhs) ^ (acc!() as u32).wrapping_shr(shift as u32)) as u64); next!() }
                }
                family I64XorShlA [out INT, acc_in Int, operand -, result dst, branch -, compare []] {
                    /// r[dst] = r[lhs] ^ (acc << shift) (i64)
                    fast Acc I64XorShlA { dst: Reg, lhs: Reg, shift: u8 } => { put!(dst, r!(lhs) ^ acc!().wrapping_shl(shift as u32)); next!() }
                    /// acc = r[lhs] ^ (acc << shift) (i64)
                    fast AccR I64XorShlAR { lhs: Reg, shift: u8 } => { put_acc!(r!(lhs) ^ acc!().wrapping_shl(shift as u32)); next!() }
                }
                family I32XorShrUSelf [out INT, acc_in Int, operand -, result dst, branch -, compare []] {
                    /// r[dst] = acc ^ (acc >>u shift) (i32): a xorshift step on the value just computed
                    fast Acc I32XorShrUSelf { dst: Reg, shift: u8 } => { let x = acc!() as u32; set32!(dst, x ^ x.wrapping_shr(shift as u32)); next!() }
                }
                family I32XorShlSelf [out INT, acc_in Int, operand -, result dst, branch -, compare []] {
                    /// r[dst] = acc ^ (acc << shift) (i32): a xorshift step on the value just computed
                    fast Acc I32XorShlSelf { dst: Reg, shift: u8 } => { let x = acc!() as u32; set32!(dst, x ^ x.wrapping_shl(shift as u32)); next!() }
                }
                family I64XorShrUSelf [out INT, acc_in Int, operand -, result dst, branch -, compare []] {
                    /// r[dst] = acc ^ (acc >>u shift) (i64): a xorshift step on the value just computed
                    fast Acc I64XorShrUSelf { dst: Reg, shift: u8 } => { let x = acc!(); put!(dst, x ^ x.wrapping_shr(shift as u32)); next!() }
                }
                family I64XorShlSelf [out INT, acc_in Int, operand -, result dst, branch -, compare []] {
                    /// r[dst] = acc ^ (acc << shift) (i64): a xorshift step on the value just computed
                    fast Acc I64XorShlSelf { dst: Reg, shift: u8 } => { let x = acc!(); put!(dst, x ^ x.wrapping_shl(shift as u32)); next!() }
                }
            }

            // ---- multiply, then add a register: one instruction (each step rounds/wraps as its own op) ----
            families {
                family I32MulAdd [out INT, acc_in -, operand -, result dst, branch -, compare []] {
                    /// r[dst] = r[lhs] *wrap r[rhs] +wrap r[add] (i32)
                    fast Reg I32MulAdd { dst: Reg, lhs: Reg, rhs: Reg, add: Reg } => { set32!(dst, i32v!(lhs).wrapping_mul(i32v!(rhs)).wrapping_add(i32v!(add))); next!() }
                    /// acc = r[lhs] *wrap r[rhs] +wrap r[add] (i32)
                    fast RegR I32MulAddR { lhs: Reg, rhs: Reg, add: Reg } => { put_acc!(i32v!(lhs).wrapping_mul(i32v!(rhs)).wrapping_add(i32v!(add)) as u64); next!() }
                }
                family I32MulAddA [out INT, acc_in Int, operand -, result dst, branch -, compare []] {
                    /// r[dst] = acc *wrap r[rhs] +wrap r[add] (i32)
                    fast Acc I32MulAddA { dst: Reg, rhs: Reg, add: Reg } => { set32!(dst, (acc!() as u32).wrapping_mul(i32v!(rhs)).wrapping_add(i32v!(add))); next!() }
                    /// acc = acc *wrap r[rhs] +wrap r[add] (i32)
                    fast AccR I32MulAddAR { rhs: Reg, add: Reg } => { put_acc!((acc!() as u32).wrapping_mul(i32v!(rhs)).wrapping_add(i32v!(add)) as u64); next!() }
                }
                family F32MulAddA [out F32, acc_in F32, operand -, result dst, branch -, compare []] {
                    /// r[dst] = (acc * r[rhs]) + r[add] (f32, two roundings)
                    fast Acc F32MulAddA { dst: Reg, rhs: Reg, add: Reg } => { setf32!(dst, facc!() * f32v!(rhs) + f32v!(add)); next!() }
                    /// acc = (acc * r[rhs]) + r[add] (f32, two roundings)
                    fast AccR F32MulAddAR { rhs: Reg, add: Reg } => { put_facc!(facc!() * f32v!(rhs) + f32v!(add)); next!() }
                }
                family F64MulAddA [out F64, acc_in F64, operand -, result dst, branch -, compare []] {
                    /// r[dst] = (acc * r[rhs]) + r[add] (f64, two roundings)
                    fast Acc F64MulAddA { dst: Reg, rhs: Reg, add: Reg } => { setf64!(dst, dacc!() * f64v!(rhs) + f64v!(add)); next!() }
                    /// acc = (acc * r[rhs]) + r[add] (f64, two roundings)
                    fast AccR F64MulAddAR { rhs: Reg, add: Reg } => { put_dacc!(dacc!() * f64v!(rhs) + f64v!(add)); next!() }
                }
            }

            // ---- stores with the address add of two registers fused ----
            families {
                family Store8ImmAdd [out NONE, acc_in -, operand -, result -, branch -, compare []] {
                    /// mem[(r[base] +wrap r[index]) + offset] = imm (8-bit store of a constant)
                    fast Reg Store8ImmAdd { base: Reg, index: Reg, imm: i32, offset: u32 } => { store_mem!(i32v!(base).wrapping_add(i32v!(index)), imm as u32, offset, u8); next!() }
                }
                family Store8Add [out NONE, acc_in -, operand -, result -, branch -, compare []] {
                    /// mem[(r[base] +wrap r[index]) + offset] = r[src] (8-bit store)
                    fast Reg Store8Add { base: Reg, index: Reg, src: Reg, offset: u32 } => { store_mem!(i32v!(base).wrapping_add(i32v!(index)), r!(src), offset, u8); next!() }
                }
                family Store32Add [out NONE, acc_in -, operand -, result -, branch -, compare []] {
                    /// mem[(r[base] +wrap r[index]) + offset] = r[src] (32-bit store)
                    fast Reg Store32Add { base: Reg, index: Reg, src: Reg, offset: u32 } => { store_mem!(i32v!(base).wrapping_add(i32v!(index)), r!(src), offset, u32); next!() }
                }
            }

            // ---- loads of a scaled index (`base + (index << shift)`, or plus a constant), fused ----
            families {
                family I32LoadIdxImm [out INT_F32, acc_in -, operand -, result dst, branch -, compare []] {
                    /// r[dst] = i32.load at ((r[index] << shift) +wrap imm) + offset
                    fast Reg I32LoadIdxImm { dst: Reg, index: Reg, shift: u8, imm: i32, offset: u32 } => { load!(dst, (i32v!(index) << shift).wrapping_add(imm as u32), offset, u32, |v| v as u64); next!() }
                    /// acc = i32.load at ((r[index] << shift) +wrap imm) + offset
                    fast RegR I32LoadIdxImmR { index: Reg, shift: u8, imm: i32, offset: u32 } => { load_acc!((i32v!(index) << shift).wrapping_add(imm as u32), offset, u32, |v| v as u64); next!() }
                }
                family I32LoadIdxImmA [out INT_F32, acc_in Int, operand -, result dst, branch -, compare []] {
                    /// r[dst] = i32.load at ((acc << shift) +wrap imm) + offset
                    fast Acc I32LoadIdxImmA { dst: Reg, shift: u8, imm: i32, offset: u32 } => { load!(dst, ((acc!() as u32) << shift).wrapping_add(imm as u32), offset, u32, |v| v as u64); next!() }
                    /// acc = i32.load at ((acc << shift) +wrap imm) + offset
                    fast AccR I32LoadIdxImmAR { shift: u8, imm: i32, offset: u32 } => { load_acc!(((acc!() as u32) << shift).wrapping_add(imm as u32), offset, u32, |v| v as u64); next!() }
                }
                family I32LoadIdx [out INT_F32, acc_in -, operand -, result dst, branch -, compare []] {
                    /// r[dst] = i32.load at (r[base] +wrap (r[index] << shift)) + offset
                    fast Reg I32LoadIdx { dst: Reg, base: Reg, index: Reg, shift: u8, offset: u32 } => { load!(dst, i32v!(base).wrapping_add(i32v!(index) << shift), offset, u32, |v| v as u64); next!() }
                    /// acc = i32.load at (r[base] +wrap (r[index] << shift)) + offset
                    fast RegR I32LoadIdxR { base: Reg, index: Reg, shift: u8, offset: u32 } => { load_acc!(i32v!(base).wrapping_add(i32v!(index) << shift), offset, u32, |v| v as u64); next!() }
                }
                family I32LoadIdxA [out INT_F32, acc_in Int, operand -, result dst, branch -, compare []] {
                    /// r[dst] = i32.load at (r[base] +wrap (acc << shift)) + offset
                    fast Acc I32LoadIdxA { dst: Reg, base: Reg, shift: u8, offset: u32 } => { load!(dst, i32v!(base).wrapping_add((acc!() as u32) << shift), offset, u32, |v| v as u64); next!() }
                    /// acc = i32.load at (r[base] +wrap (acc << shift)) + offset
                    fast AccR I32LoadIdxAR { base: Reg, shift: u8, offset: u32 } => { load_acc!(i32v!(base).wrapping_add((acc!() as u32) << shift), offset, u32, |v| v as u64); next!() }
                }
                family I64LoadIdx [out INT_F64, acc_in -, operand -, result dst, branch -, compare []] {
                    /// r[dst] = i64.load at (r[base] +wrap (r[index] << shift)) + offset
                    fast Reg I64LoadIdx { dst: Reg, base: Reg, index: Reg, shift: u8, offset: u32 } => { load!(dst, i32v!(base).wrapping_add(i32v!(index) << shift), offset, u64, |v| v); next!() }
                    /// acc = i64.load at (r[base] +wrap (r[index] << shift)) + offset
                    fast RegR I64LoadIdxR { base: Reg, index: Reg, shift: u8, offset: u32 } => { load_acc!(i32v!(base).wrapping_add(i32v!(index) << shift), offset, u64, |v| v); next!() }
                }
                family I64LoadIdxA [out INT_F64, acc_in Int, operand -, result dst, branch -, compare []] {
                    /// r[dst] = i64.load at (r[base] +wrap (acc << shift)) + offset
                    fast Acc I64LoadIdxA { dst: Reg, base: Reg, shift: u8, offset: u32 } => { load!(dst, i32v!(base).wrapping_add((acc!() as u32) << shift), offset, u64, |v| v); next!() }
                    /// acc = i64.load at (r[base] +wrap (acc << shift)) + offset
                    fast AccR I64LoadIdxAR { base: Reg, shift: u8, offset: u32 } => { load_acc!(i32v!(base).wrapping_add((acc!() as u32) << shift), offset, u64, |v| v); next!() }
                }
                family I32Load8UAddImm [out INT, acc_in -, operand -, result dst, branch -, compare []] {
                    /// r[dst] = i32.load8_u at (r[base] +wrap imm) + offset
                    fast Reg I32Load8UAddImm { dst: Reg, base: Reg, imm: i32, offset: u32 } => { load!(dst, i32v!(base).wrapping_add(imm as u32), offset, u8, |v| v as u64); next!() }
                    /// acc = i32.load8_u at (r[base] +wrap imm) + offset
                    fast RegR I32Load8UAddImmR { base: Reg, imm: i32, offset: u32 } => { load_acc!(i32v!(base).wrapping_add(imm as u32), offset, u8, |v| v as u64); next!() }
                }
                family I32Load8UAdd [out INT, acc_in -, operand -, result dst, branch -, compare []] {
                    /// r[dst] = i32.load8_u at (r[base] +wrap r[index]) + offset
                    fast Reg I32Load8UAdd { dst: Reg, base: Reg, index: Reg, offset: u32 } => { load!(dst, i32v!(base).wrapping_add(i32v!(index)), offset, u8, |v| v as u64); next!() }
                    /// acc = i32.load8_u at (r[base] +wrap r[index]) + offset
                    fast RegR I32Load8UAddR { base: Reg, index: Reg, offset: u32 } => { load_acc!(i32v!(base).wrapping_add(i32v!(index)), offset, u8, |v| v as u64); next!() }
                }
                family I32Load8SAddImm [out INT, acc_in -, operand -, result dst, branch -, compare []] {
                    /// r[dst] = i32.load8_s at (r[base] +wrap imm) + offset
                    fast Reg I32Load8SAddImm { dst: Reg, base: Reg, imm: i32, offset: u32 } => { load!(dst, i32v!(base).wrapping_add(imm as u32), offset, i8, |v| v as i32 as u32 as u64); next!() }
                    /// acc = i32.load8_s at (r[base] +wrap imm) + offset
                    fast RegR I32Load8SAddImmR { base: Reg, imm: i32, offset: u32 } => { load_acc!(i32v!(base).wrapping_add(imm as u32), offset, i8, |v| v as i32 as u32 as u64); next!() }
                }
            }

            // ---- select on a 64-bit condition (an `i64.eqz` condition, folded by swapping the operands) ----
            families {
                family SelectI64 [out INT, acc_in Int, operand cond, result dst, branch -, compare []] {
                    /// r[dst] = if r[cond] as u64 != 0 { r[lhs] } else { r[rhs] }
                    fast Reg SelectI64 { dst: Reg, cond: Reg, lhs: Reg, rhs: Reg } => { put!(dst, crate::isa::select_loaded(r!(cond) != 0, r!(lhs), r!(rhs))); next!() }
                    /// acc = if r[cond] as u64 != 0 { r[lhs] } else { r[rhs] }
                    fast RegR SelectI64R { cond: Reg, lhs: Reg, rhs: Reg } => { put_acc!(crate::isa::select_loaded(r!(cond) != 0, r!(lhs), r!(rhs))); next!() }
                    /// r[dst] = if acc != 0 { r[lhs] } else { r[rhs] }
                    fast Acc SelectI64A { dst: Reg, lhs: Reg, rhs: Reg } => { put!(dst, crate::isa::select_loaded(acc!() != 0, r!(lhs), r!(rhs))); next!() }
                    /// acc = if acc != 0 { r[lhs] } else { r[rhs] }
                    fast AccR SelectI64AR { lhs: Reg, rhs: Reg } => { put_acc!(crate::isa::select_loaded(acc!() != 0, r!(lhs), r!(rhs))); next!() }
                }
            }

            // ==== floating-point code: arithmetic with a constant operand (`imm` holds the
            // float's bits, any value: NaN payloads, -0.0). `RSub`/`RDiv` take the constant on
            // the left (`c - x`, `c / x`); `+` and `*` commute. Each is one IEEE operation,
            // rounded as the Wasm instruction is. ====
            /// r[dst] = r[lhs] + f32::from_bits(imm)
            binary_imm F32AddImm(a: f32, b: imm i32) -> f32 { a + b } [F32AddImm F32AddImmA F32AddImmR F32AddImmAR];
            /// r[dst] = r[lhs] - f32::from_bits(imm)
            binary_imm F32SubImm(a: f32, b: imm i32) -> f32 { a - b } [F32SubImm F32SubImmA F32SubImmR F32SubImmAR];
            /// r[dst] = f32::from_bits(imm) - r[lhs]
            binary_imm F32RSubImm(a: f32, b: imm i32) -> f32 { b - a } [F32RSubImm F32RSubImmA F32RSubImmR F32RSubImmAR];
            /// r[dst] = r[lhs] * f32::from_bits(imm)
            binary_imm F32MulImm(a: f32, b: imm i32) -> f32 { a * b } [F32MulImm F32MulImmA F32MulImmR F32MulImmAR];
            /// r[dst] = r[lhs] / f32::from_bits(imm)
            binary_imm F32DivImm(a: f32, b: imm i32) -> f32 { a / b } [F32DivImm F32DivImmA F32DivImmR F32DivImmAR];
            /// r[dst] = f32::from_bits(imm) / r[lhs]
            binary_imm F32RDivImm(a: f32, b: imm i32) -> f32 { b / a } [F32RDivImm F32RDivImmA F32RDivImmR F32RDivImmAR];
            /// r[dst] = r[lhs] + f64::from_bits(imm)
            binary_imm F64AddImm(a: f64, b: imm u64) -> f64 { a + b } [F64AddImm F64AddImmA F64AddImmR F64AddImmAR];
            /// r[dst] = r[lhs] - f64::from_bits(imm)
            binary_imm F64SubImm(a: f64, b: imm u64) -> f64 { a - b } [F64SubImm F64SubImmA F64SubImmR F64SubImmAR];
            /// r[dst] = f64::from_bits(imm) - r[lhs]
            binary_imm F64RSubImm(a: f64, b: imm u64) -> f64 { b - a } [F64RSubImm F64RSubImmA F64RSubImmR F64RSubImmAR];
            /// r[dst] = r[lhs] * f64::from_bits(imm)
            binary_imm F64MulImm(a: f64, b: imm u64) -> f64 { a * b } [F64MulImm F64MulImmA F64MulImmR F64MulImmAR];
            /// r[dst] = r[lhs] / f64::from_bits(imm)
            binary_imm F64DivImm(a: f64, b: imm u64) -> f64 { a / b } [F64DivImm F64DivImmA F64DivImmR F64DivImmAR];
            /// r[dst] = f64::from_bits(imm) / r[lhs]
            binary_imm F64RDivImm(a: f64, b: imm u64) -> f64 { b / a } [F64RDivImm F64RDivImmA F64RDivImmR F64RDivImmAR];

            // ==== floating-point code: an arithmetic result stored straight to memory (the
            // store of the temporary the op computed, `p->x = a + b`), each step rounding as its
            // own Wasm instruction; the stored bits are the result's bits. ====
            families {
                family F32AddStore [out NONE, acc_in F32, operand lhs, result -, branch -, compare []] {
                    /// mem[ea..ea+4] = r[lhs] + r[rhs] (f32; ea = r[addr] + offset)
                    fast Reg F32AddStore { lhs: Reg, rhs: Reg, addr: Reg, offset: u32 } => { store_mem!(i32v!(addr), (f32v!(lhs) + f32v!(rhs)).to_bits(), offset, u32); next!() }
                    /// mem[ea..ea+4] = acc + r[rhs] (f32)
                    fast Acc F32AddStoreA { rhs: Reg, addr: Reg, offset: u32 } => { store_mem!(i32v!(addr), (facc!() + f32v!(rhs)).to_bits(), offset, u32); next!() }
                }
                family F32SubStore [out NONE, acc_in F32, operand lhs, result -, branch -, compare []] {
                    /// mem[ea..ea+4] = r[lhs] - r[rhs] (f32; ea = r[addr] + offset)
                    fast Reg F32SubStore { lhs: Reg, rhs: Reg, addr: Reg, offset: u32 } => { store_mem!(i32v!(addr), (f32v!(lhs) - f32v!(rhs)).to_bits(), offset, u32); next!() }
                    /// mem[ea..ea+4] = acc - r[rhs] (f32)
                    fast Acc F32SubStoreA { rhs: Reg, addr: Reg, offset: u32 } => { store_mem!(i32v!(addr), (facc!() - f32v!(rhs)).to_bits(), offset, u32); next!() }
                    /// mem[ea..ea+4] = r[lhs] - acc (f32)
                    fast RevAcc F32SubStoreRevA { lhs: Reg, addr: Reg, offset: u32 } => { store_mem!(i32v!(addr), (f32v!(lhs) - facc!()).to_bits(), offset, u32); next!() }
                }
                family F32MulStore [out NONE, acc_in F32, operand lhs, result -, branch -, compare []] {
                    /// mem[ea..ea+4] = r[lhs] * r[rhs] (f32; ea = r[addr] + offset)
                    fast Reg F32MulStore { lhs: Reg, rhs: Reg, addr: Reg, offset: u32 } => { store_mem!(i32v!(addr), (f32v!(lhs) * f32v!(rhs)).to_bits(), offset, u32); next!() }
                    /// mem[ea..ea+4] = acc * r[rhs] (f32)
                    fast Acc F32MulStoreA { rhs: Reg, addr: Reg, offset: u32 } => { store_mem!(i32v!(addr), (facc!() * f32v!(rhs)).to_bits(), offset, u32); next!() }
                }
                family F64AddStore [out NONE, acc_in F64, operand lhs, result -, branch -, compare []] {
                    /// mem[ea..ea+8] = r[lhs] + r[rhs] (f64; ea = r[addr] + offset)
                    fast Reg F64AddStore { lhs: Reg, rhs: Reg, addr: Reg, offset: u32 } => { store_mem!(i32v!(addr), (f64v!(lhs) + f64v!(rhs)).to_bits(), offset, u64); next!() }
                    /// mem[ea..ea+8] = acc + r[rhs] (f64)
                    fast Acc F64AddStoreA { rhs: Reg, addr: Reg, offset: u32 } => { store_mem!(i32v!(addr), (dacc!() + f64v!(rhs)).to_bits(), offset, u64); next!() }
                }
                family F64SubStore [out NONE, acc_in F64, operand lhs, result -, branch -, compare []] {
                    /// mem[ea..ea+8] = r[lhs] - r[rhs] (f64; ea = r[addr] + offset)
                    fast Reg F64SubStore { lhs: Reg, rhs: Reg, addr: Reg, offset: u32 } => { store_mem!(i32v!(addr), (f64v!(lhs) - f64v!(rhs)).to_bits(), offset, u64); next!() }
                    /// mem[ea..ea+8] = acc - r[rhs] (f64)
                    fast Acc F64SubStoreA { rhs: Reg, addr: Reg, offset: u32 } => { store_mem!(i32v!(addr), (dacc!() - f64v!(rhs)).to_bits(), offset, u64); next!() }
                    /// mem[ea..ea+8] = r[lhs] - acc (f64)
                    fast RevAcc F64SubStoreRevA { lhs: Reg, addr: Reg, offset: u32 } => { store_mem!(i32v!(addr), (f64v!(lhs) - dacc!()).to_bits(), offset, u64); next!() }
                }
                family F64MulStore [out NONE, acc_in F64, operand lhs, result -, branch -, compare []] {
                    /// mem[ea..ea+8] = r[lhs] * r[rhs] (f64; ea = r[addr] + offset)
                    fast Reg F64MulStore { lhs: Reg, rhs: Reg, addr: Reg, offset: u32 } => { store_mem!(i32v!(addr), (f64v!(lhs) * f64v!(rhs)).to_bits(), offset, u64); next!() }
                    /// mem[ea..ea+8] = acc * r[rhs] (f64)
                    fast Acc F64MulStoreA { rhs: Reg, addr: Reg, offset: u32 } => { store_mem!(i32v!(addr), (dacc!() * f64v!(rhs)).to_bits(), offset, u64); next!() }
                }
            }

            // ==== floating-point code: read-modify-write of memory (`mem[a] += x`, `-=`, `*=`:
            // a load, the op on the loaded value, the store back to the same address): one
            // bounds check, which traps before anything is written, as the load would. ====
            families {
                family F32AddMem [out NONE, acc_in F32, operand rhs, result -, branch -, compare []] {
                    /// mem[ea..ea+4] = mem[ea..ea+4] + r[rhs] (f32; ea = r[addr] + offset, checked once)
                    fast Reg F32AddMem { rhs: Reg, addr: Reg, offset: u32 } => { let a = i32v!(addr); let v = f32::from_bits(load_value!(a, offset, u32, |x| x)) + f32v!(rhs); store_mem!(a, v.to_bits(), offset, u32); next!() }
                    /// mem[ea..ea+4] = mem[ea..ea+4] + acc (f32)
                    fast Acc F32AddMemA { addr: Reg, offset: u32 } => { let a = i32v!(addr); let v = f32::from_bits(load_value!(a, offset, u32, |x| x)) + facc!(); store_mem!(a, v.to_bits(), offset, u32); next!() }
                }
                family F32SubMem [out NONE, acc_in -, operand -, result -, branch -, compare []] {
                    /// mem[ea..ea+4] = mem[ea..ea+4] - r[rhs] (f32; ea = r[addr] + offset, checked once)
                    fast Reg F32SubMem { rhs: Reg, addr: Reg, offset: u32 } => { let a = i32v!(addr); let v = f32::from_bits(load_value!(a, offset, u32, |x| x)) - f32v!(rhs); store_mem!(a, v.to_bits(), offset, u32); next!() }
                }
                family F32MulMem [out NONE, acc_in F32, operand rhs, result -, branch -, compare []] {
                    /// mem[ea..ea+4] = mem[ea..ea+4] * r[rhs] (f32; ea = r[addr] + offset, checked once)
                    fast Reg F32MulMem { rhs: Reg, addr: Reg, offset: u32 } => { let a = i32v!(addr); let v = f32::from_bits(load_value!(a, offset, u32, |x| x)) * f32v!(rhs); store_mem!(a, v.to_bits(), offset, u32); next!() }
                    /// mem[ea..ea+4] = mem[ea..ea+4] * acc (f32)
                    fast Acc F32MulMemA { addr: Reg, offset: u32 } => { let a = i32v!(addr); let v = f32::from_bits(load_value!(a, offset, u32, |x| x)) * facc!(); store_mem!(a, v.to_bits(), offset, u32); next!() }
                }
                family F64AddMem [out NONE, acc_in F64, operand rhs, result -, branch -, compare []] {
                    /// mem[ea..ea+8] = mem[ea..ea+8] + r[rhs] (f64; ea = r[addr] + offset, checked once)
                    fast Reg F64AddMem { rhs: Reg, addr: Reg, offset: u32 } => { let a = i32v!(addr); let v = f64::from_bits(load_value!(a, offset, u64, |x| x)) + f64v!(rhs); store_mem!(a, v.to_bits(), offset, u64); next!() }
                    /// mem[ea..ea+8] = mem[ea..ea+8] + acc (f64)
                    fast Acc F64AddMemA { addr: Reg, offset: u32 } => { let a = i32v!(addr); let v = f64::from_bits(load_value!(a, offset, u64, |x| x)) + dacc!(); store_mem!(a, v.to_bits(), offset, u64); next!() }
                }
                family F64SubMem [out NONE, acc_in -, operand -, result -, branch -, compare []] {
                    /// mem[ea..ea+8] = mem[ea..ea+8] - r[rhs] (f64; ea = r[addr] + offset, checked once)
                    fast Reg F64SubMem { rhs: Reg, addr: Reg, offset: u32 } => { let a = i32v!(addr); let v = f64::from_bits(load_value!(a, offset, u64, |x| x)) - f64v!(rhs); store_mem!(a, v.to_bits(), offset, u64); next!() }
                }
                family F64MulMem [out NONE, acc_in F64, operand rhs, result -, branch -, compare []] {
                    /// mem[ea..ea+8] = mem[ea..ea+8] * r[rhs] (f64; ea = r[addr] + offset, checked once)
                    fast Reg F64MulMem { rhs: Reg, addr: Reg, offset: u32 } => { let a = i32v!(addr); let v = f64::from_bits(load_value!(a, offset, u64, |x| x)) * f64v!(rhs); store_mem!(a, v.to_bits(), offset, u64); next!() }
                    /// mem[ea..ea+8] = mem[ea..ea+8] * acc (f64)
                    fast Acc F64MulMemA { addr: Reg, offset: u32 } => { let a = i32v!(addr); let v = f64::from_bits(load_value!(a, offset, u64, |x| x)) * dacc!(); store_mem!(a, v.to_bits(), offset, u64); next!() }
                }
            }

            // ---- select with one constant choice (0 <= imm <= i32::MAX: the same cell for i32 and i64) ----
            families {
                family SelectConstT [out INT, acc_in Int, operand cond, result dst, branch -, compare []] {
                    /// r[dst] = if r[cond] as u32 != 0 { imm } else { r[rhs] }
                    fast Reg SelectConstT { dst: Reg, cond: Reg, imm: i32, rhs: Reg } => { put!(dst, crate::isa::select_loaded(i32v!(cond) != 0, imm as u64, r!(rhs))); next!() }
                    /// acc = if r[cond] as u32 != 0 { imm } else { r[rhs] }
                    fast RegR SelectConstTR { cond: Reg, imm: i32, rhs: Reg } => { put_acc!(crate::isa::select_loaded(i32v!(cond) != 0, imm as u64, r!(rhs))); next!() }
                    /// r[dst] = if acc as u32 != 0 { imm } else { r[rhs] }
                    fast Acc SelectConstTA { dst: Reg, imm: i32, rhs: Reg } => { put!(dst, crate::isa::select_loaded(acc!() as u32 != 0, imm as u64, r!(rhs))); next!() }
                    /// acc = if acc as u32 != 0 { imm } else { r[rhs] }
                    fast AccR SelectConstTAR { imm: i32, rhs: Reg } => { put_acc!(crate::isa::select_loaded(acc!() as u32 != 0, imm as u64, r!(rhs))); next!() }
                }
                family SelectConstF [out INT, acc_in Int, operand cond, result dst, branch -, compare []] {
                    /// r[dst] = if r[cond] as u32 != 0 { r[lhs] } else { imm }
                    fast Reg SelectConstF { dst: Reg, cond: Reg, lhs: Reg, imm: i32 } => { put!(dst, crate::isa::select_loaded(i32v!(cond) != 0, r!(lhs), imm as u64)); next!() }
                    /// acc = if r[cond] as u32 != 0 { r[lhs] } else { imm }
                    fast RegR SelectConstFR { cond: Reg, lhs: Reg, imm: i32 } => { put_acc!(crate::isa::select_loaded(i32v!(cond) != 0, r!(lhs), imm as u64)); next!() }
                    /// r[dst] = if acc as u32 != 0 { r[lhs] } else { imm }
                    fast Acc SelectConstFA { dst: Reg, lhs: Reg, imm: i32 } => { put!(dst, crate::isa::select_loaded(acc!() as u32 != 0, r!(lhs), imm as u64)); next!() }
                    /// acc = if acc as u32 != 0 { r[lhs] } else { imm }
                    fast AccR SelectConstFAR { lhs: Reg, imm: i32 } => { put_acc!(crate::isa::select_loaded(acc!() as u32 != 0, r!(lhs), imm as u64)); next!() }
                }
            }

            // ---- the shadow-stack pointer's update (C/C++/Rust function prologues and epilogues) ----
            families {
                family GlobalAddImm [out INT, acc_in -, operand -, result dst, branch -, compare []] {
                    /// global[global] = global[global] +wrap imm (i32); r[dst] = the new value (a
                    /// prologue's `sp = __stack_pointer - frame; __stack_pointer = sp`)
                    fast Reg GlobalAddImm { dst: Reg, global: u32, imm: i32 } => {
                        // SAFETY: as for GlobalGet.
                        let g = *inst_globals!().add(global as usize);
                        let cell = &mut store!().globals.get_unchecked_mut(g as usize).value;
                        let v = (*cell as u32).wrapping_add(imm as u32) as u64;
                        *cell = v;
                        put!(dst, v);
                        next!()
                    }
                }
                family GlobalSetAddImm [out NONE, acc_in -, operand -, result -, branch -, compare []] {
                    /// global[global] = r[lhs] +wrap imm (i32; an epilogue's `__stack_pointer = sp + frame`)
                    fast Reg GlobalSetAddImm { lhs: Reg, imm: i32, global: u32 } => {
                        // SAFETY: as for GlobalGet.
                        let g = *inst_globals!().add(global as usize);
                        store!().globals.get_unchecked_mut(g as usize).value = i32v!(lhs).wrapping_add(imm as u32) as u64;
                        next!()
                    }
                }
            }

            // ---- script interpreters (QuickJS, CPython): their bytecode dispatch and refcounts ----
            // A C `switch` whose smallest case is not 0 is lowered by clang to `x - min` feeding a
            // `br_table`: the bias is one field of the table jump. An interpreter's dispatch loads
            // the index it switches on (`switch (code[pc])`, or QuickJS's `switch` on an entry of a
            // table indexed by the opcode byte): the load is part of the table jump.
            // `Py_INCREF`/`Py_DECREF` and QuickJS's `JS_DupValue`/`JS_FreeValue` load an i32
            // counter, add a constant and store it back at the same address: one instruction,
            // bounds-checked once for both accesses (an access in bounds for the load is in bounds
            // for the store; a trap stores nothing).
            families {
                family BrTableAddImm [out NONE, acc_in Int, operand index, result -, branch -, compare []] {
                    /// pc += 1 + min((r[index] +wrap imm) as u32, len); followed by len + 1 `Br` targets
                    fast Reg BrTableAddImm { index: Reg, imm: i32, len: u32 } => {
                        table_jump!(1 + i32v!(index).wrapping_add(imm as u32).min(len) as isize)
                    }
                    /// `BrTableAddImm` with the index in `acc`
                    fast Acc BrTableAddImmA { imm: i32, len: u32 } => {
                        table_jump!(1 + (acc!() as u32).wrapping_add(imm as u32).min(len) as isize)
                    }
                }
                family BrTableLoadIdx [out NONE, acc_in Int, operand index, result -, branch -, compare []] {
                    /// pc += 1 + min(i32.load at ((r[index] << shift) +wrap imm), len); followed by
                    /// len + 1 `Br` targets
                    fast Reg BrTableLoadIdx { index: Reg, shift: u8, imm: i32, len: u32 } => {
                        table_jump_on_load!(i32v!(index), shift, imm, len)
                    }
                    /// `BrTableLoadIdx` with the index in `acc`
                    fast Acc BrTableLoadIdxA { shift: u8, imm: i32, len: u32 } => {
                        table_jump_on_load!(acc!() as u32, shift, imm, len)
                    }
                }
                family I32AddImmMem [out INT, acc_in Int, operand addr, result dst, branch -, compare []] {
                    /// r[dst] = mem[ea..ea+4] as u32 +wrap imm, stored back to mem[ea..ea+4] (i32)
                    fast Reg I32AddImmMem { dst: Reg, addr: Reg, imm: i32, offset: u32 } => {
                        let v = load_value!(i32v!(addr), offset, u32, |x| x).wrapping_add(imm as u32);
                        store_mem!(i32v!(addr), v, offset, u32);
                        set32!(dst, v);
                        next!()
                    }
                    /// acc = mem[ea..ea+4] as u32 +wrap imm, stored back to mem[ea..ea+4] (i32)
                    fast RegR I32AddImmMemR { addr: Reg, imm: i32, offset: u32 } => {
                        let v = load_value!(i32v!(addr), offset, u32, |x| x).wrapping_add(imm as u32);
                        store_mem!(i32v!(addr), v, offset, u32);
                        put_acc!(v as u64);
                        next!()
                    }
                    /// r[dst] = mem[ea..ea+4] as u32 +wrap imm, stored back (i32; the address is `acc`)
                    fast Acc I32AddImmMemA { dst: Reg, imm: i32, offset: u32 } => {
                        let addr = acc!() as u32;
                        let v = load_value!(addr, offset, u32, |x| x).wrapping_add(imm as u32);
                        store_mem!(addr, v, offset, u32);
                        set32!(dst, v);
                        next!()
                    }
                    /// acc = mem[ea..ea+4] as u32 +wrap imm, stored back (i32; the address is `acc`)
                    fast AccR I32AddImmMemAR { imm: i32, offset: u32 } => {
                        let addr = acc!() as u32;
                        let v = load_value!(addr, offset, u32, |x| x).wrapping_add(imm as u32);
                        store_mem!(addr, v, offset, u32);
                        put_acc!(v as u64);
                        next!()
                    }
                }
                family CopyAddImmBr [out INT, acc_in -, operand -, result -, branch jump, compare []] {
                    /// r[dst2] = r[lhs]; r[dst] = acc = r[lhs] +wrap imm; pc += target (i32; a loop's
                    /// back edge carrying a pointer and its successor: `pc = next; next = next + 1`)
                    fast Reg CopyAddImmBr { dst2: Reg, dst: Reg, lhs: Reg, imm: i32, target: i32 } => {
                        let v = r!(lhs);
                        r!(dst2) = v;
                        set32!(dst, (v as u32).wrapping_add(imm as u32));
                        jump!(target)
                    }
                }
                family I32FetchAddImmMem [out INT, acc_in Int, operand addr, result dst, branch -, compare []] {
                    /// r[dst] = mem[ea..ea+4] as u32; mem[ea..ea+4] = r[dst] +wrap imm (i32; a post-increment)
                    fast Reg I32FetchAddImmMem { dst: Reg, addr: Reg, imm: i32, offset: u32 } => {
                        let old = load_value!(i32v!(addr), offset, u32, |x| x);
                        store_mem!(i32v!(addr), old.wrapping_add(imm as u32), offset, u32);
                        set32!(dst, old);
                        next!()
                    }
                    /// r[dst] = mem[ea..ea+4] as u32; mem[ea..ea+4] = r[dst] +wrap imm (i32; the address is `acc`)
                    fast Acc I32FetchAddImmMemA { dst: Reg, imm: i32, offset: u32 } => {
                        let addr = acc!() as u32;
                        let old = load_value!(addr, offset, u32, |x| x);
                        store_mem!(addr, old.wrapping_add(imm as u32), offset, u32);
                        set32!(dst, old);
                        next!()
                    }
                }
            }
        }
    };
}
