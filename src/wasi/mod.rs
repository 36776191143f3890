//! WASI preview1 (`wasi_snapshot_preview1`) for command modules, as ordinary host functions.
//!
//! [`add_to_linker`] defines every preview1 function once in a [`Linker<T>`], told how to find
//! the per-store [`WasiCtx`] in the store's data `T`; each store then gets its own context, built
//! with [`WasiCtxBuilder`] (what the guest may see: arguments, environment, preopened
//! directories, stdio). The guest is instantiated through that linker like any other module,
//! and one linker serves every store (and thread).
//!
//! The sandbox: a guest reaches the file system only through preopened directories, and every
//! path is resolved with `cap-std` relative to a directory descriptor, so `..`, absolute paths
//! and symlinks cannot lead outside them. Guest pointers are bounds-checked (`EFAULT`).
//!
//! ```no_run
//! use regwasm::{Engine, Linker, Module, Store};
//! use regwasm::wasi::{WasiCtx, WasiCtxBuilder, add_to_linker, exit_code};
//! let engine = Engine::default();
//! let module = Module::new(&engine, &std::fs::read("hello.wasm").unwrap()).unwrap();
//! let mut linker: Linker<WasiCtx> = Linker::new(&engine);
//! add_to_linker(&mut linker, |ctx: &mut WasiCtx| ctx);
//! let mut store = Store::new(&engine, WasiCtxBuilder::new().args(["hello"]).build());
//! let instance = linker.instantiate(&mut store, &module).unwrap();
//! let start = instance.get_func(&store, "_start").unwrap();
//! let code = exit_code(start.call(&mut store, &[], &mut []));
//! ```

mod clocks;
mod ctx;
mod errno;
mod fs;
mod io;
mod mem;
mod poll;
mod proc;
mod rights;
mod sock;
mod types;

/// The per-store WASI context (the guest's arguments, environment and descriptor table).
pub use ctx::WasiState as WasiCtx;
pub use ctx::{OutputPipe, WasiCtxBuilder};
pub use errno::Errno;

use crate::{Caller, Error, FuncType, Linker, Trap, Val, ValType};
use ctx::WasiState;
use mem::{GuestMem, WasiResult};

/// The import module name of WASI preview1.
pub const MODULE: &str = "wasi_snapshot_preview1";

fn u32_arg(args: &[Val], i: usize) -> u32 {
    match args.get(i) {
        Some(Val::I32(v)) => *v as u32,
        _ => 0,
    }
}

fn u64_arg(args: &[Val], i: usize) -> u64 {
    match args.get(i) {
        Some(Val::I64(v)) => *v as u64,
        _ => 0,
    }
}

/// The error of a WASI call from an instance whose memory is 64-bit (memory64).
pub const MEMORY64_UNSUPPORTED: &str =
    "WASI preview1 needs a 32-bit memory, but the calling module's memory is 64-bit (memory64)";

/// Defines `name` with params `params` (results: one `errno` i32) calling `f` with the store's
/// WASI context (found by `get`) and the caller's memory.
fn define<T: 'static>(
    linker: &mut Linker<T>,
    get: impl Fn(&mut T) -> &mut WasiCtx + Send + Sync + 'static,
    name: &str,
    params: &[ValType],
    f: impl Fn(&mut WasiState, &mut GuestMem<'_>, &[Val]) -> WasiResult<()> + Send + Sync + 'static,
) {
    let ty = FuncType::new(params.iter().copied(), [ValType::I32]);
    linker.func_new(MODULE, name, ty, move |mut caller: Caller<'_, T>, args: &[Val], results: &mut [Val]| {
        let (data, st): (&mut [u8], &mut T) = match caller.memory() {
            // Preview1 passes 32-bit pointers; a 64-bit memory is not the ABI it was built for.
            Some(m) if m.ty(&caller).memory64 => return Err(MEMORY64_UNSUPPORTED.into()),
            Some(m) => m.data_and_store_mut(&mut caller),
            None => (&mut [], caller.data_mut()),
        };
        let mut mem = GuestMem::new(data);
        let r = f(get(st), &mut mem, args);
        results[0] = Val::I32(match r {
            Ok(()) => 0,
            Err(e) => e.raw(),
        });
        Ok(())
    });
}

