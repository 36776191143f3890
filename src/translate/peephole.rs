//! The peephole layer: every rewrite that merges instructions the translator has just staged
//! into one (a superinstruction, `isa::fused`), each a rule with its guard, in one place.
//!
//! The window is the last instructions of `code`. One mechanism keeps a rewrite from merging
//! across a label: `joins(at)` says whether instruction `at` may merge with the one before it
//! (no branch lands on `at`: `label_at` records the last code index a label was bound to), and
//! `producer_just_before()` says which instruction produced the value on top of the operand
//! stack when it is the last one staged (`last_producer`, cleared at every label). Rules:
//! - `fuse_arithmetic`: an `R`-form arithmetic op and the op that consumes its accumulator
//!   (three-operand adds, shift-add/xor, and-select, multiply-add);
//! - `fuse_address` / `fuse_scaled_index`: the address add (and the index shift) of a load;
//! - `fuse_kept_address`: the address add of a load whose sum a local keeps (`p += k; *p`);
//! - `fuse_store_address`: the address add of a store;
//! - `fuse_compare`: a compare and the conditional branch on its result;
//! - `fuse_add_branch`: an add and the branch on the sum (loop counters);
//! - `fuse_global_update`: the shadow-stack pointer's update in prologues and epilogues;
//! - `fuse_table_bias`: the add of a constant feeding a `br_table` (a `switch` whose smallest
//!   case is not 0);
//! - `fuse_table_load`: the indexed load feeding a `br_table` (an interpreter's dispatch), a
//!   small negative bias moving into the table;
//! - `fuse_read_modify_write`: an i32 loaded, a constant added, stored back to the same address
//!   (reference counts);
//! - `fuse_copy_into_add_jump`: a copy of the register an add-and-jump reads, joining it;
//! - `fuse_float_store`: a float add/sub/mul and the store of its result (and, before it, the
//!   load of its operand from the same address: `mem[a] += x`);
//! - `commuted`: operand swaps that put the accumulator on the side with a form.

use super::FuncTranslator;
use crate::isa::{Op, Reg};

/// The largest bias `fuse_table_load` moves into a table (as that many more entries).
const MAX_TABLE_BIAS: i32 = 64;

impl FuncTranslator {
    /// Whether instruction `at` may merge with the one before it: there is one, and no label
    /// was bound between them.
    pub(super) fn joins(&self, at: usize) -> bool {
        at > 0 && self.label_at != at
    }

    /// The instruction that produced the value on top of the operand stack, when it is the
    /// last one staged (no label or other instruction since).
    pub(super) fn producer_just_before(&self) -> Option<usize> {
        self.last_producer.filter(|&at| at + 1 == self.code.len())
    }

    /// An arithmetic instruction whose result only the next instruction reads (its `R` form),
    /// and that next instruction, become one: two adds with one constant (`base + index +
    /// offset`), a shift then an add (`base + (index << k)`) or a xor (`x ^ (x >> k)`: xorshift
    /// and hash mixing), an and with a constant feeding a
    /// select (`x & mask ? a : b`), and a multiply then an add, of registers (`x * y + z`) or
    /// of constants (`x * a + c`: linear congruential steps, `3n + 1`).
    pub(super) fn fuse_arithmetic(&mut self, at: usize) {
        use Op::*;
        if !self.joins(at) {
            return;
        }
        let fits = |imm: i64| imm as i32 as i64 == imm;
        let fused = match (self.code[at - 1], self.code[at]) {
            // (x + c) + y, (x + y) + c, and a constant added to a fused add: one three-operand
            // add (address arithmetic: base + index + offset).
            (I32AddImmR { lhs, imm }, I32AddA { dst, rhs }) => I32AddAddImm { dst, lhs, rhs, imm },
            (I32AddImmAR { imm }, I32AddA { dst, rhs }) => I32AddAddImmA { dst, rhs, imm },
            (I32AddR { lhs, rhs }, I32AddImmA { dst, imm }) => I32AddAddImm { dst, lhs, rhs, imm },
            (I32AddAR { rhs }, I32AddImmA { dst, imm }) => I32AddAddImmA { dst, rhs, imm },
            (I32AddAddImmR { lhs, rhs, imm }, I32AddImmA { dst, imm: more }) => {
                I32AddAddImm { dst, lhs, rhs, imm: imm.wrapping_add(more) }
            }
            (I32AddAddImmAR { rhs, imm }, I32AddImmA { dst, imm: more }) => {
                I32AddAddImmA { dst, rhs, imm: imm.wrapping_add(more) }
            }
            // base + (index << k) not feeding a load (array element addresses kept, stores).
            (I32ShlImmR { lhs, imm }, I32AddA { dst, rhs }) => {
                I32AddShl { dst, base: rhs, index: lhs, shift: (imm & 31) as u8 }
            }
            (I32ShlImmAR { imm }, I32AddA { dst, rhs }) => I32AddShlA { dst, base: rhs, shift: (imm & 31) as u8 },
            // x ^ (y >> k) and x ^ (y << k) (xorshift generators, hash mixing steps).
            (I32ShrUImmR { lhs, imm }, I32XorA { dst, rhs }) => {
                I32XorShrU { dst, lhs: rhs, rhs: lhs, shift: (imm & 31) as u8 }
            }
            // The same with x the value just computed (in the accumulator and in `rhs`): no
            // register read at all (`x ^= x >> k` chains).
            (I32ShrUImmAR { imm }, I32XorA { dst, rhs }) if self.acc_holds(at, rhs) => {
                I32XorShrUSelf { dst, shift: (imm & 31) as u8 }
            }
            (I32ShlImmAR { imm }, I32XorA { dst, rhs }) if self.acc_holds(at, rhs) => {
                I32XorShlSelf { dst, shift: (imm & 31) as u8 }
            }
            (I64ShrUImmAR { imm }, I64XorA { dst, rhs }) if self.acc_holds(at, rhs) => {
                I64XorShrUSelf { dst, shift: (imm & 63) as u8 }
            }
            (I64ShlImmAR { imm }, I64XorA { dst, rhs }) if self.acc_holds(at, rhs) => {
                I64XorShlSelf { dst, shift: (imm & 63) as u8 }
            }
            (I32ShrUImmAR { imm }, I32XorA { dst, rhs }) => I32XorShrUA { dst, lhs: rhs, shift: (imm & 31) as u8 },
            (I32ShlImmR { lhs, imm }, I32XorA { dst, rhs }) => {
                I32XorShl { dst, lhs: rhs, rhs: lhs, shift: (imm & 31) as u8 }
            }
            (I32ShlImmAR { imm }, I32XorA { dst, rhs }) => I32XorShlA { dst, lhs: rhs, shift: (imm & 31) as u8 },
            (I64ShrUImmR { lhs, imm }, I64XorA { dst, rhs }) => {
                I64XorShrU { dst, lhs: rhs, rhs: lhs, shift: (imm & 63) as u8 }
            }
            (I64ShlImmR { lhs, imm }, I64XorA { dst, rhs }) => {
                I64XorShl { dst, lhs: rhs, rhs: lhs, shift: (imm & 63) as u8 }
            }
            (I64ShlImmAR { imm }, I64XorA { dst, rhs }) => I64XorShlA { dst, lhs: rhs, shift: (imm & 63) as u8 },
            // `x & mask ? a : b` (flag and parity tests).
            (I32AndImmR { lhs: test, imm }, SelectA { dst, lhs, rhs }) => SelectAndImm { dst, test, imm, lhs, rhs },
            (I64AndImmR { lhs: test, imm }, SelectI64A { dst, lhs, rhs }) if fits(imm) => {
                SelectI64AndImm { dst, test, imm: imm as i32, lhs, rhs }
            }
            // x * y + z (dot products, matrix multiply, polynomial steps).
            (I32MulR { lhs, rhs }, I32AddA { dst, rhs: add }) => I32MulAdd { dst, lhs, rhs, add },
            (I32MulAR { rhs }, I32AddA { dst, rhs: add }) => I32MulAddA { dst, rhs, add },
            (F32MulAR { rhs }, F32AddA { dst, rhs: add }) => F32MulAddA { dst, rhs, add },
            (F64MulAR { rhs }, F64AddA { dst, rhs: add }) => F64MulAddA { dst, rhs, add },
            (I32MulImmR { lhs, imm: mul }, I32AddImmA { dst, imm: add }) => I32MulAddImm { dst, lhs, mul, add },
            (I32MulImmAR { imm: mul }, I32AddImmA { dst, imm: add }) => I32MulAddImmA { dst, mul, add },
            (I64MulImmR { lhs, imm }, I64AddImmA { dst, imm: add }) if fits(imm) => {
                I64MulAddImm { dst, lhs, mul: imm as i32, add }
            }
            _ => return,
        };
        self.code.truncate(at - 1);
        let fused = self.value_from_acc(fused);
        self.code.push(fused);
        self.last_producer = Some(at - 1);
    }

