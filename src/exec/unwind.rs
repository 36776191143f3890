//! The unwinder: where a thrown exception continues. It runs only on the exception path
//! (`throw`, `throw_ref` and a host call that failed with an exception are `slow` ops or the
//! error path of a call, so the loop backend runs them), never on a normal call, return or
//! branch.
//!
//! It walks the activations of the run from the innermost: the running function at `pc`,
//! then each suspended caller at its call instruction (`ret_pc - 1`). In each it looks up the
//! function's handler table (`translate::TryRange`, recorded at translation): the ranges that
//! contain the instruction, innermost first (a legacy `delegate` skips some:
//! `translate::find_handler`), and in each the first clause whose tag is the exception's (tags
//! of the clause's instance, compared by store index) or that catches all.
//! The payload cells (and the `exnref` for `catch_ref`/`catch_all_ref`) go to the clause's
//! label slots in that activation's frame, the frames above it are dropped, and execution
//! continues at the clause's target with that function, instance and frame. No handler: the
//! run ends with an uncaught-exception trap that carries the exception, which a host function
//! on the way out passes to its own caller's run (a `call!` error path calls `throw` again
//! there), so an exception crosses host frames and instances.

use super::Ctx;
use crate::error::{Trap, TrapCode};
use crate::isa::Instr;
use crate::runtime::{Exn, FuncEntity, StoreInner as Store};
use crate::translate::find_handler;

/// Makes the exception `throw tag` raises in the current instance, its payload the tag's
/// parameter cells at `payload`; its store index. May collect unreachable exceptions first.
///
/// # Safety
/// `payload` points at as many cells as the tag's payload inside the running frame (the
/// translator puts them at `r[base..]`; validation fixes their types).
pub(crate) unsafe fn new_exception(ctx: &mut Ctx, tag: u32, payload: *const u64) -> Result<u32, TrapCode> {
    // SAFETY: `ctx.store` is the live store of this run.
    let store = unsafe { &mut *ctx.store };
    let tag = store.instances[ctx.inst as usize].tags[tag as usize];
    let cells = store.tags[tag as usize].cells as usize;
    // SAFETY: per the function contract.
    let payload = unsafe { std::slice::from_raw_parts(payload, cells) };
    // The throw's operands are the top of the running function's operand stack: no live cell
    // of this run lies above them (what the collector scans, `runtime::exn_gc`).
    store.new_exn(tag, payload, Some(payload.as_ptr_range().end))
}

/// The store index of the exception a host function failed with, if `trap` is one of this
/// store's exceptions.
pub(crate) fn host_exception(store: &Store, trap: &Trap) -> Option<u32> {
    match trap.exception {
        Some(exn) if trap.code == TrapCode::UncaughtException => exn.index_in(store).ok().map(|i| i as u32),
        _ => None,
    }
}

/// Throws exception `exn` (a store index) at instruction `pc` of the running function, whose
/// frame is at `fp`; with `skip_current` the running function's own handlers do not apply (the
/// exception comes from a host function it tail-called: its activation is already gone).
/// Returns where to continue (the handler's instruction and frame; `ctx`'s current function,
/// instance and call stack are set for it, memory 0 must be re-read), or the uncaught-exception
/// trap.
///
/// # Safety
/// `pc` is an instruction of the running function's code and `fp` its frame, as set up by
/// `exec::run`; `exn` is an exception of the store.
pub(crate) unsafe fn throw(
    ctx: &mut Ctx,
    exn: u32,
    pc: *const Instr,
    fp: *mut u64,
    skip_current: bool,
) -> Result<(*const Instr, *mut u64), Trap> {
    // SAFETY: `ctx.store` is the live store of this run.
    let store = unsafe { &mut *ctx.store };
    let tag = store.exns[exn as usize].tag;
    let frames = ctx.frames();
    let depth = frames.len();
    let found = (skip_current as usize..=depth).find_map(|level| {
        // Level 0 is the running function; level k the k-th suspended caller from the top.
        let (func, at, frame_fp, inst) = if level == 0 {
            (ctx.cur_func, pc, fp, ctx.inst)
        } else {
            let f = &frames[depth - level];
            let ret: *const Instr = std::ptr::with_exposed_provenance(f.ret_pc);
            (f.func, ret.wrapping_sub(1), std::ptr::with_exposed_provenance_mut::<u64>(f.fp), f.instance)
        };
        let FuncEntity::Wasm { module, index, .. } = &store.funcs[func as usize] else { return None };
        let code = module.funcs[*index as usize].compiled.get()?;
        if code.handlers.is_empty() {
            return None;
        }
        // SAFETY: `at` is an instruction of this activation's code: the current pc, or the
        // call instruction just before a suspended caller's return address.
        let offset = unsafe { at.offset_from(code.code.as_ptr()) } as u32;
        let tags = &store.instances[inst as usize].tags;
        let clause = find_handler(&code.handlers, offset, |t| t.is_none_or(|t| tags[t as usize] == tag))?;
        Some((level, func, inst, frame_fp, code.code.as_ptr(), clause))
    });
    let Some((level, func, inst, frame_fp, code, clause)) = found else {
        // The host gets it (in the trap): rooted until it unroots it.
        let entity = &mut store.exns[exn as usize];
        entity.exposed = true;
        entity.rooted.set(true);
        let name = &store.tags[entity.tag as usize].name;
        let mut trap = super::make_trap(store, ctx.frames(), ctx.cur_func, TrapCode::UncaughtException);
        trap.detail = format!("uncaught exception (tag `{name}`)");
        trap.exception = Some(Exn::at(store, exn));
        return Err(trap);
    };
    // Deliver the values to the label's slots, as a branch would.
    let payload_len = if clause.tag.is_some() { store.exns[exn as usize].payload.len() } else { 0 };
    let needed = clause.dst as usize + payload_len + clause.with_ref as usize;
    // SAFETY: `frame_fp` is the frame of a live activation, inside the value stack.
    if unsafe { ctx.stack_end.offset_from(frame_fp) } < needed as isize {
        // The translator sizes frames to hold every clause's label slots; this cannot happen.
        return Err(Trap::host("exception handler outside its frame"));
    }
    // SAFETY: checked just above: `frame_fp + needed` is inside the value stack.
    unsafe {
        let dst = frame_fp.add(clause.dst as usize);
        if clause.tag.is_some() {
            let payload = &store.exns[exn as usize].payload;
            std::ptr::copy_nonoverlapping(payload.as_ptr(), dst, payload.len());
        }
        if clause.with_ref {
            *dst.add(payload_len) = store.exn_ref(exn);
        } else {
            store.caught_exn(exn);
        }
    }
    // Drop the activations above the handler's.
    // SAFETY: `depth - level` of the `depth` suspended callers stay.
    ctx.frame_top = unsafe { ctx.frames_base.add(depth - level) };
    ctx.cur_func = func;
    if inst != ctx.inst {
        ctx.set_instance(store, inst);
    }
    // SAFETY: the translator resolved every clause's target inside the function's code.
    Ok((unsafe { code.add(clause.target as usize) }, frame_fp))
}
