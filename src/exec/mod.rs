//! The executor: runs register bytecode. Calls push a `Frame` on an explicit call stack and
//! move the frame pointer up one value stack; nothing recurses in Rust except host functions
//! that call back into wasm. Two dispatch backends are expanded from the one op list in `ops`:
//! `threaded` (tail-calling handlers, release builds) and `loop_backend` (`loop { match }`,
//! debug builds and the threaded backend's slow ops).

#[macro_use]
mod ops;
mod loop_backend;
#[cfg(feature = "profile-ops")]
pub mod profile;
#[cfg(test)]
mod tests;
mod threaded;
mod unwind;

use crate::engine::Backend;
use crate::error::{Trap, TrapCode};
use crate::isa::{Handler, Instr, Op};
// The executor works on the store's objects only (`StoreInner`); the embedder's data reaches
// host functions through `Ctx::data`.
use crate::runtime::{CallTarget, Frame, IndirectTarget, Stack};
use crate::runtime::{FuncEntity, StoreInner as Store};
use std::cell::Cell;

/// Makes the executable form of translated code: each op with its handler, and the `Br`
/// entries after each table jump resolved to `BrTableEntry`s, so a table jump reaches its target
/// with one load and one add (see `table_jump!`).
pub(crate) fn encode(code: &[Op]) -> Box<[Instr]> {
    let mut out: Box<[Instr]> = code.iter().map(|op| Instr { handler: threaded::handler_for(op), op: *op }).collect();
    let mut at = 0;
    while at < code.len() {
        let Some(len) = code[at].table_len() else {
            at += 1;
            continue;
        };
        let entries = at + 1..(at + 2 + len as usize).min(code.len());
        for entry in entries.clone() {
            if let Op::Br { target } = code[entry] {
                let to = entry as i64 + target as i64 - at as i64;
                if let Ok(offset) = i32::try_from(to * std::mem::size_of::<Instr>() as i64) {
                    let op = Op::BrTableEntry { offset };
                    out[entry] = Instr { handler: threaded::handler_for(&op), op };
                }
            }
        }
        at = entries.end;
    }
    out
}

/// The VM registers of the running function.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Regs {
    pub pc: *const Instr,
    pub fp: *mut u64,
    pub mem: *mut u8,
    pub mem_len: usize,
    /// The accumulator: the result of the last instruction that produced a value (it is also
    /// in that instruction's destination register).
    pub acc: u64,
    /// The f32 and f64 accumulators: the same, for instructions that produce a float (kept in
    /// float registers, so float chains never move values between register files).
    pub facc: f32,
    pub dacc: f64,
}

/// Everything about a run that is not in the registers.
pub(crate) struct Ctx {
    pub store: *mut Store,
    /// The store's data (`Store<T>`'s `T`), for host functions only: from a `&mut` borrowed
    /// for the whole run (`invoke`), disjoint from the store's objects.
    pub data: *mut dyn std::any::Any,
    /// The call stack: suspended callers from `frames_base` (outermost) up to `frame_top`
    /// (exclusive), in the spare capacity of `frames` (the `Stack`'s), which ends at
    /// `frame_end`; `grow_frames` reserves more (moving the entries) up to `max_frames`.
    pub frames_base: *mut Frame,
    pub frame_top: *mut Frame,
    pub frame_end: *mut Frame,
    pub frames: *mut Vec<Frame>,
    /// Most suspended callers: `Config::max_call_depth - 1` once the outermost function runs
    /// (it is the first of the `max_call_depth` activations).
    pub max_frames: usize,
    /// One past the last cell of the value stack (frames are checked to end at or below it).
    pub stack_end: *mut u64,
    /// Call targets of the current instance (`InstanceEntity::call_targets`), by function index.
    pub targets: *const Cell<CallTarget>,
    /// Store index of the current instance's table 0 (`u32::MAX` without one): `call_indirect`
    /// through table 0 skips the instance lookup.
    pub table0: u32,
    /// Store indices of the current instance's globals (`InstanceEntity::globals`), by global
    /// index: `global.get`/`global.set` skip the instance lookup. The vector is complete once
    /// the instance exists and never changes after, and its buffer does not move when the
    /// store's instance list grows.
    pub globals: *const u32,
    /// The store's interrupt flag (`Store::interrupt`, alive as long as the store).
    pub interrupt: *const std::sync::atomic::AtomicBool,
    /// Store index of the current instance and function.
    pub inst: u32,
    pub cur_func: u32,
    /// Registers saved when a threaded handler leaves the chain.
    pub saved: Regs,
    /// The trap code when a threaded handler leaves with `EXIT_TRAP`.
    pub trap: TrapCode,
}

