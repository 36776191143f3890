//! The executor: one dispatch loop over the register bytecode. Calls push a `Frame` on an
//! explicit call stack and move the frame pointer up the value stack; nothing recurses in Rust
//! except host functions that call back into wasm.

mod bulk;
mod stack;
#[cfg(test)]
mod tests;

pub(crate) use bulk::{memory_init, table_init};
pub(crate) use stack::Stack;

use crate::bytecode::Op;
use crate::error::{Trap, TrapCode};
use crate::numeric as num;
use crate::runtime::{Caller, FuncEntity, Instance, Store};
use crate::value::{Val, ValType};
use stack::Frame;

/// Calls store function `func` with parameter cells, writing result cells.
pub(crate) fn invoke(store: &mut Store, func: u32, params: &[u64], results: &mut [u64]) -> Result<(), Trap> {
    if let FuncEntity::Host { .. } = store.funcs[func as usize] {
        let mut frame: smallvec::SmallVec<[u64; 8]> = smallvec::smallvec![0; params.len().max(results.len())];
        frame[..params.len()].copy_from_slice(params);
        call_host(store, func, None, &mut frame)?;
        results.copy_from_slice(&frame[..results.len()]);
        return Ok(());
    }
    let mut stack = store.spare_stacks.pop().unwrap_or_else(|| Stack::new(store.engine.config().max_stack_cells));
    if params.len() > stack.cells.len() {
        store.spare_stacks.push(stack);
        return Err(Trap::new(TrapCode::StackOverflow));
    }
    stack.cells[..params.len()].copy_from_slice(params);
    stack.frames.clear();
    let outcome = run(store, &mut stack, func);
    if outcome.is_ok() {
        results.copy_from_slice(&stack.cells[..results.len()]);
    }
    store.spare_stacks.push(stack);
    outcome
}

/// Calls a host function with its parameters in `frame[..params]`; its results replace them.
fn call_host(store: &mut Store, func: u32, instance: Option<u32>, frame: &mut [u64]) -> Result<(), Trap> {
    let FuncEntity::Host { ty, func: host, .. } = &store.funcs[func as usize] else {
        return Err(Trap::host("not a host function"));
    };
    let host = host.clone();
    let params: smallvec::SmallVec<[Val; 8]> =
        ty.params.iter().zip(frame.iter()).map(|(t, cell)| Val::from_cell(*t, *cell)).collect();
    let result_types: smallvec::SmallVec<[ValType; 4]> = ty.results.iter().copied().collect();
    let mut results: smallvec::SmallVec<[Val; 4]> = result_types.iter().map(|t| t.default_value()).collect();
    let mut caller = Caller { store, instance: instance.map(Instance) };
    host(&mut caller, &params, &mut results)?;
    for (i, (v, t)) in results.iter().zip(result_types.iter()).enumerate() {
        if v.ty() != *t {
            return Err(Trap::host(format!("host function returned {} where {} was expected", v.ty(), t)));
        }
        frame[i] = v.to_cell();
    }
    Ok(())
}

/// Builds a trap with a backtrace of the active wasm frames, innermost first.
#[cold]
#[inline(never)]
fn make_trap(store: &Store, frames: &[Frame], current: u32, code: TrapCode) -> Trap {
    let mut trap = Trap::new(code);
    trap.backtrace.push(store.func_name(current));
    for frame in frames.iter().rev().take(64) {
        trap.backtrace.push(store.func_name(frame.func));
    }
    trap
}

