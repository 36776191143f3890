//! The legacy exception-handling encoding (`try`, `catch`, `catch_all`, `rethrow`, `delegate`,
//! which many deployed binaries still use), lowered onto the handler ranges of `try_table`
//! (`exn`): the only thing the unwinder learns for it is a delegate's skip
//! (`exn::find_handler`).
//!
//! A `try` is a block whose body, up to its first `catch`/`catch_all`, is a handler range. Each
//! `catch tag`/`catch_all` adds a clause to that range whose target is the clause's landing
//! code, placed right after the previous body (which, when it falls through, moves its results
//! to the label's slots and jumps to the `end`). So the try's clauses do not cover its catch
//! bodies. Unlike a `try_table` clause, a catch body runs inside the try's label, with the
//! operand stack reset to the try's height `h`:
//!
//! - Stack position `h` is a hidden operand holding the caught exception's `exnref`; the payload
//!   sits above it, then whatever the body pushes. The unwinder writes the payload to the slots
//!   from `h + 1` and the `exnref` after it (a `catch_ref` clause), and the landing `Copy` moves
//!   the `exnref` down to `h`. Being an operand slot below everything the body pushes, it
//!   survives calls (a callee's frame starts at its arguments, above the caller's live values).
//! - `rethrow n` is `throw_ref` of the hidden slot of the catch body `n` labels out: the same
//!   exception object, so its identity is kept.
//! - A catch body that never rethrows needs no reference: its clause skips the landing `Copy`
//!   and asks for no `exnref`, so the exception object is reclaimed as after a `try_table`'s
//!   `catch` (`runtime::exn`).
//! - Where a catch body ends (falling through to the `end` or to the next clause), its results
//!   move down one cell, over the hidden slot, into the label's slots.
//!
//! `try ... delegate l` is a range without clauses that redirects the search: an exception
//! thrown inside it is handled as if thrown inside label `l`'s block, i.e. by the ranges opened
//! up to and including that block's own (`Control::ranges_in_scope`; of those, the ones that
//! contain the throwing instruction are exactly the handlers active inside the block: a `try`
//! whose catch body holds the block no longer covers it). For the function's label that is no
//! range: the exception goes to the caller.

use super::control::{ControlKind, SPAN_MIN, Widths};
use super::exn::CatchClause;
use super::stack::{Operand, copy_op};
use super::{FuncTranslator, ModuleEnv};
use crate::isa::{Op, Reg};

/// The state of a legacy `try` inside one of its catch bodies.
#[derive(Debug, Clone, Copy)]
pub(super) struct CatchBody {
    /// The try's handler range.
    range: u32,
    /// The clause this body belongs to.
    clause: u32,
    /// Some `rethrow` reads the hidden slot, so the clause must deliver the `exnref`.
    rethrown: bool,
}

impl FuncTranslator {
    /// `try bt`: a block whose code is covered by a handler range (clauses come with `catch`).
    pub(super) fn visit_try(&mut self, env: &ModuleEnv, blockty: wasmparser::BlockType) {
        self.enter_block(ControlKind::Block, Self::block_arity(env, blockty), None);
        self.open_range(Vec::new());
    }

    /// `catch tag` (`Some`) or `catch_all`: ends the try body or the previous catch body, then
    /// starts this clause's body at its landing code.
    pub(super) fn visit_catch(&mut self, env: &ModuleEnv, tag: Option<u32>) {
        if self.dead_depth > 0 {
            return;
        }
        self.last_producer = None;
        let index = self.controls.len() - 1;
        let range = match self.controls[index].catch.take() {
            None => {
                // The first clause: the try body (the innermost open range) ends here.
                if self.reachable {
                    self.fall_to_end(index);
                }
                // Always there: a try's range stays open until its first clause.
                let Some((control, range)) = self.open_tries.pop() else { return };
                debug_assert_eq!(control, index, "the try is the innermost open range");
                self.handlers[range].end = self.code.len() as u32;
                range
            }
            Some(body) => {
                if self.reachable {
                    self.move_results_down(index);
                    self.fall_to_end(index);
                }
                self.finish_clause(body);
                body.range as usize
            }
        };
        let here = self.code.len();
        let height = self.controls[index].height;
        self.stack.truncate(height);
        self.push_wide(Operand::Temp, 1);
        let hidden = self.slot(height);
        let params: Widths = match tag {
            Some(t) => env.types[env.tag_types[t as usize] as usize].params.iter().map(|t| t.cells() as u8).collect(),
            None => Widths::new(),
        };
        for &w in &params {
            self.push_wide(Operand::Temp, w as usize);
        }
        // The unwinder writes the `exnref` after the payload: the frame must hold that cell.
        let exnref = self.num_locals + self.stack.cells();
        if exnref > Reg::MAX as usize - 1 {
            self.too_large = true;
            return;
        }
        self.max_height = self.max_height.max(self.stack.cells() + 1);
        let clauses = &mut self.handlers[range].clauses;
        let clause = clauses.len() as u32;
        clauses.push(CatchClause { tag, with_ref: true, dst: hidden + 1, target: here as u32 });
        self.code.push(Op::Copy { dst: hidden, src: exnref as Reg });
        // Both the `Copy` and the instruction after it are landing points.
        self.label_at = self.code.len();
        self.controls[index].catch = Some(CatchBody { range: range as u32, clause, rethrown: false });
        self.reachable = true;
    }

