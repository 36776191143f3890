//! The WASI context: what the embedder grants (arguments, environment, preopened directories,
//! stdio) and, once running, the guest's file-descriptor table.

use super::errno::Errno;
use super::mem::WasiResult;
use super::rights;
use super::types::*;
use cap_std::fs::Dir;
use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};

/// An in-memory output stream (for a guest's stdout/stderr in tests or embeddings), optionally
/// capped at a number of bytes. Clones share the same buffer.
///
/// A capped pipe behaves like a full disk once the cap is reached: the write that crosses it is
/// short (it stores what fits and reports that count), and every later write fails with
/// `ENOSPC`. The guest cannot make the host hold more than the cap.
#[derive(Debug, Clone)]
pub struct OutputPipe(Arc<Mutex<PipeBuf>>);

#[derive(Debug)]
struct PipeBuf {
    data: Vec<u8>,
    limit: usize,
    /// Some write did not fit.
    overflowed: bool,
}

impl Default for OutputPipe {
    fn default() -> Self {
        OutputPipe::with_limit(usize::MAX)
    }
}

impl OutputPipe {
    /// An empty buffer without a cap.
    pub fn new() -> Self {
        OutputPipe::default()
    }

    /// An empty buffer that keeps at most `max_bytes` bytes (see the type's documentation).
    pub fn with_limit(max_bytes: usize) -> Self {
        OutputPipe(Arc::new(Mutex::new(PipeBuf { data: Vec::new(), limit: max_bytes, overflowed: false })))
    }

    /// Everything written so far.
    pub fn contents(&self) -> Vec<u8> {
        self.lock().data.clone()
    }

    /// Whether the guest wrote more than the cap allowed (what did not fit was dropped and the
    /// guest was told so: a short write, then `ENOSPC`).
    pub fn overflowed(&self) -> bool {
        self.lock().overflowed
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, PipeBuf> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Appends what fits of `bytes`; the count appended, or `StorageFull` if nothing fit.
    fn write(&self, bytes: &[u8]) -> io::Result<usize> {
        let mut buf = self.lock();
        let n = bytes.len().min(buf.limit - buf.data.len());
        if n < bytes.len() {
            buf.overflowed = true;
            if n == 0 {
                return Err(io::ErrorKind::StorageFull.into());
            }
        }
        buf.data.try_reserve(n)?;
        buf.data.extend_from_slice(&bytes[..n]);
        Ok(n)
    }
}

/// An embedder's sink for a guest output stream ([`WasiCtxBuilder::stdout_writer`]).
type SharedWriter = Arc<Mutex<Box<dyn Write + Send>>>;

/// Where the guest's standard input comes from.
#[derive(Debug)]
pub(crate) enum Input {
    /// The host process's stdin.
    Inherit,
    /// A fixed byte string, read from `pos`.
    Bytes { data: Vec<u8>, pos: usize },
}

/// Where one of the guest's output streams goes.
#[derive(Clone)]
pub(crate) enum Output {
    /// The host's stdout.
    Stdout,
    /// The host's stderr.
    Stderr,
    /// A buffer.
    Pipe(OutputPipe),
    /// The embedder's writer.
    Writer(SharedWriter),
}

impl std::fmt::Debug for Output {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Output::Stdout => f.write_str("Stdout"),
            Output::Stderr => f.write_str("Stderr"),
            Output::Pipe(p) => f.debug_tuple("Pipe").field(p).finish(),
            Output::Writer(_) => f.write_str("Writer"),
        }
    }
}

impl Output {
    /// Writes `bytes` and flushes, so output interleaves as the guest wrote it. Returns the
    /// count written: all of `bytes`, except for a capped pipe that filled up (fewer, or
    /// `StorageFull` when none fit).
    pub fn write_all(&self, bytes: &[u8]) -> io::Result<usize> {
        fn all(mut out: impl Write, bytes: &[u8]) -> io::Result<usize> {
            out.write_all(bytes)?;
            out.flush()?;
            Ok(bytes.len())
        }
        match self {
            Output::Stdout => all(io::stdout().lock(), bytes),
            Output::Stderr => all(io::stderr().lock(), bytes),
            Output::Pipe(p) => p.write(bytes),
            Output::Writer(w) => all(&mut **w.lock().unwrap_or_else(|e| e.into_inner()), bytes),
        }
    }

