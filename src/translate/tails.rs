//! Tail duplication, the one pass over a function's finished bytecode: an unconditional `Br`
//! to a short tail that ends the path (a `Br`, `CopyBr`, `I32AddImmBr`, `CopyAddImmBr` or return within a few instructions,
//! conditional branches allowed on the way) is replaced by a copy of that tail. The jump and one dispatch disappear from every pass through it:
//! `switch` cases that jump to a shared `pc++; continue`, `if` arms that jump over the `else`
//! to a loop's back edge, jumps to jumps.
//!
//! Safe with the accumulator: a branch target is a label, and no instruction reads the
//! accumulator across a label, so the copy's first instruction does not read it either; the
//! copy itself is the same sequence, and the instruction after the replaced `Br` was reachable
//! only by a branch. `BrTable` entries are never replaced (they must stay one `Br` each).

use crate::isa::Op;

/// Longest tail copied, its final jump or return included.
const MAX_TAIL: usize = 4;

/// Whether `op` ends a path: nothing after it runs unless branched to.
fn ends_path(op: &Op) -> bool {
    matches!(
        op,
        Op::Br { .. }
            | Op::CopyBr { .. }
            | Op::I32AddImmBr { .. }
            | Op::CopyAddImmBr { .. }
            | Op::Return {}
            | Op::ReturnReg { .. }
            | Op::ReturnImm { .. }
    )
}

/// Whether execution can go on to the next instruction after `op`: anything but a path end
/// or a `BrTable` (conditional branches included: their targets are retargeted in a copy).
fn continues(op: &Op) -> bool {
    !ends_path(op) && op.table_len().is_none()
}

/// The absolute target of branch `op` at index `at`, if it is a branch.
fn target(op: &Op, at: usize) -> Option<usize> {
    let mut op = *op;
    op.branch_target_mut().map(|off| (at as i64 + *off as i64) as usize)
}

/// The tail starting at `start` (`start..=end`), if an instruction that ends the path comes
/// within `MAX_TAIL` instructions, with no `BrTable` before it.
fn tail_at(code: &[Op], start: usize) -> Option<usize> {
    (start..code.len().min(start + MAX_TAIL)).find(|&i| !continues(&code[i])).filter(|&end| ends_path(&code[end]))
}

/// Replaces jumps to short tails by copies of the tails (see the module docs).
pub(super) fn duplicate_short_tails(code: &mut Vec<Op>) {
    // `BrTable` entries stay in place.
    let mut table_entry = vec![false; code.len()];
    for (i, op) in code.iter().enumerate() {
        if let Some(len) = op.table_len() {
            for entry in table_entry.iter_mut().skip(i + 1).take(len as usize + 1) {
                *entry = true;
            }
        }
    }
    let mut copies: Vec<Option<(usize, usize)>> = vec![None; code.len()];
    let mut any = false;
    for (i, op) in code.iter().enumerate() {
        if let Op::Br { target } = *op
            && !table_entry[i]
        {
            let start = (i as i64 + target as i64) as usize;
            if let Some(end) = tail_at(code, start).filter(|&end| !(start..=end).contains(&i)) {
                copies[i] = Some((start, end));
                any = true;
            }
        }
    }
    if !any {
        return;
    }
    // New code, remembering for each instruction the old index its branch targets.
    let mut new_index = vec![0usize; code.len() + 1];
    let mut out: Vec<(Op, Option<usize>)> = Vec::with_capacity(code.len() + 16);
    for (i, op) in code.iter().enumerate() {
        new_index[i] = out.len();
        match copies[i] {
            Some((start, end)) => {
                for (j, op) in code.iter().enumerate().take(end + 1).skip(start) {
                    out.push((*op, target(op, j)));
                }
            }
            None => out.push((*op, target(op, i))),
        }
    }
    new_index[code.len()] = out.len();
    code.clear();
    for (at, (mut op, old_target)) in out.into_iter().enumerate() {
        if let (Some(&new), Some(slot)) = (old_target.and_then(|old| new_index.get(old)), op.branch_target_mut()) {
            *slot = (new as i64 - at as i64) as i32;
        }
        code.push(op);
    }
}
