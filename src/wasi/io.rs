//! Data transfer: `fd_read`, `fd_write`, `fd_pread` and `fd_pwrite`, in bounded memory.
//!
//! Each call checks the descriptor first (`EBADF`, a wrong kind, a missing right), then the
//! iovec array (`EFAULT`), then moves data straight between guest memory and the host file,
//! one iovec at a time; only reads from streams (stdin, pipes, devices) go through a small
//! bounce buffer, because one `read` must not block for more data than is available. Nothing
//! is allocated in proportion to the iovec lengths or count, so overlapping iovecs asking for
//! terabytes cost no more memory than one.
//!
//! One call moves at most [`MAX_TRANSFER`] bytes, as Linux's `readv`/`writev` do: the count
//! returned always fits the guest's 32-bit `size` (and wasi-libc's 32-bit `ssize_t`), and a
//! longer request is a short read or write that the guest's loop continues.

use super::ctx::{FdKind, Output, WasiState};
use super::errno::Errno;
use super::mem::{GuestMem, Iovecs, WasiResult};
use super::types::*;
use std::io::{self, Read, Write};
use std::os::unix::fs::FileExt;

/// The most bytes one call reads or writes (Linux's `MAX_RW_COUNT`).
pub const MAX_TRANSFER: usize = 0x7fff_f000;

/// Size of the bounce buffer for reads from streams.
const BOUNCE: usize = 64 * 1024;

/// Calls `f(buf, len)` for each iovec, with `len` cut so the running total stays within
/// [`MAX_TRANSFER`]; `f` returns how many bytes it moved. Stops at the first short transfer.
/// An error after some bytes moved ends the call with that count (as `writev` does).
fn each_iovec(
    mem: &mut GuestMem<'_>,
    list: Iovecs,
    mut f: impl FnMut(&mut GuestMem<'_>, u32, u32, u64) -> io::Result<usize>,
) -> WasiResult<usize> {
    let mut done = 0usize;
    for i in 0..list.len() {
        let (buf, len) = list.get(mem, i);
        let len = (len as usize).min(MAX_TRANSFER - done) as u32;
        if len == 0 {
            if done == MAX_TRANSFER {
                break;
            }
            continue;
        }
        match f(mem, buf, len, done as u64) {
            Ok(n) => {
                done += n;
                if n < len as usize {
                    break;
                }
            }
            Err(e) if done == 0 => return Err(e.into()),
            Err(_) => break,
        }
    }
    Ok(done)
}

/// Writes all of `bytes` with `write`, retrying interrupted and partial writes; returns the
/// count written, or the error if nothing was.
fn write_fully(bytes: &[u8], mut write: impl FnMut(&[u8], usize) -> io::Result<usize>) -> io::Result<usize> {
    let mut n = 0;
    while n < bytes.len() {
        match write(&bytes[n..], n) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) if n == 0 => return Err(e),
            Err(_) => break,
        }
    }
    Ok(n)
}

/// Fills `buf` with `read` until it is full or the source ends (retrying interrupted reads).
fn read_fully(buf: &mut [u8], mut read: impl FnMut(&mut [u8], usize) -> io::Result<usize>) -> io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match read(&mut buf[n..], n) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) if n == 0 => return Err(e),
            Err(_) => break,
        }
    }
    Ok(n)
}

/// One read (retrying interruptions), as a stream's `read` returns what is available.
fn read_once(mut read: impl FnMut(&mut [u8]) -> io::Result<usize>, buf: &mut [u8]) -> io::Result<usize> {
    loop {
        match read(buf) {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            r => return r,
        }
    }
}

fn guest_slice<'m>(mem: &'m GuestMem<'_>, buf: u32, len: u32) -> io::Result<&'m [u8]> {
    // Cannot fail: `GuestMem::iovecs` checked every buffer.
    mem.slice(buf, len).map_err(|_| io::Error::from(io::ErrorKind::InvalidInput))
}