    /// `op`, a fused instruction about to be appended, reading one of its operands from the
    /// accumulator when the instruction staged before it computed that operand into a
    /// temporary: the producer switches to its `R` form and skips the store, and the value
    /// does not make a round trip through the frame on the dependency chain (`x * 3 + 1`
    /// feeding a bit-test select: collatz's step). The fused instruction was made from the
    /// instructions after the producer, so their accumulator value is gone with them.
    fn value_from_acc(&mut self, op: Op) -> Op {
        let at = self.code.len();
        if !self.joins(at) {
            return op;
        }
        let mut producer = self.code[at - 1];
        let Some(&mut slot) = producer.result_mut() else { return op };
        // A temporary is popped by its one reader; and `op` must not read its register
        // anywhere but the operand that moves to the accumulator: nothing stores it now.
        if (slot as usize) < self.num_locals || op.fields_equal_to(slot) != 1 {
            return op;
        }
        let acc_form = if op.acc_operand() == Some(slot) { op.into_acc_form() } else { op.into_rev_acc_form(slot) };
        let Some(acc_form) = acc_form else { return op };
        let Some(result_in_acc) = producer.into_acc_result() else { return op };
        if !acc_form.acc_read().is_some_and(|kind| producer.acc_results().contains(kind)) {
            return op;
        }
        self.code[at - 1] = result_in_acc;
        acc_form
    }

    /// The shadow-stack pointer's update, merged into one instruction (every C, C++ or Rust
    /// function with a stack frame does it on entry and on exit): a prologue's
    /// `global.get g; i32.const -n; i32.add; local.tee sp; global.set g` (three instructions,
    /// `GlobalGet`, `I32AddImmA`, `GlobalSetA`) and an epilogue's
    /// `local.get sp; i32.const n; i32.add; global.set g` (`I32AddImmR`, `GlobalSetA`).
    /// Guards: no label between them (`joins`), the same global read and written, and the
    /// value read a temporary, so its register is dead once the add has popped it.
    pub(super) fn fuse_global_update(&mut self, at: usize) {
        use Op::*;
        if !self.joins(at) {
            return;
        }
        let GlobalSetA { global } = self.code[at] else { return };
        let (start, fused) = match self.code[at - 1] {
            add @ (I32AddImmA { imm, .. } | I32AddImmAR { imm }) if self.joins(at - 1) => {
                let GlobalGet { dst: got, global: read } = self.code[at - 2] else { return };
                if read != global || (got as usize) < self.num_locals {
                    return;
                }
                // Without a `local.tee` the sum is a temporary in the register the value read
                // had (both popped by their one reader): writing it there is harmless.
                let dst = if let I32AddImmA { dst, .. } = add { dst } else { got };
                (at - 2, GlobalAddImm { dst, global, imm })
            }
            I32AddImmR { lhs, imm } => (at - 1, GlobalSetAddImm { lhs, imm, global }),
            _ => return,
        };
        self.code.truncate(start);
        self.code.push(fused);
    }

