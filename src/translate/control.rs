//! Structured control flow: block/loop/if frames, their labels, and branches. Every branch
//! target is resolved to a relative offset here: backward ones at once (loops), forward ones
//! by patching when the label's `end` is reached. Values carried by a branch are copied into
//! the target's result slots (ascending order is always safe: a source is never below its
//! destination).
//!
//! Code size stays linear in the module's even for labels with many values: a branch carrying
//! `SPAN_MIN` or more values first puts them in their own slots (before any conditional jump,
//! so every path sees the same state) and then moves them with one `CopySpan`, and the targets
//! of a `br_table` that need copies share one stub per distinct label.

use super::FuncTranslator;
use super::stack::Operand;
use crate::isa::{Op, Reg};
use smallvec::SmallVec;

/// Branches carrying at least this many values copy them with one `CopySpan` (fewer: one
/// `Copy` per value, which is faster for the common short case).
pub(super) const SPAN_MIN: usize = 8;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ControlKind {
    /// The function body: branching to it returns.
    Func,
    Block,
    Loop,
    If,
    Else,
}

#[derive(Debug, Clone)]
pub(super) struct Control {
    pub kind: ControlKind,
    /// Operand-stack height at entry, below the block's parameters.
    pub height: usize,
    pub params: usize,
    pub results: usize,
    /// Loop: index of the first instruction of the body (the branch target).
    pub start: usize,
    /// Forward branches to this block's end, to patch.
    pub end_patches: SmallVec<[usize; 4]>,
    /// If: the conditional branch to the else arm (or the end), to patch.
    pub else_patch: Option<usize>,
    /// Some branch targets this label (so its end is reachable even if the body's end is not).
    pub branched_to: bool,
}

impl Control {
    /// Values a branch to this label carries.
    fn label_arity(&self) -> usize {
        if self.kind == ControlKind::Loop { self.params } else { self.results }
    }
}

/// How a branch instruction must be completed once its label is known.
enum Target {
    /// Return from the function.
    Return,
    /// A jump to an instruction index (loops: known now; blocks: patched later).
    Label { depth: usize },
}

impl FuncTranslator {
    /// Enters a block, loop or if (the condition, for `if`, is already popped and passed in).
    pub(super) fn enter_block(
        &mut self,
        kind: ControlKind,
        params: usize,
        results: usize,
        cond: Option<(Operand, usize)>,
    ) {
        let fusable = cond.and_then(|(c, pos)| self.take_fusable_compare(c, pos));
        self.last_producer = None;
        self.label_at = self.code.len();
        if kind == ControlKind::Loop {
            self.entry_path_only = false;
        }
        // Inside the block locals may change: pending reads of locals must be taken now, and
        // the parameters must sit in their slots (a loop's branches and the else arm expect them).
        self.materialize_all_locals();
        self.materialize_top(params);
        let height = self.stack.len() - params;
        let mut control = Control {
            kind,
            height,
            params,
            results,
            start: self.code.len(),
            end_patches: SmallVec::new(),
            else_patch: None,
            branched_to: false,
        };
        if let Some((cond, pos)) = cond {
            // Jump to the else arm when the condition is false.
            control.else_patch = Some(self.emit_cond_branch_with(cond, pos, false, fusable));
        }
        self.controls.push(control);
    }

    pub(super) fn visit_else(&mut self) {
        if self.dead_depth > 0 {
            return;
        }
        self.last_producer = None;
        let depth = self.controls.len() - 1;
        if self.reachable {
            let results = self.controls[depth].results;
            self.materialize_top(results);
            let br = self.emit(Op::Br { target: 0 });
            self.controls[depth].end_patches.push(br);
            // The then arm falls through to the end: the end is reachable.
            self.controls[depth].branched_to = true;
        }
        let control = &mut self.controls[depth];
        control.kind = ControlKind::Else;
        let else_patch = control.else_patch.take();
        let (height, params) = (control.height, control.params);
        if let Some(at) = else_patch {
            self.patch(at, self.code.len());
        }
        self.stack.truncate(height);
        for _ in 0..params {
            self.push(Operand::Temp);
        }
        self.reachable = true;
    }