/// How a backend run ended.
pub(crate) enum Flow {
    /// The outermost function returned.
    Done,
    /// One instruction ran (single-step mode); continue from these registers.
    Step(Regs),
}

/// The outcome of entering a function.
pub(crate) enum Enter {
    /// A wasm function was entered: continue at `pc`; `switched` if the instance changed.
    Wasm { pc: *const Instr, switched: bool },
    /// The callee is a host function (nothing was changed).
    Host,
    /// The callee has not been translated yet (nothing was changed): `compile` it and retry.
    Compile,
    /// The call would exceed a limit.
    Trap(TrapCode),
}

/// Memory 0 of store instance `inst` as base pointer and length (dangling and 0 without one).
#[inline(always)]
pub(crate) fn mem_view(store: &mut Store, inst: u32) -> (*mut u8, usize) {
    match store.instances[inst as usize].memories.first() {
        Some(&m) => {
            let data = &mut store.memories[m as usize].data;
            (data.as_mut_ptr(), data.len())
        }
        None => (std::ptr::NonNull::dangling().as_ptr(), 0),
    }
}

impl Ctx {
    /// The suspended callers, outermost first.
    pub(crate) fn frames(&self) -> &[Frame] {
        // SAFETY: `frames_base..frame_top` are frames written by `push_frame`, inside storage
        // reserved for the whole run.
        unsafe { std::slice::from_raw_parts(self.frames_base, self.frame_top.offset_from(self.frames_base) as usize) }
    }

    /// Reserves more call-stack storage (the reserved part is full): moves the entries to a
    /// larger buffer and updates the pointers. `false` (nothing changed) at the depth limit or
    /// when the allocator refuses. Nothing else points into this storage (a `Frame` holds code
    /// and value-stack addresses), so only `frames_base..frame_end` need updating.
    #[cold]
    #[inline(never)]
    pub(crate) fn grow_frames(&mut self) -> bool {
        // SAFETY: `frames` is the `Stack`'s vector, borrowed for the whole run and only used
        // through this context; `frames_base..frame_top` are initialized entries of its spare
        // capacity (`len` stays 0), copied into the new buffer before the old one is freed.
        unsafe {
            let frames = &mut *self.frames;
            let used = self.frame_top.offset_from(self.frames_base) as usize;
            let capacity = self.frame_end.offset_from(self.frames_base) as usize;
            let Some(new_capacity) = crate::runtime::next_frame_capacity(capacity, self.max_frames) else {
                return false;
            };
            let mut grown: Vec<Frame> = Vec::new();
            if grown.try_reserve_exact(new_capacity).is_err() {
                return false;
            }
            std::ptr::copy_nonoverlapping(self.frames_base, grown.as_mut_ptr(), used);
            *frames = grown;
            self.frames_base = frames.as_mut_ptr();
            self.frame_top = self.frames_base.add(used);
            self.frame_end = self.frames_base.add(new_capacity);
        }
        true
    }

    /// Pushes a suspended caller; `false` (and nothing pushed) when the reserved storage is full.
    #[inline(always)]
    pub(crate) fn push_frame(&mut self, frame: Frame) -> bool {
        let top = self.frame_top;
        if top == self.frame_end {
            return false;
        }
        // SAFETY: `top` is below `frame_end`, inside the reserved storage.
        unsafe {
            top.write(frame);
            self.frame_top = top.add(1);
        }
        true
    }

    /// Pops the innermost suspended caller (`None` when the outermost function is running).
    #[inline(always)]
    pub(crate) fn pop_frame(&mut self) -> Option<Frame> {
        let top = self.frame_top;
        if top == self.frames_base {
            return None;
        }
        // SAFETY: `top - 1` is a frame written by `push_frame`.
        unsafe {
            let top = top.sub(1);
            self.frame_top = top;
            Some(top.read())
        }
    }

    /// Makes store instance `inst` the current one.
    #[inline(always)]
    pub(crate) fn set_instance(&mut self, store: &Store, inst: u32) {
        let instance = &store.instances[inst as usize];
        self.inst = inst;
        self.targets = instance.call_targets.as_ptr();
        self.table0 = instance.tables.first().copied().unwrap_or(u32::MAX);
        self.globals = instance.globals.as_ptr();
    }
}

