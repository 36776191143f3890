//! The semantics of every instruction, written once. Both dispatch backends (the portable
//! `loop { match }` in `loop_backend` and the tail-calling handlers in `threaded`) are expanded
//! from this one list by passing it their own macro, so an op cannot mean different things in
//! different backends. The exhaustive matches they generate make a missing op a compile error.
//!
//! Each entry is `kind Name { fields } => { body }`. `fast` ops run inline in every backend;
//! `slow` ops (rare, or needing the whole store) make the threaded backend exit to its driver,
//! which runs that one instruction with the loop backend.
//!
//! A body reads and writes registers with `r!(x)` (results with `put!(dst, v)`, which also sets
//! the accumulator, or `put_acc!(v)`, which sets only the accumulator) and ends with one of: `next!()`,
//! `jump!(delta)`, `br_if!(cond, offset)` (then `next!()`), `trap!(code)`, `ret!()` or
//! `call!(store_func, base)` / `call_local!(instance_func, base)` / `call_known!(target, base)`
//! (a resolved `CallTarget` of the current instance). `off_chain!({ ... })` wraps an op's rare
//! path: the loop backend runs the block, the threaded backend leaves its chain and has the
//! driver run the whole instruction (so its handler keeps no registers for that path; `call!`
//! appears only there). It reaches the store with `store!()`, the current instance index
//! with `inst!()` (the store index of its table 0 with `table0!()`), the store's interrupt flag
//! with `interrupt_flag!()` (a `*const AtomicBool`), and memory 0 with
//! `mem_base!()` / `mem_len!()` (`refresh_mem!()` after anything that can move it).
//! `op_at!(delta)` reads the op `delta` instructions away.
//!
//! There are three accumulators: `acc!()` (integers, and floats handled as bits), `facc!()`
//! (f32) and `dacc!()` (f64), written by `put!`/`put_acc!`, `put_f32!`/`put_facc!` and
//! `put_f64!`/`put_dacc!`; `Op::acc_results` and `Op::acc_read` in `bytecode` say which one each
//! op writes and reads (a test checks them against this list).

/// Reads register `$x` as an i32 bit pattern.
macro_rules! i32v {
    ($x:expr) => {
        (r!($x) as u32)
    };
}
/// Reads register `$x` as an f32.
macro_rules! f32v {
    ($x:expr) => {
        f32::from_bits(r!($x) as u32)
    };
}
/// Reads register `$x` as an f64.
macro_rules! f64v {
    ($x:expr) => {
        f64::from_bits(r!($x))
    };
}
/// Writes a 32-bit result (zero-extended into the cell).
macro_rules! set32 {
    ($dst:expr, $v:expr) => {
        put!($dst, ($v) as u32 as u64)
    };
}
/// Writes an f32 result (its bits, zero-extended, into the cell; the value into the f32
/// accumulator).
macro_rules! setf32 {
    ($dst:expr, $v:expr) => {
        put_f32!($dst, ($v) as f32)
    };
}
/// Writes an f64 result (into the cell and the f64 accumulator).
macro_rules! setf64 {
    ($dst:expr, $v:expr) => {
        put_f64!($dst, ($v) as f64)
    };
}
/// Unwraps a `Result<_, TrapCode>` or traps.
macro_rules! checked {
    ($e:expr) => {
        match $e {
            Ok(v) => v,
            Err(code) => trap!(code),
        }
    };
}
/// A bounds-checked little-endian load from memory 0 (`ea + size <= len` in 64-bit arithmetic),
/// converted by `$conv`; the value of the block.
macro_rules! load_value {
    ($addr:expr, $offset:expr, $t:ty, |$v:ident| $conv:expr) => {{
        let ea = ($addr) as u32 as u64 + $offset as u64;
        if ea + std::mem::size_of::<$t>() as u64 > mem_len!() as u64 {
            trap!(TrapCode::MemoryOutOfBounds);
        }
        // A byte-array read is a plain unaligned load; `read_unaligned` would go through a stack
        // temporary whose address (in debug builds) escapes and breaks the tail call.
        let bytes = *(mem_base!().add(ea as usize) as *const [u8; std::mem::size_of::<$t>()]);
        let $v = <$t>::from_le_bytes(bytes);
        $conv
    }};
}
/// `load_value!` into register `$dst` and the accumulator. A full-width load may be an f32 or
/// f64 load (they share the integer ops), so it also sets that float accumulator.
macro_rules! load {
    ($dst:expr, $addr:expr, $offset:expr, u32, |$v:ident| $conv:expr) => {{
        let $v = load_value!($addr, $offset, u32, |x| x);
        put_facc!(f32::from_bits($v));
        put!($dst, $conv);
    }};
    ($dst:expr, $addr:expr, $offset:expr, u64, |$v:ident| $conv:expr) => {{
        let $v = load_value!($addr, $offset, u64, |x| x);
        put_dacc!(f64::from_bits($v));
        put!($dst, $conv);
    }};
    ($dst:expr, $($load:tt)*) => {
        put!($dst, load_value!($($load)*))
    };
}
/// `load_value!` into the accumulators only (the `R` forms).
macro_rules! load_acc {
    ($addr:expr, $offset:expr, u32, |$v:ident| $conv:expr) => {{
        let $v = load_value!($addr, $offset, u32, |x| x);
        put_facc!(f32::from_bits($v));
        put_acc!($conv);
    }};
    ($addr:expr, $offset:expr, u64, |$v:ident| $conv:expr) => {{
        let $v = load_value!($addr, $offset, u64, |x| x);
        put_dacc!(f64::from_bits($v));
        put_acc!($conv);
    }};
    ($($load:tt)*) => {
        put_acc!(load_value!($($load)*))
    };
}
/// A bounds-checked little-endian store to memory 0.
macro_rules! store_mem {
    ($addr:expr, $value:expr, $offset:expr, $t:ty) => {{
        let ea = ($addr) as u32 as u64 + $offset as u64;
        if ea + std::mem::size_of::<$t>() as u64 > mem_len!() as u64 {
            trap!(TrapCode::MemoryOutOfBounds);
        }
        *(mem_base!().add(ea as usize) as *mut [u8; std::mem::size_of::<$t>()]) = (($value) as $t).to_le_bytes();
    }};
}