    /// Whether the instruction before `at - 1` (the producer whose result instruction `at - 1`
    /// reads from the accumulator) left in the integer accumulator the value it wrote to
    /// register `reg`.
    fn acc_holds(&self, at: usize, reg: Reg) -> bool {
        let Some(mut op) = at.checked_sub(2).and_then(|i| self.code.get(i).copied()) else { return false };
        op.acc_results().contains(crate::isa::AccKind::Int) && op.result_mut().is_some_and(|r| *r == reg)
    }
}

/// Floating-point code: float arithmetic feeding a store.
impl FuncTranslator {
    /// `store` (about to be appended) of the temporary that the float add, subtract or multiply
    /// just before computed, for it alone: the op stores its result itself (`F64AddStore`, ...:
    /// `p->x = a + b`). When the instruction before that op loaded its left operand, from the
    /// address the store writes (same register, same offset: `mem[a] op= x`), the load joins
    /// too (`F64AddMem`, ...), and the value added then comes from the accumulator when the
    /// instruction before computed it. Returns whether `store` was absorbed.
    pub(super) fn fuse_float_store(&mut self, store: Op) -> bool {
        use Op::*;
        let Some(at) = self.producer_just_before() else { return false };
        let (addr, src, offset, wide) = match store {
            Store64 { addr, src, offset } => (addr, src, offset, true),
            Store32 { addr, src, offset } => (addr, src, offset, false),
            _ => return false,
        };
        let mut producer = self.code[at];
        if (src as usize) < self.num_locals || producer.result_mut().map(|dst| *dst) != Some(src) {
            return false;
        }
        let fused = match (producer, wide) {
            (F64Add { lhs, rhs, .. }, true) => F64AddStore { lhs, rhs, addr, offset },
            (F64AddA { rhs, .. }, true) => F64AddStoreA { rhs, addr, offset },
            (F64Sub { lhs, rhs, .. }, true) => F64SubStore { lhs, rhs, addr, offset },
            (F64SubA { rhs, .. }, true) => F64SubStoreA { rhs, addr, offset },
            (F64SubRevA { lhs, .. }, true) => F64SubStoreRevA { lhs, addr, offset },
            (F64Mul { lhs, rhs, .. }, true) => F64MulStore { lhs, rhs, addr, offset },
            (F64MulA { rhs, .. }, true) => F64MulStoreA { rhs, addr, offset },
            (F32Add { lhs, rhs, .. }, false) => F32AddStore { lhs, rhs, addr, offset },
            (F32AddA { rhs, .. }, false) => F32AddStoreA { rhs, addr, offset },
            (F32Sub { lhs, rhs, .. }, false) => F32SubStore { lhs, rhs, addr, offset },
            (F32SubA { rhs, .. }, false) => F32SubStoreA { rhs, addr, offset },
            (F32SubRevA { lhs, .. }, false) => F32SubStoreRevA { lhs, addr, offset },
            (F32Mul { lhs, rhs, .. }, false) => F32MulStore { lhs, rhs, addr, offset },
            (F32MulA { rhs, .. }, false) => F32MulStoreA { rhs, addr, offset },
            _ => return false,
        };
        self.last_producer = None;
        // `mem[a] op= x`: the op's left operand (the accumulator) is the full-width load, from
        // the stored address, just before it (its result only in the accumulator).
        let loaded_here = |load: Op| match load {
            I64LoadR { addr: a, offset: o } => wide && a == addr && o == offset,
            I32LoadR { addr: a, offset: o } => !wide && a == addr && o == offset,
            _ => false,
        };
        if self.joins(at) && loaded_here(self.code[at - 1]) {
            let rmw = match fused {
                F64AddStoreA { rhs, .. } => Some(F64AddMem { rhs, addr, offset }),
                F64SubStoreA { rhs, .. } => Some(F64SubMem { rhs, addr, offset }),
                F64MulStoreA { rhs, .. } => Some(F64MulMem { rhs, addr, offset }),
                F32AddStoreA { rhs, .. } => Some(F32AddMem { rhs, addr, offset }),
                F32SubStoreA { rhs, .. } => Some(F32SubMem { rhs, addr, offset }),
                F32MulStoreA { rhs, .. } => Some(F32MulMem { rhs, addr, offset }),
                _ => None,
            };
            if let Some(rmw) = rmw {
                self.code.truncate(at - 1);
                let rmw = self.value_from_acc(rmw);
                self.code.push(rmw);
                return true;
            }
        }
        self.code[at] = fused;
        true
    }
}

/// The same computation with its two register operands swapped, where one exists.
pub(super) fn commuted(op: Op) -> Option<Op> {
    use Op::*;
    macro_rules! swap {
        ($($from:ident => $to:ident),* $(,)?) => {
            match op {
                $($from { dst, lhs, rhs } => Some($to { dst, lhs: rhs, rhs: lhs }),)*
                _ => None,
            }
        };
    }
    // The order compares have no swapped partner: `a > b` is translated as `b < a` and
    // `a >= b` as `b <= a`, and `RevAcc` forms take the accumulator on the right.
    swap! {
        I32Add => I32Add, I32Mul => I32Mul, I32And => I32And, I32Or => I32Or, I32Xor => I32Xor,
        I32Eq => I32Eq, I32Ne => I32Ne,
        I64Add => I64Add, I64Mul => I64Mul, I64And => I64And, I64Or => I64Or, I64Xor => I64Xor,
        I64Eq => I64Eq, I64Ne => I64Ne,
        F32Add => F32Add, F32Mul => F32Mul, F32Eq => F32Eq, F32Ne => F32Ne,
        F64Add => F64Add, F64Mul => F64Mul, F64Eq => F64Eq, F64Ne => F64Ne,
    }
}

/// A store whose address the register add `add` (writing the address register, read by
/// nothing else) computes, as one address-fused instruction.
pub(super) fn fuse_store_address(add: Op, store: Op) -> Option<Op> {
    use Op::*;
    let I32Add { lhs: base, rhs: index, .. } = add else { return None };
    Some(match store {
        Store8Imm { imm, offset, .. } => Store8ImmAdd { base, index, imm, offset },
        Store8 { src, offset, .. } => Store8Add { base, index, src, offset },
        Store32 { src, offset, .. } => Store32Add { base, index, src, offset },
        _ => return None,
    })
}

