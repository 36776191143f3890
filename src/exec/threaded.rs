//! The threaded backend: one handler function per instruction, expanded from the op list in
//! `ops`. Each handler does its work and ends by calling the next instruction's handler in tail
//! position, with the VM registers (`pc`, `fp`, memory base and length, `ctx`) in argument
//! registers, so dispatch is one indirect jump per instruction and no loop state round-trips
//! through memory. LLVM turns those calls into jumps (sibling calls) from opt-level 1 on; the
//! build script enables this backend only then (cfg `regwasm_threaded`), and a test runs the spec
//! suite on a small thread stack to prove no handler grows the native stack.
//!
//! Handlers return only to leave the chain: `EXIT_DONE` (the outermost function returned),
//! `EXIT_TRAP` (code in `ctx.trap`) or `EXIT_SLOW` (a rare op or a host call: the driver runs
//! that one instruction with the loop backend, then re-enters the chain). Registers are saved in
//! `ctx.saved` on every exit.

use super::{
    CallTarget, Ctx, Flow, Handler, Instr, Regs, enter_local, enter_target, make_trap, mem_view, move_args, tail_fits,
};
use crate::error::{Trap, TrapCode};
use crate::isa::{Op, RunCtx};
use crate::numeric as num;

pub(super) const EXIT_DONE: u64 = 0;
pub(super) const EXIT_TRAP: u64 = 1;
pub(super) const EXIT_SLOW: u64 = 2;

/// Runs the chain from `regs` until the outermost function returns.
///
/// # Safety
/// As for `loop_backend::run_loop`.
pub(super) unsafe fn run(ctx: &mut Ctx, mut regs: Regs) -> Result<(), Trap> {
    loop {
        // SAFETY: `regs.pc` points at an instruction whose handler was set at translation.
        let exit = unsafe {
            ((*regs.pc).handler)(
                regs.pc,
                regs.fp,
                regs.mem,
                regs.mem_len,
                regs.acc,
                (ctx as *mut Ctx).cast(),
                regs.facc,
                regs.dacc,
            )
        };
        regs = ctx.saved;
        match exit {
            EXIT_DONE => return Ok(()),
            EXIT_SLOW => {
                // SAFETY: the handler saved the registers of the instruction it declined to run.
                match unsafe { super::loop_backend::run_loop::<true>(ctx, regs)? } {
                    Flow::Done => return Ok(()),
                    Flow::Step(next) => regs = next,
                }
            }
            _ => {
                // SAFETY: ctx.store is valid for the whole run.
                let store = unsafe { &*ctx.store };
                return Err(make_trap(store, ctx.frames(), ctx.cur_func, ctx.trap));
            }
        }
    }
}

/// Marks the two arms of a conditional branch with distinct empty asm statements, so LLVM keeps
/// a real conditional jump instead of a `cmov` that serialises the next dispatch on the branch
/// condition (measured: 1.4x on loops; see DESIGN.md §"Silent trap").
/// Used only inside handlers' `unsafe` blocks: an empty asm statement (no instructions, no
/// memory, no stack, flags kept) is always sound.
macro_rules! arm_marker {
    ($text:literal) => {
        #[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
        std::arch::asm!($text, options(nomem, nostack, preserves_flags))
    };
}

