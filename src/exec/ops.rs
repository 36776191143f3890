//! The vocabulary of the instruction bodies in the ISA table (`isa::base`): helper macros both
//! dispatch backends share. Each backend expands the table (`for_each_op!`) with its own
//! definitions of the primitive macros the bodies use:
//!
//! A body reads and writes registers with `r!(x)` (results with `put!(dst, v)`, which also sets
//! the accumulator, or `put_acc!(v)`, which sets only the accumulator) and ends with one of:
//! `next!()`, `jump!(delta)`, `br_if!(cond, target)` (then `next!()`), `trap!(code)`, `ret!()`
//! or `call!(store_func, base)` / `call_local!(instance_func, base)` / `call_known!(target,
//! base)` (a resolved `CallTarget` of the current instance), or a tail call:
//! `return_call_local!(instance_func, base, len)` / `return_call_known!(target, base, len)` /
//! `return_call!(store_func, base, len)` (the arguments `r[base..base+len]` move to `r[0..]` and
//! the callee replaces the running function in its frame). `off_chain!({ ... })` wraps an op's
//! rare path: the loop backend runs the block, the threaded backend leaves its chain and has the
//! driver run the whole instruction (so its handler keeps no registers for that path; `call!`
//! and `return_call!` appear only there). It reaches the store with `store!()`, the current
//! instance index with `inst!()` (the store index of its table 0 with `table0!()`), the store's
//! interrupt flag with `interrupt_flag!()` (a `*const AtomicBool`), and memory 0 with
//! `mem_base!()` / `mem_len!()` (`refresh_mem!()` after anything that can move it).
//! `op_at!(delta)` reads the op `delta` instructions away; `jump_bytes!(offset)` moves `pc` by
//! `offset` bytes of encoded code; `table_jump!(entry)` ends a table jump at the target of its
//! entry `entry` instructions away.
//!
//! There are three accumulators: `acc!()` (integers, and floats handled as bits), `facc!()`
//! (f32) and `dacc!()` (f64), written by `put!`/`put_acc!`, `put_f32!`/`put_facc!` and
//! `put_f64!`/`put_dacc!`; the `out`/`acc_in` attributes of each family in the table say which
//! one its forms write and read (a test checks the bodies against them).

/// Ends a table jump: jumps straight to the target of its entry `$entry` instructions away.
/// In encoded code every entry is a `BrTableEntry` holding the target's distance in bytes from
/// the table jump itself, so the jump waits on one load of it and one add: a dispatch's index
/// feeds this chain, and a mispredicted jump waits for it (see `table_jump_on_load!`). An entry
/// still a `Br` (code that was not encoded, or a distance past `i32`) is followed the long way.
macro_rules! table_jump {
    ($entry:expr) => {{
        let entry: isize = $entry;
        if let Op::BrTableEntry { offset } = op_at!(entry) {
            jump_bytes!(offset)
        } else {
            std::hint::cold_path();
            match op_at!(entry) {
                Op::Br { target } => jump!(entry + target as isize),
                _ => jump!(entry),
            }
        }
    }};
}
/// The table jump on a loaded index (`BrTableLoadIdx`): `$i << $shift`, plus `$imm`, loaded as
/// an i32 from memory, clamped to `$len`. The common shift (2, an i32 table) gets its own copy
/// of the whole instruction, so the shift is a constant that folds into the address: a
/// dispatch waits on this index, the load and the table entry before its indirect jump
/// resolves, and the jump is often mispredicted, so every cycle of that chain counts (measured:
/// 6 cycles more made bytecode_vm 8% slower); a variable shift is two cycles on x86-64. The
/// empty asm statement keeps the arms apart.
macro_rules! table_jump_on_load {
    ($i:expr, $shift:expr, $imm:expr, $len:expr) => {{
        let i: u32 = $i;
        if $shift == 2 {
            let v = load_value!((i << 2).wrapping_add($imm as u32), 0u32, u32, |x| x);
            table_jump!(1 + dispatch_index!(v, $len) as isize)
        } else {
            #[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
            std::arch::asm!("/* table load: shift other than 2 */", options(nomem, nostack, preserves_flags));
            let v = load_value!((i << $shift).wrapping_add($imm as u32), 0u32, u32, |x| x);
            table_jump!(1 + dispatch_index!(v, $len) as isize)
        }
    }};
}
/// `min($v, $len)` for a dispatch's table index, as a branch (taken only past the table's end,
/// which a dispatch on a loaded opcode rarely is) instead of a compare and `cmov` on the
/// chain before the indirect jump (see `table_jump_on_load!`). The other table jumps keep the
/// `cmov`: a `switch` on a computed value may take its default often and unpredictably.
macro_rules! dispatch_index {
    ($v:expr, $len:expr) => {{
        let (v, len): (u32, u32) = ($v, $len);
        if v > len {
            std::hint::cold_path();
            #[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
            std::arch::asm!("/* table index past the end */", options(nomem, nostack, preserves_flags));
            len
        } else {
            v
        }
    }};
}
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