/// The load of a scaled index: `shift` (an `R` form, feeding only the address add) followed by
/// `load`, a load whose address add took the shifted value from the accumulator.
pub(super) fn fuse_scaled_index(shift: Op, load: Op) -> Option<Op> {
    use Op::*;
    let (index, amount) = match shift {
        I32ShlImmR { lhs, imm } => (Some(lhs), imm),
        I32ShlImmAR { imm } => (None, imm),
        _ => return None,
    };
    // i32.shl counts modulo 32.
    let shift = (amount & 31) as u8;
    Some(match (load, index) {
        (I32LoadAddImmA { dst, imm, offset }, Some(index)) => I32LoadIdxImm { dst, index, shift, imm, offset },
        (I32LoadAddImmA { dst, imm, offset }, None) => I32LoadIdxImmA { dst, shift, imm, offset },
        (I32LoadAddA { dst, base, offset }, Some(index)) => I32LoadIdx { dst, base, index, shift, offset },
        (I32LoadAddA { dst, base, offset }, None) => I32LoadIdxA { dst, base, shift, offset },
        (I64LoadAddA { dst, base, offset }, Some(index)) => I64LoadIdx { dst, base, index, shift, offset },
        (I64LoadAddA { dst, base, offset }, None) => I64LoadIdxA { dst, base, shift, offset },
        _ => return None,
    })
}

/// A load whose address the instruction `add` (writing the address register, read by nothing
/// else) computes, as one address-fused instruction.
pub(super) fn fuse_address(add: Op, load: Op) -> Option<Op> {
    use Op::*;
    Some(match (add, load) {
        (I32AddA { rhs, .. }, I32Load { dst, offset, .. }) => I32LoadAddA { dst, base: rhs, offset },
        (I32AddA { rhs, .. }, I64Load { dst, offset, .. }) => I64LoadAddA { dst, base: rhs, offset },
        (I32AddA { rhs, .. }, I32Load8U { dst, offset, .. }) => I32Load8UAddA { dst, base: rhs, offset },
        (I32AddShl { base, index, shift, .. }, I32Load { dst, offset, .. }) => {
            I32LoadIdx { dst, base, index, shift, offset }
        }
        (I32AddShlA { base, shift, .. }, I32Load { dst, offset, .. }) => I32LoadIdxA { dst, base, shift, offset },
        (I32AddShl { base, index, shift, .. }, I64Load { dst, offset, .. }) => {
            I64LoadIdx { dst, base, index, shift, offset }
        }
        (I32AddShlA { base, shift, .. }, I64Load { dst, offset, .. }) => I64LoadIdxA { dst, base, shift, offset },
        (I32AddImmA { imm, .. }, I32Load { dst, offset, .. }) => I32LoadAddImmA { dst, imm, offset },
        (I32AddImmA { imm, .. }, I64Load { dst, offset, .. }) => I64LoadAddImmA { dst, imm, offset },
        (I32AddImmA { imm, .. }, I32Load8U { dst, offset, .. }) => I32Load8UAddImmA { dst, imm, offset },
        (I32AddImm { lhs, imm, .. }, I32Load { dst, offset, .. }) => I32LoadAddImm { dst, base: lhs, imm, offset },
        (I32AddImm { lhs, imm, .. }, I64Load { dst, offset, .. }) => I64LoadAddImm { dst, base: lhs, imm, offset },
        (I32Add { lhs, rhs, .. }, I64Load { dst, offset, .. }) => I64LoadAdd { dst, base: lhs, index: rhs, offset },
        (I32AddImm { lhs, imm, .. }, I32Load8U { dst, offset, .. }) => I32Load8UAddImm { dst, base: lhs, imm, offset },
        (I32Add { lhs, rhs, .. }, I32Load8U { dst, offset, .. }) => I32Load8UAdd { dst, base: lhs, index: rhs, offset },
        (I32AddImm { lhs, imm, .. }, I32Load8S { dst, offset, .. }) => I32Load8SAddImm { dst, base: lhs, imm, offset },
        _ => return None,
    })
}

/// A load whose address the add just before computes into a register something else reads
/// too (a local: `p += k; x = *p`): one instruction that still writes the sum there. Only the
/// full-width loads (`i32`/`f32`, `i64`/`f64`), which are what pays (`benches/README.md`).
pub(super) fn fuse_kept_address(add: Op, load: Op) -> Option<Op> {
    use Op::*;
    Some(match (add, load) {
        (I32AddImm { dst: dst2, lhs, imm }, I32Load { dst, addr, offset }) if addr == dst2 => {
            I32LoadAddImmKeep { dst, dst2, lhs, imm, offset }
        }
        (I32AddImm { dst: dst2, lhs, imm }, I64Load { dst, addr, offset }) if addr == dst2 => {
            I64LoadAddImmKeep { dst, dst2, lhs, imm, offset }
        }
        _ => return None,
    })
}

