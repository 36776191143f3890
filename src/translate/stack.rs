//! The compile-time operand stack. An entry names where a value is, without copying it:
//! a local's slot, a constant, or a temporary living at the slot of its stack height
//! (`num_locals + cells below it`: a v128 entry is two cells wide, every other one cell, so
//! for code without v128 the slot is `num_locals + position`). The one subtle invariant:
//! before a local is written, every pending `Local` entry naming it is copied out to its own
//! temporary slot.
//!
//! Finding those entries must not scan the whole stack (a tall stack and many writes would
//! make translation quadratic): `LocalReads` remembers, per local, the positions where it was
//! pushed, and the lowest position that may hold any `Local` entry.

use super::FuncTranslator;
use crate::isa::{Op, Reg};
use smallvec::SmallVec;

/// The operand stack: each entry's operand, and the frame cells the entries take up to it
/// (kept incrementally, so an entry's slot is one lookup).
#[derive(Debug, Default)]
pub(crate) struct OpStack {
    ops: Vec<Operand>,
    /// Per entry: the cells taken by the entries up to and including it.
    ends: Vec<u32>,
}

impl OpStack {
    pub(super) fn len(&self) -> usize {
        self.ops.len()
    }

    pub(super) fn clear(&mut self) {
        self.ops.clear();
        self.ends.clear();
    }

    /// Cells taken by the whole stack.
    pub(super) fn cells(&self) -> usize {
        self.ends.last().map_or(0, |&end| end as usize)
    }

    /// Cells taken by the entries below position `pos` (above the top: as if one-cell entries
    /// filled the gap).
    pub(super) fn base(&self, pos: usize) -> usize {
        match pos.checked_sub(1) {
            None => 0,
            Some(below) => match self.ends.get(below) {
                Some(&end) => end as usize,
                None => self.cells() + (pos - self.ops.len()),
            },
        }
    }

    /// Cells taken by the entry at `pos` (2 for a v128, else 1).
    pub(super) fn width(&self, pos: usize) -> usize {
        self.ends[pos] as usize - self.base(pos)
    }

    pub(super) fn push(&mut self, operand: Operand, width: usize) {
        let end = self.cells() as u32 + width as u32;
        self.ops.push(operand);
        self.ends.push(end);
    }

    pub(super) fn pop(&mut self) -> Option<Operand> {
        self.ends.pop();
        self.ops.pop()
    }

    pub(super) fn truncate(&mut self, len: usize) {
        self.ops.truncate(len);
        self.ends.truncate(len);
    }

    pub(super) fn last(&self) -> Option<&Operand> {
        self.ops.last()
    }

    pub(super) fn get(&self, pos: usize) -> Option<&Operand> {
        self.ops.get(pos)
    }

    /// The operands, bottom first.
    pub(super) fn ops(&self) -> &[Operand] {
        &self.ops
    }

    pub(super) fn ops_mut(&mut self) -> &mut [Operand] {
        &mut self.ops
    }
}

impl std::ops::Index<usize> for OpStack {
    type Output = Operand;
    fn index(&self, pos: usize) -> &Operand {
        &self.ops[pos]
    }
}

impl std::ops::IndexMut<usize> for OpStack {
    fn index_mut(&mut self, pos: usize) -> &mut Operand {
        &mut self.ops[pos]
    }
}

/// Where pending `Local` entries may be on the operand stack. A record can go stale (its
/// entry was popped or copied out, or the position now holds something else): users check
/// each one against the stack. Every `Local` entry on the stack has a record.
#[derive(Debug, Default)]
pub(super) struct LocalReads {
    /// Per local: positions where a `Local` entry naming it was pushed (stale ones included).
    positions: Vec<Vec<u32>>,
    /// Locals whose list may be non-empty.
    touched: Vec<Reg>,
    /// Every stack position below this one holds no `Local` entry.
    floor: usize,
}

impl LocalReads {
    /// Forgets everything (a new function).
    pub(super) fn clear(&mut self) {
        for x in self.touched.drain(..) {
            self.positions[x as usize].clear();
        }
        self.floor = 0;
    }

