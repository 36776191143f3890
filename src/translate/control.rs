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
use super::legacy_exn::CatchBody;
use super::peephole::{fuse_add_branch, fuse_compare};
use super::stack::{Operand, copy_op};
use crate::isa::{Op, Reg};
use smallvec::SmallVec;

/// The cell widths of a list of values (2 for a v128, else 1), e.g. a block's results.
pub(super) type Widths = SmallVec<[u8; 4]>;

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
    /// The cell width of each parameter and result.
    pub param_widths: Widths,
    pub result_widths: Widths,
    /// Loop: index of the first instruction of the body (the branch target).
    pub start: usize,
    /// Forward branches to this block's end, to patch.
    pub end_patches: SmallVec<[usize; 4]>,
    /// If: the conditional branch to the else arm (or the end), to patch.
    pub else_patch: Option<usize>,
    /// Some branch targets this label (so its end is reachable even if the body's end is not).
    pub branched_to: bool,
    /// How many of the function's handler ranges (the first ones) cover code inside this
    /// block: where an exception delegated to its label is looked for (`legacy_exn`).
    pub ranges_in_scope: u32,
    /// A legacy `try` in one of its `catch`/`catch_all` bodies (`legacy_exn`).
    pub catch: Option<CatchBody>,
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
        (param_widths, result_widths): (Widths, Widths),
        cond: Option<(Operand, usize)>,
    ) {
        let (params, results) = (param_widths.len(), result_widths.len());
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
            param_widths,
            result_widths,
            start: self.code.len(),
            end_patches: SmallVec::new(),
            else_patch: None,
            branched_to: false,
            ranges_in_scope: self.handlers.len() as u32,
            catch: None,
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
        let height = control.height;
        let widths = control.param_widths.clone();
        if let Some(at) = else_patch {
            self.patch(at, self.code.len());
        }
        self.stack.truncate(height);
        for w in widths {
            self.push_wide(Operand::Temp, w as usize);
        }
        self.reachable = true;
    }

    /// Handles `end`; returns true when it closed the function body.
    pub(super) fn visit_end(&mut self) -> bool {
        if self.dead_depth > 0 {
            self.dead_depth -= 1;
            return false;
        }
        self.leave_catch_body();
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
        self.close_catches(self.controls.len(), here);
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
        for &w in &control.result_widths {
            self.push_wide(Operand::Temp, w as usize);
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
            let cells = self.stack.cells() - self.stack.base(len - arity);
            if src != dst {
                self.emit(Op::CopySpan { dst, src, len: cells as Reg });
            }
            let at = self.emit(Op::Br { target: 0 });
            self.link(at, index);
            return;
        }
        // The label's slots start at its height's; each value's offset from there is the cells
        // of the values before it (the top `arity` values have the label's types).
        let first = self.slot(height) as usize;
        let values_base = self.stack.base(len - arity);
        for i in 0..arity {
            let pos = len - arity + i;
            let dst = (first + self.stack.base(pos) - values_base) as Reg;
            self.copy_operand(dst, self.stack[pos], pos, self.stack.width(pos));
        }
        // A copy just before the jump (a branch value or a loop variable) travels with it, unless
        // a label lies between them; so does an add of a constant (`pc += k; continue` in an
        // interpreter's dispatch loop).
        let at = match self.code.last() {
            Some(&Op::Copy { dst, src }) if self.label_at != self.code.len() => {
                let at = self.code.len() - 1;
                self.code[at] = Op::CopyBr { dst, src, target: 0 };
                at
            }
            Some(&Op::I32AddImm { dst, lhs, imm }) if self.label_at != self.code.len() => {
                let at = self.code.len() - 1;
                self.code[at] = Op::I32AddImmBr { dst, lhs, imm, target: 0 };
                self.last_producer = None;
                self.fuse_copy_into_add_jump(at)
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

    /// `br_on_null`: branches with the values below the reference when it is null; otherwise
    /// the reference stays on the stack.
    pub(super) fn visit_br_on_null(&mut self, depth: u32) {
        self.materialize_span(self.branch_arity(depth), 1);
        let src = self.reg_at(self.stack.len() - 1);
        let (reference, _) = self.pop();
        self.branch_on_ref(depth, src, true);
        // The slot of a temporary reference is above the label's and untouched by the branch.
        self.push(reference);
    }

    /// `br_on_non_null`: branches with the values and the reference (the label's last value)
    /// when it is not null; otherwise the (null) reference is dropped.
    pub(super) fn visit_br_on_non_null(&mut self, depth: u32) {
        self.materialize_span(self.branch_arity(depth), 0);
        let src = self.reg_at(self.stack.len() - 1);
        self.branch_on_ref(depth, src, false);
        self.stack.pop();
    }

    /// A conditional branch to relative `depth` taken when the reference cell `src` is null
    /// (`on_null`) or not null; the stack's top values are the label's. `src` is still live
    /// after the branch, so no accumulator form may take its place (a producer's `R` form
    /// would skip storing it).
    fn branch_on_ref(&mut self, depth: u32, src: Reg, on_null: bool) {
        self.last_producer = None;
        let test = |when_null: bool| {
            if when_null { Op::BrIfI64Eqz { cond: src, target: 0 } } else { Op::BrIfI64Nez { cond: src, target: 0 } }
        };
        match self.target(depth) {
            Target::Label { depth: index } if !self.needs_copies(index) => {
                let at = self.emit_branch(test(on_null));
                self.link(at, index);
            }
            target => {
                let skip = self.emit_branch(test(!on_null));
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
        let mut depths = targets
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
                self.stack.push(index, 1);
                let reg = self.reg_at(pos);
                self.stack.pop();
                reg
            }
        };
        let table = self.emit(Op::BrTable { index, len: depths.len() as u32 - 1 });
        let table = self.fuse_table_bias(table);
        let (table, front) = self.fuse_table_load(table);
        if front > 0 {
            // The bias moved into the table: its first entries are the indices it wrapped around.
            let default = targets.default();
            depths.insert_many(0, std::iter::repeat_n(default, front as usize));
        }
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
                Operand::Local(src) if self.stack.width(len - 1) == 1 => {
                    self.emit(Op::ReturnReg { src });
                }
                Operand::Local(src) => {
                    self.emit(Op::CopyV128 { dst: 0, src });
                    self.emit(Op::Return {});
                }
                Operand::Temp => {
                    let mut src = self.slot(len - 1);
                    // Locals are dead at a return: let the producer write the result slot.
                    if let Some(at) = self.producer_just_before()
                        && let Some(dst) = self.code[at].result_mut().filter(|dst| **dst == src)
                    {
                        *dst = 0;
                        src = 0;
                    }
                    if src != 0 && self.stack.width(len - 1) == 2 {
                        self.emit(Op::CopyV128 { dst: 0, src });
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
                let saved: SmallVec<[Operand; 8]> = self.stack.ops()[len - n..].iter().copied().collect();
                self.materialize_top(n);
                let results_base = self.stack.base(len - n);
                if n >= SPAN_MIN {
                    let src = self.slot(len - n);
                    let cells = self.stack.cells() - results_base;
                    if src != 0 {
                        self.emit(Op::CopySpan { dst: 0, src, len: cells as Reg });
                    }
                    self.emit(Op::Return {});
                    self.restore_top(len - n, &saved);
                    self.reachable = false;
                    return;
                }
                for i in 0..n {
                    let pos = len - n + i;
                    let src = self.slot(pos);
                    let dst = (self.stack.base(pos) - results_base) as Reg;
                    if src != dst {
                        self.emit(copy_op(dst, src, self.stack.width(pos)));
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
        let at = self.producer_just_before()?;
        let mut producer = self.code[at];
        if producer.result_mut().map(|d| *d) != Some(slot) {
            return None;
        }
        // `i32.eqz` of a compare whose result went only to the accumulator (nothing else reads
        // it): branch on the compare with the opposite sense. For floats that is the `Not`
        // form, so NaN still takes the right path.
        if let Op::I32EqzA { .. } = producer
            && self.joins(at)
            && let Some(compare) = self.code[at - 1].compare_from_acc_result(slot)
            && fuses_both_ways(compare)
        {
            self.code.truncate(at - 1);
            self.last_producer = None;
            return Some((compare, true));
        }
        if !fuses_both_ways(producer) {
            return None;
        }
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
        if !self.joins(at) {
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

/// Whether `compare` has a branch form for both senses (`emit_cond_branch_with` may ask for
/// either once the compare is gone): every compare but an integer compare with a constant at
/// the end of its range (`x <s i32::MIN`), which stays a compare and a branch on its result.
fn fuses_both_ways(compare: Op) -> bool {
    fuse_compare(compare, true).is_some() && fuse_compare(compare, false).is_some()
}