/// The fast path of a direct call to function `func` of the current instance: if its target is
/// resolved and the call fits the limits, pushes the caller's frame and returns the callee's
/// code (which zeroes its own locals); otherwise changes nothing (the caller takes the general path, which
/// resolves the target or reports the limit).
///
/// # Safety
/// As for `enter_wasm`; `func` is a function index of the current instance (validated).
#[inline(always)]
pub(crate) unsafe fn enter_local(
    ctx: &mut Ctx,
    func: u32,
    new_fp: *mut u64,
    ret_pc: *const Instr,
    fp: *mut u64,
) -> Option<*const Instr> {
    // SAFETY: per the function contract; `targets` has one entry per function of `ctx.inst`.
    unsafe { enter_target(ctx, (*ctx.targets.add(func as usize)).get(), new_fp, ret_pc, fp) }
}

/// Enters a resolved call target of the current instance (`code` 0: unresolved) if the call fits
/// the limits: pushes the caller's frame and returns the callee's code; otherwise changes
/// nothing and returns `None`.
///
/// # Safety
/// As for `enter_wasm`; `t` is unresolved or a function of the current instance.
#[inline(always)]
pub(crate) unsafe fn enter_target(
    ctx: &mut Ctx,
    t: CallTarget,
    new_fp: *mut u64,
    ret_pc: *const Instr,
    fp: *mut u64,
) -> Option<*const Instr> {
    // SAFETY: per the function contract.
    unsafe {
        if t.code == 0 {
            return None;
        }
        if (ctx.stack_end.offset_from(new_fp) as usize) < t.frame_size as usize {
            return None;
        }
        let caller = Frame {
            ret_pc: ret_pc.expose_provenance(),
            fp: fp.expose_provenance(),
            instance: ctx.inst,
            func: ctx.cur_func,
        };
        if !ctx.push_frame(caller) {
            return None;
        }
        ctx.cur_func = t.store_func;
        Some(std::ptr::with_exposed_provenance(t.code))
    }
}

/// Whether a tail call can enter resolved target `t` (`code` 0: unresolved) on the fast path:
/// the callee's frame, which replaces the caller's at `fp`, fits the value stack.
///
/// # Safety
/// `fp` lies inside the value stack of `ctx`.
#[inline(always)]
pub(crate) unsafe fn tail_fits(ctx: &Ctx, t: CallTarget, fp: *mut u64) -> bool {
    // SAFETY: per the function contract, `fp` and `stack_end` are in the same allocation.
    t.code != 0 && unsafe { ctx.stack_end.offset_from(fp) as usize } >= t.frame_size as usize
}

/// Moves a tail call's arguments `r[base..base+len]` down to `r[0..len]` (ascending, one cell at
/// a time: correct for overlapping spans since `base >= 0`; a loop rather than `memmove`, so a
/// threaded handler does not save its registers around a library call).
///
/// # Safety
/// `fp + base + len` is at most the running function's frame end (the translator sizes the
/// frame to hold every call's arguments).
#[inline(always)]
pub(crate) unsafe fn move_args(fp: *mut u64, base: crate::isa::Reg, len: crate::isa::Reg) {
    if base == 0 {
        return;
    }
    for i in 0..len as usize {
        // SAFETY: per the function contract.
        unsafe { *fp.add(i) = *fp.add(base as usize + i) };
    }
}

/// The last step of entering a wasm function (call or tail call): it becomes the current
/// function, its entry is recorded for later indirect calls, and its instance becomes the
/// current one if it differs. Returns where to continue.
///
/// # Safety
/// `entry.target.store_func` is a store function index of `store`, which is `ctx.store`.
#[inline(always)]
unsafe fn become_callee(ctx: &mut Ctx, store: &Store, entry: IndirectTarget) -> Enter {
    let callee = entry.target.store_func;
    ctx.cur_func = callee;
    // SAFETY: per the function contract, `callee` indexes the store's functions, and
    // `call_cache` has one entry per store function.
    unsafe { store.call_cache.get_unchecked(callee as usize).set(entry) };
    let switched = entry.instance != ctx.inst;
    if switched {
        ctx.set_instance(store, entry.instance);
    }
    Enter::Wasm { pc: std::ptr::with_exposed_provenance(entry.target.code), switched }
}

