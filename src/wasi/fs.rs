//! Descriptor and path operations: `fd_*` and `path_*`. Every path is resolved by cap-std
//! relative to a directory descriptor, so `..`, absolute paths and symlinks cannot leave the
//! preopened directories (cap-std reports an escape as `PermissionDenied`, i.e. `EPERM`).

use super::ctx::{FdEntry, FdKind, WasiState, filetype_of};
use super::errno::Errno;
use super::mem::{GuestMem, WasiResult};
use super::rights;
use super::types::*;
use cap_fs_ext::{DirExt, FollowSymlinks, OpenOptionsFollowExt, OpenOptionsMaybeDirExt, SystemTimeSpec};
use cap_std::fs::Dir;
use std::io::{Seek, SeekFrom};
use std::time::{Duration, SystemTime};

/// The fields of a `filestat`.
struct Filestat {
    dev: u64,
    ino: u64,
    filetype: u8,
    nlink: u64,
    size: u64,
    atim: u64,
    mtim: u64,
    ctim: u64,
}

fn nanos(sec: i64, nsec: i64) -> u64 {
    (sec as u64).wrapping_mul(1_000_000_000).wrapping_add(nsec as u64)
}

macro_rules! filestat_from {
    ($m:expr, $filetype:expr) => {{
        let m = $m;
        Filestat {
            dev: m.dev(),
            ino: m.ino(),
            filetype: $filetype,
            nlink: m.nlink(),
            size: m.size(),
            atim: nanos(m.atime(), m.atime_nsec()),
            mtim: nanos(m.mtime(), m.mtime_nsec()),
            ctim: nanos(m.ctime(), m.ctime_nsec()),
        }
    }};
}

fn std_filestat(m: &std::fs::Metadata) -> Filestat {
    use std::os::unix::fs::MetadataExt;
    filestat_from!(m, filetype_of(&m.file_type()))
}

fn cap_filetype(ft: cap_std::fs::FileType) -> u8 {
    use cap_std::fs::FileTypeExt;
    if ft.is_dir() {
        FILETYPE_DIRECTORY
    } else if ft.is_file() {
        FILETYPE_REGULAR_FILE
    } else if ft.is_symlink() {
        FILETYPE_SYMBOLIC_LINK
    } else if ft.is_char_device() {
        FILETYPE_CHARACTER_DEVICE
    } else if ft.is_block_device() {
        FILETYPE_BLOCK_DEVICE
    } else if ft.is_socket() {
        FILETYPE_SOCKET_STREAM
    } else {
        FILETYPE_UNKNOWN
    }
}

fn cap_filestat(m: &cap_std::fs::Metadata) -> Filestat {
    use cap_std::fs::MetadataExt;
    filestat_from!(m, cap_filetype(m.file_type()))
}

fn write_filestat(mem: &mut GuestMem<'_>, ptr: u32, s: &Filestat) -> WasiResult<()> {
    let mut b = [0u8; FILESTAT_SIZE as usize];
    b[0..8].copy_from_slice(&s.dev.to_le_bytes());
    b[8..16].copy_from_slice(&s.ino.to_le_bytes());
    b[16] = s.filetype;
    b[24..32].copy_from_slice(&s.nlink.to_le_bytes());
    b[32..40].copy_from_slice(&s.size.to_le_bytes());
    b[40..48].copy_from_slice(&s.atim.to_le_bytes());
    b[48..56].copy_from_slice(&s.mtim.to_le_bytes());
    b[56..64].copy_from_slice(&s.ctim.to_le_bytes());
    mem.write_bytes(ptr, &b)
}

/// The file behind `fd` if it holds the rights `need`: `EBADF` if it is closed or not a file
/// (a directory or stdio), `ENOTCAPABLE` if a right is missing.
fn file_or_badf(state: &mut WasiState, fd: u32, need: u64) -> WasiResult<&mut std::fs::File> {
    let e = state.get(fd)?;
    let have = e.rights_base;
    match &mut e.kind {
        FdKind::File(f) => {
            rights::require(have, need)?;
            Ok(f)
        }
        _ => Err(Errno::Badf),
    }
}

