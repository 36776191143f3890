//! The `regwasm` command line: run WASI command modules (`regwasm run`, or just `regwasm FILE`),
//! call single exports (`--invoke`), and run `.wast` spec scripts (`regwasm wast`).

mod cli;

use clap::{Args, Parser, Subcommand, ValueEnum};
use cli::timings::{self, Clock, Phase};
use cli::{exports, usage, values};
use regwasm::wasi::{self, WasiCtx, WasiCtxBuilder};
use regwasm::{Config, Engine, Error, Extern, Func, Linker, Module, Store, Translation, TrapCode, Val, ValType};
use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

/// Exit code for a module that cannot be read, loaded, validated, linked or started.
const EXIT_LOAD_ERROR: u8 = 1;
/// Exit code for a bad command line (clap's own code for usage errors).
const EXIT_USAGE: u8 = 2;
/// Exit code for a wasm trap (128 + SIGABRT, as wasmtime).
const EXIT_TRAP: u8 = 134;
/// Exit code when `--timeout` stopped the guest (as GNU `timeout`).
const EXIT_TIMEOUT: u8 = 124;
/// Exit code when the guest used up its `--fuel`.
const EXIT_OUT_OF_FUEL: u8 = 125;
/// How long after a `--timeout` interrupt the guest may still run (it can only be stopped in wasm
/// code, not inside a blocking host call) before the process exits anyway.
const TIMEOUT_GRACE: Duration = Duration::from_millis(500);

/// Largest FILE (module or `.wast` script) read, in bytes: bigger, endless (`/dev/zero`) or
/// non-regular files are refused before anything is allocated for them.
const MAX_FILE_BYTES: u64 = 512 << 20;
/// Exit code when stdout is a closed pipe (128 + SIGPIPE, what a shell reports for tools
/// killed by the signal); nothing more is printed.
const EXIT_BROKEN_PIPE: u8 = 141;

/// Stack of the thread that loads and runs the module (the text parser recurses on nesting).
const RUN_STACK_SIZE: usize = 64 << 20;