    /// Handles `end`; returns true when it closed the function body.
    pub(super) fn visit_end(&mut self) -> bool {
        if self.dead_depth > 0 {
            self.dead_depth -= 1;
            return false;
        }
        let control = self.controls.pop().expect("validated control stack");
        if control.kind == ControlKind::Func {
            // Branches to the function body are returns, so nothing merges here.
            if self.reachable {
                self.emit_return();
            }
            return true;
        }
        self.last_producer = None;
        if self.reachable {
            self.materialize_top(control.results);
        }
        let here = self.code.len();
        let mut reachable = self.reachable || control.branched_to;
        if let Some(at) = control.else_patch {
            // An `if` without `else`: the false path falls through to the end.
            self.patch(at, here);
            reachable = true;
        }
        for &at in &control.end_patches {
            self.patch(at, here);
        }
        self.stack.truncate(control.height);
        for _ in 0..control.results {
            self.push(Operand::Temp);
        }
        self.reachable = reachable;
        false
    }

    fn target(&mut self, depth: u32) -> Target {
        let index = self.controls.len() - 1 - depth as usize;
        if self.controls[index].kind == ControlKind::Func {
            Target::Return
        } else {
            self.controls[index].branched_to = true;
            Target::Label { depth: index }
        }
    }

    /// Whether a branch to `index` needs copies for its values (they are not yet in place).
    fn needs_copies(&self, index: usize) -> bool {
        let control = &self.controls[index];
        let arity = control.label_arity();
        let len = self.stack.len();
        (0..arity).any(|i| {
            let pos = len - arity + i;
            !(self.stack[pos] == Operand::Temp && pos == control.height + i)
        })
    }

    /// Copies the top values into the label's slots and emits the jump.
    fn emit_jump(&mut self, index: usize) {
        let (arity, height) = (self.controls[index].label_arity(), self.controls[index].height);
        let len = self.stack.len();
        if arity >= SPAN_MIN {
            // Materialized (by the caller when this is one arm of a conditional branch).
            self.materialize_top(arity);
            let (dst, src) = (self.slot(height), self.slot(len - arity));
            if src != dst {
                self.emit(Op::CopySpan { dst, src, len: arity as Reg });
            }
            let at = self.emit(Op::Br { target: 0 });
            self.link(at, index);
            return;
        }
        for i in 0..arity {
            let pos = len - arity + i;
            let dst = self.slot(height + i);
            self.copy_operand(dst, self.stack[pos], pos);
        }
        // A copy just before the jump (a branch value or a loop variable) travels with it, unless
        // a label lies between them.
        let at = match self.code.last() {
            Some(&Op::Copy { dst, src }) if self.label_at != self.code.len() => {
                let at = self.code.len() - 1;
                self.code[at] = Op::CopyBr { dst, src, target: 0 };
                at
            }
            _ => self.emit(Op::Br { target: 0 }),
        };
        self.link(at, index);
    }

    /// Resolves branch `at` to label `index`: now for loops, at the end for blocks.
    fn link(&mut self, at: usize, index: usize) {
        if self.controls[index].kind == ControlKind::Loop {
            let start = self.controls[index].start;
            self.patch(at, start);
        } else {
            self.controls[index].end_patches.push(at);
        }
    }

    /// Sets the relative target of branch `at` so it lands on instruction `target`.
    pub(super) fn patch(&mut self, at: usize, target: usize) {
        if target == self.code.len() {
            self.label_at = target;
        }
        let delta = target as i64 - at as i64;
        if let Some(slot) = self.code[at].branch_target_mut() {
            *slot = delta as i32;
        }
    }

    pub(super) fn visit_br(&mut self, depth: u32) {
        match self.target(depth) {
            Target::Return => self.emit_return(),
            Target::Label { depth: index } => self.emit_jump(index),
        }
        self.reachable = false;
    }

    /// Values a branch to relative `depth` carries.
    fn branch_arity(&self, depth: u32) -> usize {
        let index = self.controls.len() - 1 - depth as usize;
        match self.controls[index].kind {
            ControlKind::Func => self.num_results,
            _ => self.controls[index].label_arity(),
        }
    }

    /// Before a conditional branch carrying many values: puts them in their own slots, so the
    /// taken path moves them with one `CopySpan` and the other paths see the same stack.
    /// `below` operands (the condition or index) sit above the values.
    fn materialize_span(&mut self, arity: usize, below: usize) {
        if arity >= SPAN_MIN {
            let top = self.stack.len() - below;
            for pos in top - arity..top {
                self.materialize(pos);
            }
        }
    }