pub fn fd_advise(state: &mut WasiState, fd: u32, offset: u64, len: u64, advice: u32) -> WasiResult<()> {
    if advice > 5 {
        return Err(Errno::Inval);
    }
    let f = file_or_badf(state, fd, RIGHT_FD_ADVISE)?;
    let advice = match advice {
        0 => rustix::fs::Advice::Normal,
        1 => rustix::fs::Advice::Sequential,
        2 => rustix::fs::Advice::Random,
        3 => rustix::fs::Advice::WillNeed,
        4 => rustix::fs::Advice::DontNeed,
        _ => rustix::fs::Advice::NoReuse,
    };
    // Advice is a hint: only a bad range is an error.
    if i64::try_from(offset).is_err() || i64::try_from(len).is_err() {
        return Err(Errno::Inval);
    }
    let _ = rustix::fs::fadvise(&*f, offset, std::num::NonZeroU64::new(len), advice);
    Ok(())
}

pub fn fd_allocate(state: &mut WasiState, fd: u32, offset: u64, len: u64) -> WasiResult<()> {
    let f = file_or_badf(state, fd, RIGHT_FD_ALLOCATE)?;
    let end = offset.checked_add(len).filter(|&e| e <= i64::MAX as u64).ok_or(Errno::Fbig)?;
    if f.metadata()?.len() < end {
        f.set_len(end)?;
    }
    Ok(())
}

pub fn fd_close(state: &mut WasiState, fd: u32) -> WasiResult<()> {
    state.fds.remove(&fd).map(drop).ok_or(Errno::Badf)
}

/// `fd_sync` (`data` false) or `fd_datasync` (`data` true) on a file or directory; stdio
/// cannot be synced (`EINVAL`, as `fsync` on a pipe or terminal).
fn sync(state: &mut WasiState, fd: u32, data: bool) -> WasiResult<()> {
    let e = state.get(fd)?;
    e.require(if data { RIGHT_FD_DATASYNC } else { RIGHT_FD_SYNC })?;
    let r = match &e.kind {
        FdKind::File(f) if data => rustix::fs::fdatasync(f),
        FdKind::File(f) => rustix::fs::fsync(f),
        FdKind::Dir { dir, .. } if data => rustix::fs::fdatasync(dir),
        FdKind::Dir { dir, .. } => rustix::fs::fsync(dir),
        _ => return Err(Errno::Inval),
    };
    Ok(r.map_err(std::io::Error::from)?)
}

pub fn fd_datasync(state: &mut WasiState, fd: u32) -> WasiResult<()> {
    sync(state, fd, true)
}

pub fn fd_sync(state: &mut WasiState, fd: u32) -> WasiResult<()> {
    sync(state, fd, false)
}

pub fn fd_fdstat_get(state: &mut WasiState, mem: &mut GuestMem<'_>, fd: u32, ptr: u32) -> WasiResult<()> {
    let e = state.get(fd)?;
    let mut b = [0u8; FDSTAT_SIZE as usize];
    b[0] = e.filetype();
    b[2..4].copy_from_slice(&e.flags.to_le_bytes());
    b[8..16].copy_from_slice(&e.rights_base.to_le_bytes());
    b[16..24].copy_from_slice(&e.rights_inheriting.to_le_bytes());
    mem.write_bytes(ptr, &b)
}

pub fn fd_fdstat_set_flags(state: &mut WasiState, fd: u32, flags: u32) -> WasiResult<()> {
    let flags = u16::try_from(flags).ok().filter(|f| f & !FDFLAGS_ALL == 0).ok_or(Errno::Inval)?;
    let e = state.get(fd)?;
    e.require(RIGHT_FD_FDSTAT_SET_FLAGS)?;
    // The synchronized-I/O flags are chosen at open and stay (Linux's `fcntl(F_SETFL)` ignores
    // them too); only `append` and `nonblock` change.
    const FIXED: u16 = FDFLAGS_DSYNC | FDFLAGS_RSYNC | FDFLAGS_SYNC;
    let flags = (flags & !FIXED) | (e.flags & FIXED);
    if let FdKind::File(f) = &e.kind {
        use rustix::fs::OFlags;
        let mut o = rustix::fs::fcntl_getfl(f).map_err(std::io::Error::from)?;
        o.set(OFlags::APPEND, flags & FDFLAGS_APPEND != 0);
        o.set(OFlags::NONBLOCK, flags & FDFLAGS_NONBLOCK != 0);
        rustix::fs::fcntl_setfl(f, o).map_err(std::io::Error::from)?;
    }
    e.flags = flags;
    Ok(())
}

