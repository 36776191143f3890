//! The portable backend: one `loop { match }` over the instructions, expanded from the op list
//! in `ops`. It serves debug builds (where sibling calls are not guaranteed), platforms without
//! the threaded backend, and — one instruction at a time — the threaded backend's slow ops.

use super::{
    CallTarget, Ctx, Enter, Flow, Regs, call_host, compile, enter_local, enter_tail, enter_target, enter_wasm,
    make_trap, mem_view, move_args, resolve_target, result_count, tail_fits,
};
use crate::error::{Trap, TrapCode};
use crate::isa::Op;
use crate::numeric as num;
use crate::runtime::bulk;

/// Runs from `regs` until the outermost function returns (`Flow::Done`), or — with `ONE` — for
/// exactly one instruction (`Flow::Step` with the new registers).
///
/// # Safety
/// `regs` must describe a running function of `ctx` as set up by `exec::run` (see the SAFETY
/// note there): `pc` inside its code, `fp + frame_size` inside the value stack, `mem`/`mem_len`
/// memory 0 of `ctx.inst`.
// The `Not` float branches negate a compare on purpose (true for NaN).
#[allow(clippy::neg_cmp_op_on_partial_ord)]
pub(super) unsafe fn run_loop<const ONE: bool>(ctx: &mut Ctx, regs: Regs) -> Result<Flow, Trap> {
    let Regs { mut pc, mut fp, mut mem, mut mem_len, mut acc, mut facc, mut dacc } = regs;
    // SAFETY: the caller's contract; every register index is below the running function's
    // frame size (translator invariant) and every memory access is bounds-checked by the
    // `load!`/`store_mem!` macros before it happens.
    unsafe {
        loop {
            let op: Op = (*pc).op;
            #[cfg(feature = "profile-ops")]
            super::profile::record(&op);
            macro_rules! r {
                ($x:expr) => {
                    *fp.add($x as usize)
                };
            }
            macro_rules! regs {
                () => {
                    Regs { pc, fp, mem, mem_len, acc, facc, dacc }
                };
            }
            macro_rules! put {
                ($dst:expr, $v:expr) => {{
                    let v: u64 = $v;
                    r!($dst) = v;
                    acc = v;
                }};
            }
            macro_rules! acc {
                () => {
                    acc
                };
            }
            macro_rules! put_acc {
                ($v:expr) => {{
                    acc = $v;
                }};
            }
            macro_rules! facc {
                () => {
                    facc
                };
            }
            macro_rules! dacc {
                () => {
                    dacc
                };
            }
            macro_rules! put_f32 {
                ($dst:expr, $v:expr) => {{
                    let v: f32 = $v;
                    r!($dst) = v.to_bits() as u64;
                    facc = v;
                }};
            }
            macro_rules! put_f64 {
                ($dst:expr, $v:expr) => {{
                    let v: f64 = $v;
                    r!($dst) = v.to_bits();
                    dacc = v;
                }};
            }
            macro_rules! put_facc {
                ($v:expr) => {{
                    facc = $v;
                }};
            }
            macro_rules! put_dacc {
                ($v:expr) => {{
                    dacc = $v;
                }};
            }
            macro_rules! op_at {
                ($delta:expr) => {
                    (*pc.offset($delta)).op
                };
            }
            macro_rules! next {
                () => {{
                    pc = pc.add(1);
                    if ONE {
                        return Ok(Flow::Step(regs!()));
                    }
                    continue;
                }};
            }
            macro_rules! jump {
                ($delta:expr) => {{
                    pc = pc.offset($delta as isize);
                    if ONE {
                        return Ok(Flow::Step(regs!()));
                    }
                    continue;
                }};
            }
            macro_rules! jump_bytes {
                ($offset:expr) => {{
                    pc = pc.byte_offset($offset as isize);
                    if ONE {
                        return Ok(Flow::Step(regs!()));
                    }
                    continue;
                }};
            }
            macro_rules! br_if {
                ($cond:expr, $offset:expr) => {
                    if $cond {
                        jump!($offset)
                    }
                };
            }
            macro_rules! trap {
                ($code:expr) => {
                    return Err(make_trap(&*ctx.store, ctx.frames(), ctx.cur_func, $code))
                };
            }
            macro_rules! store {
                () => {
                    &mut *ctx.store
                };
            }
            // Throws exception `$exn` (a store index) from this instruction (`$skip`: not
            // through this function's own handlers) and continues at its handler.
            macro_rules! throw_exn {
                ($exn:expr, $skip:expr) => {{
                    let (to, to_fp) = super::unwind::throw(ctx, $exn, pc, fp, $skip)?;
                    pc = to;
                    fp = to_fp;
                    acc = 0;
                    refresh_mem!();
                    if ONE {
                        return Ok(Flow::Step(regs!()));
                    }
                    continue;
                }};
            }
            // Throws a new exception of tag `$tag` (module index), its payload at `r[$base..]`.
            macro_rules! throw_new {
                ($tag:expr, $base:expr) => {{
                    let exn = checked!(super::unwind::new_exception(ctx, $tag, fp.add($base as usize)));
                    throw_exn!(exn, false)
                }};
            }
            macro_rules! inst {
                () => {
                    ctx.inst
                };
            }
            macro_rules! inst_globals {
                () => {
                    ctx.globals
                };
            }
            macro_rules! table0 {
                () => {
                    ctx.table0
                };
            }
            macro_rules! interrupt_flag {
                () => {
                    ctx.interrupt
                };
            }
            macro_rules! mem_base {
                () => {
                    mem
                };
            }
            macro_rules! mem_len {
                () => {
                    mem_len
                };
            }
            macro_rules! refresh_mem {
                () => {
                    (mem, mem_len) = mem_view(&mut *ctx.store, ctx.inst)
                };
            }
            macro_rules! ret {
                () => {{
                    match ctx.pop_frame() {
                        None => return Ok(Flow::Done),
                        Some(f) => {
                            pc = std::ptr::with_exposed_provenance(f.ret_pc);
                            fp = std::ptr::with_exposed_provenance_mut(f.fp);
                            ctx.cur_func = f.func;
                            if f.instance != ctx.inst {
                                ctx.set_instance(&*ctx.store, f.instance);
                                refresh_mem!();
                            }
                        }
                    }
                    if ONE {
                        return Ok(Flow::Step(regs!()));
                    }
                    continue;
                }};
            }
            // Continues in a callee just entered (its frame pushed).
            macro_rules! run_callee {
                ($target:expr, $new_fp:expr) => {{
                    pc = $target;
                    fp = $new_fp;
                    if ONE {
                        return Ok(Flow::Step(regs!()));
                    }
                    continue;
                }};
            }
            macro_rules! call {
                ($callee:expr, $base:expr) => {{
                    let callee: u32 = $callee;
                    let new_fp = fp.add($base as usize);
                    match enter_wasm(ctx, callee, new_fp, pc.add(1), fp) {
                        Enter::Wasm { pc: target, switched } => {
                            if switched {
                                refresh_mem!();
                            }
                            run_callee!(target, new_fp)
                        }
                        Enter::Trap(code) => trap!(code),
                        Enter::Compile => {
                            if let Err(mut t) = compile(&*ctx.store, callee) {
                                t.backtrace = make_trap(&*ctx.store, ctx.frames(), ctx.cur_func, t.code).backtrace;
                                return Err(t);
                            }
                            // Run the same call again, now that the callee has code.
                            if ONE {
                                return Ok(Flow::Step(regs!()));
                            }
                            continue;
                        }
                        Enter::Host => {
                            // A host function sees its parameters (and leaves its results) in the
                            // caller's frame at `base`; 2048 cells cover wasmparser's limits on
                            // parameter and result counts (1000 each, two cells for a v128).
                            // SAFETY: `new_fp` is inside the caller's frame, so `new_fp..stack_end`
                            // is in the value stack; nothing else references those cells while
                            // the host runs (a re-entrant call runs on another `Stack`), and
                            // `call_host` checks the results fit `span`. `ctx.data` is the
                            // store's data, borrowed for the run apart from the store and used
                            // by nothing else while the host runs.
                            let span = (ctx.stack_end.offset_from(new_fp) as usize).min(2048);
                            let frame = std::slice::from_raw_parts_mut(new_fp, span);
                            if let Err(mut t) =
                                call_host(&mut *ctx.store, &mut *ctx.data, callee, Some(ctx.inst), frame)
                            {
                                // An exception raised by the host (or passed on from a call
                                // back into wasm) continues in this run's handlers.
                                if let Some(exn) = super::unwind::host_exception(&*ctx.store, &t) {
                                    throw_exn!(exn, false)
                                }
                                if t.backtrace.is_empty() {
                                    t.backtrace = make_trap(&*ctx.store, ctx.frames(), ctx.cur_func, t.code).backtrace;
                                }
                                return Err(t);
                            }
                            refresh_mem!();
                            next!()
                        }
                    }
                }};
            }
            macro_rules! call_known {
                ($t:expr, $base:expr) => {{
                    let t: CallTarget = $t;
                    let new_fp = fp.add($base as usize);
                    match enter_target(ctx, t, new_fp, pc.add(1), fp) {
                        Some(target) => run_callee!(target, new_fp),
                        // A limit: the general path reports it.
                        None => call!(t.store_func, $base),
                    }
                }};
            }
            // The rare path of an op (the threaded backend leaves its chain for it).
            macro_rules! off_chain {
                ($b:block) => {
                    $b
                };
            }
            macro_rules! call_local {
                ($func:expr, $base:expr) => {{
                    let new_fp = fp.add($base as usize);
                    match enter_local(ctx, $func, new_fp, pc.add(1), fp) {
                        Some(target) => run_callee!(target, new_fp),
                        None => {
                            let callee = resolve_target(ctx, $func);
                            call!(callee, $base)
                        }
                    }
                }};
            }
            // A tail call's general path: the callee replaces the running function in its frame.
            macro_rules! return_call {
                ($callee:expr, $base:expr, $len:expr) => {{
                    let callee: u32 = $callee;
                    match enter_tail(ctx, callee, fp, $base, $len) {
                        Enter::Wasm { pc: target, switched } => {
                            if switched {
                                refresh_mem!();
                            }
                            run_callee!(target, fp)
                        }
                        Enter::Trap(code) => trap!(code),
                        Enter::Compile => {
                            if let Err(mut t) = compile(&*ctx.store, callee) {
                                t.backtrace = make_trap(&*ctx.store, ctx.frames(), ctx.cur_func, t.code).backtrace;
                                return Err(t);
                            }
                            // Run the same tail call again, now that the callee has code.
                            if ONE {
                                return Ok(Flow::Step(regs!()));
                            }
                            continue;
                        }
                        Enter::Host => {
                            // Call it as `call!` does, then return its results from this function.
                            // SAFETY: as for a host call in `call!`.
                            let new_fp = fp.add($base as usize);
                            let span = (ctx.stack_end.offset_from(new_fp) as usize).min(2048);
                            let frame = std::slice::from_raw_parts_mut(new_fp, span);
                            if let Err(mut t) =
                                call_host(&mut *ctx.store, &mut *ctx.data, callee, Some(ctx.inst), frame)
                            {
                                // The tail-calling function's activation is gone: its handlers
                                // do not apply.
                                if let Some(exn) = super::unwind::host_exception(&*ctx.store, &t) {
                                    throw_exn!(exn, true)
                                }
                                if t.backtrace.is_empty() {
                                    t.backtrace = make_trap(&*ctx.store, ctx.frames(), ctx.cur_func, t.code).backtrace;
                                }
                                return Err(t);
                            }
                            // The results (as many as this function's: validation) are in
                            // `r[base..]`, inside this frame like the arguments were.
                            move_args(fp, $base, result_count(&*ctx.store, callee) as crate::isa::Reg);
                            refresh_mem!();
                            ret!()
                        }
                    }
                }};
            }
            // A tail call of a resolved target of the current instance.
            macro_rules! return_call_known {
                ($t:expr, $base:expr, $len:expr) => {{
                    let t: CallTarget = $t;
                    if tail_fits(ctx, t, fp) {
                        move_args(fp, $base, $len);
                        ctx.cur_func = t.store_func;
                        run_callee!(std::ptr::with_exposed_provenance(t.code), fp)
                    }
                    // A limit: the general path reports it.
                    return_call!(t.store_func, $base, $len)
                }};
            }
            macro_rules! return_call_local {
                ($func:expr, $base:expr, $len:expr) => {{
                    let t: CallTarget = (*ctx.targets.add($func as usize)).get();
                    if tail_fits(ctx, t, fp) {
                        move_args(fp, $base, $len);
                        ctx.cur_func = t.store_func;
                        run_callee!(std::ptr::with_exposed_provenance(t.code), fp)
                    }
                    let callee = resolve_target(ctx, $func);
                    return_call!(callee, $base, $len)
                }};
            }
            macro_rules! loop_arms {
                ($(
                    family $fam:ident [$($attr:tt)*] {
                        $( $(#[doc = $doc:literal])* $kind:ident $slot:ident $name:ident { $($field:ident : $fty:ty),* } => $body:block )*
                    }
                )*) => {
                    match op {
                        $($(Op::$name { $($field),* } => $body)*)*
                    }
                };
            }
            for_each_op!(loop_arms);
        }
    }
}