    pub(super) fn visit_br_if(&mut self, depth: u32) {
        self.materialize_span(self.branch_arity(depth), 1);
        let (cond, pos) = self.pop();
        match self.target(depth) {
            Target::Label { depth: index } if !self.needs_copies(index) => {
                let at = self.emit_cond_branch(cond, pos, true);
                self.link(at, index);
            }
            target => {
                let skip = self.emit_cond_branch(cond, pos, false);
                match target {
                    Target::Return => self.emit_return(),
                    Target::Label { depth: index } => self.emit_jump(index),
                }
                self.patch(skip, self.code.len());
                // The not-taken path continues.
                self.reachable = true;
            }
        }
    }

    pub(super) fn visit_br_table(&mut self, targets: &wasmparser::BrTable<'_>) -> Result<(), crate::Error> {
        let depths = targets
            .targets()
            .chain(std::iter::once(Ok(targets.default())))
            .collect::<Result<SmallVec<[u32; 16]>, _>>()?;
        // Every target carries the same number of values (validation).
        if !matches!(self.stack.last(), Some(Operand::Const { .. })) {
            self.materialize_span(self.branch_arity(targets.default()), 1);
        }
        let (index, pos) = self.pop();
        let index = match index {
            Operand::Const { value, .. } => {
                // A constant index selects one target now.
                let i = (value as u32 as usize).min(depths.len() - 1);
                self.visit_br(depths[i]);
                return Ok(());
            }
            _ => {
                self.stack.push(index);
                let reg = self.reg_at(pos);
                self.stack.pop();
                reg
            }
        };
        let table = self.emit(Op::BrTable { index, len: depths.len() as u32 - 1 });
        let first = table + 1;
        for _ in &depths {
            self.emit(Op::Br { target: 0 });
        }
        // Targets that need copies (or a return) jump to a stub after the table, one stub per
        // distinct label (entries repeating a label share it).
        let mut stubs: hashbrown::HashMap<u32, usize> = hashbrown::HashMap::new();
        for (i, &depth) in depths.iter().enumerate() {
            if let Some(&stub) = stubs.get(&depth) {
                self.patch(first + i, stub);
                continue;
            }
            match self.target(depth) {
                Target::Label { depth: index } if !self.needs_copies(index) => self.link(first + i, index),
                Target::Label { depth: index } => {
                    let stub = self.code.len();
                    stubs.insert(depth, stub);
                    self.patch(first + i, stub);
                    self.emit_jump(index);
                }
                Target::Return => {
                    let stub = self.code.len();
                    stubs.insert(depth, stub);
                    self.patch(first + i, stub);
                    self.emit_return();
                }
            }
        }
        self.reachable = false;
        Ok(())
    }

    /// Emits the function's return with the top values as results.
    pub(super) fn emit_return(&mut self) {
        let n = self.num_results;
        let len = self.stack.len();
        match n {
            0 => {
                self.emit(Op::Return {});
            }
            1 => match self.stack[len - 1] {
                Operand::Const { value, .. } => {
                    self.emit(Op::ReturnImm { imm: value });
                }
                Operand::Local(src) => {
                    self.emit(Op::ReturnReg { src });
                }
                Operand::Temp => {
                    let mut src = self.slot(len - 1);
                    // Locals are dead at a return: let the producer write the result slot.
                    if let Some(at) = self.last_producer.filter(|&at| at + 1 == self.code.len())
                        && let Some(dst) = self.code[at].result_mut().filter(|dst| **dst == src)
                    {
                        *dst = 0;
                        src = 0;
                    }
                    self.emit(if src == 0 { Op::Return {} } else { Op::ReturnReg { src } });
                }
            },
            _ => {
                // Put every result in its own slot first, then move them down in ascending
                // order (each source slot is at or above its destination). The operand stack
                // is restored afterwards: this may be one arm of a conditional (br_if,
                // br_table), and the other paths did not run these copies.
                let saved: SmallVec<[Operand; 8]> = self.stack[len - n..].iter().copied().collect();
                self.materialize_top(n);
                if n >= SPAN_MIN {
                    let src = self.slot(len - n);
                    if src != 0 {
                        self.emit(Op::CopySpan { dst: 0, src, len: n as Reg });
                    }
                    self.emit(Op::Return {});
                    self.restore_top(len - n, &saved);
                    self.reachable = false;
                    return;
                }
                for i in 0..n {
                    let src = self.slot(len - n + i);
                    if src != i as Reg {
                        self.emit(Op::Copy { dst: i as Reg, src });
                    }
                }
                self.emit(Op::Return {});
                self.restore_top(len - n, &saved);
            }
        }
        self.reachable = false;
    }