pub fn fd_fdstat_set_rights(state: &mut WasiState, fd: u32, base: u64, inheriting: u64) -> WasiResult<()> {
    let e = state.get(fd)?;
    if (base | inheriting) & !rights::ALL != 0 {
        return Err(Errno::Inval);
    }
    if base & !e.rights_base != 0 || inheriting & !e.rights_inheriting != 0 {
        return Err(Errno::Notcapable);
    }
    e.rights_base = base;
    e.rights_inheriting = inheriting;
    Ok(())
}

pub fn fd_filestat_get(state: &mut WasiState, mem: &mut GuestMem<'_>, fd: u32, ptr: u32) -> WasiResult<()> {
    let e = state.get(fd)?;
    e.require(RIGHT_FD_FILESTAT_GET)?;
    let stat = match &e.kind {
        FdKind::File(f) => std_filestat(&f.metadata()?),
        FdKind::Dir { dir, .. } => cap_filestat(&dir.dir_metadata()?),
        _ => Filestat { dev: 0, ino: 0, filetype: e.filetype(), nlink: 0, size: 0, atim: 0, mtim: 0, ctim: 0 },
    };
    write_filestat(mem, ptr, &stat)
}

pub fn fd_filestat_set_size(state: &mut WasiState, fd: u32, size: u64) -> WasiResult<()> {
    if i64::try_from(size).is_err() {
        return Err(Errno::Fbig);
    }
    Ok(file_or_badf(state, fd, RIGHT_FD_FILESTAT_SET_SIZE)?.set_len(size)?)
}

/// The `fstflags` argument, `EINVAL` for an undefined bit.
fn fstflags(fst: u32) -> WasiResult<u16> {
    u16::try_from(fst).ok().filter(|f| f & !FSTFLAGS_ALL == 0).ok_or(Errno::Inval)
}

/// The `lookupflags` argument: whether to follow a final symlink; `EINVAL` for an undefined bit.
fn follow(flags: u32) -> WasiResult<bool> {
    if flags & !LOOKUPFLAGS_SYMLINK_FOLLOW != 0 {
        return Err(Errno::Inval);
    }
    Ok(flags & LOOKUPFLAGS_SYMLINK_FOLLOW != 0)
}

/// Checks `fstflags` and turns one (time, set, now) triple into a `timespec` for `futimens`.
fn timespec(t: u64, set: bool, now: bool) -> WasiResult<rustix::fs::Timespec> {
    match (set, now) {
        (true, true) => Err(Errno::Inval),
        (true, false) => {
            Ok(rustix::fs::Timespec { tv_sec: (t / 1_000_000_000) as i64, tv_nsec: (t % 1_000_000_000) as _ })
        }
        (false, true) => Ok(rustix::fs::Timespec { tv_sec: 0, tv_nsec: rustix::fs::UTIME_NOW }),
        (false, false) => Ok(rustix::fs::Timespec { tv_sec: 0, tv_nsec: rustix::fs::UTIME_OMIT }),
    }
}

fn time_spec(t: u64, set: bool, now: bool) -> WasiResult<Option<SystemTimeSpec>> {
    match (set, now) {
        (true, true) => Err(Errno::Inval),
        (true, false) => {
            let st = SystemTime::UNIX_EPOCH + Duration::from_nanos(t);
            Ok(Some(SystemTimeSpec::Absolute(cap_std::time::SystemTime::from_std(st))))
        }
        (false, true) => Ok(Some(SystemTimeSpec::SymbolicNow)),
        (false, false) => Ok(None),
    }
}