fn guest_slice_mut<'m>(mem: &'m mut GuestMem<'_>, buf: u32, len: u32) -> io::Result<&'m mut [u8]> {
    mem.slice_mut(buf, len).map_err(|_| io::Error::from(io::ErrorKind::InvalidInput))
}

fn nbytes(mem: &mut GuestMem<'_>, ptr: u32, n: usize) -> WasiResult<()> {
    mem.write_u32(ptr, u32::try_from(n).map_err(|_| Errno::Overflow)?)
}

pub fn fd_write(
    state: &mut WasiState,
    mem: &mut GuestMem<'_>,
    fd: u32,
    iovs: u32,
    iovs_count: u32,
    nwritten: u32,
) -> WasiResult<()> {
    let e = state.get(fd)?;
    if !matches!(e.kind, FdKind::Out(_) | FdKind::File(_)) {
        return Err(Errno::Badf);
    }
    e.require(RIGHT_FD_WRITE)?;
    let list = mem.iovecs(iovs, iovs_count)?;
    // Output streams flush on every write: small buffers are joined (up to `BOUNCE` bytes) so
    // the usual few-iovec write is one host write. What an output stream took is counted in
    // `out_taken`; a short write (a capped pipe filling up) or an error stops the transfer.
    let mut joined: Vec<u8> = Vec::new();
    let mut out_taken = 0usize;
    let mut out_error: Option<io::Error> = None;
    let mut emit = |out: &Output, bytes: &[u8]| match out.write_all(bytes) {
        Ok(n) => {
            out_taken += n;
            n == bytes.len()
        }
        Err(err) => {
            out_error = Some(err);
            false
        }
    };
    let mut stopped = false;
    let n = each_iovec(mem, list, |mem, buf, len, _| {
        let bytes = guest_slice(mem, buf, len)?;
        match &mut e.kind {
            FdKind::Out(out) => {
                if joined.len() + bytes.len() > BOUNCE && !joined.is_empty() {
                    let all = emit(out, &joined);
                    joined.clear();
                    if !all {
                        stopped = true;
                        return Ok(0);
                    }
                }
                if bytes.len() >= BOUNCE {
                    if !emit(out, bytes) {
                        stopped = true;
                        return Ok(0);
                    }
                } else {
                    joined.extend_from_slice(bytes);
                }
                Ok(bytes.len())
            }
            FdKind::File(f) => write_fully(bytes, |rest, _| f.write(rest)),
            _ => Err(io::Error::from(io::ErrorKind::Unsupported)),
        }
    })?;
    let n = match &e.kind {
        FdKind::Out(out) => {
            if !stopped && !joined.is_empty() {
                emit(out, &joined);
            }
            match out_error {
                Some(err) if out_taken == 0 => return Err(err.into()),
                _ => out_taken,
            }
        }
        _ => n,
    };
    nbytes(mem, nwritten, n)
}

pub fn fd_read(
    state: &mut WasiState,
    mem: &mut GuestMem<'_>,
    fd: u32,
    iovs: u32,
    iovs_count: u32,
    nread: u32,
) -> WasiResult<()> {
    let e = state.get(fd)?;
    match &e.kind {
        FdKind::Dir { .. } => return Err(Errno::Isdir),
        FdKind::Out(_) => return Err(Errno::Badf),
        FdKind::Stdin(_) | FdKind::File(_) => {}
    }
    e.require(RIGHT_FD_READ)?;
    let list = mem.iovecs(iovs, iovs_count)?;
    let n = match &mut e.kind {
        // A regular file never blocks: read straight into each buffer.
        FdKind::File(f) if f.metadata().is_ok_and(|m| m.is_file()) => each_iovec(mem, list, |mem, buf, len, _| {
            read_fully(guest_slice_mut(mem, buf, len)?, |rest, _| f.read(rest))
        })?,
        // A stream: one read of what is available, then spread over the buffers.
        kind => {
            let mut total = 0usize;
            for i in 0..list.len() {
                total = total.saturating_add(list.get(mem, i).1 as usize);
                if total >= BOUNCE {
                    break;
                }
            }
            let mut bounce = vec![0u8; total.min(BOUNCE)];
            let got = match kind {
                FdKind::Stdin(input) => read_once(|b| input.read(b), &mut bounce)?,
                FdKind::File(f) => read_once(|b| f.read(b), &mut bounce)?,
                _ => return Err(Errno::Badf),
            };
            let mut placed = 0usize;
            for i in 0..list.len() {
                if placed == got {
                    break;
                }
                let (buf, len) = list.get(mem, i);
                let k = (len as usize).min(got - placed);
                mem.write_bytes(buf, &bounce[placed..placed + k])?;
                placed += k;
            }
            got
        }
    };
    nbytes(mem, nread, n)
}