    fn is_terminal(&self) -> bool {
        use std::io::IsTerminal;
        match self {
            Output::Stdout => io::stdout().is_terminal(),
            Output::Stderr => io::stderr().is_terminal(),
            Output::Pipe(_) | Output::Writer(_) => false,
        }
    }
}

impl Input {
    /// Reads into `buf` (blocking for the host's stdin).
    pub fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Input::Inherit => io::Read::read(&mut io::stdin().lock(), buf),
            Input::Bytes { data, pos } => {
                let n = buf.len().min(data.len() - *pos);
                buf[..n].copy_from_slice(&data[*pos..*pos + n]);
                *pos += n;
                Ok(n)
            }
        }
    }
}

/// What an open descriptor refers to.
#[derive(Debug)]
pub(crate) enum FdKind {
    /// Standard input.
    Stdin(Input),
    /// Standard output or error.
    Out(Output),
    /// A regular file (or other non-directory) opened inside a preopen.
    File(std::fs::File),
    /// A directory; `preopen` is the guest name of a preopened one.
    Dir { dir: Dir, preopen: Option<String> },
}

/// One entry of the descriptor table.
#[derive(Debug)]
pub(crate) struct FdEntry {
    pub kind: FdKind,
    pub rights_base: u64,
    pub rights_inheriting: u64,
    /// `fdflags` as last set (`append`, `nonblock`, ...).
    pub flags: u16,
}

impl FdEntry {
    fn stdio(kind: FdKind) -> FdEntry {
        let terminal = match &kind {
            FdKind::Stdin(Input::Inherit) => {
                use std::io::IsTerminal;
                io::stdin().is_terminal()
            }
            FdKind::Out(o) => o.is_terminal(),
            _ => false,
        };
        let (rights_base, rights_inheriting) = rights::stdio(terminal);
        FdEntry { kind, rights_base, rights_inheriting, flags: 0 }
    }

    /// `ENOTCAPABLE` unless the descriptor holds every right in `need`.
    pub fn require(&self, need: u64) -> WasiResult<()> {
        rights::require(self.rights_base, need)
    }

    /// The witx `filetype` of the descriptor.
    pub fn filetype(&self) -> u8 {
        match &self.kind {
            FdKind::Stdin(Input::Inherit) => {
                use std::io::IsTerminal;
                if io::stdin().is_terminal() { FILETYPE_CHARACTER_DEVICE } else { FILETYPE_UNKNOWN }
            }
            FdKind::Stdin(Input::Bytes { .. }) => FILETYPE_UNKNOWN,
            FdKind::Out(o) => {
                if o.is_terminal() {
                    FILETYPE_CHARACTER_DEVICE
                } else {
                    FILETYPE_UNKNOWN
                }
            }
            FdKind::File(f) => f.metadata().map(|m| filetype_of(&m.file_type())).unwrap_or(FILETYPE_UNKNOWN),
            FdKind::Dir { .. } => FILETYPE_DIRECTORY,
        }
    }
}

/// The filetype code of a host file type.
pub(crate) fn filetype_of(ft: &std::fs::FileType) -> u8 {
    #[cfg(unix)]
    use std::os::unix::fs::FileTypeExt;
    if ft.is_dir() {
        return FILETYPE_DIRECTORY;
    }
    if ft.is_file() {
        return FILETYPE_REGULAR_FILE;
    }
    if ft.is_symlink() {
        return FILETYPE_SYMBOLIC_LINK;
    }
    #[cfg(unix)]
    {
        if ft.is_char_device() {
            return FILETYPE_CHARACTER_DEVICE;
        }
        if ft.is_block_device() {
            return FILETYPE_BLOCK_DEVICE;
        }
        if ft.is_socket() {
            return FILETYPE_SOCKET_STREAM;
        }
    }
    FILETYPE_UNKNOWN
}