    fn record(&mut self, x: Reg, pos: usize) {
        let i = x as usize;
        if self.positions.len() <= i {
            self.positions.resize_with(i + 1, Vec::new);
        }
        if self.positions[i].is_empty() {
            self.touched.push(x);
        }
        self.positions[i].push(pos as u32);
        self.floor = self.floor.min(pos);
    }
}

/// Where an operand-stack value lives.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Operand {
    /// The value is the current content of this local.
    Local(Reg),
    /// The value is in the temporary slot of its stack position.
    Temp,
    /// A constant cell; `wide` selects a 64-bit pattern.
    Const { value: u64, wide: bool },
}

impl FuncTranslator {
    /// The frame slot of stack position `pos` (the first of its cells).
    pub(super) fn slot(&mut self, pos: usize) -> Reg {
        let slot = self.num_locals + self.stack.base(pos);
        if slot > Reg::MAX as usize - 1 {
            self.too_large = true;
            return 0;
        }
        slot as Reg
    }

    /// Pushes a one-cell temporary and returns its slot.
    pub(super) fn push_temp(&mut self) -> Reg {
        self.push_temp_wide(1)
    }

    /// Pushes a temporary `width` cells wide (2 for a v128) and returns its first slot.
    pub(super) fn push_temp_wide(&mut self, width: usize) -> Reg {
        self.stack.push(Operand::Temp, width);
        self.max_height = self.max_height.max(self.stack.cells());
        self.slot(self.stack.len() - 1)
    }

    /// Pushes a one-cell operand that names a value without a slot of its own.
    pub(super) fn push(&mut self, operand: Operand) {
        self.push_wide(operand, 1)
    }

    /// Pushes an operand `width` cells wide (a v128 local is two).
    pub(super) fn push_wide(&mut self, operand: Operand, width: usize) {
        if let Operand::Local(x) = operand {
            self.local_reads.record(x, self.stack.len());
        }
        self.stack.push(operand, width);
        self.max_height = self.max_height.max(self.stack.cells());
    }

    /// The register holding the value at stack position `pos`; a constant is first written
    /// to the position's own slot.
    pub(super) fn reg_at(&mut self, pos: usize) -> Reg {
        match self.stack[pos] {
            Operand::Local(x) => x,
            Operand::Temp => self.slot(pos),
            Operand::Const { value, wide } => {
                let dst = self.slot(pos);
                self.emit(const_op(dst, value, wide));
                self.stack[pos] = Operand::Temp;
                dst
            }
        }
    }

    /// Moves the value at `pos` into its own temporary slot.
    pub(super) fn materialize(&mut self, pos: usize) {
        match self.stack[pos] {
            Operand::Temp => {}
            Operand::Local(x) => {
                let dst = self.slot(pos);
                self.emit(copy_op(dst, x, self.stack.width(pos)));
                self.stack[pos] = Operand::Temp;
            }
            Operand::Const { .. } => {
                self.reg_at(pos);
            }
        }
    }

    /// Materializes the top `n` entries.
    pub(super) fn materialize_top(&mut self, n: usize) {
        let len = self.stack.len();
        for pos in len - n..len {
            self.materialize(pos);
        }
    }

    /// Copies out every pending read of a local, so locals may be written (block entries).
    pub(super) fn materialize_all_locals(&mut self) {
        for pos in self.local_reads.floor..self.stack.len() {
            if let Operand::Local(_) = self.stack[pos] {
                self.materialize(pos);
            }
        }
        self.local_reads.clear();
        self.local_reads.floor = self.stack.len();
    }

    /// Restores operands saved from the top of the stack (`pos..`), recording their reads.
    pub(super) fn restore_top(&mut self, pos: usize, saved: &[Operand]) {
        self.stack.ops_mut()[pos..pos + saved.len()].copy_from_slice(saved);
        for (i, operand) in saved.iter().enumerate() {
            if let Operand::Local(x) = *operand {
                self.local_reads.record(x, pos + i);
            }
        }
    }