    /// Emits a branch taken when `cond` is non-zero (`when_true`) or zero, fusing it with the
    /// compare that produced `cond` when that compare is the last instruction. Returns the
    /// branch's index, for patching.
    pub(super) fn emit_cond_branch(&mut self, cond: Operand, pos: usize, when_true: bool) -> usize {
        let fusable = self.take_fusable_compare(cond, pos);
        self.emit_cond_branch_with(cond, pos, when_true, fusable)
    }

    /// If `cond` was produced by a compare that is the last instruction and can be fused into a
    /// branch, removes that compare and returns it, with whether the branch must test the
    /// opposite (`compare; i32.eqz`: both instructions go).
    pub(super) fn take_fusable_compare(&mut self, cond: Operand, pos: usize) -> Option<(Op, bool)> {
        if cond != Operand::Temp {
            return None;
        }
        let slot = self.slot(pos);
        let at = self.last_producer.filter(|&at| at + 1 == self.code.len())?;
        let mut producer = self.code[at];
        if producer.result_mut().map(|d| *d) != Some(slot) {
            return None;
        }
        // `i32.eqz` of a compare whose result went only to the accumulator (nothing else reads
        // it): branch on the compare with the opposite sense. For floats that is the `Not`
        // form, so NaN still takes the right path.
        if let Op::I32EqzA { .. } = producer
            && at > 0
            && self.label_at != at
            && let Some(compare) = self.code[at - 1].compare_from_acc_result(slot)
        {
            self.code.truncate(at - 1);
            self.last_producer = None;
            return Some((compare, true));
        }
        fuse_compare(producer, true)?;
        self.code.pop();
        self.last_producer = None;
        Some((producer, false))
    }

    /// Emits the branch for `cond`, fused with `fusable` (from `take_fusable_compare`) if given.
    pub(super) fn emit_cond_branch_with(
        &mut self,
        cond: Operand,
        pos: usize,
        when_true: bool,
        fusable: Option<(Op, bool)>,
    ) -> usize {
        if let Some(fused) = fusable.and_then(|(cmp, negated)| fuse_compare(cmp, when_true != negated)) {
            return self.emit_branch(fused);
        }
        let cond = match cond {
            Operand::Local(x) => x,
            Operand::Temp => self.slot(pos),
            Operand::Const { value, .. } => {
                // A constant condition: an unconditional jump or nothing. Keep a branch so the
                // caller has something to patch: `BrIfNez` on a constant slot.
                let taken = (value as u32 != 0) == when_true;
                let dst = self.slot(pos);
                self.emit(Op::Const32 { dst, imm: taken as u32 });
                return self.emit(Op::BrIfNez { cond: dst, target: 0 });
            }
        };
        self.emit_branch(if when_true { Op::BrIfNez { cond, target: 0 } } else { Op::BrIfEqz { cond, target: 0 } })
    }

    /// Emits conditional branch `op`; when it tests the result of the add just before it (in
    /// the accumulator: `i += step; if i != n continue`), the two become one instruction.
    /// Returns the branch's index, for patching.
    fn emit_branch(&mut self, op: Op) -> usize {
        let at = self.emit(op);
        if at == 0 || self.label_at == at {
            return at;
        }
        match fuse_add_branch(self.code[at - 1], self.code[at]) {
            Some(fused) => {
                self.code.truncate(at - 1);
                self.code.push(fused);
                self.last_producer = None;
                at - 1
            }
            None => at,
        }
    }
}

