//! Exception handling in the translator: `throw`, `throw_ref` and `try_table`, and the handler
//! table each function carries for the unwinder (`exec::unwind`).
//!
//! A `try_table` is a block whose code range (`TryRange`: instruction indices `start..end`)
//! has catch clauses. Each clause names its label as a branch would (relative to the labels
//! around the `try_table`) and is resolved the same way: the label's first slot (`dst`, where
//! the payload cells and then the `exnref` go, as a branch's values would) and its instruction
//! index (`target`: a loop's start now, a block's end when it is reached, and for the function
//! body a `Return` appended after the code). Nothing is emitted for a `try_table` itself, so
//! code that does not throw runs exactly as in a block.
//!
//! Ranges are kept in the order their `try_table`s open, so for any instruction the ranges
//! that contain it, last first, go from the innermost `try_table` outwards (`find_handler`,
//! which also follows a legacy `delegate`'s skip; the legacy `try` makes ranges too:
//! `legacy_exn`). A function with a handler range skips tail duplication, which would move
//! instructions out of their range.

use super::control::ControlKind;
use super::{FuncTranslator, ModuleEnv};
use crate::isa::{Op, Reg};

/// One `try_table`'s code range and clauses.
#[derive(Debug, Clone)]
pub(crate) struct TryRange {
    /// First instruction of the body.
    pub start: u32,
    /// One past its last instruction.
    pub end: u32,
    /// The clauses, in order (the first that matches catches).
    pub clauses: Vec<CatchClause>,
    /// A legacy `try ... delegate`'s range (no clauses): an exception thrown inside it is
    /// handled only by the ranges before this index (those around the delegate's target label;
    /// none for the function's label). `None` for every other range.
    pub delegate: Option<u32>,
}

/// The clause that catches an exception thrown at instruction `offset` of a function with
/// handler table `handlers`, `catches` telling whether a clause's tag (module index, `None` for
/// a catch-all) matches the exception: the first matching clause of the innermost range that
/// contains `offset` and has one, skipping the ranges a delegate passes over.
pub(crate) fn find_handler(
    handlers: &[TryRange],
    offset: u32,
    catches: impl Fn(Option<u32>) -> bool,
) -> Option<CatchClause> {
    let mut limit = handlers.len();
    while let Some(i) = handlers[..limit].iter().rposition(|r| (r.start..r.end).contains(&offset)) {
        let range = &handlers[i];
        if let Some(clause) = range.clauses.iter().find(|c| catches(c.tag)) {
            return Some(*clause);
        }
        // A delegate's target was opened before it, so its limit is below `i`.
        limit = range.delegate.map_or(i, |outer| (outer as usize).min(i));
    }
    None
}

/// One catch clause.
#[derive(Debug, Clone, Copy)]
pub(crate) struct CatchClause {
    /// The tag (module index) it catches, `None` for `catch_all`/`catch_all_ref`.
    pub tag: Option<u32>,
    /// Whether the `exnref` is delivered after the payload (`catch_ref`, `catch_all_ref`).
    pub with_ref: bool,
    /// The label's first slot: the payload cells go to `r[dst..]`, then the `exnref`.
    pub dst: Reg,
    /// The instruction index where the label continues.
    pub target: u32,
}

/// Where a clause's target is resolved.
#[derive(Debug, Clone, Copy)]
pub(super) enum Pending {
    /// At the end of the block at this control index.
    End(usize),
    /// At the `Return` appended after the function's code.
    Return,
}

impl FuncTranslator {
    /// `throw tag`: the payload (the top values) goes to its own slots, then `Throw`.
    pub(super) fn visit_throw(&mut self, env: &ModuleEnv, tag: u32) {
        let ty = &env.types[env.tag_types[tag as usize] as usize];
        let n = ty.params.len();
        self.materialize_top(n);
        let base = self.slot(self.stack.len() - n);
        self.emit(Op::Throw { tag, base });
        self.reachable = false;
    }

    /// `throw_ref`: rethrows the exception the top value refers to (traps on null).
    pub(super) fn visit_throw_ref(&mut self) {
        let src = self.reg_at(self.stack.len() - 1);
        self.emit(Op::ThrowRef { src });
        self.reachable = false;
    }

