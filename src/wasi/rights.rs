//! The preview1 rights model: the rights each descriptor starts with, how `path_open` hands
//! them down, and the check a call makes before it acts.
//!
//! Every descriptor carries a *base* set (what may be done with it) and an *inheriting* set (the
//! most a descriptor opened through it may get). Rights only ever shrink:
//! `fd_fdstat_set_rights` may drop rights but never add one (`ENOTCAPABLE`), and `path_open`
//! gives the new descriptor the requested rights intersected with the directory's inheriting
//! set. A call on a descriptor lacking the right it needs fails with `ENOTCAPABLE`.
//!
//! Starting sets follow wasmtime's `wasi-common`: a preopened directory gets every directory
//! right as its base and every file and directory right as its inheriting set; stdin, stdout
//! and stderr get every file right, minus `FD_SEEK` and `FD_TELL` on a terminal (wasi-libc's
//! `isatty` needs that) and inherit nothing.

use super::errno::Errno;
use super::mem::WasiResult;
use super::types::*;

/// Every right defined by preview1 (bits 0..=29).
pub const ALL: u64 = (1 << 30) - 1;

/// (base, inheriting) of stdin, stdout or stderr; `terminal` when it is a terminal.
pub fn stdio(terminal: bool) -> (u64, u64) {
    let base = if terminal { RIGHTS_FILE_BASE & !(RIGHT_FD_SEEK | RIGHT_FD_TELL) } else { RIGHTS_FILE_BASE };
    (base, 0)
}

/// Every right that changes the file system: writing, resizing or retiming a file, creating,
/// linking, renaming or removing an entry. A read-only preopen has none of them, neither as base
/// nor as inheriting rights, so nothing opened through it can get one back.
pub const MODIFY: u64 = RIGHT_FD_WRITE
    | RIGHT_FD_ALLOCATE
    | RIGHT_FD_FILESTAT_SET_SIZE
    | RIGHT_FD_FILESTAT_SET_TIMES
    | RIGHT_PATH_CREATE_DIRECTORY
    | RIGHT_PATH_CREATE_FILE
    | RIGHT_PATH_LINK_SOURCE
    | RIGHT_PATH_LINK_TARGET
    | RIGHT_PATH_RENAME_SOURCE
    | RIGHT_PATH_RENAME_TARGET
    | RIGHT_PATH_FILESTAT_SET_SIZE
    | RIGHT_PATH_FILESTAT_SET_TIMES
    | RIGHT_PATH_SYMLINK
    | RIGHT_PATH_REMOVE_DIRECTORY
    | RIGHT_PATH_UNLINK_FILE;

/// (base, inheriting) of a preopened directory; `read_only` takes away every [`MODIFY`] right.
pub fn preopen(read_only: bool) -> (u64, u64) {
    let keep = if read_only { !MODIFY } else { ALL };
    (RIGHTS_DIR_BASE & keep, (RIGHTS_DIR_BASE | RIGHTS_FILE_BASE) & keep)
}

/// (base, inheriting) of a descriptor `path_open` creates through a directory whose inheriting
/// set is `parent_inheriting`, for the rights the guest asked for; `dir` when the opened object
/// is a directory (only rights meaningful for that kind are kept).
pub fn opened(parent_inheriting: u64, base: u64, inheriting: u64, dir: bool) -> (u64, u64) {
    let kind = if dir { RIGHTS_DIR_BASE } else { RIGHTS_FILE_BASE };
    (base & parent_inheriting & kind, inheriting & parent_inheriting)
}

/// `Ok` when `have` contains every right in `need`, `ENOTCAPABLE` otherwise.
pub fn require(have: u64, need: u64) -> WasiResult<()> {
    if have & need == need { Ok(()) } else { Err(Errno::Notcapable) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opened_rights_are_the_intersection() {
        let (base, inh) = opened(RIGHT_FD_READ | RIGHT_PATH_OPEN, ALL, ALL, false);
        assert_eq!(base, RIGHT_FD_READ, "PATH_OPEN is not a file right; FD_WRITE not inheritable");
        assert_eq!(inh, RIGHT_FD_READ | RIGHT_PATH_OPEN);
        let (base, _) = opened(ALL, RIGHT_FD_WRITE | RIGHT_FD_READDIR, 0, true);
        assert_eq!(base, RIGHT_FD_READDIR, "FD_WRITE is not a directory right");
    }

    #[test]
    fn require_needs_every_bit() {
        assert_eq!(require(RIGHT_FD_READ | RIGHT_FD_SEEK, RIGHT_FD_READ), Ok(()));
        assert_eq!(require(RIGHT_FD_READ, RIGHT_FD_READ | RIGHT_FD_SEEK), Err(Errno::Notcapable));
        assert_eq!(require(0, 0), Ok(()));
    }

    #[test]
    fn terminal_stdio_cannot_seek() {
        assert_eq!(stdio(true).0 & (RIGHT_FD_SEEK | RIGHT_FD_TELL), 0);
        assert_eq!(stdio(false).0 & RIGHT_FD_SEEK, RIGHT_FD_SEEK);
        assert_eq!(preopen(false).0 & RIGHT_FD_READ, 0);
    }

    #[test]
    fn read_only_preopen_keeps_reading_and_nothing_that_modifies() {
        let (base, inh) = preopen(true);
        let (rw_base, rw_inh) = preopen(false);
        assert_eq!(base, rw_base & !MODIFY);
        assert_eq!(inh, rw_inh & !MODIFY);
        let reading = RIGHT_PATH_OPEN | RIGHT_FD_READDIR | RIGHT_PATH_FILESTAT_GET | RIGHT_PATH_READLINK;
        assert_eq!(base & reading, reading);
        assert_eq!(inh & (RIGHT_FD_READ | RIGHT_FD_SEEK), RIGHT_FD_READ | RIGHT_FD_SEEK);
        // Whatever a guest asks for, files and directories opened through it stay read-only.
        let (fb, fi) = opened(inh, ALL, ALL, false);
        assert_eq!((fb | fi) & MODIFY, 0);
        let (db, di) = opened(inh, ALL, ALL, true);
        assert_eq!((db | di) & MODIFY, 0);
    }
}