pub fn fd_filestat_set_times(state: &mut WasiState, fd: u32, atim: u64, mtim: u64, fst: u32) -> WasiResult<()> {
    let fst = fstflags(fst)?;
    let times = rustix::fs::Timestamps {
        last_access: timespec(atim, fst & FSTFLAGS_ATIM != 0, fst & FSTFLAGS_ATIM_NOW != 0)?,
        last_modification: timespec(mtim, fst & FSTFLAGS_MTIM != 0, fst & FSTFLAGS_MTIM_NOW != 0)?,
    };
    let e = state.get(fd)?;
    if matches!(e.kind, FdKind::File(_) | FdKind::Dir { .. }) {
        e.require(RIGHT_FD_FILESTAT_SET_TIMES)?;
    }
    let r = match &e.kind {
        FdKind::File(f) => rustix::fs::futimens(f, &times),
        FdKind::Dir { dir, .. } => rustix::fs::futimens(dir, &times),
        _ => return Err(Errno::Badf),
    };
    r.map_err(|e| Errno::from(std::io::Error::from(e)))
}

pub fn fd_prestat_get(state: &mut WasiState, mem: &mut GuestMem<'_>, fd: u32, ptr: u32) -> WasiResult<()> {
    match &state.get(fd)?.kind {
        FdKind::Dir { preopen: Some(name), .. } => {
            let mut b = [0u8; PRESTAT_SIZE as usize];
            b[0] = PREOPENTYPE_DIR;
            b[4..8].copy_from_slice(&(name.len() as u32).to_le_bytes());
            mem.write_bytes(ptr, &b)
        }
        _ => Err(Errno::Badf),
    }
}

pub fn fd_prestat_dir_name(
    state: &mut WasiState,
    mem: &mut GuestMem<'_>,
    fd: u32,
    ptr: u32,
    len: u32,
) -> WasiResult<()> {
    match &state.get(fd)?.kind {
        FdKind::Dir { preopen: Some(name), .. } => {
            if (len as usize) < name.len() {
                return Err(Errno::Nametoolong);
            }
            mem.write_bytes(ptr, name.as_bytes())
        }
        _ => Err(Errno::Badf),
    }
}

pub fn fd_readdir(
    state: &mut WasiState,
    mem: &mut GuestMem<'_>,
    fd: u32,
    buf: u32,
    buf_len: u32,
    cookie: u64,
    bufused: u32,
) -> WasiResult<()> {
    use std::os::unix::fs::DirEntryExt;
    let dir = state.dir(fd, RIGHT_FD_READDIR)?;
    mem.slice(buf, buf_len)?;
    let self_ino = {
        use cap_std::fs::MetadataExt;
        dir.dir_metadata()?.ino()
    };
    let mut entries: Vec<(u64, u8, Vec<u8>)> =
        vec![(self_ino, FILETYPE_DIRECTORY, b".".to_vec()), (0, FILETYPE_DIRECTORY, b"..".to_vec())];
    for entry in dir.entries()? {
        let entry = entry?;
        let ft = entry.file_type().map(cap_filetype).unwrap_or(FILETYPE_UNKNOWN);
        entries.push((entry.ino(), ft, entry.file_name().into_encoded_bytes()));
    }
    let mut out = Vec::new();
    for (i, (ino, ft, name)) in entries.iter().enumerate().skip(usize::try_from(cookie).unwrap_or(usize::MAX)) {
        if out.len() >= buf_len as usize {
            break;
        }
        let mut d = [0u8; DIRENT_SIZE as usize];
        d[0..8].copy_from_slice(&(i as u64 + 1).to_le_bytes());
        d[8..16].copy_from_slice(&ino.to_le_bytes());
        d[16..20].copy_from_slice(&(name.len() as u32).to_le_bytes());
        d[20] = *ft;
        out.extend_from_slice(&d);
        out.extend_from_slice(name);
    }
    out.truncate(buf_len as usize);
    mem.write_bytes(buf, &out)?;
    mem.write_u32(bufused, out.len() as u32)
}

pub fn fd_renumber(state: &mut WasiState, from: u32, to: u32) -> WasiResult<()> {
    if !state.fds.contains_key(&from) || !state.fds.contains_key(&to) {
        return Err(Errno::Badf);
    }
    if from == to {
        return Ok(());
    }
    let e = state.fds.remove(&from).ok_or(Errno::Badf)?;
    state.fds.insert(to, e);
    Ok(())
}

