//! `poll_oneoff`: clock subscriptions (relative or absolute, any clock) and fd read/write
//! readiness. Regular files and output streams are always ready; the host's stdin and pipes or
//! devices opened through a preopen are polled for real.

use super::clocks;
use super::ctx::{FdKind, Input, WasiState};
use super::errno::Errno;
use super::mem::{GuestMem, WasiResult};
use super::types::*;
use std::io::Seek;
use std::time::{Duration, Instant};

/// A descriptor whose readiness only the host can tell.
enum Stream {
    /// The host's stdin.
    Stdin,
    /// A duplicate of a pipe's or device's descriptor.
    File(std::fs::File),
}

/// Polls `streams` (for `wait`, forever if `None`) and adds an event for each ready one.
fn poll_streams(streams: &[(u64, u8, Stream)], wait: Option<Duration>, ready: &mut Vec<Event>) -> WasiResult<()> {
    use rustix::event::{PollFd, PollFlags};
    let stdin = std::io::stdin();
    let mut fds: Vec<PollFd<'_>> = streams
        .iter()
        .map(|(_, tag, s)| {
            let flags = if *tag == EVENTTYPE_FD_READ { PollFlags::IN } else { PollFlags::OUT };
            match s {
                Stream::Stdin => PollFd::new(&stdin, flags),
                Stream::File(f) => PollFd::new(f, flags),
            }
        })
        .collect();
    let ts = wait.map(|d| rustix::time::Timespec {
        tv_sec: d.as_secs().min(i64::MAX as u64) as i64,
        tv_nsec: d.subsec_nanos() as _,
    });
    loop {
        match rustix::event::poll(&mut fds, ts.as_ref()) {
            Err(rustix::io::Errno::INTR) => continue,
            r => {
                r.map_err(std::io::Error::from)?;
                break;
            }
        }
    }
    for (fd, (userdata, tag, _)) in fds.iter().zip(streams) {
        let rev = fd.revents();
        if rev.is_empty() {
            continue;
        }
        let error = if rev.contains(PollFlags::NVAL) { Errno::Badf } else { Errno::Success };
        let hup = rev.contains(PollFlags::HUP);
        ready.push(Event {
            userdata: *userdata,
            error,
            kind: *tag,
            nbytes: u64::from(rev.intersects(PollFlags::IN | PollFlags::OUT)),
            flags: if hup { EVENTRWFLAGS_HANGUP } else { 0 },
        });
    }
    Ok(())
}

struct Event {
    userdata: u64,
    error: Errno,
    kind: u8,
    nbytes: u64,
    flags: u16,
}

fn write_event(mem: &mut GuestMem<'_>, ptr: u32, e: &Event) -> WasiResult<()> {
    let mut b = [0u8; EVENT_SIZE as usize];
    b[0..8].copy_from_slice(&e.userdata.to_le_bytes());
    b[8..10].copy_from_slice(&(e.error as u16).to_le_bytes());
    b[10] = e.kind;
    b[16..24].copy_from_slice(&e.nbytes.to_le_bytes());
    b[24..26].copy_from_slice(&e.flags.to_le_bytes());
    mem.write_bytes(ptr, &b)
}