/// The file behind `fd` for a positioned transfer needing `need`: `EISDIR` for a directory,
/// `ESPIPE` for stdio.
fn positioned(state: &mut WasiState, fd: u32, need: u64) -> WasiResult<(&mut std::fs::File, bool)> {
    let e = state.get(fd)?;
    match &e.kind {
        FdKind::File(_) => {}
        FdKind::Dir { .. } => return Err(Errno::Isdir),
        _ => return Err(Errno::Spipe),
    }
    e.require(need)?;
    let append = e.flags & FDFLAGS_APPEND != 0;
    match &mut e.kind {
        FdKind::File(f) => Ok((f, append)),
        _ => Err(Errno::Badf),
    }
}

fn at(offset: u64, done: u64) -> io::Result<u64> {
    offset.checked_add(done).ok_or_else(|| io::Error::from_raw_os_error(rustix::io::Errno::INVAL.raw_os_error()))
}

pub fn fd_pread(
    state: &mut WasiState,
    mem: &mut GuestMem<'_>,
    fd: u32,
    iovs: u32,
    iovs_count: u32,
    offset: u64,
    nread: u32,
) -> WasiResult<()> {
    let (f, _) = positioned(state, fd, RIGHT_FD_READ | RIGHT_FD_SEEK)?;
    let list = mem.iovecs(iovs, iovs_count)?;
    let n = each_iovec(mem, list, |mem, buf, len, done| {
        let start = at(offset, done)?;
        read_fully(guest_slice_mut(mem, buf, len)?, |rest, k| f.read_at(rest, at(start, k as u64)?))
    })?;
    nbytes(mem, nread, n)
}

pub fn fd_pwrite(
    state: &mut WasiState,
    mem: &mut GuestMem<'_>,
    fd: u32,
    iovs: u32,
    iovs_count: u32,
    offset: u64,
    nwritten: u32,
) -> WasiResult<()> {
    let (f, append) = positioned(state, fd, RIGHT_FD_WRITE | RIGHT_FD_SEEK)?;
    let list = mem.iovecs(iovs, iovs_count)?;
    // Linux's pwrite ignores the offset on an O_APPEND file; preview1 writes at the offset, so
    // append mode is lifted for the call and restored after.
    let flags = if append {
        let o = rustix::fs::fcntl_getfl(&*f).map_err(io::Error::from)?;
        rustix::fs::fcntl_setfl(&*f, o - rustix::fs::OFlags::APPEND).map_err(io::Error::from)?;
        Some(o)
    } else {
        None
    };
    let r = each_iovec(mem, list, |mem, buf, len, done| {
        let start = at(offset, done)?;
        write_fully(guest_slice(mem, buf, len)?, |rest, k| f.write_at(rest, at(start, k as u64)?))
    });
    if let Some(o) = flags {
        rustix::fs::fcntl_setfl(&*f, o).map_err(io::Error::from)?;
    }
    nbytes(mem, nwritten, r?)
}