/// An add (writing its slot and the accumulator) followed by a branch on the accumulator, as
/// one instruction. Only the combinations that pay across the profiled workloads have a fused
/// form (`benches/README.md`, the decision per fusion); the others stay two instructions.
pub(super) fn fuse_add_branch(add: Op, branch: Op) -> Option<Op> {
    use Op::*;
    let small = |v: i32| v as i16 as i32 == v;
    Some(match (add, branch) {
        // A constant added, compared with a register.
        (I32AddImm { dst, lhs, imm }, BrIfI32EqA { rhs: limit, target }) => {
            I32AddImmBrIfEq { dst, lhs, imm, limit, target }
        }
        (I32AddImm { dst, lhs, imm }, BrIfI32NeA { rhs: limit, target }) => {
            I32AddImmBrIfNe { dst, lhs, imm, limit, target }
        }
        (I32AddImm { dst, lhs, imm }, BrIfI32LtSA { rhs: limit, target }) => {
            I32AddImmBrIfLtS { dst, lhs, imm, limit, target }
        }
        (I32AddImm { dst, lhs, imm }, BrIfI32LtUA { rhs: limit, target }) => {
            I32AddImmBrIfLtU { dst, lhs, imm, limit, target }
        }
        // `sum > limit` and `sum >= limit` arrive as `limit < sum` and `limit <= sum`.
        (I32AddImm { dst, lhs, imm }, BrIfI32LtSRevA { lhs: limit, target }) => {
            I32AddImmBrIfGtS { dst, lhs, imm, limit, target }
        }
        (I32AddImm { dst, lhs, imm }, BrIfI32LeSRevA { lhs: limit, target }) => {
            I32AddImmBrIfGeS { dst, lhs, imm, limit, target }
        }
        // A constant added, compared with a 16-bit constant (`<=` and `>=` arrive as `<` and `>`
        // of the next constant).
        (I32AddImm { dst, lhs, imm }, BrIfI32EqImmA { imm: limit, target }) if small(limit) => {
            I32AddImmBrIfEqImm { dst, lhs, imm, limit: limit as i16, target }
        }
        (I32AddImm { dst, lhs, imm }, BrIfI32NeImmA { imm: limit, target }) if small(limit) => {
            I32AddImmBrIfNeImm { dst, lhs, imm, limit: limit as i16, target }
        }
        (I32AddImm { dst, lhs, imm }, BrIfI32LtUImmA { imm: limit, target }) if small(limit) => {
            I32AddImmBrIfLtUImm { dst, lhs, imm, limit: limit as i16, target }
        }
        (I32AddImm { dst, lhs, imm }, BrIfI32GtUImmA { imm: limit, target }) if small(limit) => {
            I32AddImmBrIfGtUImm { dst, lhs, imm, limit: limit as i16, target }
        }
        // Two registers added, compared with a register.
        (I32Add { dst, lhs, rhs }, BrIfI32LeSA { rhs: limit, target }) => {
            I32AddBrIfLeS { dst, lhs, rhs, limit, target }
        }
        // A constant added, tested against zero.
        (I32AddImm { dst, lhs, imm }, BrIfNezA { target }) => I32AddImmBrIfNez { dst, lhs, imm, target },
        (I32AddImm { dst, lhs, imm }, BrIfEqzA { target }) => I32AddImmBrIfEqz { dst, lhs, imm, target },
        _ => return None,
    })
}