pub fn poll_oneoff(
    state: &mut WasiState,
    mem: &mut GuestMem<'_>,
    subs: u32,
    events: u32,
    nsubs: u32,
    nevents: u32,
) -> WasiResult<()> {
    if nsubs == 0 {
        return Err(Errno::Inval);
    }
    mem.slice(subs, nsubs.checked_mul(SUBSCRIPTION_SIZE).ok_or(Errno::Fault)?)?;
    mem.slice(events, nsubs.checked_mul(EVENT_SIZE).ok_or(Errno::Fault)?)?;
    let start = Instant::now();
    let mut ready: Vec<Event> = Vec::new();
    // (userdata, time from now until it fires)
    let mut clocks_pending: Vec<(u64, Duration)> = Vec::new();
    // (userdata, event type, source) of streams to poll for real
    let mut streams: Vec<(u64, u8, Stream)> = Vec::new();
    for i in 0..nsubs {
        let s = subs + i * SUBSCRIPTION_SIZE;
        let userdata = mem.read_u64(s)?;
        let tag = mem.read_u8(s + 8)?;
        let ev = |error, kind, nbytes| Event { userdata, error, kind, nbytes, flags: 0 };
        match tag {
            EVENTTYPE_CLOCK => {
                let id = mem.read_u32(s + 16)?;
                let timeout = mem.read_u64(s + 24)?;
                let flags = mem.read_u16(s + 40)?;
                let delay = if flags & SUBCLOCKFLAGS_ABSTIME != 0 {
                    match clocks::now(id) {
                        Ok(now) => timeout.saturating_sub(now),
                        Err(e) => {
                            ready.push(ev(e, EVENTTYPE_CLOCK, 0));
                            continue;
                        }
                    }
                } else {
                    if let Err(e) = clocks::now(id) {
                        ready.push(ev(e, EVENTTYPE_CLOCK, 0));
                        continue;
                    }
                    timeout
                };
                clocks_pending.push((userdata, Duration::from_nanos(delay)));
            }
            EVENTTYPE_FD_READ | EVENTTYPE_FD_WRITE => {
                let fd = mem.read_u32(s + 16)?;
                let Some(entry) = state.fds.get_mut(&fd) else {
                    ready.push(ev(Errno::Badf, tag, 0));
                    continue;
                };
                if entry.require(RIGHT_POLL_FD_READWRITE).is_err() {
                    ready.push(ev(Errno::Notcapable, tag, 0));
                    continue;
                }
                match (&mut entry.kind, tag) {
                    (FdKind::Stdin(Input::Inherit), EVENTTYPE_FD_READ) => streams.push((userdata, tag, Stream::Stdin)),
                    // A pipe or device: its readiness is asked of the host (through a duplicate).
                    (FdKind::File(f), _) if !f.metadata().is_ok_and(|m| m.is_file()) => match f.try_clone() {
                        Ok(dup) => streams.push((userdata, tag, Stream::File(dup))),
                        Err(e) => ready.push(ev(e.into(), tag, 0)),
                    },
                    (FdKind::Stdin(Input::Bytes { data, pos }), EVENTTYPE_FD_READ) => {
                        ready.push(ev(Errno::Success, tag, (data.len() - *pos) as u64))
                    }
                    (FdKind::File(f), EVENTTYPE_FD_READ) => {
                        let len = f.metadata().map(|m| m.len()).unwrap_or(0);
                        let pos = f.stream_position().unwrap_or(0);
                        ready.push(ev(Errno::Success, tag, len.saturating_sub(pos)))
                    }
                    (FdKind::File(_) | FdKind::Out(_), EVENTTYPE_FD_WRITE) => ready.push(ev(Errno::Success, tag, 0)),
                    _ => ready.push(ev(Errno::Badf, tag, 0)),
                }
            }
            _ => return Err(Errno::Inval),
        }
    }
    let timeout = clocks_pending.iter().map(|c| c.1).min();
    if !streams.is_empty() {
        // Wait for a stream only when nothing is ready yet; otherwise just look.
        let wait = if ready.is_empty() { timeout } else { Some(Duration::ZERO) };
        poll_streams(&streams, wait, &mut ready)?;
    } else if ready.is_empty()
        && let Some(d) = timeout
    {
        std::thread::sleep(d);
    }
    let elapsed = start.elapsed();
    let none_ready = ready.is_empty();
    for (userdata, d) in &clocks_pending {
        if *d <= elapsed || (none_ready && Some(*d) == timeout) {
            ready.push(Event {
                userdata: *userdata,
                error: Errno::Success,
                kind: EVENTTYPE_CLOCK,
                nbytes: 0,
                flags: 0,
            });
        }
    }
    for (i, e) in ready.iter().take(nsubs as usize).enumerate() {
        write_event(mem, events + i as u32 * EVENT_SIZE, e)?;
    }
    mem.write_u32(nevents, ready.len().min(nsubs as usize) as u32)
}