    /// `try_table`: resolves the clauses against the labels around it, then opens a block whose
    /// code range they cover.
    pub(super) fn visit_try_table(&mut self, env: &ModuleEnv, try_table: wasmparser::TryTable) {
        let mut clauses = Vec::with_capacity(try_table.catches.len());
        let mut pending = Vec::with_capacity(try_table.catches.len());
        for catch in try_table.catches {
            use wasmparser::Catch as C;
            let (tag, label, with_ref) = match catch {
                C::One { tag, label } => (Some(tag), label, false),
                C::OneRef { tag, label } => (Some(tag), label, true),
                C::All { label } => (None, label, false),
                C::AllRef { label } => (None, label, true),
            };
            let index = self.controls.len() - 1 - label as usize;
            let (kind, height, start) = {
                let c = &self.controls[index];
                (c.kind, c.height, c.start)
            };
            let (dst, target) = match kind {
                ControlKind::Func => (0, None),
                ControlKind::Loop => (self.slot(height), Some(start as u32)),
                _ => {
                    self.controls[index].branched_to = true;
                    (self.slot(height), None)
                }
            };
            if target.is_none() {
                let at = if kind == ControlKind::Func { Pending::Return } else { Pending::End(index) };
                pending.push((at, clauses.len()));
            }
            // The label's slots must be inside the frame even if nothing else reaches them.
            let payload = tag.map_or(0, |t| env.types[env.tag_types[t as usize] as usize].param_cells());
            let end = dst as usize + payload + with_ref as usize;
            self.max_height = self.max_height.max(end.saturating_sub(self.num_locals));
            clauses.push(CatchClause { tag, with_ref, dst, target: target.unwrap_or(0) });
        }
        self.enter_block(ControlKind::Block, Self::block_arity(env, try_table.ty), None);
        let range = self.open_range(clauses);
        for (at, clause) in pending {
            self.pending_catches.push((at, range, clause));
        }
    }

    /// Opens the handler range of the block just entered (a `try_table` or a legacy `try`),
    /// with these clauses; returns its index. It covers the block's code until the block's
    /// `end` (`close_catches`), or a legacy `try`'s first `catch`.
    pub(super) fn open_range(&mut self, clauses: Vec<CatchClause>) -> usize {
        let range = self.handlers.len();
        let start = self.code.len() as u32;
        self.handlers.push(TryRange { start, end: start, clauses, delegate: None });
        let control = self.controls.len() - 1;
        self.open_tries.push((control, range));
        // An exception delegated to this block's label is handled by its own range too.
        self.controls[control].ranges_in_scope = self.handlers.len() as u32;
        range
    }

    /// At the `end` of the block at control index `index` (already popped), code index `here`:
    /// closes its `try_table` range if it is one, and resolves the clauses that land here.
    pub(super) fn close_catches(&mut self, index: usize, here: usize) {
        if let Some(&(control, range)) = self.open_tries.last()
            && control == index
        {
            self.open_tries.pop();
            self.handlers[range].end = here as u32;
            // Nothing after the range merges into an instruction inside it.
            self.label_at = here;
            self.last_producer = None;
        }
        let mut i = 0;
        while i < self.pending_catches.len() {
            match self.pending_catches[i] {
                (Pending::End(control), range, clause) if control == index => {
                    self.handlers[range].clauses[clause].target = here as u32;
                    self.label_at = here;
                    self.pending_catches.swap_remove(i);
                }
                _ => i += 1,
            }
        }
    }

    /// After the function's code: the `Return` that clauses targeting the function body land
    /// on (their values are already in `r[0..]`).
    pub(super) fn finish_catches(&mut self) {
        if self.pending_catches.is_empty() {
            return;
        }
        let at = self.code.len() as u32;
        self.code.push(Op::Return {});
        for (pending, range, clause) in self.pending_catches.drain(..) {
            debug_assert!(matches!(pending, Pending::Return), "every block's end was reached");
            self.handlers[range].clauses[clause].target = at;
        }
    }
}