/// Calls `$m! { entries }` with the whole instruction list.
macro_rules! for_each_op {
    ($m:ident) => {
        $m! {
        // ---- control ----
        fast Unreachable {} => { trap!(TrapCode::Unreachable) }
        fast Fuel { cost } => {
            let store = store!();
            match store.fuel.checked_sub(cost as u64) {
                Some(left) => store.fuel = left,
                None => trap!(TrapCode::OutOfFuel),
            }
            next!()
        }
        fast CheckInterrupt {} => {
            // SAFETY: the flag is the store's `Arc<AtomicBool>`; the store (borrowed for the
            // whole run) keeps it alive and never replaces it.
            if (*interrupt_flag!()).load(std::sync::atomic::Ordering::Relaxed) {
                trap!(TrapCode::Interrupted);
            }
            next!()
        }
        fast Br { offset } => { jump!(offset) }
        fast BrIfEqz { cond, offset } => { br_if!(i32v!(cond) == 0, offset); next!() }
        fast BrIfNez { cond, offset } => { br_if!(i32v!(cond) != 0, offset); next!() }
        fast BrIfI64Eqz { cond, offset } => { br_if!(r!(cond) == 0, offset); next!() }
        fast BrIfI64Nez { cond, offset } => { br_if!(r!(cond) != 0, offset); next!() }
        fast BrIfI32Eq { lhs, rhs, offset } => { br_if!(i32v!(lhs) == i32v!(rhs), offset); next!() }
        fast BrIfI32Ne { lhs, rhs, offset } => { br_if!(i32v!(lhs) != i32v!(rhs), offset); next!() }
        fast BrIfI32LtS { lhs, rhs, offset } => { br_if!((i32v!(lhs) as i32) < i32v!(rhs) as i32, offset); next!() }
        fast BrIfI32LtU { lhs, rhs, offset } => { br_if!(i32v!(lhs) < i32v!(rhs), offset); next!() }
        fast BrIfI32GtS { lhs, rhs, offset } => { br_if!(i32v!(lhs) as i32 > i32v!(rhs) as i32, offset); next!() }
        fast BrIfI32GtU { lhs, rhs, offset } => { br_if!(i32v!(lhs) > i32v!(rhs), offset); next!() }
        fast BrIfI32LeS { lhs, rhs, offset } => { br_if!(i32v!(lhs) as i32 <= i32v!(rhs) as i32, offset); next!() }
        fast BrIfI32LeU { lhs, rhs, offset } => { br_if!(i32v!(lhs) <= i32v!(rhs), offset); next!() }
        fast BrIfI32GeS { lhs, rhs, offset } => { br_if!(i32v!(lhs) as i32 >= i32v!(rhs) as i32, offset); next!() }
        fast BrIfI32GeU { lhs, rhs, offset } => { br_if!(i32v!(lhs) >= i32v!(rhs), offset); next!() }
        fast BrIfI32EqImm { lhs, imm, offset } => { br_if!(i32v!(lhs) as i32 == imm, offset); next!() }
        fast BrIfI32NeImm { lhs, imm, offset } => { br_if!(i32v!(lhs) as i32 != imm, offset); next!() }
        fast BrIfI32LtSImm { lhs, imm, offset } => { br_if!((i32v!(lhs) as i32) < imm, offset); next!() }
        fast BrIfI32LtUImm { lhs, imm, offset } => { br_if!(i32v!(lhs) < imm as u32, offset); next!() }
        fast BrIfI32GtSImm { lhs, imm, offset } => { br_if!(i32v!(lhs) as i32 > imm, offset); next!() }
        fast BrIfI32GtUImm { lhs, imm, offset } => { br_if!(i32v!(lhs) > imm as u32, offset); next!() }
        fast BrIfI32LeSImm { lhs, imm, offset } => { br_if!(i32v!(lhs) as i32 <= imm, offset); next!() }
        fast BrIfI32LeUImm { lhs, imm, offset } => { br_if!(i32v!(lhs) <= imm as u32, offset); next!() }
        fast BrIfI32GeSImm { lhs, imm, offset } => { br_if!(i32v!(lhs) as i32 >= imm, offset); next!() }
        fast BrIfI32GeUImm { lhs, imm, offset } => { br_if!(i32v!(lhs) >= imm as u32, offset); next!() }
        fast BrTable { index, len } => {
            // Jump straight to the selected target: every entry after the table is a `Br`.
            let entry = 1 + i32v!(index).min(len) as isize;
            match op_at!(entry) {
                Op::Br { offset } => jump!(entry + offset as isize),
                _ => jump!(entry),
            }
        }
        fast BrTableA { len } => {
            let entry = 1 + (acc!() as u32).min(len) as isize;
            match op_at!(entry) {
                Op::Br { offset } => jump!(entry + offset as isize),
                _ => jump!(entry),
            }
        }
        fast Return {} => { ret!() }
        fast ReturnReg { src } => { r!(0) = r!(src); ret!() }
        fast ReturnImm { imm } => { r!(0) = imm; ret!() }
        fast Call { func, base } => { call_local!(func, base) }
        fast CallIndirect { sig, table, index, base } => {
            let store = store!();
            // SAFETY: validation guarantees `table` is in the instance's table space (so the
            // instance has a table 0 when `table` is 0), and the instance's table space holds
            // indices of this store's tables (`Instance::new` rejects imports of another store).
            let table = if table == 0 {
                table0!()
            } else {
                *store.instances.get_unchecked(inst!() as usize).tables.get_unchecked(table as usize)
            };
            let elems = &store.tables.get_unchecked(table as usize).elems;
            let cell = match elems.get(i32v!(index) as usize) {
                Some(&cell) => cell,
                None => trap!(TrapCode::UndefinedElement),
            };
            if cell == 0 {
                trap!(TrapCode::UninitializedElement);
            }
            let callee = (cell - 1) as u32;
            // SAFETY: a funcref table cell is 0 or a function index of this store + 1 (the
            // invariant on `Store`: host values are checked by `Store::val_to_cell`, wasm only
            // copies cells that hold it, and `funcs` never shrinks); validation guarantees a
            // funcref table here. `call_cache` has one entry per store function (`push_func`).
            let known = store.call_cache.get_unchecked(callee as usize).get();
            if known.sig == sig && known.instance == inst!() {
                call_known!(known.target, base)
            }
            // Not entered before, another instance's, a host function or the wrong signature.
            off_chain!({
                if store.funcs.get_unchecked(callee as usize).sig() != sig {
                    trap!(TrapCode::IndirectCallTypeMismatch);
                }
                call!(callee, base)
            })
        }

        // ---- moves ----
        fast Copy { dst, src } => { r!(dst) = r!(src); next!() }
        fast CopyBr { dst, src, offset } => { r!(dst) = r!(src); jump!(offset) }
        fast CopySpan { dst, src, len } => {
            // Ascending, one cell at a time: correct for overlapping spans since `src >= dst`.
            for i in 0..len as usize {
                r!(dst as usize + i) = r!(src as usize + i);
            }
            next!()
        }
        fast ZeroLocals { from, count } => {
            // Most functions have a few locals: plain stores for those, so the common case does
            // not call `memset` (which would make the handler save the VM registers around it).
            let from = from as usize;
            match count {
                0 => {}
                1 => r!(from) = 0,
                2 => {
                    r!(from) = 0;
                    r!(from + 1) = 0;
                }
                3 => {
                    r!(from) = 0;
                    r!(from + 1) = 0;
                    r!(from + 2) = 0;
                }
                4 => {
                    r!(from) = 0;
                    r!(from + 1) = 0;
                    r!(from + 2) = 0;
                    r!(from + 3) = 0;
                }
                _ => {
                    for i in from..from + count as usize {
                        r!(i) = 0;
                    }
                }
            }
            next!()
        }
        fast Const32 { dst, imm } => { r!(dst) = imm as u64; next!() }
        fast Const64 { dst, imm } => { r!(dst) = imm; next!() }
        fast Select { dst, cond, lhs, rhs } => { put!(dst, crate::exec::select_loaded(i32v!(cond) != 0, r!(lhs), r!(rhs))); next!() }
        fast GlobalGet { dst, global } => {
            let store = store!();
            // SAFETY: validation guarantees `global` is in the instance's global space, which
            // holds indices of this store's globals (`Instance::new` rejects foreign imports).
            let g = *store.instances.get_unchecked(inst!() as usize).globals.get_unchecked(global as usize);
            put!(dst, store.globals.get_unchecked(g as usize).value);
            next!()
        }
        fast GlobalSet { src, global } => {
            let store = store!();
            // SAFETY: as for GlobalGet.
            let g = *store.instances.get_unchecked(inst!() as usize).globals.get_unchecked(global as usize);
            store.globals.get_unchecked_mut(g as usize).value = r!(src);
            next!()
        }

        // ---- memory ----
        fast I32Load { dst, addr, offset } => { load!(dst, i32v!(addr), offset, u32, |v| v as u64); next!() }
        fast I64Load { dst, addr, offset } => { load!(dst, i32v!(addr), offset, u64, |v| v); next!() }
        fast I32Load8S { dst, addr, offset } => { load!(dst, i32v!(addr), offset, i8, |v| v as i32 as u32 as u64); next!() }
        fast I32Load8U { dst, addr, offset } => { load!(dst, i32v!(addr), offset, u8, |v| v as u64); next!() }
        fast I32Load16S { dst, addr, offset } => { load!(dst, i32v!(addr), offset, i16, |v| v as i32 as u32 as u64); next!() }
        fast I32Load16U { dst, addr, offset } => { load!(dst, i32v!(addr), offset, u16, |v| v as u64); next!() }
        fast I64Load8S { dst, addr, offset } => { load!(dst, i32v!(addr), offset, i8, |v| v as i64 as u64); next!() }
        fast I64Load16S { dst, addr, offset } => { load!(dst, i32v!(addr), offset, i16, |v| v as i64 as u64); next!() }
        fast I64Load32S { dst, addr, offset } => { load!(dst, i32v!(addr), offset, i32, |v| v as i64 as u64); next!() }
        fast Store8 { addr, src, offset } => { store_mem!(i32v!(addr), r!(src), offset, u8); next!() }
        fast Store16 { addr, src, offset } => { store_mem!(i32v!(addr), r!(src), offset, u16); next!() }
        fast Store32 { addr, src, offset } => { store_mem!(i32v!(addr), r!(src), offset, u32); next!() }
        fast Store64 { addr, src, offset } => { store_mem!(i32v!(addr), r!(src), offset, u64); next!() }
        slow MemorySize { dst, mem } => {
            let store = store!();
            let m = store.instances[inst!() as usize].memories[mem as usize];
            set32!(dst, store.memories[m as usize].pages());
            next!()
        }
        slow MemoryGrow { dst, delta, mem } => {
            let store = store!();
            let m = store.instances[inst!() as usize].memories[mem as usize];
            let old = store.grow_memory(m, i32v!(delta) as u64);
            set32!(dst, old.map_or(u32::MAX, |p| p as u32));
            refresh_mem!();
            next!()
        }
        // Memory 0 is the only memory (no multi-memory) and neither op resizes it: both work on
        // `mem_base!()` directly, bounds-checked before any byte is written (no partial writes).
        fast MemoryFill { dst, val, len } => {
            let (to, n) = (i32v!(dst) as u64, i32v!(len) as u64);
            if to + n > mem_len!() as u64 {
                trap!(TrapCode::MemoryOutOfBounds);
            }
            std::ptr::write_bytes(mem_base!().add(to as usize), r!(val) as u8, n as usize);
            next!()
        }
        fast MemoryCopy { dst, src, len } => {
            let (to, from, n) = (i32v!(dst) as u64, i32v!(src) as u64, i32v!(len) as u64);
            if to + n > mem_len!() as u64 || from + n > mem_len!() as u64 {
                trap!(TrapCode::MemoryOutOfBounds);
            }
            std::ptr::copy(mem_base!().add(from as usize), mem_base!().add(to as usize), n as usize);
            next!()
        }
        slow MemoryInit { dst, src, len, data } => {
            let store = store!();
            let m = store.instances[inst!() as usize].memories[0];
            checked!(bulk::memory_init(store, inst!(), m, data, i32v!(dst), i32v!(src), i32v!(len)));
            refresh_mem!();
            next!()
        }
        slow DataDrop { data } => {
            store!().instances[inst!() as usize].datas[data as usize].clear();
            next!()
        }

        // ---- tables ----
        slow TableGet { dst, index, table } => {
            let store = store!();
            let t = store.instances[inst!() as usize].tables[table as usize];
            put!(dst, checked!(bulk::table_get(store, t, i32v!(index))));
            next!()
        }
        slow TableSet { index, src, table } => {
            let store = store!();
            let t = store.instances[inst!() as usize].tables[table as usize];
            checked!(bulk::table_set(store, t, i32v!(index), r!(src)));
            next!()
        }
        slow TableSize { dst, table } => {
            let store = store!();
            let t = store.instances[inst!() as usize].tables[table as usize];
            set32!(dst, store.tables[t as usize].elems.len());
            next!()
        }
        slow TableGrow { dst, init, delta, table } => {
            let store = store!();
            let t = store.instances[inst!() as usize].tables[table as usize];
            let old = store.grow_table(t, i32v!(delta) as u64, r!(init));
            set32!(dst, old.map_or(u32::MAX, |n| n as u32));
            next!()
        }
        slow TableFill { dst, val, len, table } => {
            let store = store!();
            let t = store.instances[inst!() as usize].tables[table as usize];
            checked!(bulk::table_fill(store, t, i32v!(dst), r!(val), i32v!(len)));
            next!()
        }
        slow TableCopy { dst, src, len, dst_table, src_table } => {
            let store = store!();
            let i = &store.instances[inst!() as usize];
            let (dt, st) = (i.tables[dst_table as usize], i.tables[src_table as usize]);
            checked!(bulk::table_copy(store, dt, st, i32v!(dst), i32v!(src), i32v!(len)));
            next!()
        }
        slow TableInit { dst, src, len, table, elem } => {
            let store = store!();
            let t = store.instances[inst!() as usize].tables[table as usize];
            checked!(bulk::table_init(store, inst!(), t, elem, i32v!(dst), i32v!(src), i32v!(len)));
            next!()
        }
        slow ElemDrop { elem } => {
            store!().instances[inst!() as usize].elems[elem as usize] = std::sync::Arc::new([]);
            next!()
        }
        slow RefFunc { dst, func } => {
            put!(dst, store!().instances[inst!() as usize].funcs[func as usize] as u64 + 1);
            next!()
        }

        // ---- i32 ----
        fast I32Eqz { dst, src } => { set32!(dst, i32v!(src) == 0); next!() }
        fast I32Eq { dst, lhs, rhs } => { set32!(dst, i32v!(lhs) == i32v!(rhs)); next!() }
        fast I32Ne { dst, lhs, rhs } => { set32!(dst, i32v!(lhs) != i32v!(rhs)); next!() }
        fast I32LtS { dst, lhs, rhs } => { set32!(dst, (i32v!(lhs) as i32) < i32v!(rhs) as i32); next!() }
        fast I32LtU { dst, lhs, rhs } => { set32!(dst, i32v!(lhs) < i32v!(rhs)); next!() }
        fast I32GtS { dst, lhs, rhs } => { set32!(dst, i32v!(lhs) as i32 > i32v!(rhs) as i32); next!() }
        fast I32GtU { dst, lhs, rhs } => { set32!(dst, i32v!(lhs) > i32v!(rhs)); next!() }
        fast I32LeS { dst, lhs, rhs } => { set32!(dst, i32v!(lhs) as i32 <= i32v!(rhs) as i32); next!() }
        fast I32LeU { dst, lhs, rhs } => { set32!(dst, i32v!(lhs) <= i32v!(rhs)); next!() }
        fast I32GeS { dst, lhs, rhs } => { set32!(dst, i32v!(lhs) as i32 >= i32v!(rhs) as i32); next!() }
        fast I32GeU { dst, lhs, rhs } => { set32!(dst, i32v!(lhs) >= i32v!(rhs)); next!() }
        fast I32EqImm { dst, lhs, imm } => { set32!(dst, i32v!(lhs) as i32 == imm); next!() }
        fast I32NeImm { dst, lhs, imm } => { set32!(dst, i32v!(lhs) as i32 != imm); next!() }
        fast I32LtSImm { dst, lhs, imm } => { set32!(dst, (i32v!(lhs) as i32) < imm); next!() }
        fast I32LtUImm { dst, lhs, imm } => { set32!(dst, i32v!(lhs) < imm as u32); next!() }
        fast I32GtSImm { dst, lhs, imm } => { set32!(dst, i32v!(lhs) as i32 > imm); next!() }
        fast I32GtUImm { dst, lhs, imm } => { set32!(dst, i32v!(lhs) > imm as u32); next!() }
        fast I32LeSImm { dst, lhs, imm } => { set32!(dst, i32v!(lhs) as i32 <= imm); next!() }
        fast I32LeUImm { dst, lhs, imm } => { set32!(dst, i32v!(lhs) <= imm as u32); next!() }
        fast I32GeSImm { dst, lhs, imm } => { set32!(dst, i32v!(lhs) as i32 >= imm); next!() }
        fast I32GeUImm { dst, lhs, imm } => { set32!(dst, i32v!(lhs) >= imm as u32); next!() }
        fast I32Clz { dst, src } => { set32!(dst, i32v!(src).leading_zeros()); next!() }
        fast I32Ctz { dst, src } => { set32!(dst, i32v!(src).trailing_zeros()); next!() }
        fast I32Popcnt { dst, src } => { set32!(dst, i32v!(src).count_ones()); next!() }
        fast I32Add { dst, lhs, rhs } => { set32!(dst, i32v!(lhs).wrapping_add(i32v!(rhs))); next!() }
        fast I32Sub { dst, lhs, rhs } => { set32!(dst, i32v!(lhs).wrapping_sub(i32v!(rhs))); next!() }
        fast I32Mul { dst, lhs, rhs } => { set32!(dst, i32v!(lhs).wrapping_mul(i32v!(rhs))); next!() }
        fast I32DivS { dst, lhs, rhs } => { set32!(dst, checked!(num::i32_div_s(i32v!(lhs) as i32, i32v!(rhs) as i32))); next!() }
        fast I32DivU { dst, lhs, rhs } => { set32!(dst, checked!(num::i32_div_u(i32v!(lhs), i32v!(rhs)))); next!() }
        fast I32RemS { dst, lhs, rhs } => { set32!(dst, checked!(num::i32_rem_s(i32v!(lhs) as i32, i32v!(rhs) as i32))); next!() }
        fast I32RemU { dst, lhs, rhs } => { set32!(dst, checked!(num::i32_rem_u(i32v!(lhs), i32v!(rhs)))); next!() }
        fast I32And { dst, lhs, rhs } => { set32!(dst, i32v!(lhs) & i32v!(rhs)); next!() }
        fast I32Or { dst, lhs, rhs } => { set32!(dst, i32v!(lhs) | i32v!(rhs)); next!() }
        fast I32Xor { dst, lhs, rhs } => { set32!(dst, i32v!(lhs) ^ i32v!(rhs)); next!() }
        fast I32Shl { dst, lhs, rhs } => { set32!(dst, i32v!(lhs).wrapping_shl(i32v!(rhs))); next!() }
        fast I32ShrS { dst, lhs, rhs } => { set32!(dst, (i32v!(lhs) as i32).wrapping_shr(i32v!(rhs))); next!() }
        fast I32ShrU { dst, lhs, rhs } => { set32!(dst, i32v!(lhs).wrapping_shr(i32v!(rhs))); next!() }
        fast I32Rotl { dst, lhs, rhs } => { set32!(dst, i32v!(lhs).rotate_left(i32v!(rhs) & 31)); next!() }
        fast I32Rotr { dst, lhs, rhs } => { set32!(dst, i32v!(lhs).rotate_right(i32v!(rhs) & 31)); next!() }
        fast I32AddImm { dst, lhs, imm } => { set32!(dst, i32v!(lhs).wrapping_add(imm as u32)); next!() }
        fast I32RSubImm { dst, lhs, imm } => { set32!(dst, (imm as u32).wrapping_sub(i32v!(lhs))); next!() }
        fast I32MulImm { dst, lhs, imm } => { set32!(dst, i32v!(lhs).wrapping_mul(imm as u32)); next!() }
        fast I32AndImm { dst, lhs, imm } => { set32!(dst, i32v!(lhs) & imm as u32); next!() }
        fast I32OrImm { dst, lhs, imm } => { set32!(dst, i32v!(lhs) | imm as u32); next!() }
        fast I32XorImm { dst, lhs, imm } => { set32!(dst, i32v!(lhs) ^ imm as u32); next!() }
        fast I32ShlImm { dst, lhs, imm } => { set32!(dst, i32v!(lhs).wrapping_shl(imm as u32)); next!() }
        fast I32ShrSImm { dst, lhs, imm } => { set32!(dst, (i32v!(lhs) as i32).wrapping_shr(imm as u32)); next!() }
        fast I32ShrUImm { dst, lhs, imm } => { set32!(dst, i32v!(lhs).wrapping_shr(imm as u32)); next!() }
        // ---- i64 ----
        fast I64Eqz { dst, src } => { set32!(dst, r!(src) == 0); next!() }
        fast I64Eq { dst, lhs, rhs } => { set32!(dst, r!(lhs) == r!(rhs)); next!() }
        fast I64Ne { dst, lhs, rhs } => { set32!(dst, r!(lhs) != r!(rhs)); next!() }
        fast I64LtS { dst, lhs, rhs } => { set32!(dst, (r!(lhs) as i64) < r!(rhs) as i64); next!() }
        fast I64LtU { dst, lhs, rhs } => { set32!(dst, r!(lhs) < r!(rhs)); next!() }
        fast I64GtS { dst, lhs, rhs } => { set32!(dst, r!(lhs) as i64 > r!(rhs) as i64); next!() }
        fast I64GtU { dst, lhs, rhs } => { set32!(dst, r!(lhs) > r!(rhs)); next!() }
        fast I64LeS { dst, lhs, rhs } => { set32!(dst, r!(lhs) as i64 <= r!(rhs) as i64); next!() }
        fast I64LeU { dst, lhs, rhs } => { set32!(dst, r!(lhs) <= r!(rhs)); next!() }
        fast I64GeS { dst, lhs, rhs } => { set32!(dst, r!(lhs) as i64 >= r!(rhs) as i64); next!() }
        fast I64GeU { dst, lhs, rhs } => { set32!(dst, r!(lhs) >= r!(rhs)); next!() }
        fast I64Clz { dst, src } => { put!(dst, r!(src).leading_zeros() as u64); next!() }
        fast I64Ctz { dst, src } => { put!(dst, r!(src).trailing_zeros() as u64); next!() }
        fast I64Popcnt { dst, src } => { put!(dst, r!(src).count_ones() as u64); next!() }
        fast I64Add { dst, lhs, rhs } => { put!(dst, r!(lhs).wrapping_add(r!(rhs))); next!() }
        fast I64Sub { dst, lhs, rhs } => { put!(dst, r!(lhs).wrapping_sub(r!(rhs))); next!() }
        fast I64Mul { dst, lhs, rhs } => { put!(dst, r!(lhs).wrapping_mul(r!(rhs))); next!() }
        fast I64DivS { dst, lhs, rhs } => { put!(dst, checked!(num::i64_div_s(r!(lhs) as i64, r!(rhs) as i64)) as u64); next!() }
        fast I64DivU { dst, lhs, rhs } => { put!(dst, checked!(num::i64_div_u(r!(lhs), r!(rhs)))); next!() }
        fast I64RemS { dst, lhs, rhs } => { put!(dst, checked!(num::i64_rem_s(r!(lhs) as i64, r!(rhs) as i64)) as u64); next!() }
        fast I64RemU { dst, lhs, rhs } => { put!(dst, checked!(num::i64_rem_u(r!(lhs), r!(rhs)))); next!() }
        fast I64And { dst, lhs, rhs } => { put!(dst, r!(lhs) & r!(rhs)); next!() }
        fast I64Or { dst, lhs, rhs } => { put!(dst, r!(lhs) | r!(rhs)); next!() }
        fast I64Xor { dst, lhs, rhs } => { put!(dst, r!(lhs) ^ r!(rhs)); next!() }
        fast I64Shl { dst, lhs, rhs } => { put!(dst, r!(lhs).wrapping_shl(r!(rhs) as u32)); next!() }
        fast I64ShrS { dst, lhs, rhs } => { put!(dst, (r!(lhs) as i64).wrapping_shr(r!(rhs) as u32) as u64); next!() }
        fast I64ShrU { dst, lhs, rhs } => { put!(dst, r!(lhs).wrapping_shr(r!(rhs) as u32)); next!() }
        fast I64Rotl { dst, lhs, rhs } => { put!(dst, r!(lhs).rotate_left((r!(rhs) & 63) as u32)); next!() }
        fast I64Rotr { dst, lhs, rhs } => { put!(dst, r!(lhs).rotate_right((r!(rhs) & 63) as u32)); next!() }
        fast I64AddImm { dst, lhs, imm } => { put!(dst, r!(lhs).wrapping_add(imm as i64 as u64)); next!() }
        fast I64RSubImm { dst, lhs, imm } => { put!(dst, (imm as i64 as u64).wrapping_sub(r!(lhs))); next!() }
        fast I64AndImm { dst, lhs, imm } => { put!(dst, r!(lhs) & imm as i64 as u64); next!() }
        fast I64ShlImm { dst, lhs, imm } => { put!(dst, r!(lhs).wrapping_shl(imm as u32)); next!() }
        fast I64ShrSImm { dst, lhs, imm } => { put!(dst, (r!(lhs) as i64).wrapping_shr(imm as u32) as u64); next!() }
        fast I64ShrUImm { dst, lhs, imm } => { put!(dst, r!(lhs).wrapping_shr(imm as u32)); next!() }
        // ---- f32 ----
        fast F32Eq { dst, lhs, rhs } => { set32!(dst, f32v!(lhs) == f32v!(rhs)); next!() }
        fast F32Ne { dst, lhs, rhs } => { set32!(dst, f32v!(lhs) != f32v!(rhs)); next!() }
        fast F32Lt { dst, lhs, rhs } => { set32!(dst, f32v!(lhs) < f32v!(rhs)); next!() }
        fast F32Gt { dst, lhs, rhs } => { set32!(dst, f32v!(lhs) > f32v!(rhs)); next!() }
        fast F32Le { dst, lhs, rhs } => { set32!(dst, f32v!(lhs) <= f32v!(rhs)); next!() }
        fast F32Ge { dst, lhs, rhs } => { set32!(dst, f32v!(lhs) >= f32v!(rhs)); next!() }
        fast F32Abs { dst, src } => { setf32!(dst, f32v!(src).abs()); next!() }
        fast F32Neg { dst, src } => { setf32!(dst, -f32v!(src)); next!() }
        fast F32Ceil { dst, src } => { setf32!(dst, num::f32_quiet(f32v!(src).ceil())); next!() }
        fast F32Floor { dst, src } => { setf32!(dst, num::f32_quiet(f32v!(src).floor())); next!() }
        fast F32Trunc { dst, src } => { setf32!(dst, num::f32_quiet(f32v!(src).trunc())); next!() }
        fast F32Nearest { dst, src } => { setf32!(dst, num::f32_nearest(f32v!(src))); next!() }
        fast F32Sqrt { dst, src } => { setf32!(dst, num::f32_quiet(f32v!(src).sqrt())); next!() }
        fast F32Add { dst, lhs, rhs } => { setf32!(dst, f32v!(lhs) + f32v!(rhs)); next!() }
        fast F32Sub { dst, lhs, rhs } => { setf32!(dst, f32v!(lhs) - f32v!(rhs)); next!() }
        fast F32Mul { dst, lhs, rhs } => { setf32!(dst, f32v!(lhs) * f32v!(rhs)); next!() }
        fast F32Div { dst, lhs, rhs } => { setf32!(dst, f32v!(lhs) / f32v!(rhs)); next!() }
        fast F32Min { dst, lhs, rhs } => { setf32!(dst, num::f32_min(f32v!(lhs), f32v!(rhs))); next!() }
        fast F32Max { dst, lhs, rhs } => { setf32!(dst, num::f32_max(f32v!(lhs), f32v!(rhs))); next!() }
        fast F32Copysign { dst, lhs, rhs } => { setf32!(dst, f32v!(lhs).copysign(f32v!(rhs))); next!() }
        // ---- f64 ----
        fast F64Eq { dst, lhs, rhs } => { set32!(dst, f64v!(lhs) == f64v!(rhs)); next!() }
        fast F64Ne { dst, lhs, rhs } => { set32!(dst, f64v!(lhs) != f64v!(rhs)); next!() }
        fast F64Lt { dst, lhs, rhs } => { set32!(dst, f64v!(lhs) < f64v!(rhs)); next!() }
        fast F64Gt { dst, lhs, rhs } => { set32!(dst, f64v!(lhs) > f64v!(rhs)); next!() }
        fast F64Le { dst, lhs, rhs } => { set32!(dst, f64v!(lhs) <= f64v!(rhs)); next!() }
        fast F64Ge { dst, lhs, rhs } => { set32!(dst, f64v!(lhs) >= f64v!(rhs)); next!() }
        fast F64Abs { dst, src } => { setf64!(dst, f64v!(src).abs()); next!() }
        fast F64Neg { dst, src } => { setf64!(dst, -f64v!(src)); next!() }
        fast F64Ceil { dst, src } => { setf64!(dst, num::f64_quiet(f64v!(src).ceil())); next!() }
        fast F64Floor { dst, src } => { setf64!(dst, num::f64_quiet(f64v!(src).floor())); next!() }
        fast F64Trunc { dst, src } => { setf64!(dst, num::f64_quiet(f64v!(src).trunc())); next!() }
        fast F64Nearest { dst, src } => { setf64!(dst, num::f64_nearest(f64v!(src))); next!() }
        fast F64Sqrt { dst, src } => { setf64!(dst, num::f64_quiet(f64v!(src).sqrt())); next!() }
        fast F64Add { dst, lhs, rhs } => { setf64!(dst, f64v!(lhs) + f64v!(rhs)); next!() }
        fast F64Sub { dst, lhs, rhs } => { setf64!(dst, f64v!(lhs) - f64v!(rhs)); next!() }
        fast F64Mul { dst, lhs, rhs } => { setf64!(dst, f64v!(lhs) * f64v!(rhs)); next!() }
        fast F64Div { dst, lhs, rhs } => { setf64!(dst, f64v!(lhs) / f64v!(rhs)); next!() }
        fast F64Min { dst, lhs, rhs } => { setf64!(dst, num::f64_min(f64v!(lhs), f64v!(rhs))); next!() }
        fast F64Max { dst, lhs, rhs } => { setf64!(dst, num::f64_max(f64v!(lhs), f64v!(rhs))); next!() }
        fast F64Copysign { dst, lhs, rhs } => { setf64!(dst, f64v!(lhs).copysign(f64v!(rhs))); next!() }
        // ---- conversions ----
        fast I32WrapI64 { dst, src } => { set32!(dst, r!(src)); next!() }
        fast I32TruncF32S { dst, src } => { set32!(dst, checked!(num::i32_trunc_f32_s(f32v!(src)))); next!() }
        fast I32TruncF32U { dst, src } => { set32!(dst, checked!(num::i32_trunc_f32_u(f32v!(src)))); next!() }
        fast I32TruncF64S { dst, src } => { set32!(dst, checked!(num::i32_trunc_f64_s(f64v!(src)))); next!() }
        fast I32TruncF64U { dst, src } => { set32!(dst, checked!(num::i32_trunc_f64_u(f64v!(src)))); next!() }
        fast I64ExtendI32S { dst, src } => { put!(dst, i32v!(src) as i32 as i64 as u64); next!() }
        fast I64ExtendI32U { dst, src } => { put!(dst, i32v!(src) as u64); next!() }
        fast I64TruncF32S { dst, src } => { put!(dst, checked!(num::i64_trunc_f32_s(f32v!(src))) as u64); next!() }
        fast I64TruncF32U { dst, src } => { put!(dst, checked!(num::i64_trunc_f32_u(f32v!(src)))); next!() }
        fast I64TruncF64S { dst, src } => { put!(dst, checked!(num::i64_trunc_f64_s(f64v!(src))) as u64); next!() }
        fast I64TruncF64U { dst, src } => { put!(dst, checked!(num::i64_trunc_f64_u(f64v!(src)))); next!() }
        fast F32ConvertI32S { dst, src } => { setf32!(dst, i32v!(src) as i32 as f32); next!() }
        fast F32ConvertI32U { dst, src } => { setf32!(dst, i32v!(src) as f32); next!() }
        fast F32ConvertI64S { dst, src } => { setf32!(dst, r!(src) as i64 as f32); next!() }
        fast F32ConvertI64U { dst, src } => { setf32!(dst, r!(src) as f32); next!() }
        fast F32DemoteF64 { dst, src } => { setf32!(dst, f64v!(src) as f32); next!() }
        fast F64ConvertI32S { dst, src } => { setf64!(dst, i32v!(src) as i32 as f64); next!() }
        fast F64ConvertI32U { dst, src } => { setf64!(dst, i32v!(src) as f64); next!() }
        fast F64ConvertI64S { dst, src } => { setf64!(dst, r!(src) as i64 as f64); next!() }
        fast F64ConvertI64U { dst, src } => { setf64!(dst, r!(src) as f64); next!() }
        fast F64PromoteF32 { dst, src } => { setf64!(dst, f32v!(src) as f64); next!() }
        fast I32Extend8S { dst, src } => { set32!(dst, r!(src) as i8 as i32); next!() }
        fast I32Extend16S { dst, src } => { set32!(dst, r!(src) as i16 as i32); next!() }
        fast I64Extend8S { dst, src } => { put!(dst, r!(src) as i8 as i64 as u64); next!() }
        fast I64Extend16S { dst, src } => { put!(dst, r!(src) as i16 as i64 as u64); next!() }
        fast I64Extend32S { dst, src } => { put!(dst, r!(src) as i32 as i64 as u64); next!() }
        fast I32TruncSatF32S { dst, src } => { set32!(dst, f32v!(src) as i32); next!() }
        fast I32TruncSatF32U { dst, src } => { set32!(dst, f32v!(src) as u32); next!() }
        fast I32TruncSatF64S { dst, src } => { set32!(dst, f64v!(src) as i32); next!() }
        fast I32TruncSatF64U { dst, src } => { set32!(dst, f64v!(src) as u32); next!() }
        fast I64TruncSatF32S { dst, src } => { put!(dst, f32v!(src) as i64 as u64); next!() }
        fast I64TruncSatF32U { dst, src } => { put!(dst, f32v!(src) as u64); next!() }
        fast I64TruncSatF64S { dst, src } => { put!(dst, f64v!(src) as i64 as u64); next!() }
        fast I64TruncSatF64U { dst, src } => { put!(dst, f64v!(src) as u64); next!() }

        // ---- immediate stores and i64 compares ----
        fast Store8Imm { addr, imm, offset } => { store_mem!(i32v!(addr), imm as u32, offset, u8); next!() }
        fast Store8ImmA { imm, offset } => { store_mem!((acc!() as u32), imm as u32, offset, u8); next!() }
        fast Store16Imm { addr, imm, offset } => { store_mem!(i32v!(addr), imm as u32, offset, u16); next!() }
        fast Store16ImmA { imm, offset } => { store_mem!((acc!() as u32), imm as u32, offset, u16); next!() }
        fast Store32Imm { addr, imm, offset } => { store_mem!(i32v!(addr), imm as u32, offset, u32); next!() }
        fast Store32ImmA { imm, offset } => { store_mem!((acc!() as u32), imm as u32, offset, u32); next!() }
        fast Store64Imm { addr, imm, offset } => { store_mem!(i32v!(addr), imm as i64 as u64, offset, u64); next!() }
        fast Store64ImmA { imm, offset } => { store_mem!((acc!() as u32), imm as i64 as u64, offset, u64); next!() }
        fast I64EqImm { dst, lhs, imm } => { set32!(dst, r!(lhs) == (imm as i64 as u64)); next!() }
        fast I64EqImmA { dst, imm } => { set32!(dst, acc!() == (imm as i64 as u64)); next!() }
        fast I64NeImm { dst, lhs, imm } => { set32!(dst, r!(lhs) != (imm as i64 as u64)); next!() }
        fast I64NeImmA { dst, imm } => { set32!(dst, acc!() != (imm as i64 as u64)); next!() }
        fast I64LtSImm { dst, lhs, imm } => { set32!(dst, (r!(lhs) as i64) < (imm as i64)); next!() }
        fast I64LtSImmA { dst, imm } => { set32!(dst, (acc!() as i64) < (imm as i64)); next!() }
        fast I64LtUImm { dst, lhs, imm } => { set32!(dst, r!(lhs) < (imm as i64 as u64)); next!() }
        fast I64LtUImmA { dst, imm } => { set32!(dst, acc!() < (imm as i64 as u64)); next!() }
        fast I64GtSImm { dst, lhs, imm } => { set32!(dst, (r!(lhs) as i64) > (imm as i64)); next!() }
        fast I64GtSImmA { dst, imm } => { set32!(dst, (acc!() as i64) > (imm as i64)); next!() }
        fast I64GtUImm { dst, lhs, imm } => { set32!(dst, r!(lhs) > (imm as i64 as u64)); next!() }
        fast I64GtUImmA { dst, imm } => { set32!(dst, acc!() > (imm as i64 as u64)); next!() }
        fast I64LeSImm { dst, lhs, imm } => { set32!(dst, (r!(lhs) as i64) <= (imm as i64)); next!() }
        fast I64LeSImmA { dst, imm } => { set32!(dst, (acc!() as i64) <= (imm as i64)); next!() }
        fast I64LeUImm { dst, lhs, imm } => { set32!(dst, r!(lhs) <= (imm as i64 as u64)); next!() }
        fast I64LeUImmA { dst, imm } => { set32!(dst, acc!() <= (imm as i64 as u64)); next!() }
        fast I64GeSImm { dst, lhs, imm } => { set32!(dst, (r!(lhs) as i64) >= (imm as i64)); next!() }
        fast I64GeSImmA { dst, imm } => { set32!(dst, (acc!() as i64) >= (imm as i64)); next!() }
        fast I64GeUImm { dst, lhs, imm } => { set32!(dst, r!(lhs) >= (imm as i64 as u64)); next!() }
        fast I64GeUImmA { dst, imm } => { set32!(dst, acc!() >= (imm as i64 as u64)); next!() }

        // ---- f32 compares against a constant ----
        fast F32EqImm { dst, lhs, imm } => { set32!(dst, f32v!(lhs) == f32::from_bits(imm as u32)); next!() }
        fast F32EqImmA { dst, imm } => { set32!(dst, facc!() == f32::from_bits(imm as u32)); next!() }
        fast F32NeImm { dst, lhs, imm } => { set32!(dst, f32v!(lhs) != f32::from_bits(imm as u32)); next!() }
        fast F32NeImmA { dst, imm } => { set32!(dst, facc!() != f32::from_bits(imm as u32)); next!() }
        fast F32LtImm { dst, lhs, imm } => { set32!(dst, f32v!(lhs) < f32::from_bits(imm as u32)); next!() }
        fast F32LtImmA { dst, imm } => { set32!(dst, facc!() < f32::from_bits(imm as u32)); next!() }
        fast F32GtImm { dst, lhs, imm } => { set32!(dst, f32v!(lhs) > f32::from_bits(imm as u32)); next!() }
        fast F32GtImmA { dst, imm } => { set32!(dst, facc!() > f32::from_bits(imm as u32)); next!() }
        fast F32LeImm { dst, lhs, imm } => { set32!(dst, f32v!(lhs) <= f32::from_bits(imm as u32)); next!() }
        fast F32LeImmA { dst, imm } => { set32!(dst, facc!() <= f32::from_bits(imm as u32)); next!() }
        fast F32GeImm { dst, lhs, imm } => { set32!(dst, f32v!(lhs) >= f32::from_bits(imm as u32)); next!() }
        fast F32GeImmA { dst, imm } => { set32!(dst, facc!() >= f32::from_bits(imm as u32)); next!() }

        // ---- address fusions: the address is the accumulator plus a register or constant ----
        fast I32LoadAddA { dst, base, offset } => { load!(dst, (acc!() as u32).wrapping_add(i32v!(base)), offset, u32, |v| v as u64); next!() }
        fast I64LoadAddA { dst, base, offset } => { load!(dst, (acc!() as u32).wrapping_add(i32v!(base)), offset, u64, |v| v); next!() }
        fast I32Load8UAddA { dst, base, offset } => { load!(dst, (acc!() as u32).wrapping_add(i32v!(base)), offset, u8, |v| v as u64); next!() }
        fast I32Load8SAddA { dst, base, offset } => { load!(dst, (acc!() as u32).wrapping_add(i32v!(base)), offset, i8, |v| v as i32 as u32 as u64); next!() }
        fast I32LoadAddImmA { dst, imm, offset } => { load!(dst, (acc!() as u32).wrapping_add(imm as u32), offset, u32, |v| v as u64); next!() }
        fast I32LoadAddImm { dst, base, imm, offset } => { load!(dst, i32v!(base).wrapping_add(imm as u32), offset, u32, |v| v as u64); next!() }
        fast I32LoadAddImmR { base, imm, offset } => { load_acc!(i32v!(base).wrapping_add(imm as u32), offset, u32, |v| v as u64); next!() }
        fast I32LoadAdd { dst, base, index, offset } => { load!(dst, i32v!(base).wrapping_add(i32v!(index)), offset, u32, |v| v as u64); next!() }
        fast I32LoadAddR { base, index, offset } => { load_acc!(i32v!(base).wrapping_add(i32v!(index)), offset, u32, |v| v as u64); next!() }
        fast I64LoadAddImm { dst, base, imm, offset } => { load!(dst, i32v!(base).wrapping_add(imm as u32), offset, u64, |v| v); next!() }
        fast I64LoadAddImmR { base, imm, offset } => { load_acc!(i32v!(base).wrapping_add(imm as u32), offset, u64, |v| v); next!() }
        fast I64LoadAdd { dst, base, index, offset } => { load!(dst, i32v!(base).wrapping_add(i32v!(index)), offset, u64, |v| v); next!() }
        fast I64LoadAddR { base, index, offset } => { load_acc!(i32v!(base).wrapping_add(i32v!(index)), offset, u64, |v| v); next!() }
        fast I32MulAddImm { dst, lhs, mul, add } => { put!(dst, (i32v!(lhs).wrapping_mul(mul as u32).wrapping_add(add as u32)) as u64); next!() }
        fast I32MulAddImmR { lhs, mul, add } => { put_acc!((i32v!(lhs).wrapping_mul(mul as u32).wrapping_add(add as u32)) as u64); next!() }
        fast I32MulAddImmA { dst, mul, add } => { put!(dst, ((acc!() as u32).wrapping_mul(mul as u32).wrapping_add(add as u32)) as u64); next!() }
        fast I32MulAddImmAR { mul, add } => { put_acc!(((acc!() as u32).wrapping_mul(mul as u32).wrapping_add(add as u32)) as u64); next!() }
        fast I64MulAddImm { dst, lhs, mul, add } => { put!(dst, r!(lhs).wrapping_mul(mul as i64 as u64).wrapping_add(add as i64 as u64)); next!() }
        fast I64MulAddImmR { lhs, mul, add } => { put_acc!(r!(lhs).wrapping_mul(mul as i64 as u64).wrapping_add(add as i64 as u64)); next!() }
        fast I64MulAddImmA { dst, mul, add } => { put!(dst, acc!().wrapping_mul(mul as i64 as u64).wrapping_add(add as i64 as u64)); next!() }
        fast I64MulAddImmAR { mul, add } => { put_acc!(acc!().wrapping_mul(mul as i64 as u64).wrapping_add(add as i64 as u64)); next!() }
        fast I32AddImmDup { dst, dst2, lhs, imm } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); r!(dst2) = v as u64; next!() }
        fast I32AddAddImm { dst, lhs, rhs, imm } => { set32!(dst, i32v!(lhs).wrapping_add(i32v!(rhs)).wrapping_add(imm as u32)); next!() }
        fast I32AddAddImmR { lhs, rhs, imm } => { put_acc!(i32v!(lhs).wrapping_add(i32v!(rhs)).wrapping_add(imm as u32) as u64); next!() }
        fast I32AddAddImmA { dst, rhs, imm } => { set32!(dst, (acc!() as u32).wrapping_add(i32v!(rhs)).wrapping_add(imm as u32)); next!() }
        fast I32AddAddImmAR { rhs, imm } => { put_acc!((acc!() as u32).wrapping_add(i32v!(rhs)).wrapping_add(imm as u32) as u64); next!() }
        fast I32AddShl { dst, base, index, shift } => { set32!(dst, i32v!(base).wrapping_add(i32v!(index) << shift)); next!() }
        fast I32XorShl { dst, lhs, rhs, shift } => { set32!(dst, i32v!(lhs) ^ i32v!(rhs).wrapping_shl(shift as u32)); next!() }
        fast I32XorShrU { dst, lhs, rhs, shift } => { set32!(dst, i32v!(lhs) ^ i32v!(rhs).wrapping_shr(shift as u32)); next!() }
        fast I64XorShl { dst, lhs, rhs, shift } => { put!(dst, r!(lhs) ^ r!(rhs).wrapping_shl(shift as u32)); next!() }
        fast I64XorShrU { dst, lhs, rhs, shift } => { put!(dst, r!(lhs) ^ r!(rhs).wrapping_shr(shift as u32)); next!() }
        fast I32AddShlR { base, index, shift } => { put_acc!(i32v!(base).wrapping_add(i32v!(index) << shift) as u64); next!() }
        fast I32XorShlR { lhs, rhs, shift } => { put_acc!((i32v!(lhs) ^ i32v!(rhs).wrapping_shl(shift as u32)) as u64); next!() }
        fast I32XorShrUR { lhs, rhs, shift } => { put_acc!((i32v!(lhs) ^ i32v!(rhs).wrapping_shr(shift as u32)) as u64); next!() }
        fast I64XorShlR { lhs, rhs, shift } => { put_acc!(r!(lhs) ^ r!(rhs).wrapping_shl(shift as u32)); next!() }
        fast I64XorShrUR { lhs, rhs, shift } => { put_acc!(r!(lhs) ^ r!(rhs).wrapping_shr(shift as u32)); next!() }
        fast I32AddShlA { dst, base, shift } => { set32!(dst, i32v!(base).wrapping_add((acc!() as u32) << shift)); next!() }
        fast I32XorShlA { dst, lhs, shift } => { set32!(dst, i32v!(lhs) ^ (acc!() as u32).wrapping_shl(shift as u32)); next!() }
        fast I32XorShrUA { dst, lhs, shift } => { set32!(dst, i32v!(lhs) ^ (acc!() as u32).wrapping_shr(shift as u32)); next!() }
        fast I64XorShlA { dst, lhs, shift } => { put!(dst, r!(lhs) ^ acc!().wrapping_shl(shift as u32)); next!() }
        fast I64XorShrUA { dst, lhs, shift } => { put!(dst, r!(lhs) ^ acc!().wrapping_shr(shift as u32)); next!() }
        fast I32XorShrUSelf { dst, shift } => { let x = acc!() as u32; set32!(dst, x ^ x.wrapping_shr(shift as u32)); next!() }
        fast I32XorShlSelf { dst, shift } => { let x = acc!() as u32; set32!(dst, x ^ x.wrapping_shl(shift as u32)); next!() }
        fast I64XorShrUSelf { dst, shift } => { let x = acc!(); put!(dst, x ^ x.wrapping_shr(shift as u32)); next!() }
        fast I64XorShlSelf { dst, shift } => { let x = acc!(); put!(dst, x ^ x.wrapping_shl(shift as u32)); next!() }
        fast I32AddShlAR { base, shift } => { put_acc!(i32v!(base).wrapping_add((acc!() as u32) << shift) as u64); next!() }
        fast I32XorShlAR { lhs, shift } => { put_acc!((i32v!(lhs) ^ (acc!() as u32).wrapping_shl(shift as u32)) as u64); next!() }
        fast I32XorShrUAR { lhs, shift } => { put_acc!((i32v!(lhs) ^ (acc!() as u32).wrapping_shr(shift as u32)) as u64); next!() }
        fast I64XorShlAR { lhs, shift } => { put_acc!(r!(lhs) ^ acc!().wrapping_shl(shift as u32)); next!() }
        fast I64XorShrUAR { lhs, shift } => { put_acc!(r!(lhs) ^ acc!().wrapping_shr(shift as u32)); next!() }
        fast I32MulAdd { dst, lhs, rhs, add } => { set32!(dst, i32v!(lhs).wrapping_mul(i32v!(rhs)).wrapping_add(i32v!(add))); next!() }
        fast I32MulAddR { lhs, rhs, add } => { put_acc!(i32v!(lhs).wrapping_mul(i32v!(rhs)).wrapping_add(i32v!(add)) as u64); next!() }
        fast I32MulAddA { dst, rhs, add } => { set32!(dst, (acc!() as u32).wrapping_mul(i32v!(rhs)).wrapping_add(i32v!(add))); next!() }
        fast I32MulAddAR { rhs, add } => { put_acc!((acc!() as u32).wrapping_mul(i32v!(rhs)).wrapping_add(i32v!(add)) as u64); next!() }
        fast I64MulAdd { dst, lhs, rhs, add } => { put!(dst, r!(lhs).wrapping_mul(r!(rhs)).wrapping_add(r!(add))); next!() }
        fast I64MulAddR { lhs, rhs, add } => { put_acc!(r!(lhs).wrapping_mul(r!(rhs)).wrapping_add(r!(add))); next!() }
        fast I64MulAddA { dst, rhs, add } => { put!(dst, acc!().wrapping_mul(r!(rhs)).wrapping_add(r!(add))); next!() }
        fast I64MulAddAR { rhs, add } => { put_acc!(acc!().wrapping_mul(r!(rhs)).wrapping_add(r!(add))); next!() }
        fast F32MulAdd { dst, lhs, rhs, add } => { setf32!(dst, f32v!(lhs) * f32v!(rhs) + f32v!(add)); next!() }
        fast F32MulAddR { lhs, rhs, add } => { put_facc!(f32v!(lhs) * f32v!(rhs) + f32v!(add)); next!() }
        fast F32MulAddA { dst, rhs, add } => { setf32!(dst, facc!() * f32v!(rhs) + f32v!(add)); next!() }
        fast F32MulAddAR { rhs, add } => { put_facc!(facc!() * f32v!(rhs) + f32v!(add)); next!() }
        fast F64MulAdd { dst, lhs, rhs, add } => { setf64!(dst, f64v!(lhs) * f64v!(rhs) + f64v!(add)); next!() }
        fast F64MulAddR { lhs, rhs, add } => { put_dacc!(f64v!(lhs) * f64v!(rhs) + f64v!(add)); next!() }
        fast F64MulAddA { dst, rhs, add } => { setf64!(dst, dacc!() * f64v!(rhs) + f64v!(add)); next!() }
        fast F64MulAddAR { rhs, add } => { put_dacc!(dacc!() * f64v!(rhs) + f64v!(add)); next!() }
        fast Store8ImmAdd { base, index, imm, offset } => { store_mem!(i32v!(base).wrapping_add(i32v!(index)), imm as u32, offset, u8); next!() }
        fast Store8Add { base, index, src, offset } => { store_mem!(i32v!(base).wrapping_add(i32v!(index)), r!(src), offset, u8); next!() }
        fast Store16ImmAdd { base, index, imm, offset } => { store_mem!(i32v!(base).wrapping_add(i32v!(index)), imm as u32, offset, u16); next!() }
        fast Store16Add { base, index, src, offset } => { store_mem!(i32v!(base).wrapping_add(i32v!(index)), r!(src), offset, u16); next!() }
        fast Store32ImmAdd { base, index, imm, offset } => { store_mem!(i32v!(base).wrapping_add(i32v!(index)), imm as u32, offset, u32); next!() }
        fast Store32Add { base, index, src, offset } => { store_mem!(i32v!(base).wrapping_add(i32v!(index)), r!(src), offset, u32); next!() }
        fast Store64ImmAdd { base, index, imm, offset } => { store_mem!(i32v!(base).wrapping_add(i32v!(index)), imm as i64 as u64, offset, u64); next!() }
        fast Store64Add { base, index, src, offset } => { store_mem!(i32v!(base).wrapping_add(i32v!(index)), r!(src), offset, u64); next!() }
        fast I32LoadIdxImm { dst, index, shift, imm, offset } => { load!(dst, (i32v!(index) << shift).wrapping_add(imm as u32), offset, u32, |v| v as u64); next!() }
        fast I32LoadIdxImmR { index, shift, imm, offset } => { load_acc!((i32v!(index) << shift).wrapping_add(imm as u32), offset, u32, |v| v as u64); next!() }
        fast I32LoadIdxImmA { dst, shift, imm, offset } => { load!(dst, ((acc!() as u32) << shift).wrapping_add(imm as u32), offset, u32, |v| v as u64); next!() }
        fast I32LoadIdxImmAR { shift, imm, offset } => { load_acc!(((acc!() as u32) << shift).wrapping_add(imm as u32), offset, u32, |v| v as u64); next!() }
        fast I32LoadIdx { dst, base, index, shift, offset } => { load!(dst, i32v!(base).wrapping_add(i32v!(index) << shift), offset, u32, |v| v as u64); next!() }
        fast I32LoadIdxR { base, index, shift, offset } => { load_acc!(i32v!(base).wrapping_add(i32v!(index) << shift), offset, u32, |v| v as u64); next!() }
        fast I32LoadIdxA { dst, base, shift, offset } => { load!(dst, i32v!(base).wrapping_add((acc!() as u32) << shift), offset, u32, |v| v as u64); next!() }
        fast I32LoadIdxAR { base, shift, offset } => { load_acc!(i32v!(base).wrapping_add((acc!() as u32) << shift), offset, u32, |v| v as u64); next!() }
        fast I64LoadIdxImm { dst, index, shift, imm, offset } => { load!(dst, (i32v!(index) << shift).wrapping_add(imm as u32), offset, u64, |v| v); next!() }
        fast I64LoadIdxImmR { index, shift, imm, offset } => { load_acc!((i32v!(index) << shift).wrapping_add(imm as u32), offset, u64, |v| v); next!() }
        fast I64LoadIdxImmA { dst, shift, imm, offset } => { load!(dst, ((acc!() as u32) << shift).wrapping_add(imm as u32), offset, u64, |v| v); next!() }
        fast I64LoadIdxImmAR { shift, imm, offset } => { load_acc!(((acc!() as u32) << shift).wrapping_add(imm as u32), offset, u64, |v| v); next!() }
        fast I64LoadIdx { dst, base, index, shift, offset } => { load!(dst, i32v!(base).wrapping_add(i32v!(index) << shift), offset, u64, |v| v); next!() }
        fast I64LoadIdxR { base, index, shift, offset } => { load_acc!(i32v!(base).wrapping_add(i32v!(index) << shift), offset, u64, |v| v); next!() }
        fast I64LoadIdxA { dst, base, shift, offset } => { load!(dst, i32v!(base).wrapping_add((acc!() as u32) << shift), offset, u64, |v| v); next!() }
        fast I64LoadIdxAR { base, shift, offset } => { load_acc!(i32v!(base).wrapping_add((acc!() as u32) << shift), offset, u64, |v| v); next!() }
        fast I32Load8UAddImm { dst, base, imm, offset } => { load!(dst, i32v!(base).wrapping_add(imm as u32), offset, u8, |v| v as u64); next!() }
        fast I32Load8UAddImmR { base, imm, offset } => { load_acc!(i32v!(base).wrapping_add(imm as u32), offset, u8, |v| v as u64); next!() }
        fast I32Load8UAdd { dst, base, index, offset } => { load!(dst, i32v!(base).wrapping_add(i32v!(index)), offset, u8, |v| v as u64); next!() }
        fast I32Load8UAddR { base, index, offset } => { load_acc!(i32v!(base).wrapping_add(i32v!(index)), offset, u8, |v| v as u64); next!() }
        fast I32Load8SAddImm { dst, base, imm, offset } => { load!(dst, i32v!(base).wrapping_add(imm as u32), offset, i8, |v| v as i32 as u32 as u64); next!() }
        fast I32Load8SAddImmR { base, imm, offset } => { load_acc!(i32v!(base).wrapping_add(imm as u32), offset, i8, |v| v as i32 as u32 as u64); next!() }
        fast I32Load8SAdd { dst, base, index, offset } => { load!(dst, i32v!(base).wrapping_add(i32v!(index)), offset, i8, |v| v as i32 as u32 as u64); next!() }
        fast I32Load8SAddR { base, index, offset } => { load_acc!(i32v!(base).wrapping_add(i32v!(index)), offset, i8, |v| v as i32 as u32 as u64); next!() }
        fast I64LoadAddImmA { dst, imm, offset } => { load!(dst, (acc!() as u32).wrapping_add(imm as u32), offset, u64, |v| v); next!() }
        fast I32Load8UAddImmA { dst, imm, offset } => { load!(dst, (acc!() as u32).wrapping_add(imm as u32), offset, u8, |v| v as u64); next!() }
        fast I32Load8SAddImmA { dst, imm, offset } => { load!(dst, (acc!() as u32).wrapping_add(imm as u32), offset, i8, |v| v as i32 as u32 as u64); next!() }

        // ---- accumulator forms (see bytecode.rs) ----
        fast I32EqA { dst, rhs } => { set32!(dst, (acc!() as u32) == i32v!(rhs)); next!() }
        fast I32NeA { dst, rhs } => { set32!(dst, (acc!() as u32) != i32v!(rhs)); next!() }
        fast I32LtSA { dst, rhs } => { set32!(dst, ((acc!() as u32) as i32) < i32v!(rhs) as i32); next!() }
        fast I32LtUA { dst, rhs } => { set32!(dst, (acc!() as u32) < i32v!(rhs)); next!() }
        fast I32GtSA { dst, rhs } => { set32!(dst, (acc!() as u32) as i32 > i32v!(rhs) as i32); next!() }
        fast I32GtUA { dst, rhs } => { set32!(dst, (acc!() as u32) > i32v!(rhs)); next!() }
        fast I32LeSA { dst, rhs } => { set32!(dst, (acc!() as u32) as i32 <= i32v!(rhs) as i32); next!() }
        fast I32LeUA { dst, rhs } => { set32!(dst, (acc!() as u32) <= i32v!(rhs)); next!() }
        fast I32GeSA { dst, rhs } => { set32!(dst, (acc!() as u32) as i32 >= i32v!(rhs) as i32); next!() }
        fast I32GeUA { dst, rhs } => { set32!(dst, (acc!() as u32) >= i32v!(rhs)); next!() }
        fast I32AddA { dst, rhs } => { set32!(dst, (acc!() as u32).wrapping_add(i32v!(rhs))); next!() }
        fast I32SubA { dst, rhs } => { set32!(dst, (acc!() as u32).wrapping_sub(i32v!(rhs))); next!() }
        fast I32MulA { dst, rhs } => { set32!(dst, (acc!() as u32).wrapping_mul(i32v!(rhs))); next!() }
        fast I32AndA { dst, rhs } => { set32!(dst, (acc!() as u32) & i32v!(rhs)); next!() }
        fast I32OrA { dst, rhs } => { set32!(dst, (acc!() as u32) | i32v!(rhs)); next!() }
        fast I32XorA { dst, rhs } => { set32!(dst, (acc!() as u32) ^ i32v!(rhs)); next!() }
        fast I32ShlA { dst, rhs } => { set32!(dst, (acc!() as u32).wrapping_shl(i32v!(rhs))); next!() }
        fast I32ShrSA { dst, rhs } => { set32!(dst, ((acc!() as u32) as i32).wrapping_shr(i32v!(rhs))); next!() }
        fast I32ShrUA { dst, rhs } => { set32!(dst, (acc!() as u32).wrapping_shr(i32v!(rhs))); next!() }
        fast I64EqA { dst, rhs } => { set32!(dst, acc!() == r!(rhs)); next!() }
        fast I64NeA { dst, rhs } => { set32!(dst, acc!() != r!(rhs)); next!() }
        fast I64LtSA { dst, rhs } => { set32!(dst, (acc!() as i64) < r!(rhs) as i64); next!() }
        fast I64LtUA { dst, rhs } => { set32!(dst, acc!() < r!(rhs)); next!() }
        fast I64GtSA { dst, rhs } => { set32!(dst, acc!() as i64 > r!(rhs) as i64); next!() }
        fast I64GtUA { dst, rhs } => { set32!(dst, acc!() > r!(rhs)); next!() }
        fast I64LeSA { dst, rhs } => { set32!(dst, acc!() as i64 <= r!(rhs) as i64); next!() }
        fast I64LeUA { dst, rhs } => { set32!(dst, acc!() <= r!(rhs)); next!() }
        fast I64GeSA { dst, rhs } => { set32!(dst, acc!() as i64 >= r!(rhs) as i64); next!() }
        fast I64GeUA { dst, rhs } => { set32!(dst, acc!() >= r!(rhs)); next!() }
        fast I64AddA { dst, rhs } => { put!(dst, acc!().wrapping_add(r!(rhs))); next!() }
        fast I64SubA { dst, rhs } => { put!(dst, acc!().wrapping_sub(r!(rhs))); next!() }
        fast I64MulA { dst, rhs } => { put!(dst, acc!().wrapping_mul(r!(rhs))); next!() }
        fast I64AndA { dst, rhs } => { put!(dst, acc!() & r!(rhs)); next!() }
        fast I64OrA { dst, rhs } => { put!(dst, acc!() | r!(rhs)); next!() }
        fast I64XorA { dst, rhs } => { put!(dst, acc!() ^ r!(rhs)); next!() }
        fast I64ShlA { dst, rhs } => { put!(dst, acc!().wrapping_shl(r!(rhs) as u32)); next!() }
        fast I64ShrSA { dst, rhs } => { put!(dst, (acc!() as i64).wrapping_shr(r!(rhs) as u32) as u64); next!() }
        fast I64ShrUA { dst, rhs } => { put!(dst, acc!().wrapping_shr(r!(rhs) as u32)); next!() }
        fast F32AddA { dst, rhs } => { setf32!(dst, facc!() + f32v!(rhs)); next!() }
        fast F32SubA { dst, rhs } => { setf32!(dst, facc!() - f32v!(rhs)); next!() }
        fast F32MulA { dst, rhs } => { setf32!(dst, facc!() * f32v!(rhs)); next!() }
        fast F32DivA { dst, rhs } => { setf32!(dst, facc!() / f32v!(rhs)); next!() }
        fast F32LtA { dst, rhs } => { set32!(dst, facc!() < f32v!(rhs)); next!() }
        fast F32GtA { dst, rhs } => { set32!(dst, facc!() > f32v!(rhs)); next!() }
        fast F32LeA { dst, rhs } => { set32!(dst, facc!() <= f32v!(rhs)); next!() }
        fast F32GeA { dst, rhs } => { set32!(dst, facc!() >= f32v!(rhs)); next!() }
        fast F32EqA { dst, rhs } => { set32!(dst, facc!() == f32v!(rhs)); next!() }
        fast F32NeA { dst, rhs } => { set32!(dst, facc!() != f32v!(rhs)); next!() }
        fast F64AddA { dst, rhs } => { setf64!(dst, dacc!() + f64v!(rhs)); next!() }
        fast F64SubA { dst, rhs } => { setf64!(dst, dacc!() - f64v!(rhs)); next!() }
        fast F64MulA { dst, rhs } => { setf64!(dst, dacc!() * f64v!(rhs)); next!() }
        fast F64DivA { dst, rhs } => { setf64!(dst, dacc!() / f64v!(rhs)); next!() }
        fast F64LtA { dst, rhs } => { set32!(dst, dacc!() < f64v!(rhs)); next!() }
        fast F64GtA { dst, rhs } => { set32!(dst, dacc!() > f64v!(rhs)); next!() }
        fast F64LeA { dst, rhs } => { set32!(dst, dacc!() <= f64v!(rhs)); next!() }
        fast F64GeA { dst, rhs } => { set32!(dst, dacc!() >= f64v!(rhs)); next!() }
        fast F64EqA { dst, rhs } => { set32!(dst, dacc!() == f64v!(rhs)); next!() }
        fast F64NeA { dst, rhs } => { set32!(dst, dacc!() != f64v!(rhs)); next!() }
        fast I32EqImmA { dst, imm } => { set32!(dst, (acc!() as u32) as i32 == imm); next!() }
        fast I32NeImmA { dst, imm } => { set32!(dst, (acc!() as u32) as i32 != imm); next!() }
        fast I32LtSImmA { dst, imm } => { set32!(dst, ((acc!() as u32) as i32) < imm); next!() }
        fast I32LtUImmA { dst, imm } => { set32!(dst, (acc!() as u32) < imm as u32); next!() }
        fast I32GtSImmA { dst, imm } => { set32!(dst, (acc!() as u32) as i32 > imm); next!() }
        fast I32GtUImmA { dst, imm } => { set32!(dst, (acc!() as u32) > imm as u32); next!() }
        fast I32LeSImmA { dst, imm } => { set32!(dst, (acc!() as u32) as i32 <= imm); next!() }
        fast I32LeUImmA { dst, imm } => { set32!(dst, (acc!() as u32) <= imm as u32); next!() }
        fast I32GeSImmA { dst, imm } => { set32!(dst, (acc!() as u32) as i32 >= imm); next!() }
        fast I32GeUImmA { dst, imm } => { set32!(dst, (acc!() as u32) >= imm as u32); next!() }
        fast I32AddImmA { dst, imm } => { set32!(dst, (acc!() as u32).wrapping_add(imm as u32)); next!() }
        fast I32RSubImmA { dst, imm } => { set32!(dst, (imm as u32).wrapping_sub(acc!() as u32)); next!() }
        fast I32MulImmA { dst, imm } => { set32!(dst, (acc!() as u32).wrapping_mul(imm as u32)); next!() }
        fast I32AndImmA { dst, imm } => { set32!(dst, (acc!() as u32) & imm as u32); next!() }
        fast I32OrImmA { dst, imm } => { set32!(dst, (acc!() as u32) | imm as u32); next!() }
        fast I32XorImmA { dst, imm } => { set32!(dst, (acc!() as u32) ^ imm as u32); next!() }
        fast I32ShlImmA { dst, imm } => { set32!(dst, (acc!() as u32).wrapping_shl(imm as u32)); next!() }
        fast I32ShrSImmA { dst, imm } => { set32!(dst, ((acc!() as u32) as i32).wrapping_shr(imm as u32)); next!() }
        fast I32ShrUImmA { dst, imm } => { set32!(dst, (acc!() as u32).wrapping_shr(imm as u32)); next!() }
        fast I64AddImmA { dst, imm } => { put!(dst, acc!().wrapping_add(imm as i64 as u64)); next!() }
        fast I64RSubImmA { dst, imm } => { put!(dst, (imm as i64 as u64).wrapping_sub(acc!())); next!() }
        fast I64AndImmA { dst, imm } => { put!(dst, acc!() & imm as i64 as u64); next!() }
        fast I64ShlImmA { dst, imm } => { put!(dst, acc!().wrapping_shl(imm as u32)); next!() }
        fast I64ShrSImmA { dst, imm } => { put!(dst, (acc!() as i64).wrapping_shr(imm as u32) as u64); next!() }
        fast I64ShrUImmA { dst, imm } => { put!(dst, acc!().wrapping_shr(imm as u32)); next!() }
        fast I32EqzA { dst } => { set32!(dst, (acc!() as u32) == 0); next!() }
        fast I64EqzA { dst } => { set32!(dst, acc!() == 0); next!() }
        fast I32WrapI64A { dst } => { set32!(dst, acc!()); next!() }
        fast I64ExtendI32SA { dst } => { put!(dst, (acc!() as u32) as i32 as i64 as u64); next!() }
        fast I64ExtendI32UA { dst } => { put!(dst, (acc!() as u32) as u64); next!() }
        fast F64ConvertI32SA { dst } => { setf64!(dst, (acc!() as u32) as i32 as f64); next!() }
        fast F64ConvertI32UA { dst } => { setf64!(dst, (acc!() as u32) as f64); next!() }
        fast F32ConvertI32SA { dst } => { setf32!(dst, (acc!() as u32) as i32 as f32); next!() }
        fast F64PromoteF32A { dst } => { setf64!(dst, facc!() as f64); next!() }
        fast F32DemoteF64A { dst } => { setf32!(dst, dacc!() as f32); next!() }
        fast I32Extend8SA { dst } => { set32!(dst, acc!() as i8 as i32); next!() }
        fast I32Extend16SA { dst } => { set32!(dst, acc!() as i16 as i32); next!() }
        fast F32NegA { dst } => { setf32!(dst, -facc!()); next!() }
        fast F64NegA { dst } => { setf64!(dst, -dacc!()); next!() }
        fast F32AbsA { dst } => { setf32!(dst, facc!().abs()); next!() }
        fast F64AbsA { dst } => { setf64!(dst, dacc!().abs()); next!() }
        fast F64SqrtA { dst } => { setf64!(dst, num::f64_quiet(dacc!().sqrt())); next!() }
        fast F32SqrtA { dst } => { setf32!(dst, num::f32_quiet(facc!().sqrt())); next!() }
        fast I32LoadA { dst, offset } => { load!(dst, (acc!() as u32), offset, u32, |v| v as u64); next!() }
        fast I64LoadA { dst, offset } => { load!(dst, (acc!() as u32), offset, u64, |v| v); next!() }
        fast I32Load8SA { dst, offset } => { load!(dst, (acc!() as u32), offset, i8, |v| v as i32 as u32 as u64); next!() }
        fast I32Load8UA { dst, offset } => { load!(dst, (acc!() as u32), offset, u8, |v| v as u64); next!() }
        fast I32Load16SA { dst, offset } => { load!(dst, (acc!() as u32), offset, i16, |v| v as i32 as u32 as u64); next!() }
        fast I32Load16UA { dst, offset } => { load!(dst, (acc!() as u32), offset, u16, |v| v as u64); next!() }
        fast I64Load8SA { dst, offset } => { load!(dst, (acc!() as u32), offset, i8, |v| v as i64 as u64); next!() }
        fast I64Load16SA { dst, offset } => { load!(dst, (acc!() as u32), offset, i16, |v| v as i64 as u64); next!() }
        fast I64Load32SA { dst, offset } => { load!(dst, (acc!() as u32), offset, i32, |v| v as i64 as u64); next!() }
        fast Store8A { addr, offset } => { store_mem!(i32v!(addr), acc!(), offset, u8); next!() }
        fast Store16A { addr, offset } => { store_mem!(i32v!(addr), acc!(), offset, u16); next!() }
        fast Store32A { addr, offset } => { store_mem!(i32v!(addr), acc!(), offset, u32); next!() }
        fast Store64A { addr, offset } => { store_mem!(i32v!(addr), acc!(), offset, u64); next!() }
        fast BrIfEqzA { offset } => { br_if!((acc!() as u32) == 0, offset); next!() }
        fast BrIfNezA { offset } => { br_if!((acc!() as u32) != 0, offset); next!() }
        fast BrIfI64EqzA { offset } => { br_if!(acc!() == 0, offset); next!() }
        fast BrIfI64NezA { offset } => { br_if!(acc!() != 0, offset); next!() }
        fast BrIfI32EqA { rhs, offset } => { br_if!((acc!() as u32) == i32v!(rhs), offset); next!() }
        fast BrIfI32EqImmA { imm, offset } => { br_if!((acc!() as u32) as i32 == imm, offset); next!() }
        fast BrIfI32NeA { rhs, offset } => { br_if!((acc!() as u32) != i32v!(rhs), offset); next!() }
        fast BrIfI32NeImmA { imm, offset } => { br_if!((acc!() as u32) as i32 != imm, offset); next!() }
        fast BrIfI32LtSA { rhs, offset } => { br_if!(((acc!() as u32) as i32) < i32v!(rhs) as i32, offset); next!() }
        fast BrIfI32LtSImmA { imm, offset } => { br_if!(((acc!() as u32) as i32) < imm, offset); next!() }
        fast BrIfI32LtUA { rhs, offset } => { br_if!((acc!() as u32) < i32v!(rhs), offset); next!() }
        fast BrIfI32LtUImmA { imm, offset } => { br_if!((acc!() as u32) < imm as u32, offset); next!() }
        fast BrIfI32GtSA { rhs, offset } => { br_if!((acc!() as u32) as i32 > i32v!(rhs) as i32, offset); next!() }
        fast BrIfI32GtSImmA { imm, offset } => { br_if!((acc!() as u32) as i32 > imm, offset); next!() }
        fast BrIfI32GtUA { rhs, offset } => { br_if!((acc!() as u32) > i32v!(rhs), offset); next!() }
        fast BrIfI32GtUImmA { imm, offset } => { br_if!((acc!() as u32) > imm as u32, offset); next!() }
        fast BrIfI32LeSA { rhs, offset } => { br_if!((acc!() as u32) as i32 <= i32v!(rhs) as i32, offset); next!() }
        fast BrIfI32LeSImmA { imm, offset } => { br_if!((acc!() as u32) as i32 <= imm, offset); next!() }
        fast BrIfI32LeUA { rhs, offset } => { br_if!((acc!() as u32) <= i32v!(rhs), offset); next!() }
        fast BrIfI32LeUImmA { imm, offset } => { br_if!((acc!() as u32) <= imm as u32, offset); next!() }
        fast BrIfI32GeSA { rhs, offset } => { br_if!((acc!() as u32) as i32 >= i32v!(rhs) as i32, offset); next!() }
        fast BrIfI32GeSImmA { imm, offset } => { br_if!((acc!() as u32) as i32 >= imm, offset); next!() }
        fast BrIfI32GeUA { rhs, offset } => { br_if!((acc!() as u32) >= i32v!(rhs), offset); next!() }
        fast BrIfI32GeUImmA { imm, offset } => { br_if!((acc!() as u32) >= imm as u32, offset); next!() }
        fast I32AddImmBrIfEq { dst, lhs, imm, limit, offset } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!(v == i32v!(limit), offset); next!() }
        fast I32AddImmBrIfEqImm { dst, lhs, imm, limit, offset } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!(v == (limit as i32 as u32), offset); next!() }
        fast I32AddBrIfEq { dst, lhs, rhs, limit, offset } => { let v = i32v!(lhs).wrapping_add(i32v!(rhs)); set32!(dst, v); br_if!(v == i32v!(limit), offset); next!() }
        fast I32AddImmBrIfNe { dst, lhs, imm, limit, offset } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!(v != i32v!(limit), offset); next!() }
        fast I32AddImmBrIfNeImm { dst, lhs, imm, limit, offset } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!(v != (limit as i32 as u32), offset); next!() }
        fast I32AddBrIfNe { dst, lhs, rhs, limit, offset } => { let v = i32v!(lhs).wrapping_add(i32v!(rhs)); set32!(dst, v); br_if!(v != i32v!(limit), offset); next!() }
        fast I32AddImmBrIfLtS { dst, lhs, imm, limit, offset } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!((v as i32) < (i32v!(limit) as i32), offset); next!() }
        fast I32AddImmBrIfLtSImm { dst, lhs, imm, limit, offset } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!((v as i32) < ((limit as i32 as u32) as i32), offset); next!() }
        fast I32AddBrIfLtS { dst, lhs, rhs, limit, offset } => { let v = i32v!(lhs).wrapping_add(i32v!(rhs)); set32!(dst, v); br_if!((v as i32) < (i32v!(limit) as i32), offset); next!() }
        fast I32AddImmBrIfLtU { dst, lhs, imm, limit, offset } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!(v < i32v!(limit), offset); next!() }
        fast I32AddImmBrIfLtUImm { dst, lhs, imm, limit, offset } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!(v < (limit as i32 as u32), offset); next!() }
        fast I32AddBrIfLtU { dst, lhs, rhs, limit, offset } => { let v = i32v!(lhs).wrapping_add(i32v!(rhs)); set32!(dst, v); br_if!(v < i32v!(limit), offset); next!() }
        fast I32AddImmBrIfGtS { dst, lhs, imm, limit, offset } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!((v as i32) > (i32v!(limit) as i32), offset); next!() }
        fast I32AddImmBrIfGtSImm { dst, lhs, imm, limit, offset } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!((v as i32) > ((limit as i32 as u32) as i32), offset); next!() }
        fast I32AddBrIfGtS { dst, lhs, rhs, limit, offset } => { let v = i32v!(lhs).wrapping_add(i32v!(rhs)); set32!(dst, v); br_if!((v as i32) > (i32v!(limit) as i32), offset); next!() }
        fast I32AddImmBrIfGtU { dst, lhs, imm, limit, offset } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!(v > i32v!(limit), offset); next!() }
        fast I32AddImmBrIfGtUImm { dst, lhs, imm, limit, offset } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!(v > (limit as i32 as u32), offset); next!() }
        fast I32AddBrIfGtU { dst, lhs, rhs, limit, offset } => { let v = i32v!(lhs).wrapping_add(i32v!(rhs)); set32!(dst, v); br_if!(v > i32v!(limit), offset); next!() }
        fast I32AddImmBrIfLeS { dst, lhs, imm, limit, offset } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!((v as i32) <= (i32v!(limit) as i32), offset); next!() }
        fast I32AddImmBrIfLeSImm { dst, lhs, imm, limit, offset } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!((v as i32) <= ((limit as i32 as u32) as i32), offset); next!() }
        fast I32AddBrIfLeS { dst, lhs, rhs, limit, offset } => { let v = i32v!(lhs).wrapping_add(i32v!(rhs)); set32!(dst, v); br_if!((v as i32) <= (i32v!(limit) as i32), offset); next!() }
        fast I32AddImmBrIfLeU { dst, lhs, imm, limit, offset } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!(v <= i32v!(limit), offset); next!() }
        fast I32AddImmBrIfLeUImm { dst, lhs, imm, limit, offset } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!(v <= (limit as i32 as u32), offset); next!() }
        fast I32AddBrIfLeU { dst, lhs, rhs, limit, offset } => { let v = i32v!(lhs).wrapping_add(i32v!(rhs)); set32!(dst, v); br_if!(v <= i32v!(limit), offset); next!() }
        fast I32AddImmBrIfGeS { dst, lhs, imm, limit, offset } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!((v as i32) >= (i32v!(limit) as i32), offset); next!() }
        fast I32AddImmBrIfGeSImm { dst, lhs, imm, limit, offset } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!((v as i32) >= ((limit as i32 as u32) as i32), offset); next!() }
        fast I32AddBrIfGeS { dst, lhs, rhs, limit, offset } => { let v = i32v!(lhs).wrapping_add(i32v!(rhs)); set32!(dst, v); br_if!((v as i32) >= (i32v!(limit) as i32), offset); next!() }
        fast I32AddImmBrIfGeU { dst, lhs, imm, limit, offset } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!(v >= i32v!(limit), offset); next!() }
        fast I32AddImmBrIfGeUImm { dst, lhs, imm, limit, offset } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!(v >= (limit as i32 as u32), offset); next!() }
        fast I32AddBrIfGeU { dst, lhs, rhs, limit, offset } => { let v = i32v!(lhs).wrapping_add(i32v!(rhs)); set32!(dst, v); br_if!(v >= i32v!(limit), offset); next!() }
        fast I32AddImmBrIfNez { dst, lhs, imm, offset } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!(v != 0, offset); next!() }
        fast I32AddImmBrIfEqz { dst, lhs, imm, offset } => { let v = i32v!(lhs).wrapping_add(imm as u32); set32!(dst, v); br_if!(v == 0, offset); next!() }
        fast SelectA { dst, lhs, rhs } => { put!(dst, crate::exec::select_loaded((acc!() as u32) != 0, r!(lhs), r!(rhs))); next!() }
        fast I32SubRevA { dst, lhs } => { put!(dst, ((i32v!(lhs).wrapping_sub(acc!() as u32)) as u32 as u64)); next!() }
        fast I32SubRevAR { lhs } => { put_acc!(((i32v!(lhs).wrapping_sub(acc!() as u32)) as u32 as u64)); next!() }
        fast I64SubRevA { dst, lhs } => { put!(dst, (r!(lhs).wrapping_sub(acc!()))); next!() }
        fast I64SubRevAR { lhs } => { put_acc!((r!(lhs).wrapping_sub(acc!()))); next!() }
        fast F32SubRevA { dst, lhs } => { setf32!(dst, f32v!(lhs) - facc!()); next!() }
        fast F32SubRevAR { lhs } => { put_facc!(f32v!(lhs) - facc!()); next!() }
        fast F64SubRevA { dst, lhs } => { setf64!(dst, f64v!(lhs) - dacc!()); next!() }
        fast F64SubRevAR { lhs } => { put_dacc!(f64v!(lhs) - dacc!()); next!() }
        fast F32DivRevA { dst, lhs } => { setf32!(dst, f32v!(lhs) / facc!()); next!() }
        fast F32DivRevAR { lhs } => { put_facc!(f32v!(lhs) / facc!()); next!() }
        fast F64DivRevA { dst, lhs } => { setf64!(dst, f64v!(lhs) / dacc!()); next!() }
        fast F64DivRevAR { lhs } => { put_dacc!(f64v!(lhs) / dacc!()); next!() }
        fast I32ShlRevA { dst, lhs } => { put!(dst, ((i32v!(lhs).wrapping_shl(acc!() as u32)) as u32 as u64)); next!() }
        fast I32ShlRevAR { lhs } => { put_acc!(((i32v!(lhs).wrapping_shl(acc!() as u32)) as u32 as u64)); next!() }
        fast I32ShrSRevA { dst, lhs } => { put!(dst, (((i32v!(lhs) as i32).wrapping_shr(acc!() as u32)) as u32 as u64)); next!() }
        fast I32ShrSRevAR { lhs } => { put_acc!((((i32v!(lhs) as i32).wrapping_shr(acc!() as u32)) as u32 as u64)); next!() }
        fast I32ShrURevA { dst, lhs } => { put!(dst, ((i32v!(lhs).wrapping_shr(acc!() as u32)) as u32 as u64)); next!() }
        fast I32ShrURevAR { lhs } => { put_acc!(((i32v!(lhs).wrapping_shr(acc!() as u32)) as u32 as u64)); next!() }
        fast I64ShlRevA { dst, lhs } => { put!(dst, (r!(lhs).wrapping_shl(acc!() as u32))); next!() }
        fast I64ShlRevAR { lhs } => { put_acc!((r!(lhs).wrapping_shl(acc!() as u32))); next!() }
        fast I64ShrSRevA { dst, lhs } => { put!(dst, ((r!(lhs) as i64).wrapping_shr(acc!() as u32) as u64)); next!() }
        fast I64ShrSRevAR { lhs } => { put_acc!(((r!(lhs) as i64).wrapping_shr(acc!() as u32) as u64)); next!() }
        fast I64ShrURevA { dst, lhs } => { put!(dst, (r!(lhs).wrapping_shr(acc!() as u32))); next!() }
        fast I64ShrURevAR { lhs } => { put_acc!((r!(lhs).wrapping_shr(acc!() as u32))); next!() }
        fast SelectConstT { dst, cond, imm, rhs } => { put!(dst, crate::exec::select_loaded(i32v!(cond) != 0, imm as u64, r!(rhs))); next!() }
        fast SelectConstTR { cond, imm, rhs } => { put_acc!(crate::exec::select_loaded(i32v!(cond) != 0, imm as u64, r!(rhs))); next!() }
        fast SelectConstTA { dst, imm, rhs } => { put!(dst, crate::exec::select_loaded(acc!() as u32 != 0, imm as u64, r!(rhs))); next!() }
        fast SelectConstTAR { imm, rhs } => { put_acc!(crate::exec::select_loaded(acc!() as u32 != 0, imm as u64, r!(rhs))); next!() }
        fast SelectConstF { dst, cond, lhs, imm } => { put!(dst, crate::exec::select_loaded(i32v!(cond) != 0, r!(lhs), imm as u64)); next!() }
        fast SelectConstFR { cond, lhs, imm } => { put_acc!(crate::exec::select_loaded(i32v!(cond) != 0, r!(lhs), imm as u64)); next!() }
        fast SelectConstFA { dst, lhs, imm } => { put!(dst, crate::exec::select_loaded(acc!() as u32 != 0, r!(lhs), imm as u64)); next!() }
        fast SelectConstFAR { lhs, imm } => { put_acc!(crate::exec::select_loaded(acc!() as u32 != 0, r!(lhs), imm as u64)); next!() }
        fast SelectI64 { dst, cond, lhs, rhs } => { put!(dst, crate::exec::select_loaded(r!(cond) != 0, r!(lhs), r!(rhs))); next!() }
        fast SelectI64R { cond, lhs, rhs } => { put_acc!(crate::exec::select_loaded(r!(cond) != 0, r!(lhs), r!(rhs))); next!() }
        fast SelectI64A { dst, lhs, rhs } => { put!(dst, crate::exec::select_loaded(acc!() != 0, r!(lhs), r!(rhs))); next!() }
        fast SelectI64AR { lhs, rhs } => { put_acc!(crate::exec::select_loaded(acc!() != 0, r!(lhs), r!(rhs))); next!() }
        fast SelectAndImm { dst, test, imm, lhs, rhs } => { put!(dst, crate::exec::select_loaded(i32v!(test) & imm as u32 != 0, r!(lhs), r!(rhs))); next!() }
        fast SelectAndImmR { test, imm, lhs, rhs } => { put_acc!(crate::exec::select_loaded(i32v!(test) & imm as u32 != 0, r!(lhs), r!(rhs))); next!() }
        fast SelectI64AndImm { dst, test, imm, lhs, rhs } => { put!(dst, crate::exec::select_loaded(r!(test) & imm as i64 as u64 != 0, r!(lhs), r!(rhs))); next!() }
        fast SelectI64AndImmR { test, imm, lhs, rhs } => { put_acc!(crate::exec::select_loaded(r!(test) & imm as i64 as u64 != 0, r!(lhs), r!(rhs))); next!() }
        fast BrIfF32Eq { lhs, rhs, offset } => { br_if!(f32v!(lhs) == f32v!(rhs), offset); next!() }
        fast BrIfF32EqImm { lhs, imm, offset } => { br_if!(f32v!(lhs) == f32::from_bits(imm as u32), offset); next!() }
        fast BrIfF32EqA { rhs, offset } => { br_if!(facc!() == f32v!(rhs), offset); next!() }
        fast BrIfF32EqImmA { imm, offset } => { br_if!(facc!() == f32::from_bits(imm as u32), offset); next!() }
        fast BrIfF32Ne { lhs, rhs, offset } => { br_if!(f32v!(lhs) != f32v!(rhs), offset); next!() }
        fast BrIfF32NeImm { lhs, imm, offset } => { br_if!(f32v!(lhs) != f32::from_bits(imm as u32), offset); next!() }
        fast BrIfF32NeA { rhs, offset } => { br_if!(facc!() != f32v!(rhs), offset); next!() }
        fast BrIfF32NeImmA { imm, offset } => { br_if!(facc!() != f32::from_bits(imm as u32), offset); next!() }
        fast BrIfF32Lt { lhs, rhs, offset } => { br_if!(f32v!(lhs) < f32v!(rhs), offset); next!() }
        fast BrIfF32LtImm { lhs, imm, offset } => { br_if!(f32v!(lhs) < f32::from_bits(imm as u32), offset); next!() }
        fast BrIfF32LtA { rhs, offset } => { br_if!(facc!() < f32v!(rhs), offset); next!() }
        fast BrIfF32LtImmA { imm, offset } => { br_if!(facc!() < f32::from_bits(imm as u32), offset); next!() }
        fast BrIfF32Gt { lhs, rhs, offset } => { br_if!(f32v!(lhs) > f32v!(rhs), offset); next!() }
        fast BrIfF32GtImm { lhs, imm, offset } => { br_if!(f32v!(lhs) > f32::from_bits(imm as u32), offset); next!() }
        fast BrIfF32GtA { rhs, offset } => { br_if!(facc!() > f32v!(rhs), offset); next!() }
        fast BrIfF32GtImmA { imm, offset } => { br_if!(facc!() > f32::from_bits(imm as u32), offset); next!() }
        fast BrIfF32Le { lhs, rhs, offset } => { br_if!(f32v!(lhs) <= f32v!(rhs), offset); next!() }
        fast BrIfF32LeImm { lhs, imm, offset } => { br_if!(f32v!(lhs) <= f32::from_bits(imm as u32), offset); next!() }
        fast BrIfF32LeA { rhs, offset } => { br_if!(facc!() <= f32v!(rhs), offset); next!() }
        fast BrIfF32LeImmA { imm, offset } => { br_if!(facc!() <= f32::from_bits(imm as u32), offset); next!() }
        fast BrIfF32Ge { lhs, rhs, offset } => { br_if!(f32v!(lhs) >= f32v!(rhs), offset); next!() }
        fast BrIfF32GeImm { lhs, imm, offset } => { br_if!(f32v!(lhs) >= f32::from_bits(imm as u32), offset); next!() }
        fast BrIfF32GeA { rhs, offset } => { br_if!(facc!() >= f32v!(rhs), offset); next!() }
        fast BrIfF32GeImmA { imm, offset } => { br_if!(facc!() >= f32::from_bits(imm as u32), offset); next!() }
        fast BrIfF32NotLt { lhs, rhs, offset } => { br_if!(!(f32v!(lhs) < f32v!(rhs)), offset); next!() }
        fast BrIfF32NotLtImm { lhs, imm, offset } => { br_if!(!(f32v!(lhs) < f32::from_bits(imm as u32)), offset); next!() }
        fast BrIfF32NotLtA { rhs, offset } => { br_if!(!(facc!() < f32v!(rhs)), offset); next!() }
        fast BrIfF32NotLtImmA { imm, offset } => { br_if!(!(facc!() < f32::from_bits(imm as u32)), offset); next!() }
        fast BrIfF32NotGt { lhs, rhs, offset } => { br_if!(!(f32v!(lhs) > f32v!(rhs)), offset); next!() }
        fast BrIfF32NotGtImm { lhs, imm, offset } => { br_if!(!(f32v!(lhs) > f32::from_bits(imm as u32)), offset); next!() }
        fast BrIfF32NotGtA { rhs, offset } => { br_if!(!(facc!() > f32v!(rhs)), offset); next!() }
        fast BrIfF32NotGtImmA { imm, offset } => { br_if!(!(facc!() > f32::from_bits(imm as u32)), offset); next!() }
        fast BrIfF32NotLe { lhs, rhs, offset } => { br_if!(!(f32v!(lhs) <= f32v!(rhs)), offset); next!() }
        fast BrIfF32NotLeImm { lhs, imm, offset } => { br_if!(!(f32v!(lhs) <= f32::from_bits(imm as u32)), offset); next!() }
        fast BrIfF32NotLeA { rhs, offset } => { br_if!(!(facc!() <= f32v!(rhs)), offset); next!() }
        fast BrIfF32NotLeImmA { imm, offset } => { br_if!(!(facc!() <= f32::from_bits(imm as u32)), offset); next!() }
        fast BrIfF32NotGe { lhs, rhs, offset } => { br_if!(!(f32v!(lhs) >= f32v!(rhs)), offset); next!() }
        fast BrIfF32NotGeImm { lhs, imm, offset } => { br_if!(!(f32v!(lhs) >= f32::from_bits(imm as u32)), offset); next!() }
        fast BrIfF32NotGeA { rhs, offset } => { br_if!(!(facc!() >= f32v!(rhs)), offset); next!() }
        fast BrIfF32NotGeImmA { imm, offset } => { br_if!(!(facc!() >= f32::from_bits(imm as u32)), offset); next!() }
        fast BrIfF64Eq { lhs, rhs, offset } => { br_if!(f64v!(lhs) == f64v!(rhs), offset); next!() }
        fast BrIfF64EqA { rhs, offset } => { br_if!(dacc!() == f64v!(rhs), offset); next!() }
        fast BrIfF64Ne { lhs, rhs, offset } => { br_if!(f64v!(lhs) != f64v!(rhs), offset); next!() }
        fast BrIfF64NeA { rhs, offset } => { br_if!(dacc!() != f64v!(rhs), offset); next!() }
        fast BrIfF64Lt { lhs, rhs, offset } => { br_if!(f64v!(lhs) < f64v!(rhs), offset); next!() }
        fast BrIfF64LtA { rhs, offset } => { br_if!(dacc!() < f64v!(rhs), offset); next!() }
        fast BrIfF64Gt { lhs, rhs, offset } => { br_if!(f64v!(lhs) > f64v!(rhs), offset); next!() }
        fast BrIfF64GtA { rhs, offset } => { br_if!(dacc!() > f64v!(rhs), offset); next!() }
        fast BrIfF64Le { lhs, rhs, offset } => { br_if!(f64v!(lhs) <= f64v!(rhs), offset); next!() }
        fast BrIfF64LeA { rhs, offset } => { br_if!(dacc!() <= f64v!(rhs), offset); next!() }
        fast BrIfF64Ge { lhs, rhs, offset } => { br_if!(f64v!(lhs) >= f64v!(rhs), offset); next!() }
        fast BrIfF64GeA { rhs, offset } => { br_if!(dacc!() >= f64v!(rhs), offset); next!() }
        fast BrIfF64NotLt { lhs, rhs, offset } => { br_if!(!(f64v!(lhs) < f64v!(rhs)), offset); next!() }
        fast BrIfF64NotLtA { rhs, offset } => { br_if!(!(dacc!() < f64v!(rhs)), offset); next!() }
        fast BrIfF64NotGt { lhs, rhs, offset } => { br_if!(!(f64v!(lhs) > f64v!(rhs)), offset); next!() }
        fast BrIfF64NotGtA { rhs, offset } => { br_if!(!(dacc!() > f64v!(rhs)), offset); next!() }
        fast BrIfF64NotLe { lhs, rhs, offset } => { br_if!(!(f64v!(lhs) <= f64v!(rhs)), offset); next!() }
        fast BrIfF64NotLeA { rhs, offset } => { br_if!(!(dacc!() <= f64v!(rhs)), offset); next!() }
        fast BrIfF64NotGe { lhs, rhs, offset } => { br_if!(!(f64v!(lhs) >= f64v!(rhs)), offset); next!() }
        fast BrIfF64NotGeA { rhs, offset } => { br_if!(!(dacc!() >= f64v!(rhs)), offset); next!() }
        fast SelectR { cond, lhs, rhs } => { put_acc!(crate::exec::select_loaded(i32v!(cond) != 0, r!(lhs), r!(rhs))); next!() }
        fast I32LoadR { addr, offset } => { load_acc!(i32v!(addr), offset, u32, |v| v as u64); next!() }
        fast I64LoadR { addr, offset } => { load_acc!(i32v!(addr), offset, u64, |v| v); next!() }
        fast I32Load8SR { addr, offset } => { load_acc!(i32v!(addr), offset, i8, |v| v as i32 as u32 as u64); next!() }
        fast I32Load8UR { addr, offset } => { load_acc!(i32v!(addr), offset, u8, |v| v as u64); next!() }
        fast I32Load16SR { addr, offset } => { load_acc!(i32v!(addr), offset, i16, |v| v as i32 as u32 as u64); next!() }
        fast I32Load16UR { addr, offset } => { load_acc!(i32v!(addr), offset, u16, |v| v as u64); next!() }
        fast I64Load8SR { addr, offset } => { load_acc!(i32v!(addr), offset, i8, |v| v as i64 as u64); next!() }
        fast I64Load16SR { addr, offset } => { load_acc!(i32v!(addr), offset, i16, |v| v as i64 as u64); next!() }
        fast I64Load32SR { addr, offset } => { load_acc!(i32v!(addr), offset, i32, |v| v as i64 as u64); next!() }
        fast I32EqzR { src } => { put_acc!(((i32v!(src) == 0) as u32 as u64)); next!() }
        fast I32EqR { lhs, rhs } => { put_acc!(((i32v!(lhs) == i32v!(rhs)) as u32 as u64)); next!() }
        fast I32NeR { lhs, rhs } => { put_acc!(((i32v!(lhs) != i32v!(rhs)) as u32 as u64)); next!() }
        fast I32LtSR { lhs, rhs } => { put_acc!((((i32v!(lhs) as i32) < i32v!(rhs) as i32) as u32 as u64)); next!() }
        fast I32LtUR { lhs, rhs } => { put_acc!(((i32v!(lhs) < i32v!(rhs)) as u32 as u64)); next!() }
        fast I32GtSR { lhs, rhs } => { put_acc!(((i32v!(lhs) as i32 > i32v!(rhs) as i32) as u32 as u64)); next!() }
        fast I32GtUR { lhs, rhs } => { put_acc!(((i32v!(lhs) > i32v!(rhs)) as u32 as u64)); next!() }
        fast I32LeSR { lhs, rhs } => { put_acc!(((i32v!(lhs) as i32 <= i32v!(rhs) as i32) as u32 as u64)); next!() }
        fast I32LeUR { lhs, rhs } => { put_acc!(((i32v!(lhs) <= i32v!(rhs)) as u32 as u64)); next!() }
        fast I32GeSR { lhs, rhs } => { put_acc!(((i32v!(lhs) as i32 >= i32v!(rhs) as i32) as u32 as u64)); next!() }
        fast I32GeUR { lhs, rhs } => { put_acc!(((i32v!(lhs) >= i32v!(rhs)) as u32 as u64)); next!() }
        fast I32EqImmR { lhs, imm } => { put_acc!(((i32v!(lhs) as i32 == imm) as u32 as u64)); next!() }
        fast I32NeImmR { lhs, imm } => { put_acc!(((i32v!(lhs) as i32 != imm) as u32 as u64)); next!() }
        fast I32LtSImmR { lhs, imm } => { put_acc!((((i32v!(lhs) as i32) < imm) as u32 as u64)); next!() }
        fast I32LtUImmR { lhs, imm } => { put_acc!(((i32v!(lhs) < imm as u32) as u32 as u64)); next!() }
        fast I32GtSImmR { lhs, imm } => { put_acc!(((i32v!(lhs) as i32 > imm) as u32 as u64)); next!() }
        fast I32GtUImmR { lhs, imm } => { put_acc!(((i32v!(lhs) > imm as u32) as u32 as u64)); next!() }
        fast I32LeSImmR { lhs, imm } => { put_acc!(((i32v!(lhs) as i32 <= imm) as u32 as u64)); next!() }
        fast I32LeUImmR { lhs, imm } => { put_acc!(((i32v!(lhs) <= imm as u32) as u32 as u64)); next!() }
        fast I32GeSImmR { lhs, imm } => { put_acc!(((i32v!(lhs) as i32 >= imm) as u32 as u64)); next!() }
        fast I32GeUImmR { lhs, imm } => { put_acc!(((i32v!(lhs) >= imm as u32) as u32 as u64)); next!() }
        fast I32ClzR { src } => { put_acc!(((i32v!(src).leading_zeros()) as u32 as u64)); next!() }
        fast I32CtzR { src } => { put_acc!(((i32v!(src).trailing_zeros()) as u32 as u64)); next!() }
        fast I32PopcntR { src } => { put_acc!(((i32v!(src).count_ones()) as u32 as u64)); next!() }
        fast I32AddR { lhs, rhs } => { put_acc!(((i32v!(lhs).wrapping_add(i32v!(rhs))) as u32 as u64)); next!() }
        fast I32SubR { lhs, rhs } => { put_acc!(((i32v!(lhs).wrapping_sub(i32v!(rhs))) as u32 as u64)); next!() }
        fast I32MulR { lhs, rhs } => { put_acc!(((i32v!(lhs).wrapping_mul(i32v!(rhs))) as u32 as u64)); next!() }
        fast I32DivSR { lhs, rhs } => { put_acc!(((checked!(num::i32_div_s(i32v!(lhs) as i32, i32v!(rhs) as i32))) as u32 as u64)); next!() }
        fast I32DivUR { lhs, rhs } => { put_acc!(((checked!(num::i32_div_u(i32v!(lhs), i32v!(rhs)))) as u32 as u64)); next!() }
        fast I32RemSR { lhs, rhs } => { put_acc!(((checked!(num::i32_rem_s(i32v!(lhs) as i32, i32v!(rhs) as i32))) as u32 as u64)); next!() }
        fast I32RemUR { lhs, rhs } => { put_acc!(((checked!(num::i32_rem_u(i32v!(lhs), i32v!(rhs)))) as u32 as u64)); next!() }
        fast I32AndR { lhs, rhs } => { put_acc!(((i32v!(lhs) & i32v!(rhs)) as u32 as u64)); next!() }
        fast I32OrR { lhs, rhs } => { put_acc!(((i32v!(lhs) | i32v!(rhs)) as u32 as u64)); next!() }
        fast I32XorR { lhs, rhs } => { put_acc!(((i32v!(lhs) ^ i32v!(rhs)) as u32 as u64)); next!() }
        fast I32ShlR { lhs, rhs } => { put_acc!(((i32v!(lhs).wrapping_shl(i32v!(rhs))) as u32 as u64)); next!() }
        fast I32ShrSR { lhs, rhs } => { put_acc!((((i32v!(lhs) as i32).wrapping_shr(i32v!(rhs))) as u32 as u64)); next!() }
        fast I32ShrUR { lhs, rhs } => { put_acc!(((i32v!(lhs).wrapping_shr(i32v!(rhs))) as u32 as u64)); next!() }
        fast I32RotlR { lhs, rhs } => { put_acc!(((i32v!(lhs).rotate_left(i32v!(rhs) & 31)) as u32 as u64)); next!() }
        fast I32RotrR { lhs, rhs } => { put_acc!(((i32v!(lhs).rotate_right(i32v!(rhs) & 31)) as u32 as u64)); next!() }
        fast I32AddImmR { lhs, imm } => { put_acc!(((i32v!(lhs).wrapping_add(imm as u32)) as u32 as u64)); next!() }
        fast I32RSubImmR { lhs, imm } => { put_acc!((imm as u32).wrapping_sub(i32v!(lhs)) as u64); next!() }
        fast I32MulImmR { lhs, imm } => { put_acc!(((i32v!(lhs).wrapping_mul(imm as u32)) as u32 as u64)); next!() }
        fast I32AndImmR { lhs, imm } => { put_acc!(((i32v!(lhs) & imm as u32) as u32 as u64)); next!() }
        fast I32OrImmR { lhs, imm } => { put_acc!(((i32v!(lhs) | imm as u32) as u32 as u64)); next!() }
        fast I32XorImmR { lhs, imm } => { put_acc!(((i32v!(lhs) ^ imm as u32) as u32 as u64)); next!() }
        fast I32ShlImmR { lhs, imm } => { put_acc!(((i32v!(lhs).wrapping_shl(imm as u32)) as u32 as u64)); next!() }
        fast I32ShrSImmR { lhs, imm } => { put_acc!((((i32v!(lhs) as i32).wrapping_shr(imm as u32)) as u32 as u64)); next!() }
        fast I32ShrUImmR { lhs, imm } => { put_acc!(((i32v!(lhs).wrapping_shr(imm as u32)) as u32 as u64)); next!() }
        fast I64EqzR { src } => { put_acc!(((r!(src) == 0) as u32 as u64)); next!() }
        fast I64EqR { lhs, rhs } => { put_acc!(((r!(lhs) == r!(rhs)) as u32 as u64)); next!() }
        fast I64NeR { lhs, rhs } => { put_acc!(((r!(lhs) != r!(rhs)) as u32 as u64)); next!() }
        fast I64LtSR { lhs, rhs } => { put_acc!((((r!(lhs) as i64) < r!(rhs) as i64) as u32 as u64)); next!() }
        fast I64LtUR { lhs, rhs } => { put_acc!(((r!(lhs) < r!(rhs)) as u32 as u64)); next!() }
        fast I64GtSR { lhs, rhs } => { put_acc!(((r!(lhs) as i64 > r!(rhs) as i64) as u32 as u64)); next!() }
        fast I64GtUR { lhs, rhs } => { put_acc!(((r!(lhs) > r!(rhs)) as u32 as u64)); next!() }
        fast I64LeSR { lhs, rhs } => { put_acc!(((r!(lhs) as i64 <= r!(rhs) as i64) as u32 as u64)); next!() }
        fast I64LeUR { lhs, rhs } => { put_acc!(((r!(lhs) <= r!(rhs)) as u32 as u64)); next!() }
        fast I64GeSR { lhs, rhs } => { put_acc!(((r!(lhs) as i64 >= r!(rhs) as i64) as u32 as u64)); next!() }
        fast I64GeUR { lhs, rhs } => { put_acc!(((r!(lhs) >= r!(rhs)) as u32 as u64)); next!() }
        fast I64ClzR { src } => { put_acc!(r!(src).leading_zeros() as u64); next!() }
        fast I64CtzR { src } => { put_acc!(r!(src).trailing_zeros() as u64); next!() }
        fast I64PopcntR { src } => { put_acc!(r!(src).count_ones() as u64); next!() }
        fast I64AddR { lhs, rhs } => { put_acc!(r!(lhs).wrapping_add(r!(rhs))); next!() }
        fast I64SubR { lhs, rhs } => { put_acc!(r!(lhs).wrapping_sub(r!(rhs))); next!() }
        fast I64MulR { lhs, rhs } => { put_acc!(r!(lhs).wrapping_mul(r!(rhs))); next!() }
        fast I64DivSR { lhs, rhs } => { put_acc!(checked!(num::i64_div_s(r!(lhs) as i64, r!(rhs) as i64)) as u64); next!() }
        fast I64DivUR { lhs, rhs } => { put_acc!(checked!(num::i64_div_u(r!(lhs), r!(rhs)))); next!() }
        fast I64RemSR { lhs, rhs } => { put_acc!(checked!(num::i64_rem_s(r!(lhs) as i64, r!(rhs) as i64)) as u64); next!() }
        fast I64RemUR { lhs, rhs } => { put_acc!(checked!(num::i64_rem_u(r!(lhs), r!(rhs)))); next!() }
        fast I64AndR { lhs, rhs } => { put_acc!(r!(lhs) & r!(rhs)); next!() }
        fast I64OrR { lhs, rhs } => { put_acc!(r!(lhs) | r!(rhs)); next!() }
        fast I64XorR { lhs, rhs } => { put_acc!(r!(lhs) ^ r!(rhs)); next!() }
        fast I64ShlR { lhs, rhs } => { put_acc!(r!(lhs).wrapping_shl(r!(rhs) as u32)); next!() }
        fast I64ShrSR { lhs, rhs } => { put_acc!((r!(lhs) as i64).wrapping_shr(r!(rhs) as u32) as u64); next!() }
        fast I64ShrUR { lhs, rhs } => { put_acc!(r!(lhs).wrapping_shr(r!(rhs) as u32)); next!() }
        fast I64RotlR { lhs, rhs } => { put_acc!(r!(lhs).rotate_left((r!(rhs) & 63) as u32)); next!() }
        fast I64RotrR { lhs, rhs } => { put_acc!(r!(lhs).rotate_right((r!(rhs) & 63) as u32)); next!() }
        fast I64AddImmR { lhs, imm } => { put_acc!(r!(lhs).wrapping_add(imm as i64 as u64)); next!() }
        fast I64RSubImmR { lhs, imm } => { put_acc!((imm as i64 as u64).wrapping_sub(r!(lhs))); next!() }
        fast I64AndImmR { lhs, imm } => { put_acc!(r!(lhs) & imm as i64 as u64); next!() }
        fast I64ShlImmR { lhs, imm } => { put_acc!(r!(lhs).wrapping_shl(imm as u32)); next!() }
        fast I64ShrSImmR { lhs, imm } => { put_acc!((r!(lhs) as i64).wrapping_shr(imm as u32) as u64); next!() }
        fast I64ShrUImmR { lhs, imm } => { put_acc!(r!(lhs).wrapping_shr(imm as u32)); next!() }
        fast F32EqR { lhs, rhs } => { put_acc!(((f32v!(lhs) == f32v!(rhs)) as u32 as u64)); next!() }
        fast F32NeR { lhs, rhs } => { put_acc!(((f32v!(lhs) != f32v!(rhs)) as u32 as u64)); next!() }
        fast F32LtR { lhs, rhs } => { put_acc!(((f32v!(lhs) < f32v!(rhs)) as u32 as u64)); next!() }
        fast F32GtR { lhs, rhs } => { put_acc!(((f32v!(lhs) > f32v!(rhs)) as u32 as u64)); next!() }
        fast F32LeR { lhs, rhs } => { put_acc!(((f32v!(lhs) <= f32v!(rhs)) as u32 as u64)); next!() }
        fast F32GeR { lhs, rhs } => { put_acc!(((f32v!(lhs) >= f32v!(rhs)) as u32 as u64)); next!() }
        fast F32AbsR { src } => { put_facc!(f32v!(src).abs()); next!() }
        fast F32NegR { src } => { put_facc!(-f32v!(src)); next!() }
        fast F32CeilR { src } => { put_facc!(num::f32_quiet(f32v!(src).ceil())); next!() }
        fast F32FloorR { src } => { put_facc!(num::f32_quiet(f32v!(src).floor())); next!() }
        fast F32TruncR { src } => { put_facc!(num::f32_quiet(f32v!(src).trunc())); next!() }
        fast F32NearestR { src } => { put_facc!(num::f32_nearest(f32v!(src))); next!() }
        fast F32SqrtR { src } => { put_facc!(num::f32_quiet(f32v!(src).sqrt())); next!() }
        fast F32AddR { lhs, rhs } => { put_facc!(f32v!(lhs) + f32v!(rhs)); next!() }
        fast F32SubR { lhs, rhs } => { put_facc!(f32v!(lhs) - f32v!(rhs)); next!() }
        fast F32MulR { lhs, rhs } => { put_facc!(f32v!(lhs) * f32v!(rhs)); next!() }
        fast F32DivR { lhs, rhs } => { put_facc!(f32v!(lhs) / f32v!(rhs)); next!() }
        fast F32MinR { lhs, rhs } => { put_facc!(num::f32_min(f32v!(lhs), f32v!(rhs))); next!() }
        fast F32MaxR { lhs, rhs } => { put_facc!(num::f32_max(f32v!(lhs), f32v!(rhs))); next!() }
        fast F32CopysignR { lhs, rhs } => { put_facc!(f32v!(lhs).copysign(f32v!(rhs))); next!() }
        fast F64EqR { lhs, rhs } => { put_acc!(((f64v!(lhs) == f64v!(rhs)) as u32 as u64)); next!() }
        fast F64NeR { lhs, rhs } => { put_acc!(((f64v!(lhs) != f64v!(rhs)) as u32 as u64)); next!() }
        fast F64LtR { lhs, rhs } => { put_acc!(((f64v!(lhs) < f64v!(rhs)) as u32 as u64)); next!() }
        fast F64GtR { lhs, rhs } => { put_acc!(((f64v!(lhs) > f64v!(rhs)) as u32 as u64)); next!() }
        fast F64LeR { lhs, rhs } => { put_acc!(((f64v!(lhs) <= f64v!(rhs)) as u32 as u64)); next!() }
        fast F64GeR { lhs, rhs } => { put_acc!(((f64v!(lhs) >= f64v!(rhs)) as u32 as u64)); next!() }
        fast F64AbsR { src } => { put_dacc!(f64v!(src).abs()); next!() }
        fast F64NegR { src } => { put_dacc!(-f64v!(src)); next!() }
        fast F64CeilR { src } => { put_dacc!(num::f64_quiet(f64v!(src).ceil())); next!() }
        fast F64FloorR { src } => { put_dacc!(num::f64_quiet(f64v!(src).floor())); next!() }
        fast F64TruncR { src } => { put_dacc!(num::f64_quiet(f64v!(src).trunc())); next!() }
        fast F64NearestR { src } => { put_dacc!(num::f64_nearest(f64v!(src))); next!() }
        fast F64SqrtR { src } => { put_dacc!(num::f64_quiet(f64v!(src).sqrt())); next!() }
        fast F64AddR { lhs, rhs } => { put_dacc!(f64v!(lhs) + f64v!(rhs)); next!() }
        fast F64SubR { lhs, rhs } => { put_dacc!(f64v!(lhs) - f64v!(rhs)); next!() }
        fast F64MulR { lhs, rhs } => { put_dacc!(f64v!(lhs) * f64v!(rhs)); next!() }
        fast F64DivR { lhs, rhs } => { put_dacc!(f64v!(lhs) / f64v!(rhs)); next!() }
        fast F64MinR { lhs, rhs } => { put_dacc!(num::f64_min(f64v!(lhs), f64v!(rhs))); next!() }
        fast F64MaxR { lhs, rhs } => { put_dacc!(num::f64_max(f64v!(lhs), f64v!(rhs))); next!() }
        fast F64CopysignR { lhs, rhs } => { put_dacc!(f64v!(lhs).copysign(f64v!(rhs))); next!() }
        fast I32WrapI64R { src } => { put_acc!(((r!(src)) as u32 as u64)); next!() }
        fast I32TruncF32SR { src } => { put_acc!(((checked!(num::i32_trunc_f32_s(f32v!(src)))) as u32 as u64)); next!() }
        fast I32TruncF32UR { src } => { put_acc!(((checked!(num::i32_trunc_f32_u(f32v!(src)))) as u32 as u64)); next!() }
        fast I32TruncF64SR { src } => { put_acc!(((checked!(num::i32_trunc_f64_s(f64v!(src)))) as u32 as u64)); next!() }
        fast I32TruncF64UR { src } => { put_acc!(((checked!(num::i32_trunc_f64_u(f64v!(src)))) as u32 as u64)); next!() }
        fast I64ExtendI32SR { src } => { put_acc!(i32v!(src) as i32 as i64 as u64); next!() }
        fast I64ExtendI32UR { src } => { put_acc!(i32v!(src) as u64); next!() }
        fast I64TruncF32SR { src } => { put_acc!(checked!(num::i64_trunc_f32_s(f32v!(src))) as u64); next!() }
        fast I64TruncF32UR { src } => { put_acc!(checked!(num::i64_trunc_f32_u(f32v!(src)))); next!() }
        fast I64TruncF64SR { src } => { put_acc!(checked!(num::i64_trunc_f64_s(f64v!(src))) as u64); next!() }
        fast I64TruncF64UR { src } => { put_acc!(checked!(num::i64_trunc_f64_u(f64v!(src)))); next!() }
        fast F32ConvertI32SR { src } => { put_facc!(i32v!(src) as i32 as f32); next!() }
        fast F32ConvertI32UR { src } => { put_facc!(i32v!(src) as f32); next!() }
        fast F32ConvertI64SR { src } => { put_facc!(r!(src) as i64 as f32); next!() }
        fast F32ConvertI64UR { src } => { put_facc!(r!(src) as f32); next!() }
        fast F32DemoteF64R { src } => { put_facc!(f64v!(src) as f32); next!() }
        fast F64ConvertI32SR { src } => { put_dacc!(i32v!(src) as i32 as f64); next!() }
        fast F64ConvertI32UR { src } => { put_dacc!(i32v!(src) as f64); next!() }
        fast F64ConvertI64SR { src } => { put_dacc!(r!(src) as i64 as f64); next!() }
        fast F64ConvertI64UR { src } => { put_dacc!(r!(src) as f64); next!() }
        fast F64PromoteF32R { src } => { put_dacc!(f32v!(src) as f64); next!() }
        fast I32Extend8SR { src } => { put_acc!(((r!(src) as i8 as i32) as u32 as u64)); next!() }
        fast I32Extend16SR { src } => { put_acc!(((r!(src) as i16 as i32) as u32 as u64)); next!() }
        fast I64Extend8SR { src } => { put_acc!(r!(src) as i8 as i64 as u64); next!() }
        fast I64Extend16SR { src } => { put_acc!(r!(src) as i16 as i64 as u64); next!() }
        fast I64Extend32SR { src } => { put_acc!(r!(src) as i32 as i64 as u64); next!() }
        fast I32TruncSatF32SR { src } => { put_acc!(((f32v!(src) as i32) as u32 as u64)); next!() }
        fast I32TruncSatF32UR { src } => { put_acc!(((f32v!(src) as u32) as u32 as u64)); next!() }
        fast I32TruncSatF64SR { src } => { put_acc!(((f64v!(src) as i32) as u32 as u64)); next!() }
        fast I32TruncSatF64UR { src } => { put_acc!(((f64v!(src) as u32) as u32 as u64)); next!() }
        fast I64TruncSatF32SR { src } => { put_acc!(f32v!(src) as i64 as u64); next!() }
        fast I64TruncSatF32UR { src } => { put_acc!(f32v!(src) as u64); next!() }
        fast I64TruncSatF64SR { src } => { put_acc!(f64v!(src) as i64 as u64); next!() }
        fast I64TruncSatF64UR { src } => { put_acc!(f64v!(src) as u64); next!() }
        fast I64EqImmR { lhs, imm } => { put_acc!(((r!(lhs) == (imm as i64 as u64)) as u32 as u64)); next!() }
        fast I64EqImmAR { imm } => { put_acc!(((acc!() == (imm as i64 as u64)) as u32 as u64)); next!() }
        fast I64NeImmR { lhs, imm } => { put_acc!(((r!(lhs) != (imm as i64 as u64)) as u32 as u64)); next!() }
        fast I64NeImmAR { imm } => { put_acc!(((acc!() != (imm as i64 as u64)) as u32 as u64)); next!() }
        fast I64LtSImmR { lhs, imm } => { put_acc!((((r!(lhs) as i64) < (imm as i64)) as u32 as u64)); next!() }
        fast I64LtSImmAR { imm } => { put_acc!((((acc!() as i64) < (imm as i64)) as u32 as u64)); next!() }
        fast I64LtUImmR { lhs, imm } => { put_acc!(((r!(lhs) < (imm as i64 as u64)) as u32 as u64)); next!() }
        fast I64LtUImmAR { imm } => { put_acc!(((acc!() < (imm as i64 as u64)) as u32 as u64)); next!() }
        fast I64GtSImmR { lhs, imm } => { put_acc!((((r!(lhs) as i64) > (imm as i64)) as u32 as u64)); next!() }
        fast I64GtSImmAR { imm } => { put_acc!((((acc!() as i64) > (imm as i64)) as u32 as u64)); next!() }
        fast I64GtUImmR { lhs, imm } => { put_acc!(((r!(lhs) > (imm as i64 as u64)) as u32 as u64)); next!() }
        fast I64GtUImmAR { imm } => { put_acc!(((acc!() > (imm as i64 as u64)) as u32 as u64)); next!() }
        fast I64LeSImmR { lhs, imm } => { put_acc!((((r!(lhs) as i64) <= (imm as i64)) as u32 as u64)); next!() }
        fast I64LeSImmAR { imm } => { put_acc!((((acc!() as i64) <= (imm as i64)) as u32 as u64)); next!() }
        fast I64LeUImmR { lhs, imm } => { put_acc!(((r!(lhs) <= (imm as i64 as u64)) as u32 as u64)); next!() }
        fast I64LeUImmAR { imm } => { put_acc!(((acc!() <= (imm as i64 as u64)) as u32 as u64)); next!() }
        fast I64GeSImmR { lhs, imm } => { put_acc!((((r!(lhs) as i64) >= (imm as i64)) as u32 as u64)); next!() }
        fast I64GeSImmAR { imm } => { put_acc!((((acc!() as i64) >= (imm as i64)) as u32 as u64)); next!() }
        fast I64GeUImmR { lhs, imm } => { put_acc!(((r!(lhs) >= (imm as i64 as u64)) as u32 as u64)); next!() }
        fast I64GeUImmAR { imm } => { put_acc!(((acc!() >= (imm as i64 as u64)) as u32 as u64)); next!() }
        fast F32EqImmR { lhs, imm } => { put_acc!(((f32v!(lhs) == f32::from_bits(imm as u32)) as u32 as u64)); next!() }
        fast F32EqImmAR { imm } => { put_acc!(((facc!() == f32::from_bits(imm as u32)) as u32 as u64)); next!() }
        fast F32NeImmR { lhs, imm } => { put_acc!(((f32v!(lhs) != f32::from_bits(imm as u32)) as u32 as u64)); next!() }
        fast F32NeImmAR { imm } => { put_acc!(((facc!() != f32::from_bits(imm as u32)) as u32 as u64)); next!() }
        fast F32LtImmR { lhs, imm } => { put_acc!(((f32v!(lhs) < f32::from_bits(imm as u32)) as u32 as u64)); next!() }
        fast F32LtImmAR { imm } => { put_acc!(((facc!() < f32::from_bits(imm as u32)) as u32 as u64)); next!() }
        fast F32GtImmR { lhs, imm } => { put_acc!(((f32v!(lhs) > f32::from_bits(imm as u32)) as u32 as u64)); next!() }
        fast F32GtImmAR { imm } => { put_acc!(((facc!() > f32::from_bits(imm as u32)) as u32 as u64)); next!() }
        fast F32LeImmR { lhs, imm } => { put_acc!(((f32v!(lhs) <= f32::from_bits(imm as u32)) as u32 as u64)); next!() }
        fast F32LeImmAR { imm } => { put_acc!(((facc!() <= f32::from_bits(imm as u32)) as u32 as u64)); next!() }
        fast F32GeImmR { lhs, imm } => { put_acc!(((f32v!(lhs) >= f32::from_bits(imm as u32)) as u32 as u64)); next!() }
        fast F32GeImmAR { imm } => { put_acc!(((facc!() >= f32::from_bits(imm as u32)) as u32 as u64)); next!() }
        fast I32LoadAddAR { base, offset } => { load_acc!((acc!() as u32).wrapping_add(i32v!(base)), offset, u32, |v| v as u64); next!() }
        fast I64LoadAddAR { base, offset } => { load_acc!((acc!() as u32).wrapping_add(i32v!(base)), offset, u64, |v| v); next!() }
        fast I32Load8UAddAR { base, offset } => { load_acc!((acc!() as u32).wrapping_add(i32v!(base)), offset, u8, |v| v as u64); next!() }
        fast I32Load8SAddAR { base, offset } => { load_acc!((acc!() as u32).wrapping_add(i32v!(base)), offset, i8, |v| v as i32 as u32 as u64); next!() }
        fast I32LoadAddImmAR { imm, offset } => { load_acc!((acc!() as u32).wrapping_add(imm as u32), offset, u32, |v| v as u64); next!() }
        fast I64LoadAddImmAR { imm, offset } => { load_acc!((acc!() as u32).wrapping_add(imm as u32), offset, u64, |v| v); next!() }
        fast I32Load8UAddImmAR { imm, offset } => { load_acc!((acc!() as u32).wrapping_add(imm as u32), offset, u8, |v| v as u64); next!() }
        fast I32Load8SAddImmAR { imm, offset } => { load_acc!((acc!() as u32).wrapping_add(imm as u32), offset, i8, |v| v as i32 as u32 as u64); next!() }
        fast I32EqAR { rhs } => { put_acc!((((acc!() as u32) == i32v!(rhs)) as u32 as u64)); next!() }
        fast I32NeAR { rhs } => { put_acc!((((acc!() as u32) != i32v!(rhs)) as u32 as u64)); next!() }
        fast I32LtSAR { rhs } => { put_acc!(((((acc!() as u32) as i32) < i32v!(rhs) as i32) as u32 as u64)); next!() }
        fast I32LtUAR { rhs } => { put_acc!((((acc!() as u32) < i32v!(rhs)) as u32 as u64)); next!() }
        fast I32GtSAR { rhs } => { put_acc!((((acc!() as u32) as i32 > i32v!(rhs) as i32) as u32 as u64)); next!() }
        fast I32GtUAR { rhs } => { put_acc!((((acc!() as u32) > i32v!(rhs)) as u32 as u64)); next!() }
        fast I32LeSAR { rhs } => { put_acc!((((acc!() as u32) as i32 <= i32v!(rhs) as i32) as u32 as u64)); next!() }
        fast I32LeUAR { rhs } => { put_acc!((((acc!() as u32) <= i32v!(rhs)) as u32 as u64)); next!() }
        fast I32GeSAR { rhs } => { put_acc!((((acc!() as u32) as i32 >= i32v!(rhs) as i32) as u32 as u64)); next!() }
        fast I32GeUAR { rhs } => { put_acc!((((acc!() as u32) >= i32v!(rhs)) as u32 as u64)); next!() }
        fast I32AddAR { rhs } => { put_acc!((((acc!() as u32).wrapping_add(i32v!(rhs))) as u32 as u64)); next!() }
        fast I32SubAR { rhs } => { put_acc!((((acc!() as u32).wrapping_sub(i32v!(rhs))) as u32 as u64)); next!() }
        fast I32MulAR { rhs } => { put_acc!((((acc!() as u32).wrapping_mul(i32v!(rhs))) as u32 as u64)); next!() }
        fast I32AndAR { rhs } => { put_acc!((((acc!() as u32) & i32v!(rhs)) as u32 as u64)); next!() }
        fast I32OrAR { rhs } => { put_acc!((((acc!() as u32) | i32v!(rhs)) as u32 as u64)); next!() }
        fast I32XorAR { rhs } => { put_acc!((((acc!() as u32) ^ i32v!(rhs)) as u32 as u64)); next!() }
        fast I32ShlAR { rhs } => { put_acc!((((acc!() as u32).wrapping_shl(i32v!(rhs))) as u32 as u64)); next!() }
        fast I32ShrSAR { rhs } => { put_acc!(((((acc!() as u32) as i32).wrapping_shr(i32v!(rhs))) as u32 as u64)); next!() }
        fast I32ShrUAR { rhs } => { put_acc!((((acc!() as u32).wrapping_shr(i32v!(rhs))) as u32 as u64)); next!() }
        fast I64EqAR { rhs } => { put_acc!(((acc!() == r!(rhs)) as u32 as u64)); next!() }
        fast I64NeAR { rhs } => { put_acc!(((acc!() != r!(rhs)) as u32 as u64)); next!() }
        fast I64LtSAR { rhs } => { put_acc!((((acc!() as i64) < r!(rhs) as i64) as u32 as u64)); next!() }
        fast I64LtUAR { rhs } => { put_acc!(((acc!() < r!(rhs)) as u32 as u64)); next!() }
        fast I64GtSAR { rhs } => { put_acc!(((acc!() as i64 > r!(rhs) as i64) as u32 as u64)); next!() }
        fast I64GtUAR { rhs } => { put_acc!(((acc!() > r!(rhs)) as u32 as u64)); next!() }
        fast I64LeSAR { rhs } => { put_acc!(((acc!() as i64 <= r!(rhs) as i64) as u32 as u64)); next!() }
        fast I64LeUAR { rhs } => { put_acc!(((acc!() <= r!(rhs)) as u32 as u64)); next!() }
        fast I64GeSAR { rhs } => { put_acc!(((acc!() as i64 >= r!(rhs) as i64) as u32 as u64)); next!() }
        fast I64GeUAR { rhs } => { put_acc!(((acc!() >= r!(rhs)) as u32 as u64)); next!() }
        fast I64AddAR { rhs } => { put_acc!(acc!().wrapping_add(r!(rhs))); next!() }
        fast I64SubAR { rhs } => { put_acc!(acc!().wrapping_sub(r!(rhs))); next!() }
        fast I64MulAR { rhs } => { put_acc!(acc!().wrapping_mul(r!(rhs))); next!() }
        fast I64AndAR { rhs } => { put_acc!(acc!() & r!(rhs)); next!() }
        fast I64OrAR { rhs } => { put_acc!(acc!() | r!(rhs)); next!() }
        fast I64XorAR { rhs } => { put_acc!(acc!() ^ r!(rhs)); next!() }
        fast I64ShlAR { rhs } => { put_acc!(acc!().wrapping_shl(r!(rhs) as u32)); next!() }
        fast I64ShrSAR { rhs } => { put_acc!((acc!() as i64).wrapping_shr(r!(rhs) as u32) as u64); next!() }
        fast I64ShrUAR { rhs } => { put_acc!(acc!().wrapping_shr(r!(rhs) as u32)); next!() }
        fast F32AddAR { rhs } => { put_facc!(facc!() + f32v!(rhs)); next!() }
        fast F32SubAR { rhs } => { put_facc!(facc!() - f32v!(rhs)); next!() }
        fast F32MulAR { rhs } => { put_facc!(facc!() * f32v!(rhs)); next!() }
        fast F32DivAR { rhs } => { put_facc!(facc!() / f32v!(rhs)); next!() }
        fast F32LtAR { rhs } => { put_acc!(((facc!() < f32v!(rhs)) as u32 as u64)); next!() }
        fast F32GtAR { rhs } => { put_acc!(((facc!() > f32v!(rhs)) as u32 as u64)); next!() }
        fast F32LeAR { rhs } => { put_acc!(((facc!() <= f32v!(rhs)) as u32 as u64)); next!() }
        fast F32GeAR { rhs } => { put_acc!(((facc!() >= f32v!(rhs)) as u32 as u64)); next!() }
        fast F32EqAR { rhs } => { put_acc!(((facc!() == f32v!(rhs)) as u32 as u64)); next!() }
        fast F32NeAR { rhs } => { put_acc!(((facc!() != f32v!(rhs)) as u32 as u64)); next!() }
        fast F64AddAR { rhs } => { put_dacc!(dacc!() + f64v!(rhs)); next!() }
        fast F64SubAR { rhs } => { put_dacc!(dacc!() - f64v!(rhs)); next!() }
        fast F64MulAR { rhs } => { put_dacc!(dacc!() * f64v!(rhs)); next!() }
        fast F64DivAR { rhs } => { put_dacc!(dacc!() / f64v!(rhs)); next!() }
        fast F64LtAR { rhs } => { put_acc!(((dacc!() < f64v!(rhs)) as u32 as u64)); next!() }
        fast F64GtAR { rhs } => { put_acc!(((dacc!() > f64v!(rhs)) as u32 as u64)); next!() }
        fast F64LeAR { rhs } => { put_acc!(((dacc!() <= f64v!(rhs)) as u32 as u64)); next!() }
        fast F64GeAR { rhs } => { put_acc!(((dacc!() >= f64v!(rhs)) as u32 as u64)); next!() }
        fast F64EqAR { rhs } => { put_acc!(((dacc!() == f64v!(rhs)) as u32 as u64)); next!() }
        fast F64NeAR { rhs } => { put_acc!(((dacc!() != f64v!(rhs)) as u32 as u64)); next!() }
        fast I32EqImmAR { imm } => { put_acc!((((acc!() as u32) as i32 == imm) as u32 as u64)); next!() }
        fast I32NeImmAR { imm } => { put_acc!((((acc!() as u32) as i32 != imm) as u32 as u64)); next!() }
        fast I32LtSImmAR { imm } => { put_acc!(((((acc!() as u32) as i32) < imm) as u32 as u64)); next!() }
        fast I32LtUImmAR { imm } => { put_acc!((((acc!() as u32) < imm as u32) as u32 as u64)); next!() }
        fast I32GtSImmAR { imm } => { put_acc!((((acc!() as u32) as i32 > imm) as u32 as u64)); next!() }
        fast I32GtUImmAR { imm } => { put_acc!((((acc!() as u32) > imm as u32) as u32 as u64)); next!() }
        fast I32LeSImmAR { imm } => { put_acc!((((acc!() as u32) as i32 <= imm) as u32 as u64)); next!() }
        fast I32LeUImmAR { imm } => { put_acc!((((acc!() as u32) <= imm as u32) as u32 as u64)); next!() }
        fast I32GeSImmAR { imm } => { put_acc!((((acc!() as u32) as i32 >= imm) as u32 as u64)); next!() }
        fast I32GeUImmAR { imm } => { put_acc!((((acc!() as u32) >= imm as u32) as u32 as u64)); next!() }
        fast I32AddImmAR { imm } => { put_acc!((((acc!() as u32).wrapping_add(imm as u32)) as u32 as u64)); next!() }
        fast I32RSubImmAR { imm } => { put_acc!((imm as u32).wrapping_sub(acc!() as u32) as u64); next!() }
        fast I32MulImmAR { imm } => { put_acc!((((acc!() as u32).wrapping_mul(imm as u32)) as u32 as u64)); next!() }
        fast I32AndImmAR { imm } => { put_acc!((((acc!() as u32) & imm as u32) as u32 as u64)); next!() }
        fast I32OrImmAR { imm } => { put_acc!((((acc!() as u32) | imm as u32) as u32 as u64)); next!() }
        fast I32XorImmAR { imm } => { put_acc!((((acc!() as u32) ^ imm as u32) as u32 as u64)); next!() }
        fast I32ShlImmAR { imm } => { put_acc!((((acc!() as u32).wrapping_shl(imm as u32)) as u32 as u64)); next!() }
        fast I32ShrSImmAR { imm } => { put_acc!(((((acc!() as u32) as i32).wrapping_shr(imm as u32)) as u32 as u64)); next!() }
        fast I32ShrUImmAR { imm } => { put_acc!((((acc!() as u32).wrapping_shr(imm as u32)) as u32 as u64)); next!() }
        fast I64AddImmAR { imm } => { put_acc!(acc!().wrapping_add(imm as i64 as u64)); next!() }
        fast I64RSubImmAR { imm } => { put_acc!((imm as i64 as u64).wrapping_sub(acc!())); next!() }
        fast I64AndImmAR { imm } => { put_acc!(acc!() & imm as i64 as u64); next!() }
        fast I64ShlImmAR { imm } => { put_acc!(acc!().wrapping_shl(imm as u32)); next!() }
        fast I64ShrSImmAR { imm } => { put_acc!((acc!() as i64).wrapping_shr(imm as u32) as u64); next!() }
        fast I64ShrUImmAR { imm } => { put_acc!(acc!().wrapping_shr(imm as u32)); next!() }
        fast I32EqzAR {  } => { put_acc!((((acc!() as u32) == 0) as u32 as u64)); next!() }
        fast I64EqzAR {  } => { put_acc!(((acc!() == 0) as u32 as u64)); next!() }
        fast I32WrapI64AR {  } => { put_acc!(((acc!()) as u32 as u64)); next!() }
        fast I64ExtendI32SAR {  } => { put_acc!((acc!() as u32) as i32 as i64 as u64); next!() }
        fast I64ExtendI32UAR {  } => { put_acc!((acc!() as u32) as u64); next!() }
        fast F64ConvertI32SAR {  } => { put_dacc!((acc!() as u32) as i32 as f64); next!() }
        fast F64ConvertI32UAR {  } => { put_dacc!((acc!() as u32) as f64); next!() }
        fast F32ConvertI32SAR {  } => { put_facc!((acc!() as u32) as i32 as f32); next!() }
        fast F64PromoteF32AR {  } => { put_dacc!(facc!() as f64); next!() }
        fast F32DemoteF64AR {  } => { put_facc!(dacc!() as f32); next!() }
        fast I32Extend8SAR {  } => { put_acc!(((acc!() as i8 as i32) as u32 as u64)); next!() }
        fast I32Extend16SAR {  } => { put_acc!(((acc!() as i16 as i32) as u32 as u64)); next!() }
        fast F32NegAR {  } => { put_facc!(-facc!()); next!() }
        fast F64NegAR {  } => { put_dacc!(-dacc!()); next!() }
        fast F32AbsAR {  } => { put_facc!(facc!().abs()); next!() }
        fast F64AbsAR {  } => { put_dacc!(dacc!().abs()); next!() }
        fast F64SqrtAR {  } => { put_dacc!(num::f64_quiet(dacc!().sqrt())); next!() }
        fast F32SqrtAR {  } => { put_facc!(num::f32_quiet(facc!().sqrt())); next!() }
        fast I32LoadAR { offset } => { load_acc!((acc!() as u32), offset, u32, |v| v as u64); next!() }
        fast I64LoadAR { offset } => { load_acc!((acc!() as u32), offset, u64, |v| v); next!() }
        fast I32Load8SAR { offset } => { load_acc!((acc!() as u32), offset, i8, |v| v as i32 as u32 as u64); next!() }
        fast I32Load8UAR { offset } => { load_acc!((acc!() as u32), offset, u8, |v| v as u64); next!() }
        fast I32Load16SAR { offset } => { load_acc!((acc!() as u32), offset, i16, |v| v as i32 as u32 as u64); next!() }
        fast I32Load16UAR { offset } => { load_acc!((acc!() as u32), offset, u16, |v| v as u64); next!() }
        fast I64Load8SAR { offset } => { load_acc!((acc!() as u32), offset, i8, |v| v as i64 as u64); next!() }
        fast I64Load16SAR { offset } => { load_acc!((acc!() as u32), offset, i16, |v| v as i64 as u64); next!() }
        fast I64Load32SAR { offset } => { load_acc!((acc!() as u32), offset, i32, |v| v as i64 as u64); next!() }
        fast SelectAR { lhs, rhs } => { put_acc!(crate::exec::select_loaded((acc!() as u32) != 0, r!(lhs), r!(rhs))); next!() }
        fast I64MulImmR { lhs, imm } => { put_acc!(r!(lhs).wrapping_mul(imm as u64)); next!() }
        fast I64MulImmAR { imm } => { put_acc!(acc!().wrapping_mul(imm as u64)); next!() }
        fast I64OrImmR { lhs, imm } => { put_acc!(r!(lhs) | imm as u64); next!() }
        fast I64OrImmAR { imm } => { put_acc!(acc!() | imm as u64); next!() }
        fast I64XorImmR { lhs, imm } => { put_acc!(r!(lhs) ^ imm as u64); next!() }
        fast I64XorImmAR { imm } => { put_acc!(acc!() ^ imm as u64); next!() }
        fast I64RotlImmR { lhs, imm } => { put_acc!(r!(lhs).rotate_left(imm as u32)); next!() }
        fast I64RotlImmAR { imm } => { put_acc!(acc!().rotate_left(imm as u32)); next!() }
        fast I64RotrImmR { lhs, imm } => { put_acc!(r!(lhs).rotate_right(imm as u32)); next!() }
        fast I64RotrImmAR { imm } => { put_acc!(acc!().rotate_right(imm as u32)); next!() }
        fast I32RotlImmR { lhs, imm } => { put_acc!(((i32v!(lhs).rotate_left(imm as u32)) as u32 as u64)); next!() }
        fast I32RotlImmAR { imm } => { put_acc!((((acc!() as u32).rotate_left(imm as u32)) as u32 as u64)); next!() }
        fast I32RotrImmR { lhs, imm } => { put_acc!(((i32v!(lhs).rotate_right(imm as u32)) as u32 as u64)); next!() }
        fast I32RotrImmAR { imm } => { put_acc!((((acc!() as u32).rotate_right(imm as u32)) as u32 as u64)); next!() }
        fast BrIfI64Eq { lhs, rhs, offset } => { br_if!((r!(lhs) as u64) == (r!(rhs) as u64), offset); next!() }
        fast BrIfI64EqImm { lhs, imm, offset } => { br_if!((r!(lhs) as u64) == (imm as i64 as u64), offset); next!() }
        fast BrIfI64EqA { rhs, offset } => { br_if!((acc!() as u64) == (r!(rhs) as u64), offset); next!() }
        fast BrIfI64EqImmA { imm, offset } => { br_if!((acc!() as u64) == (imm as i64 as u64), offset); next!() }
        fast BrIfI64Ne { lhs, rhs, offset } => { br_if!((r!(lhs) as u64) != (r!(rhs) as u64), offset); next!() }
        fast BrIfI64NeImm { lhs, imm, offset } => { br_if!((r!(lhs) as u64) != (imm as i64 as u64), offset); next!() }
        fast BrIfI64NeA { rhs, offset } => { br_if!((acc!() as u64) != (r!(rhs) as u64), offset); next!() }
        fast BrIfI64NeImmA { imm, offset } => { br_if!((acc!() as u64) != (imm as i64 as u64), offset); next!() }
        fast BrIfI64LtS { lhs, rhs, offset } => { br_if!((r!(lhs) as i64) < (r!(rhs) as i64), offset); next!() }
        fast BrIfI64LtSImm { lhs, imm, offset } => { br_if!((r!(lhs) as i64) < (imm as i64), offset); next!() }
        fast BrIfI64LtSA { rhs, offset } => { br_if!((acc!() as i64) < (r!(rhs) as i64), offset); next!() }
        fast BrIfI64LtSImmA { imm, offset } => { br_if!((acc!() as i64) < (imm as i64), offset); next!() }
        fast BrIfI64LtU { lhs, rhs, offset } => { br_if!((r!(lhs) as u64) < (r!(rhs) as u64), offset); next!() }
        fast BrIfI64LtUImm { lhs, imm, offset } => { br_if!((r!(lhs) as u64) < (imm as i64 as u64), offset); next!() }
        fast BrIfI64LtUA { rhs, offset } => { br_if!((acc!() as u64) < (r!(rhs) as u64), offset); next!() }
        fast BrIfI64LtUImmA { imm, offset } => { br_if!((acc!() as u64) < (imm as i64 as u64), offset); next!() }
        fast BrIfI64GtS { lhs, rhs, offset } => { br_if!((r!(lhs) as i64) > (r!(rhs) as i64), offset); next!() }
        fast BrIfI64GtSImm { lhs, imm, offset } => { br_if!((r!(lhs) as i64) > (imm as i64), offset); next!() }
        fast BrIfI64GtSA { rhs, offset } => { br_if!((acc!() as i64) > (r!(rhs) as i64), offset); next!() }
        fast BrIfI64GtSImmA { imm, offset } => { br_if!((acc!() as i64) > (imm as i64), offset); next!() }
        fast BrIfI64GtU { lhs, rhs, offset } => { br_if!((r!(lhs) as u64) > (r!(rhs) as u64), offset); next!() }
        fast BrIfI64GtUImm { lhs, imm, offset } => { br_if!((r!(lhs) as u64) > (imm as i64 as u64), offset); next!() }
        fast BrIfI64GtUA { rhs, offset } => { br_if!((acc!() as u64) > (r!(rhs) as u64), offset); next!() }
        fast BrIfI64GtUImmA { imm, offset } => { br_if!((acc!() as u64) > (imm as i64 as u64), offset); next!() }
        fast BrIfI64LeS { lhs, rhs, offset } => { br_if!((r!(lhs) as i64) <= (r!(rhs) as i64), offset); next!() }
        fast BrIfI64LeSImm { lhs, imm, offset } => { br_if!((r!(lhs) as i64) <= (imm as i64), offset); next!() }
        fast BrIfI64LeSA { rhs, offset } => { br_if!((acc!() as i64) <= (r!(rhs) as i64), offset); next!() }
        fast BrIfI64LeSImmA { imm, offset } => { br_if!((acc!() as i64) <= (imm as i64), offset); next!() }
        fast BrIfI64LeU { lhs, rhs, offset } => { br_if!((r!(lhs) as u64) <= (r!(rhs) as u64), offset); next!() }
        fast BrIfI64LeUImm { lhs, imm, offset } => { br_if!((r!(lhs) as u64) <= (imm as i64 as u64), offset); next!() }
        fast BrIfI64LeUA { rhs, offset } => { br_if!((acc!() as u64) <= (r!(rhs) as u64), offset); next!() }
        fast BrIfI64LeUImmA { imm, offset } => { br_if!((acc!() as u64) <= (imm as i64 as u64), offset); next!() }
        fast BrIfI64GeS { lhs, rhs, offset } => { br_if!((r!(lhs) as i64) >= (r!(rhs) as i64), offset); next!() }
        fast BrIfI64GeSImm { lhs, imm, offset } => { br_if!((r!(lhs) as i64) >= (imm as i64), offset); next!() }
        fast BrIfI64GeSA { rhs, offset } => { br_if!((acc!() as i64) >= (r!(rhs) as i64), offset); next!() }
        fast BrIfI64GeSImmA { imm, offset } => { br_if!((acc!() as i64) >= (imm as i64), offset); next!() }
        fast BrIfI64GeU { lhs, rhs, offset } => { br_if!((r!(lhs) as u64) >= (r!(rhs) as u64), offset); next!() }
        fast BrIfI64GeUImm { lhs, imm, offset } => { br_if!((r!(lhs) as u64) >= (imm as i64 as u64), offset); next!() }
        fast BrIfI64GeUA { rhs, offset } => { br_if!((acc!() as u64) >= (r!(rhs) as u64), offset); next!() }
        fast BrIfI64GeUImmA { imm, offset } => { br_if!((acc!() as u64) >= (imm as i64 as u64), offset); next!() }
        fast I64MulImm { dst, lhs, imm } => { put!(dst, r!(lhs).wrapping_mul(imm as u64)); next!() }
        fast I64MulImmA { dst, imm } => { put!(dst, acc!().wrapping_mul(imm as u64)); next!() }
        fast I64OrImm { dst, lhs, imm } => { put!(dst, r!(lhs) | imm as u64); next!() }
        fast I64OrImmA { dst, imm } => { put!(dst, acc!() | imm as u64); next!() }
        fast I64XorImm { dst, lhs, imm } => { put!(dst, r!(lhs) ^ imm as u64); next!() }
        fast I64XorImmA { dst, imm } => { put!(dst, acc!() ^ imm as u64); next!() }
        fast I64RotlImm { dst, lhs, imm } => { put!(dst, r!(lhs).rotate_left(imm as u32)); next!() }
        fast I64RotlImmA { dst, imm } => { put!(dst, acc!().rotate_left(imm as u32)); next!() }
        fast I64RotrImm { dst, lhs, imm } => { put!(dst, r!(lhs).rotate_right(imm as u32)); next!() }
        fast I64RotrImmA { dst, imm } => { put!(dst, acc!().rotate_right(imm as u32)); next!() }
        fast I32RotlImm { dst, lhs, imm } => { set32!(dst, i32v!(lhs).rotate_left(imm as u32)); next!() }
        fast I32RotlImmA { dst, imm } => { set32!(dst, (acc!() as u32).rotate_left(imm as u32)); next!() }
        fast I32RotrImm { dst, lhs, imm } => { set32!(dst, i32v!(lhs).rotate_right(imm as u32)); next!() }
        fast I32RotrImmA { dst, imm } => { set32!(dst, (acc!() as u32).rotate_right(imm as u32)); next!() }
        fast GlobalSetA { global } => {
            let store = store!();
            // SAFETY: as for GlobalGet.
            let g = *store.instances.get_unchecked(inst!() as usize).globals.get_unchecked(global as usize);
            store.globals.get_unchecked_mut(g as usize).value = acc!();
            next!()
        }
        }
    };
}