/// The configuration of a WASI guest: build it into the per-store context ([`WasiCtx`](super::WasiCtx),
/// [`WasiCtxBuilder::build`]) that the functions [`add_to_linker`](super::add_to_linker) defines use.
///
/// Nothing is granted by default: no arguments, no environment variables, no directories;
/// stdio is inherited from the host process unless replaced.
///
/// ```no_run
/// use regwasm::wasi::{OutputPipe, WasiCtxBuilder};
/// let out = OutputPipe::new();
/// let ctx = WasiCtxBuilder::new()
///     .args(["prog", "hello"])
///     .env("LANG", "C")
///     .preopened_dir("/tmp/sandbox", "/data")
///     .unwrap()
///     .stdin_bytes(b"input".to_vec())
///     .stdout(out.clone())
///     .build();
/// ```
#[derive(Debug)]
pub struct WasiCtxBuilder {
    pub(crate) args: Vec<String>,
    pub(crate) env: Vec<(String, String)>,
    /// (directory, guest name, read-only).
    pub(crate) preopens: Vec<(Dir, String, bool)>,
    pub(crate) stdin: Input,
    pub(crate) stdout: Output,
    pub(crate) stderr: Output,
}

impl Default for WasiCtxBuilder {
    fn default() -> Self {
        WasiCtxBuilder::new()
    }
}

impl WasiCtxBuilder {
    /// A context granting nothing, with inherited stdio.
    pub fn new() -> Self {
        WasiCtxBuilder {
            args: Vec::new(),
            env: Vec::new(),
            preopens: Vec::new(),
            stdin: Input::Inherit,
            stdout: Output::Stdout,
            stderr: Output::Stderr,
        }
    }

    /// Appends one argument (the first one is the program name, `argv[0]`).
    pub fn arg(mut self, arg: impl Into<String>) -> Self {
        self.args.push(arg.into());
        self
    }

    /// Appends arguments.
    pub fn args<S: Into<String>>(mut self, args: impl IntoIterator<Item = S>) -> Self {
        self.args.extend(args.into_iter().map(Into::into));
        self
    }

    /// Sets an environment variable visible to the guest.
    pub fn env(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.env.push((name.into(), value.into()));
        self
    }

    /// Grants the guest the host directory `host` under the name `guest` (e.g. `"."` or `"/data"`).
    /// Fails if the host directory cannot be opened.
    pub fn preopened_dir(self, host: impl AsRef<Path>, guest: impl Into<String>) -> io::Result<Self> {
        let dir = Dir::open_ambient_dir(host.as_ref(), cap_std::ambient_authority())?;
        Ok(self.preopened_cap_dir(dir, guest))
    }

    /// Grants the host directory `host` under the name `guest` for reading only: the guest can
    /// open, read, list and stat what is in it, and every call that would change it (writing,
    /// creating, truncating, renaming, linking, removing, setting times or sizes) fails with
    /// `ENOTCAPABLE`, as preview1's rights model prescribes; files opened through it carry no
    /// write right either. Fails if the host directory cannot be opened.
    pub fn preopened_dir_readonly(self, host: impl AsRef<Path>, guest: impl Into<String>) -> io::Result<Self> {
        let dir = Dir::open_ambient_dir(host.as_ref(), cap_std::ambient_authority())?;
        Ok(self.preopened_cap_dir_readonly(dir, guest))
    }

    /// Grants an already opened capability directory under the name `guest`.
    pub fn preopened_cap_dir(mut self, dir: Dir, guest: impl Into<String>) -> Self {
        self.preopens.push((dir, guest.into(), false));
        self
    }

    /// Grants an already opened capability directory under the name `guest`, read-only (see
    /// [`preopened_dir_readonly`](Self::preopened_dir_readonly)).
    pub fn preopened_cap_dir_readonly(mut self, dir: Dir, guest: impl Into<String>) -> Self {
        self.preopens.push((dir, guest.into(), true));
        self
    }

    /// Gives the guest these bytes as its standard input (instead of the host's).
    pub fn stdin_bytes(mut self, data: Vec<u8>) -> Self {
        self.stdin = Input::Bytes { data, pos: 0 };
        self
    }