/// The general path of a tail call to store function `callee` from the function whose frame is
/// at `fp`, its arguments at `r[base..base+len]`. A wasm callee replaces the running function:
/// its arguments are moved to the frame base, it becomes the current function (and its instance
/// the current one) and `Enter::Wasm` says where to continue, with the frame still at `fp`.
/// `Host`, `Compile` and `Trap` change nothing (the arguments stay where they are).
///
/// # Safety
/// As for `enter_wasm`; `fp + base + len` is inside the running function's frame.
pub(crate) unsafe fn enter_tail(
    ctx: &mut Ctx,
    callee: u32,
    fp: *mut u64,
    base: crate::isa::Reg,
    len: crate::isa::Reg,
) -> Enter {
    // SAFETY: per the function contract.
    unsafe {
        let store = &*ctx.store;
        match store.funcs.get_unchecked(callee as usize) {
            FuncEntity::Wasm { sig, instance, module, index } => {
                let Some(f) = module.funcs.get_unchecked(*index as usize).compiled.get() else {
                    return Enter::Compile;
                };
                let target = CallTarget {
                    code: f.code.as_ptr().expose_provenance(),
                    frame_size: f.frame_size,
                    store_func: callee,
                };
                if !tail_fits(ctx, target, fp) {
                    return Enter::Trap(TrapCode::StackOverflow);
                }
                move_args(fp, base, len);
                become_callee(ctx, store, IndirectTarget { target, sig: *sig, instance: *instance })
            }
            FuncEntity::Host { .. } => Enter::Host,
        }
    }
}

/// The number of result cells of store function `func` (a v128 result takes two).
#[cold]
pub(crate) fn result_count(store: &Store, func: u32) -> usize {
    match &store.funcs[func as usize] {
        FuncEntity::Host { func, .. } => func.ty.result_cells(),
        FuncEntity::Wasm { sig, .. } => store.engine.resolve(*sig).result_cells(),
    }
}

/// The slow path of a direct call: the store index of function `func` of the current instance,
/// after recording its call target if it is a translated wasm function of this instance.
#[cold]
#[inline(never)]
pub(crate) fn resolve_target(ctx: &Ctx, func: u32) -> u32 {
    // SAFETY: `ctx.store` is the live store of this run; `func` was validated.
    let store = unsafe { &*ctx.store };
    let inst = &store.instances[ctx.inst as usize];
    let callee = inst.funcs[func as usize];
    if let FuncEntity::Wasm { instance, module, index, .. } = &store.funcs[callee as usize]
        && *instance == ctx.inst
        && let Some(f) = module.funcs[*index as usize].compiled.get()
    {
        inst.call_targets[func as usize].set(CallTarget {
            code: f.code.as_ptr().expose_provenance(),
            frame_size: f.frame_size,
            store_func: callee,
        });
    }
    callee
}

/// Enters store function `callee` with its frame at `new_fp`, the caller resuming at `ret_pc`
/// with frame `fp`: pushes the caller's frame (the callee zeroes its own locals).
///
/// # Safety
/// `callee` is a valid store function index; `new_fp` and `fp` lie inside the value stack;
/// the call stack storage `ctx.frames_base..ctx.frame_end` is reserved (by `invoke`).
#[inline(always)]
pub(crate) unsafe fn enter_wasm(
    ctx: &mut Ctx,
    callee: u32,
    new_fp: *mut u64,
    ret_pc: *const Instr,
    fp: *mut u64,
) -> Enter {
    // SAFETY: per the function contract.
    unsafe {
        let store = &*ctx.store;
        match store.funcs.get_unchecked(callee as usize) {
            FuncEntity::Wasm { sig, instance, module, index } => {
                if ctx.frame_top == ctx.frame_end && !ctx.grow_frames() {
                    return Enter::Trap(TrapCode::StackOverflow);
                }
                let Some(f) = module.funcs.get_unchecked(*index as usize).compiled.get() else {
                    return Enter::Compile;
                };
                if (ctx.stack_end.offset_from(new_fp) as usize) < f.frame_size as usize {
                    return Enter::Trap(TrapCode::StackOverflow);
                }
                ctx.push_frame(Frame {
                    ret_pc: ret_pc.expose_provenance(),
                    fp: fp.expose_provenance(),
                    instance: ctx.inst,
                    func: ctx.cur_func,
                });
                let target = CallTarget {
                    code: f.code.as_ptr().expose_provenance(),
                    frame_size: f.frame_size,
                    store_func: callee,
                };
                become_callee(ctx, store, IndirectTarget { target, sig: *sig, instance: *instance })
            }
            FuncEntity::Host { .. } => Enter::Host,
        }
    }
}

