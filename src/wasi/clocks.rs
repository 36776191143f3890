//! Clocks and randomness: `clock_res_get`, `clock_time_get` (realtime, monotonic, process and
//! thread CPU time) and `random_get`.

use super::errno::Errno;
use super::mem::{GuestMem, WasiResult};
use super::types::*;
use rustix::time::ClockId;

fn clock_id(id: u32) -> WasiResult<ClockId> {
    match id {
        CLOCK_REALTIME => Ok(ClockId::Realtime),
        CLOCK_MONOTONIC => Ok(ClockId::Monotonic),
        CLOCK_PROCESS_CPUTIME => Ok(ClockId::ProcessCPUTime),
        CLOCK_THREAD_CPUTIME => Ok(ClockId::ThreadCPUTime),
        _ => Err(Errno::Inval),
    }
}

/// The current time of a WASI clock in nanoseconds.
pub fn now(id: u32) -> WasiResult<u64> {
    let ts = rustix::time::clock_gettime(clock_id(id)?);
    Ok((ts.tv_sec as u64).wrapping_mul(1_000_000_000).wrapping_add(ts.tv_nsec as u64))
}

pub fn clock_res_get(mem: &mut GuestMem<'_>, id: u32, ptr: u32) -> WasiResult<()> {
    let ts = rustix::time::clock_getres(clock_id(id)?);
    let res = (ts.tv_sec as u64).wrapping_mul(1_000_000_000).wrapping_add(ts.tv_nsec as u64).max(1);
    mem.write_u64(ptr, res)
}

pub fn clock_time_get(mem: &mut GuestMem<'_>, id: u32, _precision: u64, ptr: u32) -> WasiResult<()> {
    let t = now(id)?;
    mem.write_u64(ptr, t)
}

pub fn random_get(mem: &mut GuestMem<'_>, buf: u32, len: u32) -> WasiResult<()> {
    let out = mem.slice_mut(buf, len)?;
    getrandom::fill(out).map_err(|_| Errno::Io)
}