    /// At the `end` of a legacy `try` in a catch body (`control::visit_end`, reachable code):
    /// puts the body's results in the label's slots and settles its clause. Nothing for any
    /// other block.
    pub(super) fn leave_catch_body(&mut self) {
        let index = self.controls.len() - 1;
        let Some(body) = self.controls[index].catch.take() else { return };
        if self.reachable {
            self.move_results_down(index);
        }
        self.finish_clause(body);
    }

    /// `rethrow depth`: throws again the exception the catch body `depth` labels out caught.
    pub(super) fn visit_rethrow(&mut self, depth: u32) {
        let index = self.controls.len() - 1 - depth as usize;
        let height = self.controls[index].height;
        match self.controls[index].catch.as_mut() {
            Some(body) => {
                body.rethrown = true;
                let src = self.slot(height);
                self.emit(Op::ThrowRef { src });
            }
            None => {
                // Validation allows `rethrow` only to a catch body's label; trap otherwise.
                self.emit(Op::Unreachable {});
            }
        }
        self.reachable = false;
    }

    /// `delegate depth`: ends the try (its body is a range without clauses) and makes the
    /// exceptions thrown in it be handled by the ranges in scope at label `depth` (counted from
    /// outside the try).
    pub(super) fn visit_delegate(&mut self, depth: u32) {
        if self.dead_depth > 0 {
            self.visit_end();
            return;
        }
        let index = self.controls.len() - 1;
        let range = self.open_tries.last().filter(|&&(control, _)| control == index).map(|&(_, range)| range);
        self.visit_end();
        let target = self.controls.len() - 1 - depth as usize;
        // The function's label has none in scope: the caller's handlers apply.
        let outer = self.controls[target].ranges_in_scope;
        if let Some(range) = range {
            self.handlers[range].delegate = Some(outer);
        }
    }

    /// The end of the try body or of a catch body, reachable: the results (in the label's
    /// slots) go to the try's `end`.
    fn fall_to_end(&mut self, index: usize) {
        let results = self.controls[index].results;
        self.materialize_top(results);
        let br = self.emit(Op::Br { target: 0 });
        self.controls[index].end_patches.push(br);
        self.controls[index].branched_to = true;
    }

    /// At the reachable end of a catch body (the stack: the hidden slot at the try's height,
    /// then the results): moves the results down over the hidden slot, into the label's slots.
    fn move_results_down(&mut self, index: usize) {
        let (height, n) = (self.controls[index].height, self.controls[index].results);
        self.materialize_top(n);
        let len = self.stack.len();
        debug_assert_eq!(len, height + 1 + n, "the hidden slot and the results");
        let dst = self.slot(height);
        let values_base = self.stack.base(len - n);
        if n >= SPAN_MIN {
            let cells = self.stack.cells() - values_base;
            self.emit(Op::CopySpan { dst, src: dst + 1, len: cells as Reg });
        } else {
            for pos in len - n..len {
                let src = self.slot(pos);
                let to = (dst as usize + self.stack.base(pos) - values_base) as Reg;
                self.emit(copy_op(to, src, self.stack.width(pos)));
            }
        }
        let widths: Widths = (len - n..len).map(|pos| self.stack.width(pos) as u8).collect();
        self.stack.truncate(height);
        for w in widths {
            self.push_wide(Operand::Temp, w as usize);
        }
        self.last_producer = None;
    }

    /// A catch body is complete: if nothing rethrows its exception, its clause needs no
    /// `exnref` and lands after the `Copy` that would keep it.
    fn finish_clause(&mut self, body: CatchBody) {
        if !body.rethrown {
            let clause = &mut self.handlers[body.range as usize].clauses[body.clause as usize];
            clause.with_ref = false;
            clause.target += 1;
        }
    }
}