/// An add (writing its slot and the accumulator) followed by a branch on the accumulator, as
/// one instruction.
fn fuse_add_branch(add: Op, branch: Op) -> Option<Op> {
    use Op::*;
    let small = |v: i32| v as i16 as i32 == v;
    // Per compare: the branch on a register and on an immediate, and the fused forms for an
    // add of a constant (compared with a register / a 16-bit immediate) and of a register.
    macro_rules! table {
        ($($branch:ident, $branch_imm:ident => $add_imm:ident, $add_imm_imm:ident, $add_reg:ident;)*) => {
            match (add, branch) {
                $(
                    (I32AddImm { dst, lhs, imm }, $branch { rhs, target }) => {
                        Some($add_imm { dst, lhs, imm, limit: rhs, target })
                    }
                    (I32AddImm { dst, lhs, imm }, $branch_imm { imm: limit, target }) if small(limit) => {
                        Some($add_imm_imm { dst, lhs, imm, limit: limit as i16, target })
                    }
                    (I32Add { dst, lhs, rhs }, $branch { rhs: limit, target }) => {
                        Some($add_reg { dst, lhs, rhs, limit, target })
                    }
                )*
                (I32AddImm { dst, lhs, imm }, BrIfNezA { target }) => Some(I32AddImmBrIfNez { dst, lhs, imm, target }),
                (I32AddImm { dst, lhs, imm }, BrIfEqzA { target }) => Some(I32AddImmBrIfEqz { dst, lhs, imm, target }),
                _ => None,
            }
        };
    }
    table! {
        BrIfI32EqA, BrIfI32EqImmA => I32AddImmBrIfEq, I32AddImmBrIfEqImm, I32AddBrIfEq;
        BrIfI32NeA, BrIfI32NeImmA => I32AddImmBrIfNe, I32AddImmBrIfNeImm, I32AddBrIfNe;
        BrIfI32LtSA, BrIfI32LtSImmA => I32AddImmBrIfLtS, I32AddImmBrIfLtSImm, I32AddBrIfLtS;
        BrIfI32LtUA, BrIfI32LtUImmA => I32AddImmBrIfLtU, I32AddImmBrIfLtUImm, I32AddBrIfLtU;
        BrIfI32GtSA, BrIfI32GtSImmA => I32AddImmBrIfGtS, I32AddImmBrIfGtSImm, I32AddBrIfGtS;
        BrIfI32GtUA, BrIfI32GtUImmA => I32AddImmBrIfGtU, I32AddImmBrIfGtUImm, I32AddBrIfGtU;
        BrIfI32LeSA, BrIfI32LeSImmA => I32AddImmBrIfLeS, I32AddImmBrIfLeSImm, I32AddBrIfLeS;
        BrIfI32LeUA, BrIfI32LeUImmA => I32AddImmBrIfLeU, I32AddImmBrIfLeUImm, I32AddBrIfLeU;
        BrIfI32GeSA, BrIfI32GeSImmA => I32AddImmBrIfGeS, I32AddImmBrIfGeSImm, I32AddBrIfGeS;
        BrIfI32GeUA, BrIfI32GeUImmA => I32AddImmBrIfGeU, I32AddImmBrIfGeUImm, I32AddBrIfGeU;
    }
}