/// Translates wasm function `func` (a store index) if that has not happened yet.
#[cold]
#[inline(never)]
pub(crate) fn compile(store: &Store, func: u32) -> Result<(), Trap> {
    if let FuncEntity::Wasm { module, index, .. } = &store.funcs[func as usize] {
        module.compiled(*index).map_err(|e| Trap::host(format!("cannot translate {}: {e}", store.func_name(func))))?;
    }
    Ok(())
}

/// Calls store function `func` with parameter cells, writing result cells.
pub(crate) fn invoke(
    store: &mut Store,
    data: &mut dyn std::any::Any,
    func: u32,
    params: &[u64],
    results: &mut [u64],
) -> Result<(), Trap> {
    if let FuncEntity::Host { .. } = store.funcs[func as usize] {
        let mut frame: smallvec::SmallVec<[u64; 8]> = smallvec::smallvec![0; params.len().max(results.len())];
        frame[..params.len()].copy_from_slice(params);
        call_host(store, data, func, None, &mut frame)?;
        results.copy_from_slice(&frame[..results.len()]);
        return Ok(());
    }
    store.enter_wasm_call()?;
    let config = store.engine.config();
    let (cells, backend) = (config.max_stack_cells, config.backend);
    let max_depth = (config.max_call_depth as usize).min(crate::runtime::MAX_CALL_DEPTH);
    let mut stack = store.spare_stacks.pop().unwrap_or_else(|| Stack::new(cells));
    if params.len() > stack.cells.len() {
        store.spare_stacks.push(stack);
        store.leave_wasm_call();
        return Err(Trap::new(TrapCode::StackOverflow));
    }
    stack.cells[..params.len()].copy_from_slice(params);
    stack.frames.clear();
    stack.frames.reserve(max_depth.min(crate::runtime::INITIAL_FRAMES));
    // A host function that panics unwinds through here: the stack `run` registered with the
    // exception collector (first thing) must be dropped from it before its storage is freed,
    // since the store may be used again (e.g. the `.wast` runner catches panics).
    let run = std::panic::AssertUnwindSafe(|| run(store, data, &mut stack, func, max_depth, backend));
    let outcome = std::panic::catch_unwind(run);
    store.leave_stack();
    store.leave_wasm_call();
    let outcome = outcome.unwrap_or_else(|panic| std::panic::resume_unwind(panic));
    if outcome.is_ok() {
        results.copy_from_slice(&stack.cells[..results.len()]);
    }
    store.spare_stacks.push(stack);
    outcome
}

/// Calls a host function with its parameters in `frame[..params]`; its results replace them.
///
/// The host function (`runtime::HostFn`) checks its results before writing any: their types,
/// and that a function reference belongs to this store (the funcref invariant on
/// `StoreInner`), and that they fit the frame (the translator sizes frames for the larger of a
/// call's parameters and results; checked anyway rather than trusted). It gets the store only
/// as `&mut StoreInner`, which the API never hands out, so it cannot replace the store the
/// running code belongs to.
pub(crate) fn call_host(
    store: &mut Store,
    data: &mut dyn std::any::Any,
    func: u32,
    instance: Option<u32>,
    frame: &mut [u64],
) -> Result<(), Trap> {
    let FuncEntity::Host { func: host, .. } = &store.funcs[func as usize] else {
        return Err(Trap::host("not a host function"));
    };
    let host = host.clone();
    if instance.is_some() {
        // Called from wasm: the caller's live cells end where the host's frame begins.
        store.suspend_stack(frame.as_ptr());
    }
    (host.call)(store, data, instance, frame)
}

/// Builds a trap with a backtrace of the active wasm frames, innermost first.
#[cold]
#[inline(never)]
pub(crate) fn make_trap(store: &Store, frames: &[Frame], current: u32, code: TrapCode) -> Trap {
    let mut trap = Trap::new(code);
    trap.backtrace.push(store.func_name(current));
    for frame in frames.iter().rev().take(64) {
        trap.backtrace.push(store.func_name(frame.func));
    }
    trap
}