/// The branch equivalent to "compare, then branch if the result is `when_true`". `None` for
/// an instruction that is not a compare, and for the one sense of an integer compare with a
/// constant at the end of its range that has no branch form (`!(x <s i32::MIN)`); the caller
/// fuses only a compare that has both.
pub(super) fn fuse_compare(cmp: Op, when_true: bool) -> Option<Op> {
    use Op::*;
    let target = 0;
    macro_rules! pair {
        ($lhs:ident, $rhs:ident, $yes:ident, $no:ident) => {
            if when_true { $yes { lhs: $lhs, rhs: $rhs, target } } else { $no { lhs: $lhs, rhs: $rhs, target } }
        };
    }
    macro_rules! pair_imm {
        ($lhs:ident, $imm:ident, $yes:ident, $no:ident) => {
            if when_true { $yes { lhs: $lhs, imm: $imm, target } } else { $no { lhs: $lhs, imm: $imm, target } }
        };
    }
    macro_rules! pair_a {
        ($rhs:ident, $yes:ident, $no:ident) => {
            if when_true { $yes { rhs: $rhs, target } } else { $no { rhs: $rhs, target } }
        };
    }
    macro_rules! pair_rev {
        ($lhs:ident, $yes:ident, $no:ident) => {
            if when_true { $yes { lhs: $lhs, target } } else { $no { lhs: $lhs, target } }
        };
    }
    macro_rules! pair_imm_a {
        ($imm:ident, $yes:ident, $no:ident) => {
            if when_true { $yes { imm: $imm, target } } else { $no { imm: $imm, target } }
        };
    }
    // Integer `<` and `<=` (the only order compares of registers): the opposite of `a < b` is
    // `b <= a` and of `a <= b` is `b < a`, the other compare with its operands swapped, so the
    // accumulator moves to the other side.
    macro_rules! order {
        ($($cmp:ident $cmp_a:ident $cmp_rev:ident => $br:ident $br_a:ident $br_rev:ident, not $no:ident $no_a:ident $no_rev:ident;)*) => {
            match cmp {
                $(
                    $cmp { lhs, rhs, .. } => {
                        return Some(if when_true { $br { lhs, rhs, target } } else { $no { lhs: rhs, rhs: lhs, target } });
                    }
                    $cmp_a { rhs, .. } => {
                        return Some(if when_true { $br_a { rhs, target } } else { $no_rev { lhs: rhs, target } });
                    }
                    $cmp_rev { lhs, .. } => {
                        return Some(if when_true { $br_rev { lhs, target } } else { $no_a { rhs: lhs, target } });
                    }
                )*
                _ => {}
            }
        };
    }
    order! {
        I32LtS I32LtSA I32LtSRevA => BrIfI32LtS BrIfI32LtSA BrIfI32LtSRevA, not BrIfI32LeS BrIfI32LeSA BrIfI32LeSRevA;
        I32LeS I32LeSA I32LeSRevA => BrIfI32LeS BrIfI32LeSA BrIfI32LeSRevA, not BrIfI32LtS BrIfI32LtSA BrIfI32LtSRevA;
        I32LtU I32LtUA I32LtURevA => BrIfI32LtU BrIfI32LtUA BrIfI32LtURevA, not BrIfI32LeU BrIfI32LeUA BrIfI32LeURevA;
        I32LeU I32LeUA I32LeURevA => BrIfI32LeU BrIfI32LeUA BrIfI32LeURevA, not BrIfI32LtU BrIfI32LtUA BrIfI32LtURevA;
        I64LtS I64LtSA I64LtSRevA => BrIfI64LtS BrIfI64LtSA BrIfI64LtSRevA, not BrIfI64LeS BrIfI64LeSA BrIfI64LeSRevA;
        I64LeS I64LeSA I64LeSRevA => BrIfI64LeS BrIfI64LeSA BrIfI64LeSRevA, not BrIfI64LtS BrIfI64LtSA BrIfI64LtSRevA;
        I64LtU I64LtUA I64LtURevA => BrIfI64LtU BrIfI64LtUA BrIfI64LtURevA, not BrIfI64LeU BrIfI64LeUA BrIfI64LeURevA;
        I64LeU I64LeUA I64LeURevA => BrIfI64LeU BrIfI64LeUA BrIfI64LeURevA, not BrIfI64LtU BrIfI64LtUA BrIfI64LtURevA;
    }
    // Integer `<` and `>` of a constant (`<=` and `>=` were translated to them): the opposite of
    // `x < c` is `x > c - 1`, of `x > c` is `x < c + 1`; none at the end of the range.
    macro_rules! bound {
        ($lhs:expr, $imm:expr, $t:ty, $step:ident, $yes:ident, $no:ident) => {{
            let (lhs, imm) = ($lhs, $imm);
            if when_true { $yes { lhs, imm, target } } else { $no { lhs, imm: (imm as $t).$step(1)? as _, target } }
        }};
        (acc $imm:expr, $t:ty, $step:ident, $yes:ident, $no:ident) => {{
            let imm = $imm;
            if when_true { $yes { imm, target } } else { $no { imm: (imm as $t).$step(1)? as _, target } }
        }};
    }
    Some(match cmp {
        I32Eqz { src, .. } => {
            if when_true {
                BrIfEqz { cond: src, target }
            } else {
                BrIfNez { cond: src, target }
            }
        }
        I64Eqz { src, .. } => {
            if when_true {
                BrIfI64Eqz { cond: src, target }
            } else {
                BrIfI64Nez { cond: src, target }
            }
        }
        I32Eq { lhs, rhs, .. } => pair!(lhs, rhs, BrIfI32Eq, BrIfI32Ne),
        I32Ne { lhs, rhs, .. } => pair!(lhs, rhs, BrIfI32Ne, BrIfI32Eq),
        I32EqImm { lhs, imm, .. } => pair_imm!(lhs, imm, BrIfI32EqImm, BrIfI32NeImm),
        I32NeImm { lhs, imm, .. } => pair_imm!(lhs, imm, BrIfI32NeImm, BrIfI32EqImm),
        I32LtSImm { lhs, imm, .. } => bound!(lhs, imm, i32, checked_sub, BrIfI32LtSImm, BrIfI32GtSImm),
        I32LtUImm { lhs, imm, .. } => bound!(lhs, imm, u32, checked_sub, BrIfI32LtUImm, BrIfI32GtUImm),
        I32GtSImm { lhs, imm, .. } => bound!(lhs, imm, i32, checked_add, BrIfI32GtSImm, BrIfI32LtSImm),
        I32GtUImm { lhs, imm, .. } => bound!(lhs, imm, u32, checked_add, BrIfI32GtUImm, BrIfI32LtUImm),
        // Accumulator forms (the compare's left operand was the accumulator).
        I32EqzA { .. } => {
            if when_true {
                BrIfEqzA { target }
            } else {
                BrIfNezA { target }
            }
        }
        I64EqzA { .. } => {
            if when_true {
                BrIfI64EqzA { target }
            } else {
                BrIfI64NezA { target }
            }
        }
        I32EqA { rhs, .. } => pair_a!(rhs, BrIfI32EqA, BrIfI32NeA),
        I32NeA { rhs, .. } => pair_a!(rhs, BrIfI32NeA, BrIfI32EqA),
        I32EqImmA { imm, .. } => pair_imm_a!(imm, BrIfI32EqImmA, BrIfI32NeImmA),
        I32NeImmA { imm, .. } => pair_imm_a!(imm, BrIfI32NeImmA, BrIfI32EqImmA),
        I32LtSImmA { imm, .. } => bound!(acc imm, i32, checked_sub, BrIfI32LtSImmA, BrIfI32GtSImmA),
        I32LtUImmA { imm, .. } => bound!(acc imm, u32, checked_sub, BrIfI32LtUImmA, BrIfI32GtUImmA),
        I32GtSImmA { imm, .. } => bound!(acc imm, i32, checked_add, BrIfI32GtSImmA, BrIfI32LtSImmA),
        I32GtUImmA { imm, .. } => bound!(acc imm, u32, checked_add, BrIfI32GtUImmA, BrIfI32LtUImmA),
        I64Eq { lhs, rhs, .. } => pair!(lhs, rhs, BrIfI64Eq, BrIfI64Ne),
        I64EqImm { lhs, imm, .. } => pair_imm!(lhs, imm, BrIfI64EqImm, BrIfI64NeImm),
        I64EqA { rhs, .. } => pair_a!(rhs, BrIfI64EqA, BrIfI64NeA),
        I64EqImmA { imm, .. } => pair_imm_a!(imm, BrIfI64EqImmA, BrIfI64NeImmA),
        I64Ne { lhs, rhs, .. } => pair!(lhs, rhs, BrIfI64Ne, BrIfI64Eq),
        I64NeImm { lhs, imm, .. } => pair_imm!(lhs, imm, BrIfI64NeImm, BrIfI64EqImm),
        I64NeA { rhs, .. } => pair_a!(rhs, BrIfI64NeA, BrIfI64EqA),
        I64NeImmA { imm, .. } => pair_imm_a!(imm, BrIfI64NeImmA, BrIfI64EqImmA),
        I64LtSImm { lhs, imm, .. } => bound!(lhs, imm, i64, checked_sub, BrIfI64LtSImm, BrIfI64GtSImm),
        I64LtUImm { lhs, imm, .. } => bound!(lhs, imm, u64, checked_sub, BrIfI64LtUImm, BrIfI64GtUImm),
        I64GtSImm { lhs, imm, .. } => bound!(lhs, imm, i64, checked_add, BrIfI64GtSImm, BrIfI64LtSImm),
        I64GtUImm { lhs, imm, .. } => bound!(lhs, imm, u64, checked_add, BrIfI64GtUImm, BrIfI64LtUImm),
        I64LtSImmA { imm, .. } => bound!(acc imm, i64, checked_sub, BrIfI64LtSImmA, BrIfI64GtSImmA),
        I64LtUImmA { imm, .. } => bound!(acc imm, u64, checked_sub, BrIfI64LtUImmA, BrIfI64GtUImmA),
        I64GtSImmA { imm, .. } => bound!(acc imm, i64, checked_add, BrIfI64GtSImmA, BrIfI64LtSImmA),
        I64GtUImmA { imm, .. } => bound!(acc imm, u64, checked_add, BrIfI64GtUImmA, BrIfI64LtUImmA),
        // Floats: the opposite is the `Not` form with the same operands (NaN takes it).
        F32Eq { lhs, rhs, .. } => pair!(lhs, rhs, BrIfF32Eq, BrIfF32Ne),
        F32EqA { rhs, .. } => pair_a!(rhs, BrIfF32EqA, BrIfF32NeA),
        F32EqImm { lhs, imm, .. } => pair_imm!(lhs, imm, BrIfF32EqImm, BrIfF32NeImm),
        F32EqImmA { imm, .. } => pair_imm_a!(imm, BrIfF32EqImmA, BrIfF32NeImmA),
        F32Ne { lhs, rhs, .. } => pair!(lhs, rhs, BrIfF32Ne, BrIfF32Eq),
        F32NeA { rhs, .. } => pair_a!(rhs, BrIfF32NeA, BrIfF32EqA),
        F32NeImm { lhs, imm, .. } => pair_imm!(lhs, imm, BrIfF32NeImm, BrIfF32EqImm),
        F32NeImmA { imm, .. } => pair_imm_a!(imm, BrIfF32NeImmA, BrIfF32EqImmA),
        F32Lt { lhs, rhs, .. } => pair!(lhs, rhs, BrIfF32Lt, BrIfF32NotLt),
        F32LtA { rhs, .. } => pair_a!(rhs, BrIfF32LtA, BrIfF32NotLtA),
        F32LtRevA { lhs, .. } => pair_rev!(lhs, BrIfF32LtRevA, BrIfF32NotLtRevA),
        F32LtImm { lhs, imm, .. } => pair_imm!(lhs, imm, BrIfF32LtImm, BrIfF32NotLtImm),
        F32LtImmA { imm, .. } => pair_imm_a!(imm, BrIfF32LtImmA, BrIfF32NotLtImmA),
        F32GtImm { lhs, imm, .. } => pair_imm!(lhs, imm, BrIfF32GtImm, BrIfF32NotGtImm),
        F32GtImmA { imm, .. } => pair_imm_a!(imm, BrIfF32GtImmA, BrIfF32NotGtImmA),
        F32Le { lhs, rhs, .. } => pair!(lhs, rhs, BrIfF32Le, BrIfF32NotLe),
        F32LeA { rhs, .. } => pair_a!(rhs, BrIfF32LeA, BrIfF32NotLeA),
        F32LeRevA { lhs, .. } => pair_rev!(lhs, BrIfF32LeRevA, BrIfF32NotLeRevA),
        F32LeImm { lhs, imm, .. } => pair_imm!(lhs, imm, BrIfF32LeImm, BrIfF32NotLeImm),
        F32LeImmA { imm, .. } => pair_imm_a!(imm, BrIfF32LeImmA, BrIfF32NotLeImmA),
        F32GeImm { lhs, imm, .. } => pair_imm!(lhs, imm, BrIfF32GeImm, BrIfF32NotGeImm),
        F32GeImmA { imm, .. } => pair_imm_a!(imm, BrIfF32GeImmA, BrIfF32NotGeImmA),
        F64Eq { lhs, rhs, .. } => pair!(lhs, rhs, BrIfF64Eq, BrIfF64Ne),
        F64EqA { rhs, .. } => pair_a!(rhs, BrIfF64EqA, BrIfF64NeA),
        F64Ne { lhs, rhs, .. } => pair!(lhs, rhs, BrIfF64Ne, BrIfF64Eq),
        F64NeA { rhs, .. } => pair_a!(rhs, BrIfF64NeA, BrIfF64EqA),
        F64Lt { lhs, rhs, .. } => pair!(lhs, rhs, BrIfF64Lt, BrIfF64NotLt),
        F64LtA { rhs, .. } => pair_a!(rhs, BrIfF64LtA, BrIfF64NotLtA),
        F64LtRevA { lhs, .. } => pair_rev!(lhs, BrIfF64LtRevA, BrIfF64NotLtRevA),
        F64Le { lhs, rhs, .. } => pair!(lhs, rhs, BrIfF64Le, BrIfF64NotLe),
        F64LeA { rhs, .. } => pair_a!(rhs, BrIfF64LeA, BrIfF64NotLeA),
        F64LeRevA { lhs, .. } => pair_rev!(lhs, BrIfF64LeRevA, BrIfF64NotLeRevA),
        _ => return None,
    })
}