/// Runs wasm function `func` whose parameters are in `stack.cells[0..]`.
fn run(store: &mut Store, stack: &mut Stack, func: u32) -> Result<(), Trap> {
    let max_depth = store.engine.config().max_call_depth as usize;
    let cells_len = stack.cells.len();
    let base: *mut u64 = stack.cells.as_mut_ptr();
    let frames = &mut stack.frames;
    let mut cur_func = func;
    let (mut pc, mut inst): (*const Op, u32);
    let mut fp: *mut u64 = base;
    let mut mem: *mut u8 = std::ptr::NonNull::dangling().as_ptr();
    let mut mem_len: usize = 0;

    macro_rules! trap {
        ($code:expr) => {
            return Err(make_trap(store, frames, cur_func, $code))
        };
    }
    macro_rules! refresh_mem {
        () => {{
            match store.instances[inst as usize].memories.first() {
                Some(&m) => {
                    let data = &mut store.memories[m as usize].data;
                    mem = data.as_mut_ptr();
                    mem_len = data.len();
                }
                None => {
                    mem = std::ptr::NonNull::dangling().as_ptr();
                    mem_len = 0;
                }
            }
        }};
    }
    // Enters wasm function `$callee` with its frame at `$new_fp`; false if it is a host function.
    macro_rules! enter {
        ($callee:expr, $new_fp:expr) => {{
            match &store.funcs[$callee as usize] {
                FuncEntity::Wasm { instance, module, index, .. } => {
                    let cf = &module.funcs[*index as usize];
                    let new_fp: *mut u64 = $new_fp;
                    let offset = new_fp.offset_from(base) as usize;
                    if offset + cf.frame_size as usize > cells_len {
                        trap!(TrapCode::StackOverflow);
                    }
                    // Locals after the parameters start at zero.
                    std::ptr::write_bytes(
                        new_fp.add(cf.num_params as usize),
                        0,
                        (cf.num_locals - cf.num_params) as usize,
                    );
                    let (code, callee_inst) = (cf.code.as_ptr(), *instance);
                    fp = new_fp;
                    pc = code;
                    cur_func = $callee;
                    if callee_inst != inst {
                        inst = callee_inst;
                        refresh_mem!();
                    }
                    true
                }
                FuncEntity::Host { .. } => false,
            }
        }};
    }

    inst = u32::MAX;
    pc = std::ptr::null();
    // SAFETY: `base` points at the start of `stack.cells`; entering checks the frame fits.
    if !unsafe { enter!(func, base) } {
        return Err(Trap::host("run called on a host function"));
    }

    // SAFETY (for the whole loop): `pc` always points at an instruction of the running
    // function's code (owned by a module the store keeps alive): the translator resolves every
    // branch offset inside the function, ends every path with a return, branch or trap, and
    // follows each `BrTable` with its `len + 1` targets. `fp` is the base of a frame that
    // `enter!` checked to fit in the stack: `fp + frame_size <= cells.len()`, and the
    // translator only emits registers below the function's `frame_size`. `mem`/`mem_len`
    // describe memory 0 of instance `inst` and are refreshed after anything that can move it
    // (memory.grow, host calls, a change of instance, bulk operations); every access checks
    // `ea + size <= mem_len` in 64-bit arithmetic first.
    unsafe {
        macro_rules! r {
            ($x:expr) => {
                *fp.add($x as usize)
            };
        }
        macro_rules! do_return {
            () => {{
                match frames.pop() {
                    None => return Ok(()),
                    Some(f) => {
                        pc = std::ptr::with_exposed_provenance(f.ret_pc);
                        fp = base.add(f.fp);
                        cur_func = f.func;
                        if f.instance != inst {
                            inst = f.instance;
                            refresh_mem!();
                        }
                    }
                }
                continue;
            }};
        }
        macro_rules! call {
            ($callee:expr, $base:expr) => {{
                let callee: u32 = $callee;
                if frames.len() >= max_depth {
                    trap!(TrapCode::StackOverflow);
                }
                let caller = Frame {
                    ret_pc: pc.add(1).expose_provenance(),
                    fp: fp.offset_from(base) as usize,
                    instance: inst,
                    func: cur_func,
                };
                let new_fp = fp.add($base as usize);
                if enter!(callee, new_fp) {
                    frames.push(caller);
                    continue;
                }
                let span = (cells_len - caller.fp - $base as usize).min(1024);
                let frame = std::slice::from_raw_parts_mut(new_fp, span);
                if let Err(mut t) = call_host(store, callee, Some(inst), frame) {
                    if t.backtrace.is_empty() {
                        t.backtrace = make_trap(store, frames, cur_func, t.code).backtrace;
                    }
                    return Err(t);
                }
                refresh_mem!();
            }};
        }
        macro_rules! branch {
            ($cond:expr, $offset:expr) => {{
                if $cond {
                    pc = pc.offset($offset as isize);
                    continue;
                }
            }};
        }
        macro_rules! i32v {
            ($x:expr) => {
                (r!($x) as u32)
            };
        }
        macro_rules! f32v {
            ($x:expr) => {
                f32::from_bits(r!($x) as u32)
            };
        }
        macro_rules! f64v {
            ($x:expr) => {
                f64::from_bits(r!($x))
            };
        }
        macro_rules! set32 {
            ($dst:expr, $v:expr) => {
                r!($dst) = ($v) as u32 as u64
            };
        }
        macro_rules! setf32 {
            ($dst:expr, $v:expr) => {
                r!($dst) = (($v) as f32).to_bits() as u64
            };
        }
        macro_rules! setf64 {
            ($dst:expr, $v:expr) => {
                r!($dst) = (($v) as f64).to_bits()
            };
        }
        macro_rules! checked {
            ($e:expr) => {
                match $e {
                    Ok(v) => v,
                    Err(code) => trap!(code),
                }
            };
        }
        macro_rules! load {
            ($dst:expr, $addr:expr, $offset:expr, $t:ty, |$v:ident| $conv:expr) => {{
                let ea = r!($addr) as u32 as u64 + $offset as u64;
                if ea + std::mem::size_of::<$t>() as u64 > mem_len as u64 {
                    trap!(TrapCode::MemoryOutOfBounds);
                }
                let $v = <$t>::from_le(std::ptr::read_unaligned(mem.add(ea as usize) as *const $t));
                r!($dst) = $conv;
            }};
        }
        macro_rules! store {
            ($addr:expr, $src:expr, $offset:expr, $t:ty) => {{
                let ea = r!($addr) as u32 as u64 + $offset as u64;
                if ea + std::mem::size_of::<$t>() as u64 > mem_len as u64 {
                    trap!(TrapCode::MemoryOutOfBounds);
                }
                std::ptr::write_unaligned(mem.add(ea as usize) as *mut $t, (r!($src) as $t).to_le());
            }};
        }

        loop {
            let op = *pc;
            match op {
                // ---- control ----
                Op::Unreachable => trap!(TrapCode::Unreachable),
                Op::Br { offset } => branch!(true, offset),
                Op::BrIfEqz { cond, offset } => branch!(i32v!(cond) == 0, offset),
                Op::BrIfNez { cond, offset } => branch!(i32v!(cond) != 0, offset),
                Op::BrIfI64Eqz { cond, offset } => branch!(r!(cond) == 0, offset),
                Op::BrIfI64Nez { cond, offset } => branch!(r!(cond) != 0, offset),
                Op::BrIfI32Eq { lhs, rhs, offset } => branch!(i32v!(lhs) == i32v!(rhs), offset),
                Op::BrIfI32Ne { lhs, rhs, offset } => branch!(i32v!(lhs) != i32v!(rhs), offset),
                Op::BrIfI32LtS { lhs, rhs, offset } => branch!((i32v!(lhs) as i32) < i32v!(rhs) as i32, offset),
                Op::BrIfI32LtU { lhs, rhs, offset } => branch!(i32v!(lhs) < i32v!(rhs), offset),
                Op::BrIfI32GtS { lhs, rhs, offset } => branch!(i32v!(lhs) as i32 > i32v!(rhs) as i32, offset),
                Op::BrIfI32GtU { lhs, rhs, offset } => branch!(i32v!(lhs) > i32v!(rhs), offset),
                Op::BrIfI32LeS { lhs, rhs, offset } => branch!(i32v!(lhs) as i32 <= i32v!(rhs) as i32, offset),
                Op::BrIfI32LeU { lhs, rhs, offset } => branch!(i32v!(lhs) <= i32v!(rhs), offset),
                Op::BrIfI32GeS { lhs, rhs, offset } => branch!(i32v!(lhs) as i32 >= i32v!(rhs) as i32, offset),
                Op::BrIfI32GeU { lhs, rhs, offset } => branch!(i32v!(lhs) >= i32v!(rhs), offset),
                Op::BrIfI32EqImm { lhs, imm, offset } => branch!(i32v!(lhs) as i32 == imm, offset),
                Op::BrIfI32NeImm { lhs, imm, offset } => branch!(i32v!(lhs) as i32 != imm, offset),
                Op::BrIfI32LtSImm { lhs, imm, offset } => branch!((i32v!(lhs) as i32) < imm, offset),
                Op::BrIfI32LtUImm { lhs, imm, offset } => branch!(i32v!(lhs) < imm as u32, offset),
                Op::BrIfI32GtSImm { lhs, imm, offset } => branch!(i32v!(lhs) as i32 > imm, offset),
                Op::BrIfI32GtUImm { lhs, imm, offset } => branch!(i32v!(lhs) > imm as u32, offset),
                Op::BrIfI32LeSImm { lhs, imm, offset } => branch!(i32v!(lhs) as i32 <= imm, offset),
                Op::BrIfI32LeUImm { lhs, imm, offset } => branch!(i32v!(lhs) <= imm as u32, offset),
                Op::BrIfI32GeSImm { lhs, imm, offset } => branch!(i32v!(lhs) as i32 >= imm, offset),
                Op::BrIfI32GeUImm { lhs, imm, offset } => branch!(i32v!(lhs) >= imm as u32, offset),
                Op::BrTable { index, len } => {
                    pc = pc.add(1 + i32v!(index).min(len) as usize);
                    continue;
                }
                Op::Return => do_return!(),
                Op::ReturnReg { src } => {
                    r!(0) = r!(src);
                    do_return!()
                }
                Op::ReturnImm { imm } => {
                    r!(0) = imm;
                    do_return!()
                }
                Op::Call { func, base } => {
                    let callee = store.instances[inst as usize].funcs[func as usize];
                    call!(callee, base)
                }
                Op::CallIndirect { sig, table, index, base } => {
                    let table = store.instances[inst as usize].tables[table as usize];
                    let elems = &store.tables[table as usize].elems;
                    let i = i32v!(index) as usize;
                    if i >= elems.len() {
                        trap!(TrapCode::UndefinedElement);
                    }
                    let cell = elems[i];
                    if cell == 0 {
                        trap!(TrapCode::UninitializedElement);
                    }
                    let callee = (cell - 1) as u32;
                    if store.funcs[callee as usize].sig() != sig {
                        trap!(TrapCode::IndirectCallTypeMismatch);
                    }
                    call!(callee, base)
                }

                // ---- moves ----
                Op::Copy { dst, src } => r!(dst) = r!(src),
                Op::Const32 { dst, imm } => r!(dst) = imm as u64,
                Op::Const64 { dst, imm } => r!(dst) = imm,
                Op::Select { dst, cond, lhs, rhs } => r!(dst) = if i32v!(cond) != 0 { r!(lhs) } else { r!(rhs) },
                Op::GlobalGet { dst, global } => {
                    let g = store.instances[inst as usize].globals[global as usize];
                    r!(dst) = store.globals[g as usize].value;
                }
                Op::GlobalSet { src, global } => {
                    let g = store.instances[inst as usize].globals[global as usize];
                    store.globals[g as usize].value = r!(src);
                }

                // ---- memory ----
                Op::I32Load { dst, addr, offset } => load!(dst, addr, offset, u32, |v| v as u64),
                Op::I64Load { dst, addr, offset } => load!(dst, addr, offset, u64, |v| v),
                Op::I32Load8S { dst, addr, offset } => load!(dst, addr, offset, i8, |v| v as i32 as u32 as u64),
                Op::I32Load8U { dst, addr, offset } => load!(dst, addr, offset, u8, |v| v as u64),
                Op::I32Load16S { dst, addr, offset } => load!(dst, addr, offset, i16, |v| v as i32 as u32 as u64),
                Op::I32Load16U { dst, addr, offset } => load!(dst, addr, offset, u16, |v| v as u64),
                Op::I64Load8S { dst, addr, offset } => load!(dst, addr, offset, i8, |v| v as i64 as u64),
                Op::I64Load16S { dst, addr, offset } => load!(dst, addr, offset, i16, |v| v as i64 as u64),
                Op::I64Load32S { dst, addr, offset } => load!(dst, addr, offset, i32, |v| v as i64 as u64),
                Op::Store8 { addr, src, offset } => store!(addr, src, offset, u8),
                Op::Store16 { addr, src, offset } => store!(addr, src, offset, u16),
                Op::Store32 { addr, src, offset } => store!(addr, src, offset, u32),
                Op::Store64 { addr, src, offset } => store!(addr, src, offset, u64),
                Op::MemorySize { dst, mem: m } => {
                    let m = store.instances[inst as usize].memories[m as usize];
                    set32!(dst, store.memories[m as usize].pages());
                }
                Op::MemoryGrow { dst, delta, mem: m } => {
                    let m = store.instances[inst as usize].memories[m as usize];
                    let old = store.memories[m as usize].grow(i32v!(delta) as u64);
                    set32!(dst, old.map_or(u32::MAX, |p| p as u32));
                    refresh_mem!();
                }
                Op::MemoryFill { dst, val, len } => {
                    let m = store.instances[inst as usize].memories[0];
                    checked!(bulk::memory_fill(store, m, i32v!(dst), r!(val) as u8, i32v!(len)));
                    refresh_mem!();
                }
                Op::MemoryCopy { dst, src, len } => {
                    let m = store.instances[inst as usize].memories[0];
                    checked!(bulk::memory_copy(store, m, i32v!(dst), i32v!(src), i32v!(len)));
                    refresh_mem!();
                }
                Op::MemoryInit { dst, src, len, data } => {
                    let m = store.instances[inst as usize].memories[0];
                    checked!(bulk::memory_init(store, inst, m, data, i32v!(dst), i32v!(src), i32v!(len)));
                    refresh_mem!();
                }
                Op::DataDrop { data } => store.instances[inst as usize].datas[data as usize] = std::sync::Arc::new([]),

                // ---- tables ----
                Op::TableGet { dst, index, table } => {
                    let t = store.instances[inst as usize].tables[table as usize];
                    r!(dst) = checked!(bulk::table_get(store, t, i32v!(index)));
                }
                Op::TableSet { index, src, table } => {
                    let t = store.instances[inst as usize].tables[table as usize];
                    checked!(bulk::table_set(store, t, i32v!(index), r!(src)));
                }
                Op::TableSize { dst, table } => {
                    let t = store.instances[inst as usize].tables[table as usize];
                    set32!(dst, store.tables[t as usize].elems.len());
                }
                Op::TableGrow { dst, init, delta, table } => {
                    let t = store.instances[inst as usize].tables[table as usize];
                    let old = store.tables[t as usize].grow(i32v!(delta) as u64, r!(init));
                    set32!(dst, old.map_or(u32::MAX, |n| n as u32));
                }
                Op::TableFill { dst, val, len, table } => {
                    let t = store.instances[inst as usize].tables[table as usize];
                    checked!(bulk::table_fill(store, t, i32v!(dst), r!(val), i32v!(len)));
                }
                Op::TableCopy { dst, src, len, dst_table, src_table } => {
                    let i = &store.instances[inst as usize];
                    let (dt, st) = (i.tables[dst_table as usize], i.tables[src_table as usize]);
                    checked!(bulk::table_copy(store, dt, st, i32v!(dst), i32v!(src), i32v!(len)));
                }
                Op::TableInit { dst, src, len, table, elem } => {
                    let t = store.instances[inst as usize].tables[table as usize];
                    checked!(bulk::table_init(store, inst, t, elem, i32v!(dst), i32v!(src), i32v!(len)));
                }
                Op::ElemDrop { elem } => store.instances[inst as usize].elems[elem as usize] = std::sync::Arc::new([]),
                Op::RefFunc { dst, func } => r!(dst) = store.instances[inst as usize].funcs[func as usize] as u64 + 1,

                // ---- i32 ----
                Op::I32Eqz { dst, src } => set32!(dst, i32v!(src) == 0),
                Op::I32Eq { dst, lhs, rhs } => set32!(dst, i32v!(lhs) == i32v!(rhs)),
                Op::I32Ne { dst, lhs, rhs } => set32!(dst, i32v!(lhs) != i32v!(rhs)),
                Op::I32LtS { dst, lhs, rhs } => set32!(dst, (i32v!(lhs) as i32) < i32v!(rhs) as i32),
                Op::I32LtU { dst, lhs, rhs } => set32!(dst, i32v!(lhs) < i32v!(rhs)),
                Op::I32GtS { dst, lhs, rhs } => set32!(dst, i32v!(lhs) as i32 > i32v!(rhs) as i32),
                Op::I32GtU { dst, lhs, rhs } => set32!(dst, i32v!(lhs) > i32v!(rhs)),
                Op::I32LeS { dst, lhs, rhs } => set32!(dst, i32v!(lhs) as i32 <= i32v!(rhs) as i32),
                Op::I32LeU { dst, lhs, rhs } => set32!(dst, i32v!(lhs) <= i32v!(rhs)),
                Op::I32GeS { dst, lhs, rhs } => set32!(dst, i32v!(lhs) as i32 >= i32v!(rhs) as i32),
                Op::I32GeU { dst, lhs, rhs } => set32!(dst, i32v!(lhs) >= i32v!(rhs)),
                Op::I32EqImm { dst, lhs, imm } => set32!(dst, i32v!(lhs) as i32 == imm),
                Op::I32NeImm { dst, lhs, imm } => set32!(dst, i32v!(lhs) as i32 != imm),
                Op::I32LtSImm { dst, lhs, imm } => set32!(dst, (i32v!(lhs) as i32) < imm),
                Op::I32LtUImm { dst, lhs, imm } => set32!(dst, i32v!(lhs) < imm as u32),
                Op::I32GtSImm { dst, lhs, imm } => set32!(dst, i32v!(lhs) as i32 > imm),
                Op::I32GtUImm { dst, lhs, imm } => set32!(dst, i32v!(lhs) > imm as u32),
                Op::I32LeSImm { dst, lhs, imm } => set32!(dst, i32v!(lhs) as i32 <= imm),
                Op::I32LeUImm { dst, lhs, imm } => set32!(dst, i32v!(lhs) <= imm as u32),
                Op::I32GeSImm { dst, lhs, imm } => set32!(dst, i32v!(lhs) as i32 >= imm),
                Op::I32GeUImm { dst, lhs, imm } => set32!(dst, i32v!(lhs) >= imm as u32),
                Op::I32Clz { dst, src } => set32!(dst, i32v!(src).leading_zeros()),
                Op::I32Ctz { dst, src } => set32!(dst, i32v!(src).trailing_zeros()),
                Op::I32Popcnt { dst, src } => set32!(dst, i32v!(src).count_ones()),
                Op::I32Add { dst, lhs, rhs } => set32!(dst, i32v!(lhs).wrapping_add(i32v!(rhs))),
                Op::I32Sub { dst, lhs, rhs } => set32!(dst, i32v!(lhs).wrapping_sub(i32v!(rhs))),
                Op::I32Mul { dst, lhs, rhs } => set32!(dst, i32v!(lhs).wrapping_mul(i32v!(rhs))),
                Op::I32DivS { dst, lhs, rhs } => {
                    set32!(dst, checked!(num::i32_div_s(i32v!(lhs) as i32, i32v!(rhs) as i32)))
                }
                Op::I32DivU { dst, lhs, rhs } => set32!(dst, checked!(num::i32_div_u(i32v!(lhs), i32v!(rhs)))),
                Op::I32RemS { dst, lhs, rhs } => {
                    set32!(dst, checked!(num::i32_rem_s(i32v!(lhs) as i32, i32v!(rhs) as i32)))
                }
                Op::I32RemU { dst, lhs, rhs } => set32!(dst, checked!(num::i32_rem_u(i32v!(lhs), i32v!(rhs)))),
                Op::I32And { dst, lhs, rhs } => set32!(dst, i32v!(lhs) & i32v!(rhs)),
                Op::I32Or { dst, lhs, rhs } => set32!(dst, i32v!(lhs) | i32v!(rhs)),
                Op::I32Xor { dst, lhs, rhs } => set32!(dst, i32v!(lhs) ^ i32v!(rhs)),
                Op::I32Shl { dst, lhs, rhs } => set32!(dst, i32v!(lhs).wrapping_shl(i32v!(rhs))),
                Op::I32ShrS { dst, lhs, rhs } => set32!(dst, (i32v!(lhs) as i32).wrapping_shr(i32v!(rhs))),
                Op::I32ShrU { dst, lhs, rhs } => set32!(dst, i32v!(lhs).wrapping_shr(i32v!(rhs))),
                Op::I32Rotl { dst, lhs, rhs } => set32!(dst, i32v!(lhs).rotate_left(i32v!(rhs) & 31)),
                Op::I32Rotr { dst, lhs, rhs } => set32!(dst, i32v!(lhs).rotate_right(i32v!(rhs) & 31)),
                Op::I32AddImm { dst, lhs, imm } => set32!(dst, i32v!(lhs).wrapping_add(imm as u32)),
                Op::I32MulImm { dst, lhs, imm } => set32!(dst, i32v!(lhs).wrapping_mul(imm as u32)),
                Op::I32AndImm { dst, lhs, imm } => set32!(dst, i32v!(lhs) & imm as u32),
                Op::I32OrImm { dst, lhs, imm } => set32!(dst, i32v!(lhs) | imm as u32),
                Op::I32XorImm { dst, lhs, imm } => set32!(dst, i32v!(lhs) ^ imm as u32),
                Op::I32ShlImm { dst, lhs, imm } => set32!(dst, i32v!(lhs).wrapping_shl(imm as u32)),
                Op::I32ShrSImm { dst, lhs, imm } => set32!(dst, (i32v!(lhs) as i32).wrapping_shr(imm as u32)),
                Op::I32ShrUImm { dst, lhs, imm } => set32!(dst, i32v!(lhs).wrapping_shr(imm as u32)),

                // ---- i64 ----
                Op::I64Eqz { dst, src } => set32!(dst, r!(src) == 0),
                Op::I64Eq { dst, lhs, rhs } => set32!(dst, r!(lhs) == r!(rhs)),
                Op::I64Ne { dst, lhs, rhs } => set32!(dst, r!(lhs) != r!(rhs)),
                Op::I64LtS { dst, lhs, rhs } => set32!(dst, (r!(lhs) as i64) < r!(rhs) as i64),
                Op::I64LtU { dst, lhs, rhs } => set32!(dst, r!(lhs) < r!(rhs)),
                Op::I64GtS { dst, lhs, rhs } => set32!(dst, r!(lhs) as i64 > r!(rhs) as i64),
                Op::I64GtU { dst, lhs, rhs } => set32!(dst, r!(lhs) > r!(rhs)),
                Op::I64LeS { dst, lhs, rhs } => set32!(dst, r!(lhs) as i64 <= r!(rhs) as i64),
                Op::I64LeU { dst, lhs, rhs } => set32!(dst, r!(lhs) <= r!(rhs)),
                Op::I64GeS { dst, lhs, rhs } => set32!(dst, r!(lhs) as i64 >= r!(rhs) as i64),
                Op::I64GeU { dst, lhs, rhs } => set32!(dst, r!(lhs) >= r!(rhs)),
                Op::I64Clz { dst, src } => r!(dst) = r!(src).leading_zeros() as u64,
                Op::I64Ctz { dst, src } => r!(dst) = r!(src).trailing_zeros() as u64,
                Op::I64Popcnt { dst, src } => r!(dst) = r!(src).count_ones() as u64,
                Op::I64Add { dst, lhs, rhs } => r!(dst) = r!(lhs).wrapping_add(r!(rhs)),
                Op::I64Sub { dst, lhs, rhs } => r!(dst) = r!(lhs).wrapping_sub(r!(rhs)),
                Op::I64Mul { dst, lhs, rhs } => r!(dst) = r!(lhs).wrapping_mul(r!(rhs)),
                Op::I64DivS { dst, lhs, rhs } => {
                    r!(dst) = checked!(num::i64_div_s(r!(lhs) as i64, r!(rhs) as i64)) as u64
                }
                Op::I64DivU { dst, lhs, rhs } => r!(dst) = checked!(num::i64_div_u(r!(lhs), r!(rhs))),
                Op::I64RemS { dst, lhs, rhs } => {
                    r!(dst) = checked!(num::i64_rem_s(r!(lhs) as i64, r!(rhs) as i64)) as u64
                }
                Op::I64RemU { dst, lhs, rhs } => r!(dst) = checked!(num::i64_rem_u(r!(lhs), r!(rhs))),
                Op::I64And { dst, lhs, rhs } => r!(dst) = r!(lhs) & r!(rhs),
                Op::I64Or { dst, lhs, rhs } => r!(dst) = r!(lhs) | r!(rhs),
                Op::I64Xor { dst, lhs, rhs } => r!(dst) = r!(lhs) ^ r!(rhs),
                Op::I64Shl { dst, lhs, rhs } => r!(dst) = r!(lhs).wrapping_shl(r!(rhs) as u32),
                Op::I64ShrS { dst, lhs, rhs } => r!(dst) = (r!(lhs) as i64).wrapping_shr(r!(rhs) as u32) as u64,
                Op::I64ShrU { dst, lhs, rhs } => r!(dst) = r!(lhs).wrapping_shr(r!(rhs) as u32),
                Op::I64Rotl { dst, lhs, rhs } => r!(dst) = r!(lhs).rotate_left((r!(rhs) & 63) as u32),
                Op::I64Rotr { dst, lhs, rhs } => r!(dst) = r!(lhs).rotate_right((r!(rhs) & 63) as u32),
                Op::I64AddImm { dst, lhs, imm } => r!(dst) = r!(lhs).wrapping_add(imm as i64 as u64),
                Op::I64AndImm { dst, lhs, imm } => r!(dst) = r!(lhs) & imm as i64 as u64,
                Op::I64ShlImm { dst, lhs, imm } => r!(dst) = r!(lhs).wrapping_shl(imm as u32),
                Op::I64ShrSImm { dst, lhs, imm } => r!(dst) = (r!(lhs) as i64).wrapping_shr(imm as u32) as u64,
                Op::I64ShrUImm { dst, lhs, imm } => r!(dst) = r!(lhs).wrapping_shr(imm as u32),

                // ---- f32 ----
                Op::F32Eq { dst, lhs, rhs } => set32!(dst, f32v!(lhs) == f32v!(rhs)),
                Op::F32Ne { dst, lhs, rhs } => set32!(dst, f32v!(lhs) != f32v!(rhs)),
                Op::F32Lt { dst, lhs, rhs } => set32!(dst, f32v!(lhs) < f32v!(rhs)),
                Op::F32Gt { dst, lhs, rhs } => set32!(dst, f32v!(lhs) > f32v!(rhs)),
                Op::F32Le { dst, lhs, rhs } => set32!(dst, f32v!(lhs) <= f32v!(rhs)),
                Op::F32Ge { dst, lhs, rhs } => set32!(dst, f32v!(lhs) >= f32v!(rhs)),
                Op::F32Abs { dst, src } => set32!(dst, i32v!(src) & 0x7fff_ffff),
                Op::F32Neg { dst, src } => set32!(dst, i32v!(src) ^ 0x8000_0000),
                Op::F32Ceil { dst, src } => setf32!(dst, num::f32_quiet(f32v!(src).ceil())),
                Op::F32Floor { dst, src } => setf32!(dst, num::f32_quiet(f32v!(src).floor())),
                Op::F32Trunc { dst, src } => setf32!(dst, num::f32_quiet(f32v!(src).trunc())),
                Op::F32Nearest { dst, src } => setf32!(dst, num::f32_nearest(f32v!(src))),
                Op::F32Sqrt { dst, src } => setf32!(dst, num::f32_quiet(f32v!(src).sqrt())),
                Op::F32Add { dst, lhs, rhs } => setf32!(dst, f32v!(lhs) + f32v!(rhs)),
                Op::F32Sub { dst, lhs, rhs } => setf32!(dst, f32v!(lhs) - f32v!(rhs)),
                Op::F32Mul { dst, lhs, rhs } => setf32!(dst, f32v!(lhs) * f32v!(rhs)),
                Op::F32Div { dst, lhs, rhs } => setf32!(dst, f32v!(lhs) / f32v!(rhs)),
                Op::F32Min { dst, lhs, rhs } => setf32!(dst, num::f32_min(f32v!(lhs), f32v!(rhs))),
                Op::F32Max { dst, lhs, rhs } => setf32!(dst, num::f32_max(f32v!(lhs), f32v!(rhs))),
                Op::F32Copysign { dst, lhs, rhs } => {
                    set32!(dst, (i32v!(lhs) & 0x7fff_ffff) | (i32v!(rhs) & 0x8000_0000))
                }

                // ---- f64 ----
                Op::F64Eq { dst, lhs, rhs } => set32!(dst, f64v!(lhs) == f64v!(rhs)),
                Op::F64Ne { dst, lhs, rhs } => set32!(dst, f64v!(lhs) != f64v!(rhs)),
                Op::F64Lt { dst, lhs, rhs } => set32!(dst, f64v!(lhs) < f64v!(rhs)),
                Op::F64Gt { dst, lhs, rhs } => set32!(dst, f64v!(lhs) > f64v!(rhs)),
                Op::F64Le { dst, lhs, rhs } => set32!(dst, f64v!(lhs) <= f64v!(rhs)),
                Op::F64Ge { dst, lhs, rhs } => set32!(dst, f64v!(lhs) >= f64v!(rhs)),
                Op::F64Abs { dst, src } => r!(dst) = r!(src) & 0x7fff_ffff_ffff_ffff,
                Op::F64Neg { dst, src } => r!(dst) = r!(src) ^ 0x8000_0000_0000_0000,
                Op::F64Ceil { dst, src } => setf64!(dst, num::f64_quiet(f64v!(src).ceil())),
                Op::F64Floor { dst, src } => setf64!(dst, num::f64_quiet(f64v!(src).floor())),
                Op::F64Trunc { dst, src } => setf64!(dst, num::f64_quiet(f64v!(src).trunc())),
                Op::F64Nearest { dst, src } => setf64!(dst, num::f64_nearest(f64v!(src))),
                Op::F64Sqrt { dst, src } => setf64!(dst, num::f64_quiet(f64v!(src).sqrt())),
                Op::F64Add { dst, lhs, rhs } => setf64!(dst, f64v!(lhs) + f64v!(rhs)),
                Op::F64Sub { dst, lhs, rhs } => setf64!(dst, f64v!(lhs) - f64v!(rhs)),
                Op::F64Mul { dst, lhs, rhs } => setf64!(dst, f64v!(lhs) * f64v!(rhs)),
                Op::F64Div { dst, lhs, rhs } => setf64!(dst, f64v!(lhs) / f64v!(rhs)),
                Op::F64Min { dst, lhs, rhs } => setf64!(dst, num::f64_min(f64v!(lhs), f64v!(rhs))),
                Op::F64Max { dst, lhs, rhs } => setf64!(dst, num::f64_max(f64v!(lhs), f64v!(rhs))),
                Op::F64Copysign { dst, lhs, rhs } => {
                    r!(dst) = (r!(lhs) & 0x7fff_ffff_ffff_ffff) | (r!(rhs) & 0x8000_0000_0000_0000)
                }

                // ---- conversions ----
                Op::I32WrapI64 { dst, src } => set32!(dst, r!(src)),
                Op::I32TruncF32S { dst, src } => set32!(dst, checked!(num::i32_trunc_f32_s(f32v!(src)))),
                Op::I32TruncF32U { dst, src } => set32!(dst, checked!(num::i32_trunc_f32_u(f32v!(src)))),
                Op::I32TruncF64S { dst, src } => set32!(dst, checked!(num::i32_trunc_f64_s(f64v!(src)))),
                Op::I32TruncF64U { dst, src } => set32!(dst, checked!(num::i32_trunc_f64_u(f64v!(src)))),
                Op::I64ExtendI32S { dst, src } => r!(dst) = i32v!(src) as i32 as i64 as u64,
                Op::I64ExtendI32U { dst, src } => r!(dst) = i32v!(src) as u64,
                Op::I64TruncF32S { dst, src } => r!(dst) = checked!(num::i64_trunc_f32_s(f32v!(src))) as u64,
                Op::I64TruncF32U { dst, src } => r!(dst) = checked!(num::i64_trunc_f32_u(f32v!(src))),
                Op::I64TruncF64S { dst, src } => r!(dst) = checked!(num::i64_trunc_f64_s(f64v!(src))) as u64,
                Op::I64TruncF64U { dst, src } => r!(dst) = checked!(num::i64_trunc_f64_u(f64v!(src))),
                Op::F32ConvertI32S { dst, src } => setf32!(dst, i32v!(src) as i32 as f32),
                Op::F32ConvertI32U { dst, src } => setf32!(dst, i32v!(src) as f32),
                Op::F32ConvertI64S { dst, src } => setf32!(dst, r!(src) as i64 as f32),
                Op::F32ConvertI64U { dst, src } => setf32!(dst, r!(src) as f32),
                Op::F32DemoteF64 { dst, src } => setf32!(dst, f64v!(src) as f32),
                Op::F64ConvertI32S { dst, src } => setf64!(dst, i32v!(src) as i32 as f64),
                Op::F64ConvertI32U { dst, src } => setf64!(dst, i32v!(src) as f64),
                Op::F64ConvertI64S { dst, src } => setf64!(dst, r!(src) as i64 as f64),
                Op::F64ConvertI64U { dst, src } => setf64!(dst, r!(src) as f64),
                Op::F64PromoteF32 { dst, src } => setf64!(dst, f32v!(src) as f64),
                Op::I32Extend8S { dst, src } => set32!(dst, r!(src) as i8 as i32),
                Op::I32Extend16S { dst, src } => set32!(dst, r!(src) as i16 as i32),
                Op::I64Extend8S { dst, src } => r!(dst) = r!(src) as i8 as i64 as u64,
                Op::I64Extend16S { dst, src } => r!(dst) = r!(src) as i16 as i64 as u64,
                Op::I64Extend32S { dst, src } => r!(dst) = r!(src) as i32 as i64 as u64,
                Op::I32TruncSatF32S { dst, src } => set32!(dst, f32v!(src) as i32),
                Op::I32TruncSatF32U { dst, src } => set32!(dst, f32v!(src) as u32),
                Op::I32TruncSatF64S { dst, src } => set32!(dst, f64v!(src) as i32),
                Op::I32TruncSatF64U { dst, src } => set32!(dst, f64v!(src) as u32),
                Op::I64TruncSatF32S { dst, src } => r!(dst) = f32v!(src) as i64 as u64,
                Op::I64TruncSatF32U { dst, src } => r!(dst) = f32v!(src) as u64,
                Op::I64TruncSatF64S { dst, src } => r!(dst) = f64v!(src) as i64 as u64,
                Op::I64TruncSatF64U { dst, src } => r!(dst) = f64v!(src) as u64,
            }
            pc = pc.add(1);
        }
    }
}