/// Whether this build can run the threaded backend (sibling calls need optimization).
pub(crate) fn threaded_available() -> bool {
    cfg!(regwasm_threaded)
}

/// Runs wasm function `func` whose parameters are in `stack.cells[0..]`.
fn run(
    store: &mut Store,
    data: &mut dyn std::any::Any,
    stack: &mut Stack,
    func: u32,
    max_depth: usize,
    backend: Backend,
) -> Result<(), Trap> {
    let base = stack.cells.as_mut_ptr();
    // The exception collector scans the stack while the run is in progress (`invoke` drops it).
    store.enter_stack(base, stack.cells.len());
    let dangling = std::ptr::NonNull::dangling().as_ptr();
    let interrupt = std::sync::Arc::as_ptr(&store.interrupt);
    // The reserved part (the vector may hold more than the limit from an earlier run).
    let reserved = stack.frames.capacity().min(max_depth);
    let frames: *mut Vec<Frame> = &mut stack.frames;
    // SAFETY: `frames` was just made from a live `&mut`.
    let frames_base = unsafe { (*frames).as_mut_ptr() };
    let mut ctx = Ctx {
        store,
        data,
        frames_base,
        frame_top: frames_base,
        frame_end: frames_base.wrapping_add(reserved),
        frames,
        max_frames: max_depth,
        stack_end: base.wrapping_add(stack.cells.len()),
        targets: std::ptr::null(),
        table0: u32::MAX,
        globals: std::ptr::null(),
        interrupt,
        inst: u32::MAX,
        cur_func: func,
        saved: Regs { pc: std::ptr::null(), fp: base, mem: dangling, mem_len: 0, acc: 0, facc: 0.0, dacc: 0.0 },
        trap: TrapCode::Unreachable,
    };
    // SAFETY: `func` is a function of this store (`Func::call` checks the handle's store id;
    // the other callers take it from an instance of this store); `base` is the start of the
    // value stack, and `frames_base..frame_end` is spare capacity of `stack.frames` (at most
    // `max_depth` entries; `grow_frames` moves it to a larger buffer, never past `max_frames`).
    // The frame pushed for the (non-existent) caller is dropped so that returning from `func`
    // ends the run, and the call stack then ends one frame earlier and may hold one entry fewer:
    // `func` itself is the first of the `max_depth` activations (a full call stack that cannot
    // grow traps in the callee's entry, so a run has at most `max_depth - 1` suspended callers;
    // `max_depth` 0 traps here).
    //
    // From here on the backends rely on: `pc` always points at an instruction of the running
    // function's code (owned by a module the store keeps alive): the translator resolves every
    // branch offset inside the function, ends every path with a return, branch or trap (and
    // appends a guard `Unreachable`), and follows each `BrTable` with its `len + 1` targets.
    // `fp` is the base of a frame that `enter_wasm` checked to fit in the stack
    // (`fp + frame_size <= stack_end`), and the translator only emits registers below the
    // function's `frame_size`. `mem`/`mem_len` describe memory 0 of instance `ctx.inst` and are
    // refreshed after anything that can move it (memory.grow, host calls, a change of instance,
    // bulk operations); every access checks `ea + size <= mem_len` in 64-bit arithmetic first.
    unsafe {
        compile(&*ctx.store, func)?;
        let pc = match enter_wasm(&mut ctx, func, base, std::ptr::null(), base) {
            Enter::Wasm { pc, .. } => pc,
            Enter::Host | Enter::Compile => return Err(Trap::host("run called on a host function")),
            Enter::Trap(code) => return Err(Trap::new(code)),
        };
        ctx.frame_top = ctx.frames_base;
        ctx.frame_end = ctx.frame_end.sub(1);
        ctx.max_frames -= 1;
        let (mem, mem_len) = mem_view(&mut *ctx.store, ctx.inst);
        let regs = Regs { pc, fp: base, mem, mem_len, acc: 0, facc: 0.0, dacc: 0.0 };
        let threaded = match backend {
            Backend::Auto | Backend::Threaded => threaded_available(),
            Backend::Loop => false,
        };
        if threaded {
            threaded::run(&mut ctx, regs)
        } else {
            match loop_backend::run_loop::<false>(&mut ctx, regs)? {
                Flow::Done | Flow::Step(_) => Ok(()),
            }
        }
    }
}