    /// Captures the guest's standard output in `pipe`.
    pub fn stdout(mut self, pipe: OutputPipe) -> Self {
        self.stdout = Output::Pipe(pipe);
        self
    }

    /// Captures the guest's standard error in `pipe`.
    pub fn stderr(mut self, pipe: OutputPipe) -> Self {
        self.stderr = Output::Pipe(pipe);
        self
    }

    /// Sends the guest's standard output to `writer` as it is written (each `fd_write` is one
    /// `write_all` and a `flush`). A write error reaches the guest as its errno (a closed pipe as
    /// `EPIPE`).
    pub fn stdout_writer(mut self, writer: impl Write + Send + 'static) -> Self {
        self.stdout = Output::Writer(Arc::new(Mutex::new(Box::new(writer))));
        self
    }

    /// Sends the guest's standard error to `writer` (see [`stdout_writer`](Self::stdout_writer)).
    pub fn stderr_writer(mut self, writer: impl Write + Send + 'static) -> Self {
        self.stderr = Output::Writer(Arc::new(Mutex::new(Box::new(writer))));
        self
    }

    /// Uses the host process's stdin, stdout and stderr (the default).
    pub fn inherit_stdio(mut self) -> Self {
        self.stdin = Input::Inherit;
        self.stdout = Output::Stdout;
        self.stderr = Output::Stderr;
        self
    }

    /// The per-store WASI context: keep it in the store's data, where the functions of
    /// [`add_to_linker`](super::add_to_linker) find it.
    pub fn build(self) -> WasiState {
        WasiState::new(self)
    }
}

/// The running guest's WASI state (exported as `wasi::WasiCtx`): its arguments, environment and
/// descriptor table. One per store, in the store's data; made by [`WasiCtxBuilder::build`].
#[derive(Debug)]
pub struct WasiState {
    pub(crate) args: Vec<String>,
    pub(crate) env: Vec<(String, String)>,
    pub(crate) fds: BTreeMap<u32, FdEntry>,
}

impl WasiState {
    /// Number of open descriptors (stdio and preopens included).
    pub fn open_fds(&self) -> usize {
        self.fds.len()
    }

    pub(crate) fn new(ctx: WasiCtxBuilder) -> WasiState {
        let mut fds = BTreeMap::new();
        fds.insert(0, FdEntry::stdio(FdKind::Stdin(ctx.stdin)));
        fds.insert(1, FdEntry::stdio(FdKind::Out(ctx.stdout)));
        fds.insert(2, FdEntry::stdio(FdKind::Out(ctx.stderr)));
        for (i, (dir, name, read_only)) in ctx.preopens.into_iter().enumerate() {
            let (rights_base, rights_inheriting) = rights::preopen(read_only);
            fds.insert(
                3 + i as u32,
                FdEntry { kind: FdKind::Dir { dir, preopen: Some(name) }, rights_base, rights_inheriting, flags: 0 },
            );
        }
        WasiState { args: ctx.args, env: ctx.env, fds }
    }

    /// The entry for `fd`, or `EBADF`.
    pub(crate) fn get(&mut self, fd: u32) -> WasiResult<&mut FdEntry> {
        self.fds.get_mut(&fd).ok_or(Errno::Badf)
    }

    /// The directory behind `fd` if it holds the rights `need` (`EBADF` if closed, `ENOTDIR`
    /// if it is not a directory, `ENOTCAPABLE` if a right is missing).
    pub(crate) fn dir(&mut self, fd: u32, need: u64) -> WasiResult<&Dir> {
        let e = self.get(fd)?;
        match &e.kind {
            FdKind::Dir { dir, .. } => {
                rights::require(e.rights_base, need)?;
                Ok(dir)
            }
            _ => Err(Errno::Notdir),
        }
    }

    /// Puts `entry` in the lowest free slot.
    pub(crate) fn insert(&mut self, entry: FdEntry) -> WasiResult<u32> {
        let mut fd = 0u32;
        for &k in self.fds.keys() {
            if k != fd {
                break;
            }
            fd = fd.checked_add(1).ok_or(Errno::Mfile)?;
        }
        self.fds.insert(fd, entry);
        Ok(fd)
    }
}