pub fn fd_seek(
    state: &mut WasiState,
    mem: &mut GuestMem<'_>,
    fd: u32,
    offset: i64,
    whence: u32,
    newoffset: u32,
) -> WasiResult<()> {
    let e = state.get(fd)?;
    match &e.kind {
        FdKind::File(_) => {}
        FdKind::Dir { .. } => return Err(Errno::Badf),
        _ => return Err(Errno::Spipe),
    }
    // Asking for the position only needs `FD_TELL` (or `FD_SEEK`, which implies it).
    if whence == u32::from(WHENCE_CUR) && offset == 0 {
        if e.require(RIGHT_FD_TELL).is_err() {
            e.require(RIGHT_FD_SEEK)?;
        }
    } else {
        e.require(RIGHT_FD_SEEK)?;
    }
    let pos = match u8::try_from(whence) {
        Ok(WHENCE_SET) => SeekFrom::Start(u64::try_from(offset).map_err(|_| Errno::Inval)?),
        Ok(WHENCE_CUR) => SeekFrom::Current(offset),
        Ok(WHENCE_END) => SeekFrom::End(offset),
        _ => return Err(Errno::Inval),
    };
    let FdKind::File(f) = &mut e.kind else { return Err(Errno::Badf) };
    let n = f.seek(pos)?;
    mem.write_u64(newoffset, n)
}

pub fn fd_tell(state: &mut WasiState, mem: &mut GuestMem<'_>, fd: u32, ptr: u32) -> WasiResult<()> {
    fd_seek(state, mem, fd, 0, WHENCE_CUR as u32, ptr)
}

// ---- path operations ----

fn path(mem: &GuestMem<'_>, ptr: u32, len: u32) -> WasiResult<String> {
    mem.read_str(ptr, len)
}

/// `path` without its trailing slashes, and whether it had any (a path made only of slashes is
/// left alone).
fn trailing_slashes(path: &str) -> (&str, bool) {
    let t = path.trim_end_matches('/');
    if t.is_empty() || t.len() == path.len() { (path, false) } else { (t, true) }
}

pub fn path_create_directory(state: &mut WasiState, mem: &mut GuestMem<'_>, fd: u32, p: u32, l: u32) -> WasiResult<()> {
    let path = path(mem, p, l)?;
    Ok(state.dir(fd, RIGHT_PATH_CREATE_DIRECTORY)?.create_dir(path)?)
}

pub fn path_filestat_get(
    state: &mut WasiState,
    mem: &mut GuestMem<'_>,
    fd: u32,
    flags: u32,
    p: u32,
    l: u32,
    buf: u32,
) -> WasiResult<()> {
    let follow = follow(flags)?;
    let path = path(mem, p, l)?;
    let dir = state.dir(fd, RIGHT_PATH_FILESTAT_GET)?;
    let meta = if follow { dir.metadata(&path)? } else { dir.symlink_metadata(&path)? };
    write_filestat(mem, buf, &cap_filestat(&meta))
}