const AFTER_HELP: &str = "\
Examples:
  regwasm hello.wasm                          run a WASI command (shorthand for `regwasm run`)
  regwasm run --dir ./data::/data cat.wasm /data/in.txt
                                              grant ./data to the guest as /data
  regwasm run --dir ./data::/data::ro prog.wasm
                                              ... read-only (writes fail: ENOTCAPABLE)
  regwasm run --env LANG=C --dir . prog.wasm -v arg
                                              options after FILE go to the guest
  regwasm run --invoke add math.wat 2 3       call an export and print its results
  regwasm run --invoke f math.wat 0x10 nan:0x200000
                                              hex integers, NaN payloads (.wast syntax)
  regwasm run --timings=json prog.wasm        phase times and peak memory as JSON on stderr
  regwasm wast tests/regression/*.wast        run spec scripts

Exit codes:
  0      the program's _start returned (or --invoke succeeded)
  N      the program called proc_exit(N) (N in 0..126, as wasmtime)
  1      FILE could not be read, parsed, validated or linked, has no _start (or no such
         --invoke export: the exported functions are listed), or a host error stopped the
         run (e.g. proc_exit(N >= 126))
  2      bad command line (unknown flag, missing FILE, bad option value, bad
         --env/--dir/--fuel/--timeout, wrong --invoke arguments)
  124    --timeout expired before the program finished
  125    the program ran out of --fuel
  134    the program trapped (message and wasm backtrace on stderr)
  141    stdout is a closed pipe (output stops quietly)
  `regwasm wast` exits 1 if any directive failed.";

#[derive(Parser, Debug)]
#[command(
    name = "regwasm",
    version,
    about = "A WebAssembly interpreter: runs WASI preview1 command modules and .wast spec scripts",
    after_help = AFTER_HELP,
    subcommand_required = true,
    arg_required_else_help = true
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Run a WebAssembly module (.wasm binary or .wat text) as a WASI command.
    #[command(after_help = AFTER_HELP)]
    Run(RunArgs),
    /// Run .wast spec scripts and report how many directives passed.
    Wast(WastArgs),
}

#[derive(Args, Debug)]
struct RunArgs {
    /// Grant the guest a host directory, optionally under another guest path, `::ro` for
    /// read-only (repeatable).
    #[arg(long = "dir", value_name = "HOST[::GUEST[::ro]]")]
    dirs: Vec<String>,
    /// Set an environment variable for the guest; `NAME` alone passes the host's value (repeatable).
    #[arg(long = "env", value_name = "NAME=VALUE")]
    envs: Vec<String>,
    /// Call this export instead of `_start`, with ARGS parsed by its signature (integers decimal
    /// or hex such as 0x10 or -0x10; floats decimal, hex, inf, nan, nan:0x200000), and print
    /// the results one per line (NaNs as nan, or nan:0xPAYLOAD when not canonical).
    #[arg(long, value_name = "NAME")]
    invoke: Option<String>,
    /// The guest's argv[0] (default: FILE's base name).
    #[arg(long, value_name = "NAME")]
    argv0: Option<String>,
    /// When function bodies are translated to bytecode: lazy (each on its first call: fast
    /// startup) or eager (all of them while loading, before instantiation).
    #[arg(long, value_enum, value_name = "MODE", default_value_t = CompilationMode::Lazy)]
    compilation_mode: CompilationMode,
    /// Upper limit on the size of any linear memory, in bytes.
    #[arg(long, value_name = "BYTES")]
    max_memory: Option<u64>,
    /// Maximum wasm call depth before a "call stack exhausted" trap.
    #[arg(long, value_name = "DEPTH")]
    max_stack: Option<u32>,
    /// Stop the program with exit code 125 once it has used N units of fuel (one per executed
    /// Wasm instruction; nop, drop, block, loop, end and else are free).
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    fuel: Option<String>,
    /// Stop the program with exit code 124 after this much wall-clock time from instantiation
    /// on: a number with a unit `ms`, `s`, `m` or `h` (e.g. 500ms, 1.5s, 2m; no unit: seconds).
    #[arg(long, value_name = "DURATION", allow_hyphen_values = true)]
    timeout: Option<String>,
    /// Print to stderr how long loading, validation, translation, instantiation and execution
    /// took (translation, lazy or eager, counted apart) and the peak memory of the process;
    /// --timings=json prints one JSON object instead (seconds, and bytes).
    #[arg(
        long,
        value_enum,
        value_name = "FORMAT",
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "text"
    )]
    timings: Option<timings::Format>,
    /// Run on the loop backend counting executed instructions per op and per adjacent pair,
    /// and write the counts to FILE as JSON when the run ends (benches/profile_ops.py merges them).
    #[cfg(feature = "profile-ops")]
    #[arg(long, value_name = "FILE")]
    profile_ops: Option<PathBuf>,
    /// The module (a binary .wasm or a text .wat file, detected by content), then the arguments
    /// for the guest (or for the --invoke export). Everything after FILE goes to the guest.
    #[arg(value_name = "FILE [ARGS]", required = true, num_args = 1.., trailing_var_arg = true)]
    module_and_args: Vec<OsString>,
}

/// `--compilation-mode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum CompilationMode {
    /// Translate each function on its first call.
    Lazy,
    /// Translate every function while loading.
    Eager,
}

impl RunArgs {
    fn file(&self) -> PathBuf {
        PathBuf::from(&self.module_and_args[0])
    }
}

#[derive(Args, Debug)]
struct WastArgs {
    /// The scripts.
    #[arg(value_name = "FILE", required = true)]
    files: Vec<PathBuf>,
}

/// Why the run ended without a normal exit status.
enum Failure {
    Usage(String),
    Load(String),
    Trap(String),
    OutOfFuel(String),
    Timeout(String),
}

/// Prints a line to stdout. When stdout is a closed pipe (`regwasm wast x.wast | head -1`) the
/// process exits at once, quietly, with `EXIT_BROKEN_PIPE`; any other write error ends it with
/// a one-line error.
macro_rules! out {
    ($($arg:tt)*) => {
        print_out(format_args!($($arg)*))
    };
}

/// Prints a line to stderr; a failing stderr (closed) is ignored: there is nowhere to report it.
macro_rules! err {
    ($($arg:tt)*) => {{
        let _ = writeln!(std::io::stderr().lock(), $($arg)*);
    }};
}

fn print_out(line: std::fmt::Arguments<'_>) {
    let mut stdout = std::io::stdout().lock();
    if let Err(e) = writeln!(stdout, "{line}").and_then(|()| stdout.flush()) {
        exit_on_write_error(&e);
    }
}

/// Ends the process after stdout failed: quietly for a closed pipe, else with one line.
fn exit_on_write_error(e: &std::io::Error) -> ! {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        std::process::exit(EXIT_BROKEN_PIPE.into());
    }
    err!("error: cannot write to stdout: {e}");
    std::process::exit(EXIT_LOAD_ERROR.into())
}

fn main() -> ExitCode {
    let mut argv: Vec<OsString> = std::env::args_os().collect();
    // `regwasm FILE ...` and `regwasm --dir . FILE` mean `regwasm run ...`.
    if let Some(first) = argv.get(1).and_then(|a| a.to_str()) {
        let known = ["run", "wast", "help", "-h", "--help", "-V", "--version"];
        if !known.contains(&first) {
            argv.insert(1, "run".into());
        }
    }
    let help = match argv.get(1).and_then(|a| a.to_str()) {
        Some(sub @ ("run" | "wast")) => format!("regwasm {sub} --help"),
        _ => "regwasm --help".to_string(),
    };
    let cli = match Cli::try_parse_from(argv) {
        Ok(c) => c,
        Err(e) => {
            use clap::error::ErrorKind;
            return match e.kind() {
                // Help and version requests, and a bare `regwasm` (help on stderr, exit 2).
                ErrorKind::DisplayHelp
                | ErrorKind::DisplayVersion
                | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => e.exit(),
                _ => {
                    err!("{}", usage::short_error(&e.render().to_string(), &help));
                    ExitCode::from(EXIT_USAGE)
                }
            };
        }
    };
    match cli.command {
        Command::Wast(w) => run_wast(&w),
        Command::Run(r) => {
            let timings = r.timings;
            let worker = std::thread::Builder::new().stack_size(RUN_STACK_SIZE).spawn(move || {
                let mut clock = Clock::start();
                let outcome = run(&r, &mut clock);
                (outcome, clock.timings)
            });
            let (outcome, phases) = match worker {
                Ok(handle) => handle
                    .join()
                    .unwrap_or_else(|_| (Err(Failure::Load("internal error (panic)".into())), Default::default())),
                Err(e) => (Err(Failure::Load(format!("cannot start the run thread: {e}"))), Default::default()),
            };
            let _ = std::io::stdout().flush();
            if let Some(format) = timings {
                err!("{}", timings::report(&phases, timings::peak_rss_bytes(), format));
            }
            match outcome {
                Ok(code) => {
                    // Exit codes outside 0..=255 are truncated by the OS as with a native exit.
                    let _ = std::io::stderr().flush();
                    std::process::exit(code)
                }
                Err(Failure::Usage(m)) => {
                    err!("error: {m}");
                    ExitCode::from(EXIT_USAGE)
                }
                Err(Failure::Load(m)) => {
                    err!("error: {m}");
                    ExitCode::from(EXIT_LOAD_ERROR)
                }
                Err(Failure::Trap(m)) => {
                    err!("error: {m}");
                    ExitCode::from(EXIT_TRAP)
                }
                Err(Failure::OutOfFuel(m)) => {
                    err!("error: {m}");
                    ExitCode::from(EXIT_OUT_OF_FUEL)
                }
                Err(Failure::Timeout(m)) => {
                    err!("error: {m}");
                    ExitCode::from(EXIT_TIMEOUT)
                }
            }
        }
    }
}

fn run_wast(w: &WastArgs) -> ExitCode {
    let (mut passed, mut failed) = (0u64, 0u64);
    for file in &w.files {
        let name = file.display().to_string();
        let src = read_file(file).and_then(|b| {
            String::from_utf8(b).map_err(|_| std::io::Error::new(std::io::ErrorKind::InvalidData, "not UTF-8 text"))
        });
        match src {
            Ok(src) => {
                let report = regwasm::wast::run_wast(&name, &src, None);
                for f in &report.failures {
                    err!("{f}");
                }
                out!("{}", regwasm::wast::format_report(&report));
                passed += u64::from(report.passed);
                failed += u64::from(report.failed);
            }
            Err(e) => {
                err!("error: cannot read `{name}`: {e}");
                out!("{name}: 0/1");
                failed += 1;
            }
        }
    }
    out!("{passed} passed, {failed} failed");
    if failed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS }
}

/// Parses `--env` entries: `NAME=VALUE`, or `NAME` to pass on the host's value (if set).
fn parse_envs(envs: &[String]) -> Result<Vec<(String, String)>, Failure> {
    let mut out = Vec::new();
    for e in envs {
        let (name, value) = match e.split_once('=') {
            Some((n, v)) => (n, Some(v)),
            None => (e.as_str(), None),
        };
        if name.is_empty() || name.contains('\0') || value.is_some_and(|v| v.contains('\0')) {
            return Err(Failure::Usage(format!(
                "invalid --env `{e}`: expected NAME=VALUE (or NAME to pass on the host's value)"
            )));
        }
        match value {
            Some(v) => out.push((name.to_string(), v.to_string())),
            None => {
                if let Ok(v) = std::env::var(name) {
                    out.push((name.to_string(), v));
                }
            }
        }
    }
    Ok(out)
}

/// Parses `--dir HOST[::GUEST[::ro]]` entries and opens the host directories (`::ro`: read-only,
/// the spelling proposed for wasmtime's `--dir`).
fn add_dirs(mut ctx: WasiCtxBuilder, dirs: &[String]) -> Result<WasiCtxBuilder, Failure> {
    for d in dirs {
        let (host, guest, read_only) = match d.split_once("::") {
            Some((h, g)) => match g.strip_suffix("::ro") {
                Some(g) => (h, g, true),
                None => (h, g, false),
            },
            None => (d.as_str(), d.as_str(), false),
        };
        if host.is_empty() || guest.is_empty() || guest.contains("::") {
            return Err(Failure::Usage(format!("invalid --dir `{d}`: expected HOST, HOST::GUEST or HOST::GUEST::ro")));
        }
        let granted = if read_only { ctx.preopened_dir_readonly(host, guest) } else { ctx.preopened_dir(host, guest) };
        ctx =
            granted.map_err(|e| Failure::Usage(format!("invalid --dir `{d}`: cannot open directory `{host}`: {e}")))?;
    }
    Ok(ctx)
}

/// Reads FILE as a module binary (text, detected by content, is converted).
fn read_module(path: &Path) -> Result<Vec<u8>, Failure> {
    let name = path.display();
    let bytes = read_file(path).map_err(|e| Failure::Load(format!("cannot read `{name}`: {e}")))?;
    if bytes.starts_with(b"\0asm") {
        return Ok(bytes);
    }
    match std::str::from_utf8(&bytes) {
        Ok(text) => wat::parse_str(text).map_err(|e| {
            let msg = e.to_string().lines().map(str::trim).collect::<Vec<_>>().join(" ");
            Failure::Load(format!("failed to parse `{name}` as WebAssembly text: {msg}"))
        }),
        Err(_) => Err(Failure::Load(format!("`{name}` is not a WebAssembly module (no \\0asm header, and not text)"))),
    }
}

/// Reads a whole regular file of at most `MAX_FILE_BYTES` (checked before reading, and again
/// while reading, in case it grows).
fn read_file(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::{Error, ErrorKind, Read};
    let file = std::fs::File::open(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(Error::new(ErrorKind::InvalidInput, "not a regular file"));
    }
    let too_large = || Error::new(ErrorKind::InvalidData, format!("larger than the limit of {MAX_FILE_BYTES} bytes"));
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_large());
    }
    let mut bytes = Vec::new();
    bytes.try_reserve_exact(meta.len() as usize).map_err(|_| Error::from(ErrorKind::OutOfMemory))?;
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large());
    }
    Ok(bytes)
}

/// Parses a `--fuel` amount.
fn parse_fuel(s: &str) -> Result<u64, Failure> {
    s.parse::<u64>().map_err(|_| Failure::Usage(format!("invalid --fuel `{s}`: expected a whole number of fuel units")))
}

/// Parses a `--timeout` duration: a positive number with an optional unit (`ms`, `s`, `m`, `h`;
/// seconds without one).
fn parse_duration(s: &str) -> Result<Duration, Failure> {
    let bad =
        || Failure::Usage(format!("invalid --timeout `{s}`: expected a positive duration such as 500ms, 1s or 2m"));
    let split = s.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(s.len());
    let (number, unit) = s.split_at(split);
    let scale = match unit {
        "ms" => 0.001,
        "" | "s" => 1.0,
        "m" => 60.0,
        "h" => 3600.0,
        _ => return Err(bad()),
    };
    // `f64::from_str` also takes "inf", "nan" and exponents: only plain decimals get here.
    if number.is_empty() || number.starts_with('.') || number.ends_with('.') {
        return Err(bad());
    }
    let value: f64 = number.parse().map_err(|_| bad())?;
    match Duration::try_from_secs_f64(value * scale) {
        Ok(d) if !d.is_zero() => Ok(d),
        _ => Err(bad()),
    }
}

/// Formats a trap for stderr: message, then the wasm backtrace (one line for running out of
/// fuel or time).
fn describe_error(file: &Path, e: &Error) -> Failure {
    match e {
        Error::Trap(t) if t.code == TrapCode::OutOfFuel => {
            Failure::OutOfFuel(format!("`{}` ran out of fuel ({t}; raise --fuel)", file.display()))
        }
        Error::Trap(t) if t.code == TrapCode::Interrupted => {
            Failure::Timeout(format!("`{}` timed out (stopped by --timeout)", file.display()))
        }
        Error::Trap(t) => {
            let what = if t.code == TrapCode::HostError { "failed: host error" } else { "trapped: wasm trap" };
            let mut msg = format!("`{}` {what}: {t}", file.display());
            if !t.backtrace.is_empty() {
                msg.push_str("\nwasm backtrace:");
                for (i, f) in t.backtrace.iter().enumerate() {
                    msg.push_str(&format!("\n  {i:>3}: {f}"));
                }
            }
            // A host function's failure (e.g. an invalid proc_exit status) is not a wasm trap:
            // exit 1, as wasmtime does.
            if t.code == TrapCode::HostError { Failure::Load(msg) } else { Failure::Trap(msg) }
        }
        other => Failure::Load(format!("`{}`: {other}", file.display())),
    }
}

/// Interrupts the guest after `limit`. A guest blocked in a host call (a read from a terminal, a
/// long `poll_oneoff`) cannot be stopped there: after `TIMEOUT_GRACE` more the process exits.
fn start_timer(limit: Duration, handle: regwasm::InterruptHandle, file: String) -> Result<(), Failure> {
    std::thread::Builder::new()
        .name("timeout".into())
        .spawn(move || {
            std::thread::sleep(limit);
            handle.interrupt();
            std::thread::sleep(TIMEOUT_GRACE);
            let _ = std::io::stdout().flush();
            err!("error: `{file}` timed out (stopped by --timeout)");
            std::process::exit(i32::from(EXIT_TIMEOUT));
        })
        .map(drop)
        .map_err(|e| Failure::Load(format!("cannot start the timeout thread: {e}")))
}

fn run(r: &RunArgs, clock: &mut Clock) -> Result<i32, Failure> {
    let envs = parse_envs(&r.envs)?;
    let file = r.file();
    let mut args = Vec::new();
    for a in &r.module_and_args[1..] {
        args.push(
            a.to_str()
                .ok_or_else(|| Failure::Usage(format!("argument {} is not valid UTF-8", a.to_string_lossy())))?
                .to_string(),
        );
    }
    let argv0 = match &r.argv0 {
        Some(name) => name.clone(),
        None => file.file_name().map_or_else(|| file.display().to_string(), |n| n.to_string_lossy().into_owned()),
    };
    let mut ctx = WasiCtxBuilder::new().arg(argv0).args(args.iter().cloned());
    for (k, v) in envs {
        ctx = ctx.env(k, v);
    }
    let ctx = add_dirs(ctx, &r.dirs)?;

    let mut config = Config::default();
    if let Some(depth) = r.max_stack {
        if depth == 0 {
            return Err(Failure::Usage("--max-stack must be at least 1".into()));
        }
        config.max_call_depth = depth;
    }
    config.max_memory_bytes = r.max_memory;
    let fuel = r.fuel.as_deref().map(parse_fuel).transpose()?;
    let timeout = r.timeout.as_deref().map(parse_duration).transpose()?;
    config.consume_fuel = fuel.is_some();
    config.interruptible = timeout.is_some();
    config.translation = match r.compilation_mode {
        CompilationMode::Lazy => Translation::Lazy,
        CompilationMode::Eager => Translation::Eager,
    };
    #[cfg(feature = "profile-ops")]
    if r.profile_ops.is_some() {
        config.backend = regwasm::Backend::Loop;
    }
    let engine = Engine::new(config);

    let binary = read_module(&file);
    clock.end(Phase::Load, &engine);
    let module = Module::from_vec(&engine, binary?)
        .map_err(|e| Failure::Load(format!("failed to load `{}`: {e}", file.display())));
    clock.end(Phase::Validate, &engine);
    let module = module?;

    let mut store = Store::new(&engine, ctx.build());
    if let Some(fuel) = fuel {
        store.set_fuel(fuel).map_err(|e| Failure::Load(e.to_string()))?;
    }
    if let Some(limit) = timeout {
        let handle = store.interrupt_handle().map_err(|e| Failure::Load(e.to_string()))?;
        start_timer(limit, handle, file.display().to_string())?;
    }
    let mut linker = Linker::new(&engine);
    wasi::add_to_linker(&mut linker, |ctx: &mut WasiCtx| ctx);
    let instantiated = linker.instantiate(&mut store, &module);
    clock.end(Phase::Instantiate, &engine);
    let instance = match instantiated {
        Ok(i) => i,
        Err(Error::Link(m)) => return Err(Failure::Load(format!("failed to link `{}`: {m}", file.display()))),
        Err(e) => {
            return match wasi::exit_code(Err(e)) {
                Ok(code) => Ok(code),
                Err(e) => Err(describe_error(&file, &e)),
            };
        }
    };

    let result = (|| -> Result<Result<i32, Error>, Failure> {
        if let Some(init) = instance.get_func(&store, "_initialize")
            && let Err(e) = call_entry(&mut store, init, &file, "_initialize")?
        {
            return Ok(wasi::exit_code(Err(e)));
        }
        let name = r.invoke.as_deref().unwrap_or("_start");
        let func = match instance.get_export(&store, name) {
            Some(Extern::Func(f)) => f,
            other => {
                let problem = match (other, &r.invoke) {
                    (Some(item), _) => {
                        format!("`{}` export `{name}` is {}, not a function", file.display(), exports::kind_name(&item))
                    }
                    (None, Some(_)) => format!("`{}` has no export `{name}`", file.display()),
                    (None, None) => format!(
                        "`{}` has no `_start` export (not a WASI command); use --invoke NAME to call a function",
                        file.display()
                    ),
                };
                return Err(Failure::Load(exports::with_function_list(&problem, &module)));
            }
        };
        match &r.invoke {
            Some(name) => Ok(invoke(&mut store, func, name, &args)?),
            None => Ok(wasi::exit_code(call_entry(&mut store, func, &file, "_start")?)),
        }
    })();
    clock.end(Phase::Execute, &engine);
    #[cfg(feature = "profile-ops")]
    if let Some(out) = &r.profile_ops {
        let json = regwasm::profile::take().to_json(&file.display().to_string(), 2000);
        std::fs::write(out, json).map_err(|e| Failure::Load(format!("cannot write `{}`: {e}", out.display())))?;
    }
    match result? {
        Ok(code) => Ok(code),
        Err(e) => Err(describe_error(&file, &e)),
    }
}

/// Calls a WASI entry point (`_start` or `_initialize`): no parameters; its results, if it has
/// any, are ignored (as wasmtime does).
fn call_entry(store: &mut Store<WasiCtx>, func: Func, file: &Path, name: &str) -> Result<Result<(), Error>, Failure> {
    let ty = func.ty(&*store);
    if !ty.params.is_empty() {
        return Err(Failure::Load(format!(
            "`{}`: `{name}` must take no parameters (its type is {ty})",
            file.display()
        )));
    }
    let mut results: Vec<Val> = ty.results.iter().map(|t| t.default_value()).collect();
    Ok(func.call(store, &[], &mut results))
}

/// Calls `func` with `args` parsed by its signature and prints the results, one per line.
fn invoke(store: &mut Store<WasiCtx>, func: Func, name: &str, args: &[String]) -> Result<Result<i32, Error>, Failure> {
    let ty = func.ty(&*store);
    let sig = |v: &[ValType]| v.iter().map(|t| t.to_string()).collect::<Vec<_>>().join(" ");
    if args.len() != ty.params.len() {
        return Err(Failure::Usage(format!(
            "`{name}` takes {} argument(s) ({}), {} given",
            ty.params.len(),
            sig(&ty.params),
            args.len()
        )));
    }
    let mut params = Vec::with_capacity(args.len());
    for (i, (a, t)) in args.iter().zip(ty.params.iter()).enumerate() {
        let v = values::parse_arg(a, *t)
            .ok_or_else(|| Failure::Usage(format!("argument {} of `{name}`: `{a}` is not a valid {t}", i + 1)))?;
        params.push(v);
    }
    let mut results: Vec<Val> = ty.results.iter().map(|t| t.default_value()).collect();
    match func.call(&mut *store, &params, &mut results) {
        Ok(()) => {
            for v in &results {
                out!("{}", values::format_val(v));
            }
            Ok(Ok(0))
        }
        Err(e) => Ok(wasi::exit_code(Err(e))),
    }
}