/// Defines the handler generator; `$d` is a `$` token so the generator can itself define the
/// per-handler helper macros the op bodies use.
macro_rules! define_handler_generator {
    ($d:tt) => {
        macro_rules! handler {
            (slow $name:ident { $d($field:ident),* } => $body:block) => {
                #[allow(non_snake_case)]
                pub(super) unsafe extern "C" fn $name(pc: *const Instr, fp: *mut u64, mem: *mut u8, mem_len: usize, acc: u64, ctx: *mut RunCtx, facc: f32, dacc: f64) -> u64 {
                    // SAFETY: ctx is the live context of this run (an `exec::Ctx`).
                    unsafe { (*ctx.cast::<Ctx>()).saved = Regs { pc, fp, mem, mem_len, acc, facc, dacc } };
                    EXIT_SLOW
                }
            };
            (fast $name:ident { $d($field:ident),* } => $body:block) => {
                #[allow(non_snake_case, unused_mut, unused_macros, unused_variables, unused_assignments, unreachable_code, clippy::macro_metavars_in_unsafe, clippy::neg_cmp_op_on_partial_ord)]
                pub(super) unsafe extern "C" fn $name(pc: *const Instr, fp: *mut u64, mem: *mut u8, mem_len: usize, mut acc: u64, ctx: *mut RunCtx, mut facc: f32, mut dacc: f64) -> u64 {
                    // The handler ABI passes the context opaquely; it is this run's `Ctx`.
                    let ctx: *mut Ctx = ctx.cast();
                    // SAFETY: see `exec::run`: `pc` is an instruction of the running function
                    // whose handler is this one (so the op is this variant), registers are
                    // below its frame size, `ctx` is the live context, memory accesses are
                    // bounds-checked by `load!`/`store_mem!`.
                    unsafe {
                        macro_rules! r {
                            ($d x:expr) => {
                                *fp.add($d x as usize)
                            };
                        }
                        macro_rules! dispatch {
                            ($d pc:expr, $d fp:expr, $d mem:expr, $d len:expr) => {{
                                let pc: *const Instr = $d pc;
                                return ((*pc).handler)(pc, $d fp, $d mem, $d len, acc, ctx.cast(), facc, dacc);
                            }};
                        }
                        macro_rules! put {
                            ($d dst:expr, $d v:expr) => {{
                                let v: u64 = $d v;
                                r!($d dst) = v;
                                acc = v;
                            }};
                        }
                        macro_rules! acc {
                            () => { acc };
                        }
                        macro_rules! put_acc {
                            ($d v:expr) => {{
                                acc = $d v;
                            }};
                        }
                        macro_rules! facc {
                            () => { facc };
                        }
                        macro_rules! dacc {
                            () => { dacc };
                        }
                        macro_rules! put_f32 {
                            ($d dst:expr, $d v:expr) => {{
                                let v: f32 = $d v;
                                r!($d dst) = v.to_bits() as u64;
                                facc = v;
                            }};
                        }
                        macro_rules! put_f64 {
                            ($d dst:expr, $d v:expr) => {{
                                let v: f64 = $d v;
                                r!($d dst) = v.to_bits();
                                dacc = v;
                            }};
                        }
                        macro_rules! put_facc {
                            ($d v:expr) => {{
                                facc = $d v;
                            }};
                        }
                        macro_rules! put_dacc {
                            ($d v:expr) => {{
                                dacc = $d v;
                            }};
                        }
                        macro_rules! op_at {
                            ($d delta:expr) => { (*pc.offset($d delta)).op };
                        }
                        macro_rules! next {
                            () => { dispatch!(pc.add(1), fp, mem, mem_len) };
                        }
                        macro_rules! jump {
                            ($d delta:expr) => { dispatch!(pc.offset($d delta as isize), fp, mem, mem_len) };
                        }
                        macro_rules! jump_bytes {
                            ($d offset:expr) => { dispatch!(pc.byte_offset($d offset as isize), fp, mem, mem_len) };
                        }
                        macro_rules! br_if {
                            ($d cond:expr, $d offset:expr) => {
                                if $d cond {
                                    arm_marker!("/* branch taken */");
                                    jump!($d offset)
                                } else {
                                    arm_marker!("/* branch not taken */");
                                }
                            };
                        }
                        macro_rules! trap {
                            ($d code:expr) => {{
                                (*ctx).trap = $d code;
                                (*ctx).saved = Regs { pc, fp, mem, mem_len, acc, facc, dacc };
                                return EXIT_TRAP;
                            }};
                        }
                        macro_rules! store {
                            () => { &mut *(*ctx).store };
                        }
                        macro_rules! inst {
                            () => { (*ctx).inst };
                        }
                        macro_rules! inst_globals {
                            () => { (*ctx).globals };
                        }
                        macro_rules! table0 {
                            () => { (*ctx).table0 };
                        }
                        macro_rules! interrupt_flag {
                            () => { (*ctx).interrupt };
                        }
                        macro_rules! mem_base {
                            () => { mem };
                        }
                        macro_rules! mem_len {
                            () => { mem_len };
                        }
                        macro_rules! ret {
                            () => {{
                                let ctx = &mut *ctx;
                                match ctx.pop_frame() {
                                    None => {
                                        ctx.saved = Regs { pc, fp, mem, mem_len, acc, facc, dacc };
                                        return EXIT_DONE;
                                    }
                                    Some(f) => {
                                        let to: *const Instr = std::ptr::with_exposed_provenance(f.ret_pc);
                                        ctx.cur_func = f.func;
                                        if f.instance != ctx.inst {
                                            ctx.set_instance(&*ctx.store, f.instance);
                                            let (m, l) = mem_view(&mut *ctx.store, f.instance);
                                            dispatch!(to, std::ptr::with_exposed_provenance_mut(f.fp), m, l)
                                        }
                                        dispatch!(to, std::ptr::with_exposed_provenance_mut(f.fp), mem, mem_len)
                                    }
                                }
                            }};
                        }
                        macro_rules! call_known {
                            ($d t:expr, $d base:expr) => {{
                                let t: CallTarget = $d t;
                                acc = 0;
                                let new_fp = fp.add($d base as usize);
                                match enter_target(&mut *ctx, t, new_fp, pc.add(1), fp) {
                                    Some(target) => dispatch!(target, new_fp, mem, mem_len),
                                    // A limit: the driver's general path reports it.
                                    None => off_chain!({}),
                                }
                            }};
                        }
                        // The rare path of an op: the driver runs the whole instruction with the
                        // loop backend, so this handler needs no registers for it.
                        macro_rules! off_chain {
                            ($d b:block) => {{
                                (*ctx).saved = Regs { pc, fp, mem, mem_len, acc, facc, dacc };
                                return EXIT_SLOW;
                            }};
                        }
                        macro_rules! call_local {
                            ($d func:expr, $d base:expr) => {{
                                // The accumulator is dead across a call: clearing it frees its
                                // register for the frame push.
                                acc = 0;
                                let new_fp = fp.add($d base as usize);
                                match enter_local(&mut *ctx, $d func, new_fp, pc.add(1), fp) {
                                    Some(target) => dispatch!(target, new_fp, mem, mem_len),
                                    // Not resolved yet, another instance, a host function or a
                                    // limit: the driver runs this call on the general path.
                                    None => {
                                        (*ctx).saved = Regs { pc, fp, mem, mem_len, acc, facc, dacc };
                                        return EXIT_SLOW;
                                    }
                                }
                            }};
                        }
                        // A tail call of a resolved target of the current instance whose frame
                        // fits: the callee continues in this frame. Anything else (unresolved, a
                        // limit): the driver runs the whole instruction on the general path.
                        macro_rules! return_call_known {
                            ($d t:expr, $d base:expr, $d len:expr) => {{
                                let t: CallTarget = $d t;
                                if tail_fits(&*ctx, t, fp) {
                                    move_args(fp, $d base, $d len);
                                    (*ctx).cur_func = t.store_func;
                                    acc = 0;
                                    dispatch!(std::ptr::with_exposed_provenance(t.code), fp, mem, mem_len)
                                }
                                off_chain!({})
                            }};
                        }
                        macro_rules! return_call_local {
                            ($d func:expr, $d base:expr, $d len:expr) => {
                                return_call_known!((*(*ctx).targets.add($d func as usize)).get(), $d base, $d len)
                            };
                        }
                        let Op::$name { $d($field),* } = (*pc).op else { std::hint::unreachable_unchecked() };
                        $body
                    }
                }
            };
        }
    };
}

define_handler_generator!($);

macro_rules! threaded_handlers {
    ($(
        family $fam:ident [$($attr:tt)*] {
            $( $(#[doc = $doc:literal])* $kind:ident $slot:ident $name:ident { $($field:ident : $fty:ty),* } => $body:block )*
        }
    )*) => {
        /// One handler per instruction, named after its op.
        mod handlers {
            use super::*;
            $($( handler!($kind $name { $($field),* } => $body); )*)*
        }

        /// The handler that executes `op`.
        pub(crate) fn handler_for(op: &Op) -> Handler {
            match op {
                $($(Op::$name { .. } => handlers::$name,)*)*
            }
        }
    };
}

for_each_op!(threaded_handlers);