    /// The stack positions that hold `Local(x)` now, ascending; forgets the stale records.
    fn pending_reads(&mut self, x: Reg) -> SmallVec<[u32; 4]> {
        let Some(list) = self.local_reads.positions.get_mut(x as usize) else { return SmallVec::new() };
        let stack = &self.stack;
        let mut live: SmallVec<[u32; 4]> =
            list.iter().copied().filter(|&p| stack.get(p as usize) == Some(&Operand::Local(x))).collect();
        live.sort_unstable();
        live.dedup();
        list.clear();
        list.extend_from_slice(&live);
        live
    }

    /// Whether some operand on the stack reads local `x`.
    pub(super) fn is_read(&mut self, x: Reg) -> bool {
        !self.pending_reads(x).is_empty()
    }

    /// Copies out pending reads of local `x` before it is overwritten.
    pub(super) fn preserve_local(&mut self, x: Reg) {
        for pos in self.pending_reads(x) {
            self.materialize(pos as usize);
        }
        if let Some(list) = self.local_reads.positions.get_mut(x as usize) {
            list.clear();
        }
    }

    /// Writes operand `value`, `width` cells wide, into register `dst` (no code if it is
    /// already there).
    pub(super) fn copy_operand(&mut self, dst: Reg, value: Operand, pos: usize, width: usize) {
        match value {
            Operand::Local(x) if x == dst => {}
            Operand::Local(src) => {
                self.emit(copy_op(dst, src, width));
            }
            Operand::Temp => {
                let src = self.slot(pos);
                if src != dst {
                    self.emit(copy_op(dst, src, width));
                }
            }
            Operand::Const { value: 0, .. } if self.zero_since_entry(dst) => {
                // The local still holds the zero `ZeroLocals` gave it. (Emitting would also have
                // ended the accumulator's validity; so does this.) `ZeroLocals` must keep
                // clearing it.
                self.zero_relied_on.push(dst);
                self.last_producer = None;
            }
            Operand::Const { value, wide } => {
                self.emit(const_op(dst, value, wide));
            }
        }
    }

    /// Whether local `dst` still holds the zero the function's `ZeroLocals` wrote: no loop has
    /// been entered (so every path here runs some of the code so far, in order) and that code
    /// is a short run of instructions that write other registers and of conditional branches.
    fn zero_since_entry(&self, dst: Reg) -> bool {
        const MAX_PROLOGUE: usize = 16;
        if !self.entry_path_only || self.code.len() > MAX_PROLOGUE {
            return false;
        }
        let Some(&Op::ZeroLocals { from, count }) = self.code.first() else { return false };
        if !(from as u32..from as u32 + count as u32).contains(&(dst as u32)) {
            return false;
        }
        self.code[1..].iter().all(|op| match *op {
            Op::GlobalSet { .. }
            | Op::GlobalSetA { .. }
            | Op::GlobalSetAddImm { .. }
            | Op::I32AddImmR { .. }
            | Op::I32AddImmAR { .. } => true,
            Op::Const32 { dst: d, .. }
            | Op::Const64 { dst: d, .. }
            | Op::Copy { dst: d, .. }
            | Op::GlobalGet { dst: d, .. }
            | Op::GlobalAddImm { dst: d, .. }
            | Op::I32AddImm { dst: d, .. }
            | Op::I32AddImmA { dst: d, .. } => d != dst,
            // Falling through a conditional branch keeps every register.
            _ => op.is_pure_conditional_branch(),
        })
    }

    /// Pops the top operand and returns it with its position.
    pub(super) fn pop(&mut self) -> (Operand, usize) {
        let operand = self.stack.pop().unwrap_or(Operand::Temp);
        (operand, self.stack.len())
    }
}

/// The instruction that copies a value `width` cells wide (a v128 is two).
pub(super) fn copy_op(dst: Reg, src: Reg, width: usize) -> Op {
    if width == 2 { Op::CopyV128 { dst, src } } else { Op::Copy { dst, src } }
}

/// The instruction that writes a constant cell.
pub(super) fn const_op(dst: Reg, value: u64, wide: bool) -> Op {
    if wide { Op::Const64 { dst, imm: value } } else { Op::Const32 { dst, imm: value as u32 } }
}