/// The branch equivalent to "compare, then branch if the result is `when_true`".
fn fuse_compare(cmp: Op, when_true: bool) -> Option<Op> {
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
    macro_rules! pair_imm_a {
        ($imm:ident, $yes:ident, $no:ident) => {
            if when_true { $yes { imm: $imm, target } } else { $no { imm: $imm, target } }
        };
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
        I32LtS { lhs, rhs, .. } => pair!(lhs, rhs, BrIfI32LtS, BrIfI32GeS),
        I32LtU { lhs, rhs, .. } => pair!(lhs, rhs, BrIfI32LtU, BrIfI32GeU),
        I32GtS { lhs, rhs, .. } => pair!(lhs, rhs, BrIfI32GtS, BrIfI32LeS),
        I32GtU { lhs, rhs, .. } => pair!(lhs, rhs, BrIfI32GtU, BrIfI32LeU),
        I32LeS { lhs, rhs, .. } => pair!(lhs, rhs, BrIfI32LeS, BrIfI32GtS),
        I32LeU { lhs, rhs, .. } => pair!(lhs, rhs, BrIfI32LeU, BrIfI32GtU),
        I32GeS { lhs, rhs, .. } => pair!(lhs, rhs, BrIfI32GeS, BrIfI32LtS),
        I32GeU { lhs, rhs, .. } => pair!(lhs, rhs, BrIfI32GeU, BrIfI32LtU),
        I32EqImm { lhs, imm, .. } => pair_imm!(lhs, imm, BrIfI32EqImm, BrIfI32NeImm),
        I32NeImm { lhs, imm, .. } => pair_imm!(lhs, imm, BrIfI32NeImm, BrIfI32EqImm),
        I32LtSImm { lhs, imm, .. } => pair_imm!(lhs, imm, BrIfI32LtSImm, BrIfI32GeSImm),
        I32LtUImm { lhs, imm, .. } => pair_imm!(lhs, imm, BrIfI32LtUImm, BrIfI32GeUImm),
        I32GtSImm { lhs, imm, .. } => pair_imm!(lhs, imm, BrIfI32GtSImm, BrIfI32LeSImm),
        I32GtUImm { lhs, imm, .. } => pair_imm!(lhs, imm, BrIfI32GtUImm, BrIfI32LeUImm),
        I32LeSImm { lhs, imm, .. } => pair_imm!(lhs, imm, BrIfI32LeSImm, BrIfI32GtSImm),
        I32LeUImm { lhs, imm, .. } => pair_imm!(lhs, imm, BrIfI32LeUImm, BrIfI32GtUImm),
        I32GeSImm { lhs, imm, .. } => pair_imm!(lhs, imm, BrIfI32GeSImm, BrIfI32LtSImm),
        I32GeUImm { lhs, imm, .. } => pair_imm!(lhs, imm, BrIfI32GeUImm, BrIfI32LtUImm),
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
        I32LtSA { rhs, .. } => pair_a!(rhs, BrIfI32LtSA, BrIfI32GeSA),
        I32LtUA { rhs, .. } => pair_a!(rhs, BrIfI32LtUA, BrIfI32GeUA),
        I32GtSA { rhs, .. } => pair_a!(rhs, BrIfI32GtSA, BrIfI32LeSA),
        I32GtUA { rhs, .. } => pair_a!(rhs, BrIfI32GtUA, BrIfI32LeUA),
        I32LeSA { rhs, .. } => pair_a!(rhs, BrIfI32LeSA, BrIfI32GtSA),
        I32LeUA { rhs, .. } => pair_a!(rhs, BrIfI32LeUA, BrIfI32GtUA),
        I32GeSA { rhs, .. } => pair_a!(rhs, BrIfI32GeSA, BrIfI32LtSA),
        I32GeUA { rhs, .. } => pair_a!(rhs, BrIfI32GeUA, BrIfI32LtUA),
        I32EqImmA { imm, .. } => pair_imm_a!(imm, BrIfI32EqImmA, BrIfI32NeImmA),
        I32NeImmA { imm, .. } => pair_imm_a!(imm, BrIfI32NeImmA, BrIfI32EqImmA),
        I32LtSImmA { imm, .. } => pair_imm_a!(imm, BrIfI32LtSImmA, BrIfI32GeSImmA),
        I32LtUImmA { imm, .. } => pair_imm_a!(imm, BrIfI32LtUImmA, BrIfI32GeUImmA),
        I32GtSImmA { imm, .. } => pair_imm_a!(imm, BrIfI32GtSImmA, BrIfI32LeSImmA),
        I32GtUImmA { imm, .. } => pair_imm_a!(imm, BrIfI32GtUImmA, BrIfI32LeUImmA),
        I32LeSImmA { imm, .. } => pair_imm_a!(imm, BrIfI32LeSImmA, BrIfI32GtSImmA),
        I32LeUImmA { imm, .. } => pair_imm_a!(imm, BrIfI32LeUImmA, BrIfI32GtUImmA),
        I32GeSImmA { imm, .. } => pair_imm_a!(imm, BrIfI32GeSImmA, BrIfI32LtSImmA),
        I32GeUImmA { imm, .. } => pair_imm_a!(imm, BrIfI32GeUImmA, BrIfI32LtUImmA),
        I64Eq { lhs, rhs, .. } => pair!(lhs, rhs, BrIfI64Eq, BrIfI64Ne),
        I64EqImm { lhs, imm, .. } => pair_imm!(lhs, imm, BrIfI64EqImm, BrIfI64NeImm),
        I64EqA { rhs, .. } => pair_a!(rhs, BrIfI64EqA, BrIfI64NeA),
        I64EqImmA { imm, .. } => pair_imm_a!(imm, BrIfI64EqImmA, BrIfI64NeImmA),
        I64Ne { lhs, rhs, .. } => pair!(lhs, rhs, BrIfI64Ne, BrIfI64Eq),
        I64NeImm { lhs, imm, .. } => pair_imm!(lhs, imm, BrIfI64NeImm, BrIfI64EqImm),
        I64NeA { rhs, .. } => pair_a!(rhs, BrIfI64NeA, BrIfI64EqA),
        I64NeImmA { imm, .. } => pair_imm_a!(imm, BrIfI64NeImmA, BrIfI64EqImmA),
        I64LtS { lhs, rhs, .. } => pair!(lhs, rhs, BrIfI64LtS, BrIfI64GeS),
        I64LtSImm { lhs, imm, .. } => pair_imm!(lhs, imm, BrIfI64LtSImm, BrIfI64GeSImm),
        I64LtSA { rhs, .. } => pair_a!(rhs, BrIfI64LtSA, BrIfI64GeSA),
        I64LtSImmA { imm, .. } => pair_imm_a!(imm, BrIfI64LtSImmA, BrIfI64GeSImmA),
        I64LtU { lhs, rhs, .. } => pair!(lhs, rhs, BrIfI64LtU, BrIfI64GeU),
        I64LtUImm { lhs, imm, .. } => pair_imm!(lhs, imm, BrIfI64LtUImm, BrIfI64GeUImm),
        I64LtUA { rhs, .. } => pair_a!(rhs, BrIfI64LtUA, BrIfI64GeUA),
        I64LtUImmA { imm, .. } => pair_imm_a!(imm, BrIfI64LtUImmA, BrIfI64GeUImmA),
        I64GtS { lhs, rhs, .. } => pair!(lhs, rhs, BrIfI64GtS, BrIfI64LeS),
        I64GtSImm { lhs, imm, .. } => pair_imm!(lhs, imm, BrIfI64GtSImm, BrIfI64LeSImm),
        I64GtSA { rhs, .. } => pair_a!(rhs, BrIfI64GtSA, BrIfI64LeSA),
        I64GtSImmA { imm, .. } => pair_imm_a!(imm, BrIfI64GtSImmA, BrIfI64LeSImmA),
        I64GtU { lhs, rhs, .. } => pair!(lhs, rhs, BrIfI64GtU, BrIfI64LeU),
        I64GtUImm { lhs, imm, .. } => pair_imm!(lhs, imm, BrIfI64GtUImm, BrIfI64LeUImm),
        I64GtUA { rhs, .. } => pair_a!(rhs, BrIfI64GtUA, BrIfI64LeUA),
        I64GtUImmA { imm, .. } => pair_imm_a!(imm, BrIfI64GtUImmA, BrIfI64LeUImmA),
        I64LeS { lhs, rhs, .. } => pair!(lhs, rhs, BrIfI64LeS, BrIfI64GtS),
        I64LeSImm { lhs, imm, .. } => pair_imm!(lhs, imm, BrIfI64LeSImm, BrIfI64GtSImm),
        I64LeSA { rhs, .. } => pair_a!(rhs, BrIfI64LeSA, BrIfI64GtSA),
        I64LeSImmA { imm, .. } => pair_imm_a!(imm, BrIfI64LeSImmA, BrIfI64GtSImmA),
        I64LeU { lhs, rhs, .. } => pair!(lhs, rhs, BrIfI64LeU, BrIfI64GtU),
        I64LeUImm { lhs, imm, .. } => pair_imm!(lhs, imm, BrIfI64LeUImm, BrIfI64GtUImm),
        I64LeUA { rhs, .. } => pair_a!(rhs, BrIfI64LeUA, BrIfI64GtUA),
        I64LeUImmA { imm, .. } => pair_imm_a!(imm, BrIfI64LeUImmA, BrIfI64GtUImmA),
        I64GeS { lhs, rhs, .. } => pair!(lhs, rhs, BrIfI64GeS, BrIfI64LtS),
        I64GeSImm { lhs, imm, .. } => pair_imm!(lhs, imm, BrIfI64GeSImm, BrIfI64LtSImm),
        I64GeSA { rhs, .. } => pair_a!(rhs, BrIfI64GeSA, BrIfI64LtSA),
        I64GeSImmA { imm, .. } => pair_imm_a!(imm, BrIfI64GeSImmA, BrIfI64LtSImmA),
        I64GeU { lhs, rhs, .. } => pair!(lhs, rhs, BrIfI64GeU, BrIfI64LtU),
        I64GeUImm { lhs, imm, .. } => pair_imm!(lhs, imm, BrIfI64GeUImm, BrIfI64LtUImm),
        I64GeUA { rhs, .. } => pair_a!(rhs, BrIfI64GeUA, BrIfI64LtUA),
        I64GeUImmA { imm, .. } => pair_imm_a!(imm, BrIfI64GeUImmA, BrIfI64LtUImmA),
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
        F32LtImm { lhs, imm, .. } => pair_imm!(lhs, imm, BrIfF32LtImm, BrIfF32NotLtImm),
        F32LtImmA { imm, .. } => pair_imm_a!(imm, BrIfF32LtImmA, BrIfF32NotLtImmA),
        F32Gt { lhs, rhs, .. } => pair!(lhs, rhs, BrIfF32Gt, BrIfF32NotGt),
        F32GtA { rhs, .. } => pair_a!(rhs, BrIfF32GtA, BrIfF32NotGtA),
        F32GtImm { lhs, imm, .. } => pair_imm!(lhs, imm, BrIfF32GtImm, BrIfF32NotGtImm),
        F32GtImmA { imm, .. } => pair_imm_a!(imm, BrIfF32GtImmA, BrIfF32NotGtImmA),
        F32Le { lhs, rhs, .. } => pair!(lhs, rhs, BrIfF32Le, BrIfF32NotLe),
        F32LeA { rhs, .. } => pair_a!(rhs, BrIfF32LeA, BrIfF32NotLeA),
        F32LeImm { lhs, imm, .. } => pair_imm!(lhs, imm, BrIfF32LeImm, BrIfF32NotLeImm),
        F32LeImmA { imm, .. } => pair_imm_a!(imm, BrIfF32LeImmA, BrIfF32NotLeImmA),
        F32Ge { lhs, rhs, .. } => pair!(lhs, rhs, BrIfF32Ge, BrIfF32NotGe),
        F32GeA { rhs, .. } => pair_a!(rhs, BrIfF32GeA, BrIfF32NotGeA),
        F32GeImm { lhs, imm, .. } => pair_imm!(lhs, imm, BrIfF32GeImm, BrIfF32NotGeImm),
        F32GeImmA { imm, .. } => pair_imm_a!(imm, BrIfF32GeImmA, BrIfF32NotGeImmA),
        F64Eq { lhs, rhs, .. } => pair!(lhs, rhs, BrIfF64Eq, BrIfF64Ne),
        F64EqA { rhs, .. } => pair_a!(rhs, BrIfF64EqA, BrIfF64NeA),
        F64Ne { lhs, rhs, .. } => pair!(lhs, rhs, BrIfF64Ne, BrIfF64Eq),
        F64NeA { rhs, .. } => pair_a!(rhs, BrIfF64NeA, BrIfF64EqA),
        F64Lt { lhs, rhs, .. } => pair!(lhs, rhs, BrIfF64Lt, BrIfF64NotLt),
        F64LtA { rhs, .. } => pair_a!(rhs, BrIfF64LtA, BrIfF64NotLtA),
        F64Gt { lhs, rhs, .. } => pair!(lhs, rhs, BrIfF64Gt, BrIfF64NotGt),
        F64GtA { rhs, .. } => pair_a!(rhs, BrIfF64GtA, BrIfF64NotGtA),
        F64Le { lhs, rhs, .. } => pair!(lhs, rhs, BrIfF64Le, BrIfF64NotLe),
        F64LeA { rhs, .. } => pair_a!(rhs, BrIfF64LeA, BrIfF64NotLeA),
        F64Ge { lhs, rhs, .. } => pair!(lhs, rhs, BrIfF64Ge, BrIfF64NotGe),
        F64GeA { rhs, .. } => pair_a!(rhs, BrIfF64GeA, BrIfF64NotGeA),
        _ => return None,
    })
}