// ---- script interpreters (QuickJS, CPython): their bytecode dispatch and refcounts ----
impl FuncTranslator {
    /// The `br_table` just staged at `at`, whose index the add of a constant just before it
    /// computed for it alone (a C `switch` whose smallest case is not 0: clang subtracts the
    /// smallest case first), as one table jump with the bias folded in. Returns where the table
    /// now is; its entries follow it.
    pub(super) fn fuse_table_bias(&mut self, at: usize) -> usize {
        use Op::*;
        if !self.joins(at) {
            return at;
        }
        let BrTableA { len } = self.code[at] else { return at };
        // `R` forms: the sum is only in the accumulator, so nothing else reads it.
        let fused = match self.code[at - 1] {
            I32AddImmAR { imm } => BrTableAddImmA { imm, len },
            I32AddImmR { lhs, imm } => BrTableAddImm { index: lhs, imm, len },
            _ => return at,
        };
        self.code.truncate(at - 1);
        let fused = self.value_from_acc(fused);
        self.code.push(fused);
        at - 1
    }

    /// The table jump just staged at `at` (its bias already folded in by `fuse_table_bias`),
    /// whose index the indexed load just before it read for it alone: an interpreter's dispatch,
    /// `switch (code[pc])`, or QuickJS's `switch` on an entry of a table it indexes by the
    /// opcode byte. One instruction; a bias `-k` (0 < k <= `MAX_TABLE_BIAS`) moves into the table
    /// instead: the indices `0..k`, which the subtraction would wrap around to the default,
    /// get `k` more entries at the front, all going to the default target. Returns where the
    /// table now is and how many such entries the caller puts before the others.
    pub(super) fn fuse_table_load(&mut self, at: usize) -> (usize, u32) {
        use Op::*;
        if !self.joins(at) {
            return (at, 0);
        }
        let (front, len) = match self.code[at] {
            BrTableA { len } => (0, len),
            BrTableAddImmA { imm, len } if (-MAX_TABLE_BIAS..0).contains(&imm) => (imm.unsigned_abs(), len),
            _ => return (at, 0),
        };
        let Some(len) = len.checked_add(front) else { return (at, 0) };
        // `R` forms: the loaded value is only in the accumulator, so nothing else reads it. The
        // fused form has no load offset (it is 0 in every dispatch seen).
        let fused = match self.code[at - 1] {
            I32LoadIdxImmR { index, shift, imm, offset: 0 } => BrTableLoadIdx { index, shift, imm, len },
            I32LoadIdxImmAR { shift, imm, offset: 0 } => BrTableLoadIdxA { shift, imm, len },
            _ => return (at, 0),
        };
        self.code.truncate(at - 1);
        let fused = self.value_from_acc(fused);
        self.code.push(fused);
        (at - 1, front)
    }

