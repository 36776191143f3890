//! Arguments, environment and process control: `args_*`, `environ_*`, `proc_exit`,
//! `proc_raise` (not supported: `ENOSYS`) and `sched_yield`.

use super::errno::Errno;
use super::mem::{GuestMem, WasiResult};

/// Writes a list of strings as the C `argv`/`environ` layout: pointers at `ptrs`, NUL-terminated
/// strings packed at `buf`. Every address is computed in checked arithmetic: a table or string
/// that would run past 4 GiB is `EFAULT`, never wrapped to address 0.
fn write_strings(mem: &mut GuestMem<'_>, items: &[String], ptrs: u32, buf: u32) -> WasiResult<()> {
    let mut at = buf;
    let mut slot = ptrs;
    for (i, s) in items.iter().enumerate() {
        mem.write_u32(slot, at)?;
        mem.write_bytes(at, s.as_bytes())?;
        let len = u32::try_from(s.len()).map_err(|_| Errno::Fault)?;
        let nul = at.checked_add(len).ok_or(Errno::Fault)?;
        mem.write_u8(nul, 0)?;
        if i + 1 < items.len() {
            at = nul.checked_add(1).ok_or(Errno::Fault)?;
            slot = slot.checked_add(4).ok_or(Errno::Fault)?;
        }
    }
    Ok(())
}

fn write_sizes(mem: &mut GuestMem<'_>, items: &[String], count: u32, size: u32) -> WasiResult<()> {
    let total: usize = items.iter().map(|s| s.len() + 1).sum();
    mem.write_u32(count, items.len() as u32)?;
    mem.write_u32(size, u32::try_from(total).map_err(|_| Errno::Overflow)?)
}

pub fn strings_get(mem: &mut GuestMem<'_>, items: &[String], ptrs: u32, buf: u32) -> WasiResult<()> {
    write_strings(mem, items, ptrs, buf)
}

pub fn strings_sizes_get(mem: &mut GuestMem<'_>, items: &[String], count: u32, size: u32) -> WasiResult<()> {
    write_sizes(mem, items, count, size)
}

pub fn proc_raise(_sig: u32) -> WasiResult<()> {
    Err(Errno::Nosys)
}

pub fn sched_yield() -> WasiResult<()> {
    std::thread::yield_now();
    Ok(())
}