#[allow(clippy::too_many_arguments)]
pub fn path_filestat_set_times(
    state: &mut WasiState,
    mem: &mut GuestMem<'_>,
    fd: u32,
    flags: u32,
    p: u32,
    l: u32,
    atim: u64,
    mtim: u64,
    fst: u32,
) -> WasiResult<()> {
    let follow = follow(flags)?;
    let path = path(mem, p, l)?;
    let fst = fstflags(fst)?;
    let a = time_spec(atim, fst & FSTFLAGS_ATIM != 0, fst & FSTFLAGS_ATIM_NOW != 0)?;
    let m = time_spec(mtim, fst & FSTFLAGS_MTIM != 0, fst & FSTFLAGS_MTIM_NOW != 0)?;
    let dir = state.dir(fd, RIGHT_PATH_FILESTAT_SET_TIMES)?;
    if follow {
        dir.set_times(&path, a, m)?;
    } else {
        dir.set_symlink_times(&path, a, m)?;
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
pub fn path_link(
    state: &mut WasiState,
    mem: &mut GuestMem<'_>,
    old_fd: u32,
    old_flags: u32,
    op: u32,
    ol: u32,
    new_fd: u32,
    np: u32,
    nl: u32,
) -> WasiResult<()> {
    let new_dir = state.dir(new_fd, RIGHT_PATH_LINK_TARGET)?.try_clone()?;
    let old_dir = state.dir(old_fd, RIGHT_PATH_LINK_SOURCE)?;
    // Linking the target of a symlink is not supported (as in wasmtime): the sandbox resolves
    // paths itself and `linkat(AT_SYMLINK_FOLLOW)` would let the kernel do it.
    if follow(old_flags)? {
        return Err(Errno::Inval);
    }
    let old = path(mem, op, ol)?;
    let new = path(mem, np, nl)?;
    Ok(old_dir.hard_link(&old, &new_dir, &new)?)
}

#[allow(clippy::too_many_arguments)]
pub fn path_open(
    state: &mut WasiState,
    mem: &mut GuestMem<'_>,
    fd: u32,
    dirflags: u32,
    p: u32,
    l: u32,
    oflags: u32,
    rights_base: u64,
    rights_inheriting: u64,
    fdflags: u32,
    fd_out: u32,
) -> WasiResult<()> {
    let follow = follow(dirflags)?;
    if (rights_base | rights_inheriting) & !rights::ALL != 0 {
        return Err(Errno::Inval);
    }
    let oflags = u16::try_from(oflags).ok().filter(|o| o & !OFLAGS_ALL == 0).ok_or(Errno::Inval)?;
    let fdflags = u16::try_from(fdflags).ok().filter(|f| f & !FDFLAGS_ALL == 0).ok_or(Errno::Inval)?;
    let mut need = RIGHT_PATH_OPEN;
    if oflags & OFLAGS_CREAT != 0 {
        need |= RIGHT_PATH_CREATE_FILE;
    }
    if oflags & OFLAGS_TRUNC != 0 {
        need |= RIGHT_PATH_FILESTAT_SET_SIZE;
    }
    let parent_inheriting = state.get(fd)?.rights_inheriting;
    let dir = state.dir(fd, need)?;
    let path = path(mem, p, l)?;
    let wants_write = rights_base & RIGHT_FD_WRITE != 0;
    let as_dir = |d: Dir| {
        let (base, inheriting) = rights::opened(parent_inheriting, rights_base, rights_inheriting, true);
        FdEntry {
            kind: FdKind::Dir { dir: d, preopen: None },
            rights_base: base,
            rights_inheriting: inheriting,
            flags: fdflags,
        }
    };
    let entry = if oflags & OFLAGS_DIRECTORY != 0 {
        if oflags & (OFLAGS_CREAT | OFLAGS_EXCL | OFLAGS_TRUNC) != 0 {
            return Err(Errno::Inval);
        }
        let d = if follow { dir.open_dir(&path)? } else { dir.open_dir_nofollow(&path)? };
        // A directory cannot be written.
        if wants_write || fdflags & FDFLAGS_APPEND != 0 {
            return Err(Errno::Isdir);
        }
        as_dir(d)
    } else {
        use cap_fs_ext::OpenOptionsSyncExt;
        use cap_std::fs::OpenOptionsExt;
        let (base, inheriting) = rights::opened(parent_inheriting, rights_base, rights_inheriting, false);
        let append = fdflags & FDFLAGS_APPEND != 0;
        // Appending opens the host file for writing: not through a directory that cannot hand
        // down the write right (a read-only preopen).
        if append && parent_inheriting & RIGHT_FD_WRITE == 0 {
            return Err(Errno::Notcapable);
        }
        // The host access mode only has to allow what the rights allow; creating or truncating
        // needs write access whatever rights the guest keeps (preview1 opens a file to truncate
        // it with no rights at all).
        let read = base & (RIGHT_FD_READ | RIGHT_FD_READDIR) != 0;
        let write = base & (RIGHT_FD_WRITE | RIGHT_FD_ALLOCATE | RIGHT_FD_FILESTAT_SET_SIZE) != 0
            || append
            || oflags & (OFLAGS_CREAT | OFLAGS_TRUNC) != 0;
        let mut opts = cap_std::fs::OpenOptions::new();
        opts.read(read || !write);
        opts.write(write);
        // `O_APPEND` directly: `OpenOptions::append` refuses to combine with truncation.
        if append {
            opts.custom_flags(rustix::fs::OFlags::APPEND.bits() as i32);
        }
        if oflags & OFLAGS_CREAT != 0 {
            if oflags & OFLAGS_EXCL != 0 {
                opts.create_new(true);
            } else {
                opts.create(true);
            }
        }
        opts.truncate(oflags & OFLAGS_TRUNC != 0);
        opts.follow(if follow { FollowSymlinks::Yes } else { FollowSymlinks::No });
        opts.maybe_dir(true);
        // Applied by the open itself, so opening a FIFO with `nonblock` does not wait for a peer.
        opts.nonblock(fdflags & FDFLAGS_NONBLOCK != 0);
        opts.dsync(fdflags & FDFLAGS_DSYNC != 0);
        opts.rsync(fdflags & FDFLAGS_RSYNC != 0);
        opts.sync(fdflags & FDFLAGS_SYNC != 0);
        let f = dir.open_with(&path, &opts)?.into_std();
        if f.metadata()?.is_dir() {
            if write {
                return Err(Errno::Isdir);
            }
            as_dir(Dir::from_std_file(f))
        } else {
            FdEntry { kind: FdKind::File(f), rights_base: base, rights_inheriting: inheriting, flags: fdflags }
        }
    };
    let new_fd = state.insert(entry)?;
    mem.write_u32(fd_out, new_fd)
}

#[allow(clippy::too_many_arguments)]
pub fn path_readlink(
    state: &mut WasiState,
    mem: &mut GuestMem<'_>,
    fd: u32,
    p: u32,
    l: u32,
    buf: u32,
    buf_len: u32,
    bufused: u32,
) -> WasiResult<()> {
    let path = path(mem, p, l)?;
    let target = state.dir(fd, RIGHT_PATH_READLINK)?.read_link(&path)?;
    let bytes = target.into_os_string().into_encoded_bytes();
    let n = bytes.len().min(buf_len as usize);
    mem.write_bytes(buf, &bytes[..n])?;
    mem.write_u32(bufused, n as u32)
}

pub fn path_remove_directory(state: &mut WasiState, mem: &mut GuestMem<'_>, fd: u32, p: u32, l: u32) -> WasiResult<()> {
    let path = path(mem, p, l)?;
    // "d/" names the directory d (cap-std would remove "d/.", which is EINVAL).
    let (path, _) = trailing_slashes(&path);
    Ok(state.dir(fd, RIGHT_PATH_REMOVE_DIRECTORY)?.remove_dir(path)?)
}

#[allow(clippy::too_many_arguments)]
pub fn path_rename(
    state: &mut WasiState,
    mem: &mut GuestMem<'_>,
    fd: u32,
    op: u32,
    ol: u32,
    new_fd: u32,
    np: u32,
    nl: u32,
) -> WasiResult<()> {
    let old = path(mem, op, ol)?;
    let new = path(mem, np, nl)?;
    let new_dir = state.dir(new_fd, RIGHT_PATH_RENAME_TARGET)?.try_clone()?;
    let dir = state.dir(fd, RIGHT_PATH_RENAME_SOURCE)?;
    // A trailing slash on either side says the source is a directory (as `renameat`); the
    // slashes themselves are dropped (cap-std would rename "d/.").
    let (old_t, old_slash) = trailing_slashes(&old);
    let (new_t, new_slash) = trailing_slashes(&new);
    if (old_slash || new_slash) && !dir.symlink_metadata(old_t)?.is_dir() {
        return Err(Errno::Notdir);
    }
    Ok(dir.rename(old_t, &new_dir, new_t)?)
}

pub fn path_symlink(
    state: &mut WasiState,
    mem: &mut GuestMem<'_>,
    op: u32,
    ol: u32,
    fd: u32,
    np: u32,
    nl: u32,
) -> WasiResult<()> {
    let old = path(mem, op, ol)?;
    let new = path(mem, np, nl)?;
    Ok(state.dir(fd, RIGHT_PATH_SYMLINK)?.symlink(&old, &new)?)
}

pub fn path_unlink_file(state: &mut WasiState, mem: &mut GuestMem<'_>, fd: u32, p: u32, l: u32) -> WasiResult<()> {
    let path = path(mem, p, l)?;
    Ok(state.dir(fd, RIGHT_PATH_UNLINK_FILE)?.remove_file(path)?)
}