    /// The `I32AddImmBr` just made at `at` (an add of a constant, then a jump), after a copy
    /// of the add's operand: one instruction (a loop's back edge carrying a pointer and its
    /// successor, `pc = next; next = next + 1`: QuickJS's dispatch). Returns where the jump now
    /// is.
    pub(super) fn fuse_copy_into_add_jump(&mut self, at: usize) -> usize {
        use Op::*;
        if !self.joins(at) {
            return at;
        }
        // The add reads `lhs` after the copy: the copy's source is the value both read (a copy
        // onto `lhs` itself would be a no-op, so writing `dst2` first changes nothing it reads).
        let (Copy { dst: dst2, src }, I32AddImmBr { dst, lhs, imm, target }) = (self.code[at - 1], self.code[at])
        else {
            return at;
        };
        if src != lhs {
            return at;
        }
        self.code.truncate(at - 1);
        self.code.push(CopyAddImmBr { dst2, dst, lhs, imm, target });
        at - 1
    }

    /// The store just staged at `at` writing back, to the address it came from, an i32 that
    /// the two instructions before it loaded and added a constant to (`Py_INCREF`,
    /// `Py_DECREF`, QuickJS's `JS_DupValue`/`JS_FreeValue`, `counter++`), as one instruction:
    /// the sum goes to the register the add wrote (or only to the accumulator), or, when the
    /// loaded value itself is kept in a register (`x = p->n++`), that value does.
    pub(super) fn fuse_read_modify_write(&mut self, at: usize) {
        use Op::*;
        if at < 2 || !self.joins(at) || !self.joins(at - 1) {
            return;
        }
        // The store: its address register and offset, and the register its value comes from
        // (`None`: the accumulator, the add's sum).
        let (addr, offset, src) = match self.code[at] {
            Store32A { addr, offset } => (addr, offset, None),
            Store32 { addr, src, offset } => (addr, offset, Some(src)),
            _ => return,
        };
        // The load: its address (`None`: the accumulator) and the register it wrote (`None`:
        // only the accumulator).
        let (load_addr, load_offset, old) = match self.code[at - 2] {
            I32LoadR { addr, offset } => (Some(addr), offset, None),
            I32LoadAR { offset } => (None, offset, None),
            I32Load { dst, addr, offset } => (Some(addr), offset, Some(dst)),
            I32LoadA { dst, offset } => (None, offset, Some(dst)),
            _ => return,
        };
        // The add of a constant to the loaded value (from the accumulator, or from the register
        // the load wrote), and the register it wrote its sum to.
        let (imm, new) = match self.code[at - 1] {
            I32AddImmAR { imm } => (imm, None),
            I32AddImmA { dst, imm } => (imm, Some(dst)),
            I32AddImmR { lhs, imm } if old == Some(lhs) => (imm, None),
            I32AddImm { dst, lhs, imm } if old == Some(lhs) => (imm, Some(dst)),
            _ => return,
        };
        // The store writes the sum, at the address and offset the load read: the same register
        // (or the one the accumulator mirrored before the load), not written in between.
        let same_address = match load_addr {
            Some(reg) => reg == addr,
            None => self.joins(at - 2) && self.acc_holds(at - 1, addr),
        };
        if load_offset != offset || !same_address || src.is_some_and(|src| Some(src) != new) {
            return;
        }
        if old == Some(addr) || new == Some(addr) {
            return;
        }
        let fused = match (old, new, load_addr) {
            (None, None, Some(_)) => I32AddImmMemR { addr, imm, offset },
            (None, None, None) => I32AddImmMemAR { imm, offset },
            (None, Some(dst), Some(_)) => I32AddImmMem { dst, addr, imm, offset },
            (None, Some(dst), None) => I32AddImmMemA { dst, imm, offset },
            // The sum overwrote the loaded value's register: only the sum is left.
            (Some(old), Some(dst), Some(_)) if old == dst => I32AddImmMem { dst, addr, imm, offset },
            (Some(old), Some(dst), None) if old == dst => I32AddImmMemA { dst, imm, offset },
            (Some(dst), None, Some(_)) => I32FetchAddImmMem { dst, addr, imm, offset },
            (Some(dst), None, None) => I32FetchAddImmMemA { dst, imm, offset },
            _ => return,
        };
        self.code.truncate(at - 2);
        self.code.push(fused);
    }
}