/// Defines every `wasi_snapshot_preview1` function in `linker`, for stores whose data holds a
/// [`WasiCtx`] that `get` finds (e.g. `|data: &mut MyState| &mut data.wasi`).
pub fn add_to_linker<T: 'static>(
    linker: &mut Linker<T>,
    get: impl Fn(&mut T) -> &mut WasiCtx + Copy + Send + Sync + 'static,
) {
    use ValType::{I32, I64};
    let a = u32_arg;
    let b = u64_arg;
    macro_rules! def {
        ($name:literal, [$($p:ident),*], |$x:pat_param, $y:pat_param, $z:pat_param| $body:expr) => {
            define(linker, get, $name, &[$($p),*], move |$x, $y, $z| $body)
        };
    }

    def!("args_get", [I32, I32], |s, m, v| proc::strings_get(m, &s.args, a(v, 0), a(v, 1)));
    def!("args_sizes_get", [I32, I32], |s, m, v| proc::strings_sizes_get(m, &s.args, a(v, 0), a(v, 1)));
    def!("environ_get", [I32, I32], |s, m, v| {
        let env: Vec<String> = s.env.iter().map(|(k, val)| format!("{k}={val}")).collect();
        proc::strings_get(m, &env, a(v, 0), a(v, 1))
    });
    def!("environ_sizes_get", [I32, I32], |s, m, v| {
        let env: Vec<String> = s.env.iter().map(|(k, val)| format!("{k}={val}")).collect();
        proc::strings_sizes_get(m, &env, a(v, 0), a(v, 1))
    });
    def!("clock_res_get", [I32, I32], |_, m, v| clocks::clock_res_get(m, a(v, 0), a(v, 1)));
    def!("clock_time_get", [I32, I64, I32], |_, m, v| clocks::clock_time_get(m, a(v, 0), b(v, 1), a(v, 2)));
    def!("random_get", [I32, I32], |_, m, v| clocks::random_get(m, a(v, 0), a(v, 1)));
    def!("proc_raise", [I32], |_, _, v| proc::proc_raise(a(v, 0)));
    def!("sched_yield", [], |_, _, _| proc::sched_yield());
    def!("poll_oneoff", [I32, I32, I32, I32], |s, m, v| poll::poll_oneoff(s, m, a(v, 0), a(v, 1), a(v, 2), a(v, 3)));

    def!("fd_advise", [I32, I64, I64, I32], |s, _, v| fs::fd_advise(s, a(v, 0), b(v, 1), b(v, 2), a(v, 3)));
    def!("fd_allocate", [I32, I64, I64], |s, _, v| fs::fd_allocate(s, a(v, 0), b(v, 1), b(v, 2)));
    def!("fd_close", [I32], |s, _, v| fs::fd_close(s, a(v, 0)));
    def!("fd_datasync", [I32], |s, _, v| fs::fd_datasync(s, a(v, 0)));
    def!("fd_fdstat_get", [I32, I32], |s, m, v| fs::fd_fdstat_get(s, m, a(v, 0), a(v, 1)));
    def!("fd_fdstat_set_flags", [I32, I32], |s, _, v| fs::fd_fdstat_set_flags(s, a(v, 0), a(v, 1)));
    def!("fd_fdstat_set_rights", [I32, I64, I64], |s, _, v| fs::fd_fdstat_set_rights(s, a(v, 0), b(v, 1), b(v, 2)));
    def!("fd_filestat_get", [I32, I32], |s, m, v| fs::fd_filestat_get(s, m, a(v, 0), a(v, 1)));
    def!("fd_filestat_set_size", [I32, I64], |s, _, v| fs::fd_filestat_set_size(s, a(v, 0), b(v, 1)));
    def!("fd_filestat_set_times", [I32, I64, I64, I32], |s, _, v| {
        fs::fd_filestat_set_times(s, a(v, 0), b(v, 1), b(v, 2), a(v, 3))
    });
    def!("fd_pread", [I32, I32, I32, I64, I32], |s, m, v| io::fd_pread(
        s,
        m,
        a(v, 0),
        a(v, 1),
        a(v, 2),
        b(v, 3),
        a(v, 4)
    ));
    def!("fd_prestat_get", [I32, I32], |s, m, v| fs::fd_prestat_get(s, m, a(v, 0), a(v, 1)));
    def!("fd_prestat_dir_name", [I32, I32, I32], |s, m, v| fs::fd_prestat_dir_name(s, m, a(v, 0), a(v, 1), a(v, 2)));
    def!("fd_pwrite", [I32, I32, I32, I64, I32], |s, m, v| {
        io::fd_pwrite(s, m, a(v, 0), a(v, 1), a(v, 2), b(v, 3), a(v, 4))
    });
    def!("fd_read", [I32, I32, I32, I32], |s, m, v| io::fd_read(s, m, a(v, 0), a(v, 1), a(v, 2), a(v, 3)));
    def!("fd_readdir", [I32, I32, I32, I64, I32], |s, m, v| {
        fs::fd_readdir(s, m, a(v, 0), a(v, 1), a(v, 2), b(v, 3), a(v, 4))
    });
    def!("fd_renumber", [I32, I32], |s, _, v| fs::fd_renumber(s, a(v, 0), a(v, 1)));
    def!("fd_seek", [I32, I64, I32, I32], |s, m, v| fs::fd_seek(s, m, a(v, 0), b(v, 1) as i64, a(v, 2), a(v, 3)));
    def!("fd_sync", [I32], |s, _, v| fs::fd_sync(s, a(v, 0)));
    def!("fd_tell", [I32, I32], |s, m, v| fs::fd_tell(s, m, a(v, 0), a(v, 1)));
    def!("fd_write", [I32, I32, I32, I32], |s, m, v| io::fd_write(s, m, a(v, 0), a(v, 1), a(v, 2), a(v, 3)));

    def!("path_create_directory", [I32, I32, I32], |s, m, v| {
        fs::path_create_directory(s, m, a(v, 0), a(v, 1), a(v, 2))
    });
    def!("path_filestat_get", [I32, I32, I32, I32, I32], |s, m, v| {
        fs::path_filestat_get(s, m, a(v, 0), a(v, 1), a(v, 2), a(v, 3), a(v, 4))
    });
    def!("path_filestat_set_times", [I32, I32, I32, I32, I64, I64, I32], |s, m, v| {
        fs::path_filestat_set_times(s, m, a(v, 0), a(v, 1), a(v, 2), a(v, 3), b(v, 4), b(v, 5), a(v, 6))
    });
    def!("path_link", [I32, I32, I32, I32, I32, I32, I32], |s, m, v| {
        fs::path_link(s, m, a(v, 0), a(v, 1), a(v, 2), a(v, 3), a(v, 4), a(v, 5), a(v, 6))
    });
    def!("path_open", [I32, I32, I32, I32, I32, I64, I64, I32, I32], |s, m, v| {
        fs::path_open(s, m, a(v, 0), a(v, 1), a(v, 2), a(v, 3), a(v, 4), b(v, 5), b(v, 6), a(v, 7), a(v, 8))
    });
    def!("path_readlink", [I32, I32, I32, I32, I32, I32], |s, m, v| {
        fs::path_readlink(s, m, a(v, 0), a(v, 1), a(v, 2), a(v, 3), a(v, 4), a(v, 5))
    });
    def!("path_remove_directory", [I32, I32, I32], |s, m, v| {
        fs::path_remove_directory(s, m, a(v, 0), a(v, 1), a(v, 2))
    });
    def!("path_rename", [I32, I32, I32, I32, I32, I32], |s, m, v| {
        fs::path_rename(s, m, a(v, 0), a(v, 1), a(v, 2), a(v, 3), a(v, 4), a(v, 5))
    });
    def!("path_symlink", [I32, I32, I32, I32, I32], |s, m, v| {
        fs::path_symlink(s, m, a(v, 0), a(v, 1), a(v, 2), a(v, 3), a(v, 4))
    });
    def!("path_unlink_file", [I32, I32, I32], |s, m, v| fs::path_unlink_file(s, m, a(v, 0), a(v, 1), a(v, 2)));

    def!("sock_accept", [I32, I32, I32], |s, _, v| sock::not_a_socket(s, a(v, 0)));
    def!("sock_recv", [I32, I32, I32, I32, I32, I32], |s, _, v| sock::not_a_socket(s, a(v, 0)));
    def!("sock_send", [I32, I32, I32, I32, I32], |s, _, v| sock::not_a_socket(s, a(v, 0)));
    def!("sock_shutdown", [I32, I32], |s, _, v| sock::not_a_socket(s, a(v, 0)));

    // proc_exit returns nothing: it ends the run with a trap that carries the exit code. As in
    // wasmtime, only 0..126 are valid statuses (126 and up are reserved by shells); others are
    // a host error.
    linker.func_wrap(MODULE, "proc_exit", |status: u32| -> Result<(), Trap> {
        if status < 126 {
            Err(Trap::exit(status as i32))
        } else {
            Err(Trap::host(format!("proc_exit with invalid exit status {} (must be in [0..126))", status as i32)))
        }
    });
}

/// Interprets the outcome of running a WASI command's `_start`: `Ok(0)` when it returned,
/// `Ok(code)` when it called `proc_exit(code)`, the error otherwise (a trap or a usage error).
pub fn exit_code(result: Result<(), Error>) -> Result<i32, Error> {
    match result {
        Ok(()) => Ok(0),
        Err(Error::Trap(t)) if t.exit_code.is_some() => Ok(t.exit_code.unwrap_or(0)),
        Err(e) => Err(e),
    }
}
