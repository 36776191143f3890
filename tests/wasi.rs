//! WASI preview1 through the real binary (the committed C examples, the sandbox, Flite and
//! Yosys when fetched) and
//! through the embedding API (`WasiCtx` + `add_to_linker`, with WAT guests checking errno
//! values, struct layouts and pointer checks).

mod common;
use common::{TempDir, example, regwasm};
use regwasm::wasi::{self, OutputPipe, WasiCtx, WasiCtxBuilder};
use regwasm::{Engine, Linker, Module, Store, Val};

// ---------- C programs through the binary ----------

#[test]
fn args_and_env() {
    let out =
        regwasm(&["run", "--env", "GREETING=hello there", "--env", "EMPTY=", &example("args_env.wasm"), "x", "y z"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(
        out.stdout,
        "argc=3\nargv[0]=args_env.wasm\nargv[1]=x\nargv[2]=y z\nenv[0]=GREETING=hello there\nenv[1]=EMPTY=\nGREETING=hello there\n"
    );
}

#[test]
fn cat_copies_through_preopen() {
    let dir = TempDir::new("cat");
    let content: Vec<u8> = (0..100_000u32).map(|i| (i % 251) as u8).collect();
    dir.file("in.bin", &content);
    let guest = format!("{}::/data", dir.s());
    let out = regwasm(&["run", "--dir", &guest, &example("cat.wasm"), "/data/in.bin", "/data/out.bin"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(out.stdout, "copied 100000 bytes\n");
    assert_eq!(std::fs::read(dir.join("out.bin")).unwrap(), content);
    // To stdout, with the directory preopened under its host name.
    dir.file("t.txt", "some text\n");
    let out = regwasm(&["run", "--dir", &dir.s(), &example("cat.wasm"), &dir.join("t.txt").display().to_string()]);
    assert_eq!(out.stdout, "some text\n");
    // A relative path against a "." preopen.
    let dot = format!("{}::.", dir.s());
    let out = regwasm(&["run", "--dir", &dot, &example("cat.wasm"), "t.txt"]);
    assert_eq!(out.stdout, "some text\n", "{}", out.stderr);
    // Without the grant, nothing is visible.
    let out = regwasm(&[&example("cat.wasm"), &dir.join("t.txt").display().to_string()]);
    assert_eq!(out.code, Some(1));
    assert!(out.stderr.contains("t.txt"), "{}", out.stderr);
}

#[test]
fn read_only_dir_flag_lets_cat_read_but_not_write() {
    let dir = TempDir::new("cat-ro");
    dir.file("in.txt", "read me\n");
    dir.file("old.txt", "keep\n");
    let ro = format!("{}::/data::ro", dir.s());
    let out = regwasm(&["run", "--dir", &ro, &example("cat.wasm"), "/data/in.txt"]);
    assert_eq!((out.code, out.stdout.as_str()), (Some(0), "read me\n"), "{}", out.stderr);
    // Creating a file fails (ENOTCAPABLE), and nothing is created.
    let out = regwasm(&["run", "--dir", &ro, &example("cat.wasm"), "/data/in.txt", "/data/out.txt"]);
    assert_eq!(out.code, Some(1), "{}", out.stderr);
    assert!(out.stderr.contains("cat: /data/out.txt: Capabilities insufficient"), "{}", out.stderr);
    assert!(!dir.join("out.txt").exists());
    // Overwriting (O_TRUNC) an existing file fails too, and leaves it as it was.
    let out = regwasm(&["run", "--dir", &ro, &example("cat.wasm"), "/data/in.txt", "/data/old.txt"]);
    assert_eq!(out.code, Some(1), "{}", out.stderr);
    assert_eq!(std::fs::read_to_string(dir.join("old.txt")).unwrap(), "keep\n");
    // The same grant without `::ro` writes.
    let rw = format!("{}::/data", dir.s());
    let out = regwasm(&["run", "--dir", &rw, &example("cat.wasm"), "/data/in.txt", "/data/out.txt"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(std::fs::read_to_string(dir.join("out.txt")).unwrap(), "read me\n");
    // A malformed spelling is a usage error.
    let bad = format!("{}::/data::ro::ro", dir.s());
    let out = regwasm(&["run", "--dir", &bad, &example("cat.wasm"), "/data/in.txt"]);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    assert!(out.stderr.starts_with("error: invalid --dir"), "{}", out.stderr);
}

#[test]
fn directory_listing() {
    let dir = TempDir::new("ls");
    dir.file("b.txt", "12345");
    dir.file("a.txt", "");
    std::fs::create_dir(dir.join("sub")).unwrap();
    std::os::unix::fs::symlink("a.txt", dir.join("lnk")).unwrap();
    let guest = format!("{}::/d", dir.s());
    let out = regwasm(&["run", "--dir", &guest, &example("ls.wasm"), "/d"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(out.stdout, "f a.txt 0\nf b.txt 5\nl lnk\nd sub/\n4 entries\n");
}

#[test]
fn directory_listing_many_entries() {
    // More entries than fit in one fd_readdir buffer: exercises cookies.
    let dir = TempDir::new("lsmany");
    for i in 0..300 {
        dir.file(&format!("file-with-a-longish-name-{i:04}"), "x");
    }
    let guest = format!("{}::/d", dir.s());
    let out = regwasm(&["run", "--dir", &guest, &example("ls.wasm"), "/d"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(out.stdout.ends_with("300 entries\n"));
    assert!(out.stdout.starts_with("f file-with-a-longish-name-0000 1\n"));
}

const FILEOPS_EXPECTED: &str = "\
mkdir sub: ok
mkdir sub again: File exists
open data.txt: ok
write: 16
tell after write: 16
seek set 4: 4
read 6: 6 '456789'
seek end -3: 13
read rest: 3 'def'
pread 2@10: 2 'ab'
pwrite 3@0: 3
ftruncate 12: ok
fstat: ok
size: 12 regular: 1
stat data.txt: ok
size: 12
stat missing: No such file or directory
utimes: ok
mtime: 1234567890
rename data.txt -> moved.txt: ok
stat old name: No such file or directory
symlink link -> moved.txt: ok
readlink: 9 'moved.txt'
lstat link: ok
is symlink: 1
stat through link: ok
size via link: 12
link hard.txt: ok
nlink: 2
after append: 'XYZ3456789ab++'
rmdir non-empty sub: Directory not empty
unlink link: ok
unlink hard.txt: ok
unlink moved.txt: ok
unlink missing: No such file or directory
rmdir sub: ok
open dir for writing: Is a directory
";

#[test]
fn file_operations() {
    let dir = TempDir::new("fileops");
    let guest = format!("{}::/work", dir.s());
    let out = regwasm(&["run", "--dir", &guest, &example("fileops.wasm"), "/work"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(out.stdout, FILEOPS_EXPECTED);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "fileops cleans up after itself");
}

const ESCAPE_EXPECTED: &str = "\
inside: opened (read 7 bytes)
dotdot: denied (Operation not permitted)
deep dotdot: denied (Operation not permitted)
absolute: denied (Capabilities insufficient)
root: denied (Capabilities insufficient)
symlink out: created
via symlink: denied (Operation not permitted)
symlink chain: created
via symlink chain: denied (Operation not permitted)
absolute symlink: Operation not permitted
via absolute symlink: denied (No such file or directory)
stat dotdot: Operation not permitted
mkdir outside: Operation not permitted
unlink outside: Operation not permitted
rename out: Operation not permitted
";

#[test]
fn sandbox_escape_attempts_fail() {
    let outer = TempDir::new("escape");
    std::fs::write(outer.join("secret.txt"), "top secret\n").unwrap();
    let boxed = outer.join("box");
    std::fs::create_dir(&boxed).unwrap();
    std::fs::create_dir(boxed.join("a")).unwrap();
    std::fs::write(boxed.join("inside.txt"), "inside\n").unwrap();
    let guest = format!("{}::/sandbox", boxed.display());
    let out = regwasm(&["run", "--dir", &guest, &example("escape.wasm"), "/sandbox"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(out.stdout, ESCAPE_EXPECTED);
    assert_eq!(std::fs::read_to_string(outer.join("secret.txt")).unwrap(), "top secret\n");
    assert!(!outer.join("made-by-guest").exists() && !outer.join("stolen.txt").exists());
}

#[test]
fn symlink_planted_by_host_does_not_escape() {
    // Symlinks inside the preopen that the host made (absolute and relative) cannot be followed out.
    let outer = TempDir::new("planted");
    std::fs::write(outer.join("secret.txt"), "top secret\n").unwrap();
    let boxed = outer.join("box");
    std::fs::create_dir(&boxed).unwrap();
    std::os::unix::fs::symlink(outer.join("secret.txt"), boxed.join("abs")).unwrap();
    std::os::unix::fs::symlink("../secret.txt", boxed.join("rel")).unwrap();
    std::os::unix::fs::symlink("rel", boxed.join("chain")).unwrap();
    std::os::unix::fs::symlink("..", boxed.join("up")).unwrap();
    let guest = format!("{}::/b", boxed.display());
    for (path, errno) in [
        ("/b/abs", "Operation not permitted"),
        ("/b/rel", "Operation not permitted"),
        ("/b/chain", "Operation not permitted"),
        ("/b/up/secret.txt", "Operation not permitted"),
    ] {
        let out = regwasm(&["run", "--dir", &guest, &example("cat.wasm"), path]);
        assert_eq!(out.code, Some(1), "{path}: {}", out.stdout);
        assert_eq!(out.stdout, "");
        assert_eq!(out.stderr, format!("cat: {path}: {errno}\n"));
    }
}

#[test]
fn flite_speaks_to_a_wav_identical_to_wasmtime() {
    // sha256 of the .wav wasmtime 48.0.8 writes for the same command line.
    const EXPECTED_SHA256: &str = "4135a958d7ab83f0c747a66a808cbe3cabe636afa944461e243b0a76c28db65e";
    let flite = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/wasi/flite/flite.wasm");
    if !flite.exists() {
        println!("SKIPPED: {} is absent; run examples/wasi/fetch-flite.sh to fetch it", flite.display());
        return;
    }
    let dir = TempDir::new("flite");
    let guest = format!("{}::/out", dir.s());
    let out = regwasm(&[
        "run",
        "--dir",
        &guest,
        &flite.display().to_string(),
        "-t",
        "Hello from regwasm, a WebAssembly interpreter.",
        "-o",
        "/out/hello.wav",
    ]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let wav = std::fs::read(dir.join("hello.wav")).unwrap();
    assert_eq!(&wav[..4], b"RIFF");
    assert_eq!(&wav[8..12], b"WAVE");
    assert_eq!(sha256_hex(&wav), EXPECTED_SHA256);
}

/// Yosys 0.70 (YoWASP's WASI build, which throws C++ exceptions with Wasm exception handling)
/// synthesizes a small multiply-accumulate design; the statistics it writes are byte-identical
/// to what wasmtime 48.0.8 (`-W exceptions=y`) writes for the same files.
#[test]
fn yosys_synthesizes_a_design_identical_to_wasmtime() {
    const EXPECTED_SHA256: &str = "46a7d52c0fe861c3482fb9011de0cd1ddb4e1e7b7a87a9b00d8342d2452ce156";
    const DESIGN: &str = "module top(input clk, input rst, input [5:0] a, input [5:0] b, input [1:0] op,
           output reg [31:0] acc, output [7:0] cnt_o);
  reg [7:0] cnt;
  wire [31:0] prod = a * b;
  always @(posedge clk) begin
    if (rst) begin acc <= 0; cnt <= 0; end
    else begin
      cnt <= cnt + 1;
      case (op)
        2'd0: acc <= acc + prod;
        2'd1: acc <= acc - {26'd0, a};
        2'd2: acc <= acc ^ {20'd0, b, a};
        default: acc <= {acc[30:0], acc[31]};
      endcase
    end
  end
  assign cnt_o = cnt;
endmodule
";
    // `synth` without its ABC step (a separate process, which WASI cannot start).
    const SCRIPT: &str = "read_verilog design.v
synth -top top -run :fine
opt -fast -full
memory_map
opt -full
techmap -map techmap.v
opt -fast
hierarchy -check
check -assert
tee -q -o stat.txt stat
";
    let fetched = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/wasi/yosys");
    let yosys = fetched.join("yosys.wasm");
    if !yosys.exists() {
        println!("SKIPPED: {} is absent; run examples/wasi/fetch-yosys.sh to fetch it", yosys.display());
        return;
    }
    let dir = TempDir::new("yosys");
    dir.file("design.v", DESIGN.as_bytes());
    dir.file("synth.ys", SCRIPT.as_bytes());
    dir.file("techmap.v", std::fs::read(fetched.join("techmap.v")).unwrap());
    let guest = format!("{}::.", dir.s());
    let out = regwasm(&["run", "--dir", &guest, &yosys.display().to_string(), "-q", "-s", "synth.ys"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let stat = std::fs::read(dir.join("stat.txt")).unwrap();
    assert!(String::from_utf8_lossy(&stat).contains("759 cells"), "{}", String::from_utf8_lossy(&stat));
    assert_eq!(sha256_hex(&stat), EXPECTED_SHA256);
}

/// SHA-256 (FIPS 180-4), so the test needs no extra crate.
fn sha256_hex(data: &[u8]) -> String {
    const K: [u32; 64] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
        0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
        0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
        0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
        0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
        0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
        0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
        0xc67178f2,
    ];
    let mut h: [u32; 8] =
        [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    let mut msg = data.to_vec();
    msg.push(0x80);
    while msg.len() % 64 != 56 {
        msg.push(0);
    }
    msg.extend_from_slice(&((data.len() as u64) * 8).to_be_bytes());
    for chunk in msg.chunks(64) {
        let mut w = [0u32; 64];
        for i in 0..16 {
            w[i] = u32::from_be_bytes(chunk[i * 4..i * 4 + 4].try_into().unwrap());
        }
        for i in 16..64 {
            let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
            let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16].wrapping_add(s0).wrapping_add(w[i - 7]).wrapping_add(s1);
        }
        let mut v = h;
        for i in 0..64 {
            let s1 = v[4].rotate_right(6) ^ v[4].rotate_right(11) ^ v[4].rotate_right(25);
            let ch = (v[4] & v[5]) ^ (!v[4] & v[6]);
            let t1 = v[7].wrapping_add(s1).wrapping_add(ch).wrapping_add(K[i]).wrapping_add(w[i]);
            let s0 = v[0].rotate_right(2) ^ v[0].rotate_right(13) ^ v[0].rotate_right(22);
            let maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
            let t2 = s0.wrapping_add(maj);
            v = [t1.wrapping_add(t2), v[0], v[1], v[2], v[3].wrapping_add(t1), v[4], v[5], v[6]];
        }
        for (a, b) in h.iter_mut().zip(v) {
            *a = a.wrapping_add(b);
        }
    }
    h.iter().map(|x| format!("{x:08x}")).collect()
}

#[test]
fn sha256_known_answer() {
    assert_eq!(sha256_hex(b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

// ---------- the embedding API, with WAT guests ----------

/// Instantiates `wat` with WASI from `ctx`; returns the store and instance.
fn instantiate(wat: &str, ctx: WasiCtxBuilder) -> (Store<WasiCtx>, regwasm::Instance) {
    let engine = Engine::default();
    let module = Module::from_wat(&engine, wat).unwrap();
    let mut store = Store::new(&engine, ctx.build());
    let mut linker = Linker::new(&engine);
    wasi::add_to_linker(&mut linker, |ctx: &mut WasiCtx| ctx);
    let instance = linker.instantiate(&mut store, &module).unwrap();
    (store, instance)
}

fn call_i32(store: &mut Store<WasiCtx>, instance: regwasm::Instance, name: &str, args: &[Val]) -> i32 {
    let f = instance.get_func(&*store, name).unwrap();
    let mut out = [Val::I32(0)];
    f.call(store, args, &mut out).unwrap();
    match out[0] {
        Val::I32(v) => v,
        other => panic!("{other:?}"),
    }
}

fn memory(store: &Store<WasiCtx>, instance: regwasm::Instance) -> Vec<u8> {
    instance.get_export(store, "memory").unwrap().into_memory().unwrap().data(store).to_vec()
}

const IMPORTS: &str = r#"
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_fdstat_get" (func $fd_fdstat_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_prestat_get" (func $fd_prestat_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_prestat_dir_name" (func $fd_prestat_dir_name (param i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_open" (func $path_open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_filestat_get" (func $fd_filestat_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_close" (func $fd_close (param i32) (result i32)))
  (import "wasi_snapshot_preview1" "clock_time_get" (func $clock_time_get (param i32 i64 i32) (result i32)))
  (import "wasi_snapshot_preview1" "clock_res_get" (func $clock_res_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "random_get" (func $random_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "poll_oneoff" (func $poll_oneoff (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_get" (func $args_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_raise" (func $proc_raise (param i32) (result i32)))
  (import "wasi_snapshot_preview1" "sched_yield" (func $sched_yield (result i32)))
  (import "wasi_snapshot_preview1" "sock_accept" (func $sock_accept (param i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "sock_shutdown" (func $sock_shutdown (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_renumber" (func $fd_renumber (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_readdir" (func $fd_readdir (param i32 i32 i32 i64 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_seek" (func $fd_seek (param i32 i64 i32 i32) (result i32)))
  (memory (export "memory") 1)
"#;

fn guest(body: &str) -> String {
    format!("(module {IMPORTS} {body})")
}

const ERRNO_BADF: i32 = 8;
const ERRNO_FAULT: i32 = 21;
const ERRNO_INVAL: i32 = 28;
const ERRNO_NOSYS: i32 = 52;
const ERRNO_NOTDIR: i32 = 54;
const ERRNO_PERM: i32 = 63;
const ERRNO_SPIPE: i32 = 70;

#[test]
fn api_stdout_pipe_and_stdin_bytes() {
    let out = OutputPipe::new();
    let wat = guest(
        r#"(data (i32.const 16) "hello\n")
           (func (export "write") (result i32)
             (i32.store (i32.const 0) (i32.const 16)) (i32.store (i32.const 4) (i32.const 6))
             (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
           (func (export "read") (result i32)
             (i32.store (i32.const 0) (i32.const 100)) (i32.store (i32.const 4) (i32.const 3))
             (i32.store (i32.const 8) (i32.const 200)) (i32.store (i32.const 12) (i32.const 10))
             (call $fd_read (i32.const 0) (i32.const 0) (i32.const 2) (i32.const 20)))"#,
    );
    let ctx = WasiCtxBuilder::new().stdout(out.clone()).stdin_bytes(b"abcdefg".to_vec());
    let (mut store, inst) = instantiate(&wat, ctx);
    assert_eq!(call_i32(&mut store, inst, "write", &[]), 0);
    assert_eq!(out.contents(), b"hello\n");
    assert_eq!(memory(&store, inst)[8..12], 6u32.to_le_bytes());
    assert_eq!(call_i32(&mut store, inst, "read", &[]), 0);
    let m = memory(&store, inst);
    assert_eq!(&m[100..103], b"abc");
    assert_eq!(&m[200..204], b"defg");
    assert_eq!(m[20..24], 7u32.to_le_bytes());
}

#[test]
fn api_bad_pointers_give_efault() {
    let wat = guest(
        r#"(func (export "iov_out_of_bounds") (result i32)
             (call $fd_write (i32.const 1) (i32.const 65532) (i32.const 1) (i32.const 8)))
           (func (export "buf_out_of_bounds") (result i32)
             (i32.store (i32.const 0) (i32.const 65530)) (i32.store (i32.const 4) (i32.const 100))
             (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
           (func (export "huge_count") (result i32)
             (call $fd_write (i32.const 1) (i32.const 0) (i32.const 0x7fffffff) (i32.const 8)))
           (func (export "result_out_of_bounds") (result i32)
             (call $clock_time_get (i32.const 0) (i64.const 1) (i32.const 65535)))
           (func (export "fdstat_out_of_bounds") (result i32)
             (call $fd_fdstat_get (i32.const 1) (i32.const -1)))
           (func (export "random_out_of_bounds") (result i32)
             (call $random_get (i32.const 65000) (i32.const 1000)))"#,
    );
    let out = OutputPipe::new();
    let (mut store, inst) = instantiate(&wat, WasiCtxBuilder::new().stdout(out.clone()));
    for name in [
        "iov_out_of_bounds",
        "buf_out_of_bounds",
        "huge_count",
        "result_out_of_bounds",
        "fdstat_out_of_bounds",
        "random_out_of_bounds",
    ] {
        assert_eq!(call_i32(&mut store, inst, name, &[]), ERRNO_FAULT, "{name}");
    }
    assert!(out.contents().is_empty());
}

#[test]
fn api_struct_layouts() {
    let dir = TempDir::new("layout");
    dir.file("f.txt", "0123456789");
    let wat = guest(
        r#"(data (i32.const 512) "f.txt")
           (func (export "fdstat") (param i32) (result i32) (call $fd_fdstat_get (local.get 0) (i32.const 1000)))
           (func (export "prestat") (param i32) (result i32) (call $fd_prestat_get (local.get 0) (i32.const 1000)))
           (func (export "prestat_name") (param i32 i32) (result i32)
             (call $fd_prestat_dir_name (local.get 0) (i32.const 1000) (local.get 1)))
           (func (export "open") (result i32)
             (call $path_open (i32.const 3) (i32.const 1) (i32.const 512) (i32.const 5) (i32.const 0)
               (i64.const 0x1fffffff) (i64.const 0x1fffffff) (i32.const 0) (i32.const 900)))
           (func (export "filestat") (param i32) (result i32) (call $fd_filestat_get (local.get 0) (i32.const 1000)))"#,
    );
    let (mut store, inst) = instantiate(&wat, WasiCtxBuilder::new().preopened_dir(dir.path(), "/pre").unwrap());
    let fill = |store: &mut Store<WasiCtx>| {
        let m = inst.get_export(&*store, "memory").unwrap().into_memory().unwrap();
        m.data_mut(store)[1000..1100].fill(0xAA);
    };
    // fdstat: 24 bytes; filetype directory (3) for the preopen; bytes after it untouched.
    fill(&mut store);
    assert_eq!(call_i32(&mut store, inst, "fdstat", &[Val::I32(3)]), 0);
    let m = memory(&store, inst);
    assert_eq!(m[1000], 3);
    assert_eq!(m[1024], 0xAA);
    // prestat: tag 0, name length 4 at offset 4; 8 bytes.
    fill(&mut store);
    assert_eq!(call_i32(&mut store, inst, "prestat", &[Val::I32(3)]), 0);
    let m = memory(&store, inst);
    assert_eq!(m[1000], 0);
    assert_eq!(m[1004..1008], 4u32.to_le_bytes());
    assert_eq!(m[1008], 0xAA);
    assert_eq!(call_i32(&mut store, inst, "prestat", &[Val::I32(1)]), ERRNO_BADF);
    assert_eq!(call_i32(&mut store, inst, "prestat", &[Val::I32(99)]), ERRNO_BADF);
    assert_eq!(call_i32(&mut store, inst, "prestat_name", &[Val::I32(3), Val::I32(4)]), 0);
    assert_eq!(&memory(&store, inst)[1000..1004], b"/pre");
    // filestat: 64 bytes; regular file (4) at 16, size at 32.
    assert_eq!(call_i32(&mut store, inst, "open", &[]), 0);
    let fd = u32::from_le_bytes(memory(&store, inst)[900..904].try_into().unwrap()) as i32;
    assert_eq!(fd, 4);
    fill(&mut store);
    assert_eq!(call_i32(&mut store, inst, "filestat", &[Val::I32(fd)]), 0);
    let m = memory(&store, inst);
    assert_eq!(m[1016], 4);
    assert_eq!(m[1032..1040], 10u64.to_le_bytes());
    assert_eq!(m[1064], 0xAA);
    assert_eq!(call_i32(&mut store, inst, "fdstat", &[Val::I32(fd)]), 0);
    assert_eq!(memory(&store, inst)[1000], 4);
}

#[test]
fn api_path_open_escapes_fail() {
    let outer = TempDir::new("apiescape");
    std::fs::write(outer.join("secret"), "s").unwrap();
    std::fs::create_dir(outer.join("box")).unwrap();
    std::fs::write(outer.join("box/file"), "f").unwrap();
    let wat = guest(
        r#"(data (i32.const 100) "../secret")
           (data (i32.const 200) "/etc/passwd")
           (data (i32.const 300) "file/x")
           (data (i32.const 400) "file")
           (func (export "open") (param i32 i32 i32) (result i32)
             (call $path_open (local.get 0) (i32.const 1) (local.get 1) (local.get 2) (i32.const 0)
               (i64.const 0x1fffffff) (i64.const 0x1fffffff) (i32.const 0) (i32.const 900)))
           (func (export "open_dir") (param i32 i32) (result i32)
             (call $path_open (i32.const 3) (i32.const 1) (local.get 0) (local.get 1) (i32.const 2)
               (i64.const 0x1fffffff) (i64.const 0x1fffffff) (i32.const 0) (i32.const 900)))"#,
    );
    let (mut store, inst) = instantiate(&wat, WasiCtxBuilder::new().preopened_dir(outer.join("box"), "/").unwrap());
    let open = |store: &mut Store<WasiCtx>, fd: i32, p: i32, l: i32| {
        call_i32(store, inst, "open", &[Val::I32(fd), Val::I32(p), Val::I32(l)])
    };
    assert_eq!(open(&mut store, 3, 100, 9), ERRNO_PERM);
    assert_eq!(open(&mut store, 3, 200, 11), ERRNO_PERM);
    assert_eq!(open(&mut store, 3, 300, 6), ERRNO_NOTDIR);
    assert_eq!(open(&mut store, 3, 400, 4), 0);
    assert_eq!(open(&mut store, 1, 400, 4), ERRNO_NOTDIR, "stdout is not a directory");
    assert_eq!(open(&mut store, 42, 400, 4), ERRNO_BADF);
    assert_eq!(open(&mut store, 3, 65530, 100), ERRNO_FAULT);
    assert_eq!(call_i32(&mut store, inst, "open_dir", &[Val::I32(400), Val::I32(4)]), ERRNO_NOTDIR);
}

#[test]
fn api_clocks_random_poll_misc() {
    let wat = guest(
        r#"(func (export "time") (param i32) (result i32) (call $clock_time_get (local.get 0) (i64.const 1) (i32.const 0)))
           (func (export "res") (param i32) (result i32) (call $clock_res_get (local.get 0) (i32.const 0)))
           (func (export "random") (result i32) (call $random_get (i32.const 100) (i32.const 64)))
           (func (export "sleep") (param i64 i32) (result i32)
             ;; one relative clock subscription on the monotonic clock
             (i64.store (i32.const 200) (i64.const 0x1234))
             (i32.store8 (i32.const 208) (i32.const 0))
             (i32.store (i32.const 216) (i32.const 1))
             (i64.store (i32.const 224) (local.get 0))
             (i64.store (i32.const 232) (i64.const 0))
             (i32.store16 (i32.const 240) (i32.const 0))
             (call $poll_oneoff (i32.const 200) (i32.const 300) (local.get 1) (i32.const 400)))
           (func (export "stdout_ready") (result i32)
             (i64.store (i32.const 200) (i64.const 7))
             (i32.store8 (i32.const 208) (i32.const 2))
             (i32.store (i32.const 216) (i32.const 1))
             (call $poll_oneoff (i32.const 200) (i32.const 300) (i32.const 1) (i32.const 400)))
           (func (export "args") (result i32) (call $args_sizes_get (i32.const 0) (i32.const 4)))
           (func (export "args_get") (result i32) (call $args_get (i32.const 0) (i32.const 100)))
           (func (export "raise") (result i32) (call $proc_raise (i32.const 6)))
           (func (export "yield") (result i32) (call $sched_yield))
           (func (export "accept") (param i32) (result i32) (call $sock_accept (local.get 0) (i32.const 0) (i32.const 0)))
           (func (export "shutdown") (param i32) (result i32) (call $sock_shutdown (local.get 0) (i32.const 2)))
           (func (export "renumber") (param i32 i32) (result i32) (call $fd_renumber (local.get 0) (local.get 1)))
           (func (export "close") (param i32) (result i32) (call $fd_close (local.get 0)))
           (func (export "seek") (param i32) (result i32) (call $fd_seek (local.get 0) (i64.const 0) (i32.const 0) (i32.const 0)))"#,
    );
    let (mut store, inst) =
        instantiate(&wat, WasiCtxBuilder::new().args(["prog", "a", "bc"]).stdout(OutputPipe::new()));
    let u64_at =
        |store: &Store<WasiCtx>, at: usize| u64::from_le_bytes(memory(store, inst)[at..at + 8].try_into().unwrap());
    // Clocks: realtime is after 2020, monotonic advances, cputime works; bad id is EINVAL.
    assert_eq!(call_i32(&mut store, inst, "time", &[Val::I32(0)]), 0);
    assert!(u64_at(&store, 0) > 1_577_836_800_000_000_000);
    assert_eq!(call_i32(&mut store, inst, "time", &[Val::I32(1)]), 0);
    let t1 = u64_at(&store, 0);
    assert_eq!(call_i32(&mut store, inst, "time", &[Val::I32(1)]), 0);
    assert!(u64_at(&store, 0) >= t1);
    for id in [2, 3] {
        assert_eq!(call_i32(&mut store, inst, "time", &[Val::I32(id)]), 0);
        assert_eq!(call_i32(&mut store, inst, "res", &[Val::I32(id)]), 0);
    }
    assert_eq!(call_i32(&mut store, inst, "time", &[Val::I32(9)]), ERRNO_INVAL);
    assert_eq!(call_i32(&mut store, inst, "res", &[Val::I32(1)]), 0);
    assert!(u64_at(&store, 0) >= 1);
    // random_get fills the buffer (64 zero bytes after it is practically impossible).
    assert_eq!(call_i32(&mut store, inst, "random", &[]), 0);
    assert!(memory(&store, inst)[100..164].iter().any(|&b| b != 0));
    // poll_oneoff: a 20 ms sleep takes at least 20 ms and reports one clock event.
    let start = std::time::Instant::now();
    assert_eq!(call_i32(&mut store, inst, "sleep", &[Val::I64(20_000_000), Val::I32(1)]), 0);
    assert!(start.elapsed() >= std::time::Duration::from_millis(20));
    let m = memory(&store, inst);
    assert_eq!(m[400..404], 1u32.to_le_bytes());
    assert_eq!(m[300..308], 0x1234u64.to_le_bytes());
    assert_eq!(m[308..310], 0u16.to_le_bytes());
    assert_eq!(m[310], 0);
    assert_eq!(call_i32(&mut store, inst, "sleep", &[Val::I64(0), Val::I32(0)]), ERRNO_INVAL);
    // stdout is always writable.
    assert_eq!(call_i32(&mut store, inst, "stdout_ready", &[]), 0);
    let m = memory(&store, inst);
    assert_eq!(m[400..404], 1u32.to_le_bytes());
    assert_eq!(m[300..308], 7u64.to_le_bytes());
    assert_eq!(m[310], 2);
    // args: 3 arguments, "prog\0a\0bc\0" = 10 bytes; args_get lays them out.
    assert_eq!(call_i32(&mut store, inst, "args", &[]), 0);
    let m = memory(&store, inst);
    assert_eq!(m[0..4], 3u32.to_le_bytes());
    assert_eq!(m[4..8], 10u32.to_le_bytes());
    assert_eq!(call_i32(&mut store, inst, "args_get", &[]), 0);
    let m = memory(&store, inst);
    assert_eq!(&m[100..110], b"prog\0a\0bc\0");
    assert_eq!(m[4..8], 105u32.to_le_bytes());
    // Unsupported things (no descriptor is a socket).
    assert_eq!(call_i32(&mut store, inst, "raise", &[]), ERRNO_NOSYS);
    assert_eq!(call_i32(&mut store, inst, "yield", &[]), 0);
    assert_eq!(call_i32(&mut store, inst, "accept", &[Val::I32(1)]), ERRNO_NOTSOCK);
    assert_eq!(call_i32(&mut store, inst, "accept", &[Val::I32(77)]), ERRNO_BADF);
    assert_eq!(call_i32(&mut store, inst, "shutdown", &[Val::I32(0)]), ERRNO_NOTSOCK);
    assert_eq!(call_i32(&mut store, inst, "seek", &[Val::I32(1)]), ERRNO_SPIPE);
    // fd_renumber/close.
    assert_eq!(call_i32(&mut store, inst, "renumber", &[Val::I32(2), Val::I32(9)]), ERRNO_BADF);
    assert_eq!(call_i32(&mut store, inst, "renumber", &[Val::I32(2), Val::I32(1)]), 0);
    assert_eq!(call_i32(&mut store, inst, "close", &[Val::I32(2)]), ERRNO_BADF);
    assert_eq!(call_i32(&mut store, inst, "close", &[Val::I32(1)]), 0);
    assert_eq!(call_i32(&mut store, inst, "close", &[Val::I32(1)]), ERRNO_BADF);
}

#[test]
fn api_proc_exit_and_exit_code() {
    let wat = r#"(module (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
                   (memory (export "memory") 1)
                   (func (export "_start") i32.const 3 call $exit unreachable))"#;
    let (mut store, inst) = instantiate(wat, WasiCtxBuilder::new());
    let start = inst.get_func(&store, "_start").unwrap();
    assert_eq!(wasi::exit_code(start.call(&mut store, &[], &mut [])), Ok(3));
}

#[test]
fn api_module_without_memory() {
    // Functions that need memory see an empty one: EFAULT, never a panic.
    let wat = r#"(module (import "wasi_snapshot_preview1" "random_get" (func $r (param i32 i32) (result i32)))
                   (func (export "f") (result i32) (call $r (i32.const 0) (i32.const 4)))
                   (func (export "g") (result i32) (call $r (i32.const 0) (i32.const 0))))"#;
    let (mut store, inst) = instantiate(wat, WasiCtxBuilder::new());
    assert_eq!(call_i32(&mut store, inst, "f", &[]), ERRNO_FAULT);
    assert_eq!(call_i32(&mut store, inst, "g", &[]), 0);
}

// ---------- preview1 to the letter: rights, flags, bounded transfers ----------

const ERRNO_ISDIR: i32 = 31;
const ERRNO_NOTSOCK: i32 = 57;
const ERRNO_NOTCAPABLE: i32 = 76;

const RIGHT_FD_READ: i64 = 1 << 1;
const RIGHT_FD_SEEK: i64 = 1 << 2;
const RIGHT_FD_FDSTAT_SET_FLAGS: i64 = 1 << 3;
const RIGHT_FD_TELL: i64 = 1 << 5;
const RIGHT_FD_WRITE: i64 = 1 << 6;
const RIGHT_PATH_CREATE_FILE: i64 = 1 << 10;
const RIGHT_PATH_OPEN: i64 = 1 << 13;
const RIGHT_FD_READDIR: i64 = 1 << 14;
const RIGHT_PATH_FILESTAT_SET_SIZE: i64 = 1 << 19;
const RIGHT_POLL_FD_READWRITE: i64 = 1 << 27;
const ALL_RIGHTS: i64 = (1 << 30) - 1;
const OFLAGS_CREAT: i32 = 1;
const OFLAGS_DIRECTORY: i32 = 2;
const OFLAGS_TRUNC: i32 = 8;
const FDFLAGS_APPEND: i32 = 1;
const FDFLAGS_NONBLOCK: i32 = 4;

/// A guest exporting thin wrappers over preview1 calls; results land at fixed addresses:
/// opened fd at 900, fdstat at 1000, read data at 2000, counts at 8, offsets at 16.
const SYSCALLS: &str = r#"(module
  (import "wasi_snapshot_preview1" "path_open" (func $path_open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_fdstat_get" (func $fd_fdstat_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_fdstat_set_rights" (func $fd_fdstat_set_rights (param i32 i64 i64) (result i32)))
  (import "wasi_snapshot_preview1" "fd_fdstat_set_flags" (func $fd_fdstat_set_flags (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_pread" (func $fd_pread (param i32 i32 i32 i64 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_pwrite" (func $fd_pwrite (param i32 i32 i32 i64 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_seek" (func $fd_seek (param i32 i64 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_filestat_set_times" (func $fd_filestat_set_times (param i32 i64 i64 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_link" (func $path_link (param i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_unlink_file" (func $path_unlink_file (param i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_remove_directory" (func $path_remove_directory (param i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_create_directory" (func $path_create_directory (param i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_rename" (func $path_rename (param i32 i32 i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_filestat_get" (func $path_filestat_get (param i32 i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_readdir" (func $fd_readdir (param i32 i32 i32 i64 i32) (result i32)))
  (import "wasi_snapshot_preview1" "sock_shutdown" (func $sock_shutdown (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "sock_recv" (func $sock_recv (param i32 i32 i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "sock_send" (func $sock_send (param i32 i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "sock_accept" (func $sock_accept (param i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_get" (func $args_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "environ_get" (func $environ_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "poll_oneoff" (func $poll_oneoff (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  ;; fd_read readiness of $fd (userdata 1) or a relative monotonic timeout of $ns (userdata 2);
  ;; events at 4400, their count at 12.
  (func (export "poll_read") (param $fd i32) (param $ns i64) (result i32)
    (i64.store (i32.const 4096) (i64.const 1)) (i32.store8 (i32.const 4104) (i32.const 1))
    (i32.store (i32.const 4112) (local.get $fd))
    (i64.store (i32.const 4144) (i64.const 2)) (i32.store8 (i32.const 4152) (i32.const 0))
    (i32.store (i32.const 4160) (i32.const 1)) (i64.store (i32.const 4168) (local.get $ns))
    (i64.store (i32.const 4176) (i64.const 0)) (i32.store16 (i32.const 4184) (i32.const 0))
    (call $poll_oneoff (i32.const 4096) (i32.const 4400) (i32.const 2) (i32.const 12)))
  (func (export "open") (param $dir i32) (param $p i32) (param $l i32) (param $oflags i32) (param $base i64) (param $inh i64) (param $fdflags i32) (result i32)
    (call $path_open (local.get $dir) (i32.const 1) (local.get $p) (local.get $l) (local.get $oflags)
      (local.get $base) (local.get $inh) (local.get $fdflags) (i32.const 900)))
  (func (export "open_nofollow") (param $dir i32) (param $lookup i32) (param $p i32) (param $l i32) (result i32)
    (call $path_open (local.get $dir) (local.get $lookup) (local.get $p) (local.get $l) (i32.const 0)
      (i64.const 0) (i64.const 0) (i32.const 0) (i32.const 900)))
  (func (export "fdstat") (param i32) (result i32) (call $fd_fdstat_get (local.get 0) (i32.const 1000)))
  (func (export "set_rights") (param i32 i64 i64) (result i32) (call $fd_fdstat_set_rights (local.get 0) (local.get 1) (local.get 2)))
  (func (export "set_flags") (param i32 i32) (result i32) (call $fd_fdstat_set_flags (local.get 0) (local.get 1)))
  (func (export "read") (param $fd i32) (param $len i32) (result i32)
    (i32.store (i32.const 0) (i32.const 2000)) (i32.store (i32.const 4) (local.get $len))
    (call $fd_read (local.get $fd) (i32.const 0) (i32.const 1) (i32.const 8)))
  (func (export "write") (param $fd i32) (param $p i32) (param $l i32) (result i32)
    (i32.store (i32.const 0) (local.get $p)) (i32.store (i32.const 4) (local.get $l))
    (call $fd_write (local.get $fd) (i32.const 0) (i32.const 1) (i32.const 8)))
  (func (export "pread") (param $fd i32) (param $len i32) (param $off i64) (result i32)
    (i32.store (i32.const 0) (i32.const 2000)) (i32.store (i32.const 4) (local.get $len))
    (call $fd_pread (local.get $fd) (i32.const 0) (i32.const 1) (local.get $off) (i32.const 8)))
  (func (export "pwrite") (param $fd i32) (param $p i32) (param $l i32) (param $off i64) (result i32)
    (i32.store (i32.const 0) (local.get $p)) (i32.store (i32.const 4) (local.get $l))
    (call $fd_pwrite (local.get $fd) (i32.const 0) (i32.const 1) (local.get $off) (i32.const 8)))
  (func (export "iov_read") (param $fd i32) (param $iovs i32) (param $n i32) (result i32)
    (call $fd_read (local.get $fd) (local.get $iovs) (local.get $n) (i32.const 8)))
  (func (export "iov_write") (param $fd i32) (param $iovs i32) (param $n i32) (result i32)
    (call $fd_write (local.get $fd) (local.get $iovs) (local.get $n) (i32.const 8)))
  (func (export "seek") (param i32 i64 i32) (result i32) (call $fd_seek (local.get 0) (local.get 1) (local.get 2) (i32.const 16)))
  (func (export "set_times") (param i32 i64 i64 i32) (result i32)
    (call $fd_filestat_set_times (local.get 0) (local.get 1) (local.get 2) (local.get 3)))
  (func (export "link") (param i32 i32 i32 i32 i32 i32 i32) (result i32)
    (call $path_link (local.get 0) (local.get 1) (local.get 2) (local.get 3) (local.get 4) (local.get 5) (local.get 6)))
  (func (export "unlink") (param i32 i32 i32) (result i32) (call $path_unlink_file (local.get 0) (local.get 1) (local.get 2)))
  (func (export "rmdir") (param i32 i32 i32) (result i32) (call $path_remove_directory (local.get 0) (local.get 1) (local.get 2)))
  (func (export "mkdir") (param i32 i32 i32) (result i32) (call $path_create_directory (local.get 0) (local.get 1) (local.get 2)))
  (func (export "rename") (param i32 i32 i32 i32 i32 i32) (result i32)
    (call $path_rename (local.get 0) (local.get 1) (local.get 2) (local.get 3) (local.get 4) (local.get 5)))
  (func (export "stat") (param i32 i32 i32 i32) (result i32)
    (call $path_filestat_get (local.get 0) (local.get 1) (local.get 2) (local.get 3) (i32.const 1000)))
  (func (export "readdir") (param i32 i32 i64) (result i32)
    (call $fd_readdir (local.get 0) (i32.const 2000) (local.get 1) (local.get 2) (i32.const 8)))
  (func (export "shutdown") (param i32) (result i32) (call $sock_shutdown (local.get 0) (i32.const 3)))
  (func (export "recv") (param i32) (result i32)
    (call $sock_recv (local.get 0) (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 8) (i32.const 12)))
  (func (export "send") (param i32) (result i32)
    (call $sock_send (local.get 0) (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 8)))
  (func (export "accept") (param i32) (result i32) (call $sock_accept (local.get 0) (i32.const 0) (i32.const 8)))
)"#;

/// An instance of [`SYSCALLS`] with helpers to place strings and read results.
struct Sys {
    store: Store<WasiCtx>,
    inst: regwasm::Instance,
}

impl Sys {
    fn new(ctx: WasiCtxBuilder) -> Sys {
        Sys::with_wat(SYSCALLS, ctx)
    }

    fn with_wat(wat: &str, ctx: WasiCtxBuilder) -> Sys {
        let (store, inst) = instantiate(wat, ctx);
        Sys { store, inst }
    }

    fn call(&mut self, name: &str, args: &[Val]) -> i32 {
        call_i32(&mut self.store, self.inst, name, args)
    }

    /// Writes `bytes` at `ptr`; returns (ptr, len) as call arguments.
    fn put(&mut self, ptr: u32, bytes: &[u8]) -> (Val, Val) {
        let m = self.inst.get_export(&self.store, "memory").unwrap().into_memory().unwrap();
        m.data_mut(&mut self.store)[ptr as usize..ptr as usize + bytes.len()].copy_from_slice(bytes);
        (Val::I32(ptr as i32), Val::I32(bytes.len() as i32))
    }

    fn bytes(&self, at: usize, len: usize) -> Vec<u8> {
        memory(&self.store, self.inst)[at..at + len].to_vec()
    }

    fn u32_at(&self, at: usize) -> u32 {
        u32::from_le_bytes(self.bytes(at, 4).try_into().unwrap())
    }

    fn u64_at(&self, at: usize) -> u64 {
        u64::from_le_bytes(self.bytes(at, 8).try_into().unwrap())
    }

    /// `path_open(dir, path, oflags, base, inheriting, fdflags)`: the errno and the new fd.
    fn open(&mut self, dir: i32, path: &str, oflags: i32, base: i64, inh: i64, fdflags: i32) -> (i32, i32) {
        let (p, l) = self.put(512, path.as_bytes());
        let r = self
            .call("open", &[Val::I32(dir), p, l, Val::I32(oflags), Val::I64(base), Val::I64(inh), Val::I32(fdflags)]);
        (r, self.u32_at(900) as i32)
    }

    /// `fd_fdstat_get`: (errno, flags, rights_base, rights_inheriting).
    fn fdstat(&mut self, fd: i32) -> (i32, u16, i64, i64) {
        let r = self.call("fdstat", &[Val::I32(fd)]);
        let flags = u16::from_le_bytes(self.bytes(1002, 2).try_into().unwrap());
        (r, flags, self.u64_at(1008) as i64, self.u64_at(1016) as i64)
    }

    fn write(&mut self, fd: i32, data: &[u8]) -> i32 {
        let (p, l) = self.put(3000, data);
        self.call("write", &[Val::I32(fd), p, l])
    }

    fn read(&mut self, fd: i32, len: i32) -> (i32, Vec<u8>) {
        let r = self.call("read", &[Val::I32(fd), Val::I32(len)]);
        let n = self.u32_at(8) as usize;
        (r, if r == 0 { self.bytes(2000, n) } else { Vec::new() })
    }

    /// Calls a `(dirfd, path_ptr, path_len)` export.
    fn path_call(&mut self, name: &str, dir: i32, path: &str) -> i32 {
        let (p, l) = self.put(512, path.as_bytes());
        self.call(name, &[Val::I32(dir), p, l])
    }
}

#[test]
fn rights_start_as_wasi_common_and_only_shrink() {
    let dir = TempDir::new("rights");
    dir.file("f.txt", "0123456789");
    let mut g = Sys::new(WasiCtxBuilder::new().preopened_dir(dir.path(), "/d").unwrap().stdout(OutputPipe::new()));
    // The preopen: every directory right, no file right as base; inherits file rights too.
    let (r, _, base, inh) = g.fdstat(3);
    assert_eq!(r, 0);
    assert_eq!(
        base & (RIGHT_PATH_OPEN | RIGHT_FD_READDIR | RIGHT_PATH_FILESTAT_SET_SIZE),
        RIGHT_PATH_OPEN | RIGHT_FD_READDIR | RIGHT_PATH_FILESTAT_SET_SIZE
    );
    assert_eq!(base & (RIGHT_FD_READ | RIGHT_FD_WRITE), 0);
    assert_eq!(inh & base, base);
    assert_eq!(inh & (RIGHT_FD_READ | RIGHT_FD_WRITE), RIGHT_FD_READ | RIGHT_FD_WRITE);
    // Stdio (not a terminal here): file rights, seekable rights included, nothing inheritable.
    let (_, _, base, inh) = g.fdstat(1);
    assert_eq!(base & (RIGHT_FD_WRITE | RIGHT_FD_READ | RIGHT_FD_SEEK), RIGHT_FD_WRITE | RIGHT_FD_READ | RIGHT_FD_SEEK);
    assert_eq!(base & RIGHT_PATH_OPEN, 0);
    assert_eq!(inh, 0);
    // An opened file gets the requested rights, cut to the file rights (PATH_OPEN is not one).
    let (r, fd) = g.open(3, "f.txt", 0, RIGHT_FD_READ | RIGHT_FD_WRITE | RIGHT_FD_SEEK | RIGHT_PATH_OPEN, 0, 0);
    assert_eq!(r, 0);
    assert_eq!(g.fdstat(fd).2, RIGHT_FD_READ | RIGHT_FD_WRITE | RIGHT_FD_SEEK);
    assert_eq!(g.read(fd, 3), (0, b"012".to_vec()));
    // Dropping FD_READ and FD_WRITE: reported gone, and read and write are refused.
    assert_eq!(g.call("set_rights", &[Val::I32(fd), Val::I64(RIGHT_FD_SEEK), Val::I64(0)]), 0);
    assert_eq!(g.fdstat(fd).2, RIGHT_FD_SEEK);
    assert_eq!(g.read(fd, 3).0, ERRNO_NOTCAPABLE);
    assert_eq!(g.write(fd, b"xx"), ERRNO_NOTCAPABLE);
    assert_eq!(g.call("pread", &[Val::I32(fd), Val::I32(3), Val::I64(0)]), ERRNO_NOTCAPABLE);
    // Growing is refused, and leaves the rights as they were.
    let grow = [Val::I32(fd), Val::I64(RIGHT_FD_SEEK | RIGHT_FD_READ), Val::I64(0)];
    assert_eq!(g.call("set_rights", &grow), ERRNO_NOTCAPABLE);
    assert_eq!(g.fdstat(fd).2, RIGHT_FD_SEEK);
    assert_eq!(g.call("set_rights", &[Val::I32(fd), Val::I64(RIGHT_FD_SEEK), Val::I64(1)]), ERRNO_NOTCAPABLE);
    assert_eq!(g.call("set_rights", &[Val::I32(fd), Val::I64(1 << 40), Val::I64(0)]), ERRNO_INVAL);
    assert_eq!(g.call("set_rights", &[Val::I32(77), Val::I64(0), Val::I64(0)]), ERRNO_BADF);
    // Seeking needs FD_SEEK: drop it too.
    assert_eq!(g.call("seek", &[Val::I32(fd), Val::I64(1), Val::I32(0)]), 0);
    assert_eq!(g.call("set_rights", &[Val::I32(fd), Val::I64(0), Val::I64(0)]), 0);
    assert_eq!(g.call("seek", &[Val::I32(fd), Val::I64(1), Val::I32(0)]), ERRNO_NOTCAPABLE);
    assert_eq!(std::fs::read_to_string(dir.join("f.txt")).unwrap(), "0123456789");
}

#[test]
fn rights_gate_path_open_and_are_inherited() {
    let dir = TempDir::new("rights-open");
    dir.file("f.txt", "0123456789");
    let mut g = Sys::new(WasiCtxBuilder::new().preopened_dir(dir.path(), "/d").unwrap());
    let (_, _, base, inh) = g.fdstat(3);
    // Without PATH_FILESTAT_SET_SIZE on the directory, O_TRUNC is refused and truncates nothing.
    let no_trunc = base & !RIGHT_PATH_FILESTAT_SET_SIZE;
    assert_eq!(g.call("set_rights", &[Val::I32(3), Val::I64(no_trunc), Val::I64(inh)]), 0);
    assert_eq!(g.open(3, "f.txt", OFLAGS_TRUNC, 0, 0, 0).0, ERRNO_NOTCAPABLE);
    assert_eq!(std::fs::read_to_string(dir.join("f.txt")).unwrap(), "0123456789");
    // Opening without truncation still works.
    assert_eq!(g.open(3, "f.txt", 0, RIGHT_FD_READ, 0, 0).0, 0);
    // Without PATH_CREATE_FILE, O_CREAT is refused and creates nothing.
    let no_create = no_trunc & !RIGHT_PATH_CREATE_FILE;
    assert_eq!(g.call("set_rights", &[Val::I32(3), Val::I64(no_create), Val::I64(inh)]), 0);
    assert_eq!(g.open(3, "new.txt", OFLAGS_CREAT, RIGHT_FD_WRITE, 0, 0).0, ERRNO_NOTCAPABLE);
    assert!(!dir.join("new.txt").exists());
    // Inheritance: with FD_WRITE no longer inheritable, a file opened through the directory
    // does not get it even when asked for, and cannot be written.
    let inh_ro = inh & !RIGHT_FD_WRITE;
    assert_eq!(g.call("set_rights", &[Val::I32(3), Val::I64(no_create), Val::I64(inh_ro)]), 0);
    let (r, fd) = g.open(3, "f.txt", 0, RIGHT_FD_READ | RIGHT_FD_WRITE, ALL_RIGHTS, 0);
    assert_eq!(r, 0);
    let (_, _, fbase, finh) = g.fdstat(fd);
    assert_eq!(fbase, RIGHT_FD_READ);
    assert_eq!(finh, inh_ro, "inheriting = requested ∩ the directory's inheriting");
    assert_eq!(g.write(fd, b"x"), ERRNO_NOTCAPABLE);
    // A subdirectory opened through it passes the reduced set on.
    std::fs::create_dir(dir.join("sub")).unwrap();
    dir.file("sub/g.txt", "g");
    let (r, sub) = g.open(3, "sub", OFLAGS_DIRECTORY, ALL_RIGHTS & !RIGHT_FD_WRITE, ALL_RIGHTS, 0);
    assert_eq!(r, 0);
    let (_, _, sbase, sinh) = g.fdstat(sub);
    assert_eq!(
        sbase & RIGHT_PATH_CREATE_FILE,
        RIGHT_PATH_CREATE_FILE,
        "granted by the parent's inheriting set, though its own base lost it"
    );
    assert_eq!(sbase & RIGHT_PATH_OPEN, RIGHT_PATH_OPEN);
    assert_eq!(sinh & RIGHT_FD_WRITE, 0);
    let (r, gfd) = g.open(sub, "g.txt", 0, RIGHT_FD_READ | RIGHT_FD_WRITE, 0, 0);
    assert_eq!(r, 0);
    assert_eq!(g.fdstat(gfd).2, RIGHT_FD_READ);
    // Without PATH_OPEN nothing opens.
    assert_eq!(g.call("set_rights", &[Val::I32(3), Val::I64(0), Val::I64(0)]), 0);
    assert_eq!(g.open(3, "f.txt", 0, RIGHT_FD_READ, 0, 0).0, ERRNO_NOTCAPABLE);
    assert_eq!(g.path_call("mkdir", 3, "d2"), ERRNO_NOTCAPABLE);
    assert_eq!(g.path_call("unlink", 3, "f.txt"), ERRNO_NOTCAPABLE);
    assert!(dir.join("f.txt").exists() && !dir.join("d2").exists());
}

#[test]
fn path_open_directory_for_writing_is_eisdir() {
    let dir = TempDir::new("eisdir");
    std::fs::create_dir(dir.join("sub")).unwrap();
    let mut g = Sys::new(WasiCtxBuilder::new().preopened_dir(dir.path(), "/d").unwrap());
    assert_eq!(g.open(3, "sub", OFLAGS_DIRECTORY, RIGHT_FD_READ | RIGHT_FD_WRITE, 0, 0).0, ERRNO_ISDIR);
    assert_eq!(g.open(3, "sub", OFLAGS_DIRECTORY, RIGHT_FD_READDIR, 0, FDFLAGS_APPEND).0, ERRNO_ISDIR);
    assert_eq!(g.open(3, "sub", 0, RIGHT_FD_WRITE, 0, 0).0, ERRNO_ISDIR);
    let (r, fd) = g.open(3, "sub", OFLAGS_DIRECTORY, RIGHT_FD_READ | RIGHT_FD_READDIR, 0, 0);
    assert_eq!(r, 0);
    assert_eq!(g.fdstat(fd).0, 0);
    assert_eq!(g.bytes(1000, 1), [3], "a directory");
    // Reading or writing a directory descriptor.
    assert_eq!(g.read(fd, 4).0, ERRNO_ISDIR);
    assert_eq!(g.write(fd, b"x"), ERRNO_BADF);
    // Directory oflags with creation or truncation are invalid.
    assert_eq!(g.open(3, "sub", OFLAGS_DIRECTORY | OFLAGS_CREAT, 0, 0, 0).0, ERRNO_INVAL);
    assert_eq!(g.open(3, "sub", OFLAGS_DIRECTORY | OFLAGS_TRUNC, 0, 0, 0).0, ERRNO_INVAL);
}

#[test]
fn path_link_following_symlinks_is_refused() {
    let dir = TempDir::new("link");
    dir.file("f.txt", "f");
    std::os::unix::fs::symlink("f.txt", dir.join("ln")).unwrap();
    let mut g = Sys::new(WasiCtxBuilder::new().preopened_dir(dir.path(), "/d").unwrap());
    let (op, ol) = g.put(512, b"ln");
    let (np, nl) = g.put(600, b"hard");
    let link = |g: &mut Sys, flags: i32| g.call("link", &[Val::I32(3), Val::I32(flags), op, ol, Val::I32(3), np, nl]);
    assert_eq!(link(&mut g, 1), ERRNO_INVAL);
    assert!(std::fs::symlink_metadata(dir.join("hard")).is_err(), "nothing was linked");
    assert_eq!(link(&mut g, 2), ERRNO_INVAL, "undefined lookup flag");
    // Without the flag the link itself is linked (as linkat without AT_SYMLINK_FOLLOW).
    assert_eq!(link(&mut g, 0), 0);
    assert!(std::fs::symlink_metadata(dir.join("hard")).unwrap().file_type().is_symlink());
}

#[test]
fn append_mode_writes_at_the_end_and_pwrite_keeps_the_offset() {
    let dir = TempDir::new("append");
    dir.file("a.txt", "0123456789");
    let mut g = Sys::new(WasiCtxBuilder::new().preopened_dir(dir.path(), "/d").unwrap());
    let rights = RIGHT_FD_READ | RIGHT_FD_WRITE | RIGHT_FD_SEEK | RIGHT_FD_TELL | RIGHT_FD_FDSTAT_SET_FLAGS;
    // O_CREAT | O_TRUNC with append: opens (and truncates).
    let (r, fd) = g.open(3, "a.txt", OFLAGS_CREAT | OFLAGS_TRUNC, rights, 0, FDFLAGS_APPEND);
    assert_eq!(r, 0);
    assert_eq!(g.fdstat(fd).1, FDFLAGS_APPEND as u16);
    assert_eq!(g.write(fd, b"abc"), 0);
    // pwrite writes at its offset and leaves the descriptor's offset where it was.
    let (p, l) = g.put(3000, b"XY");
    assert_eq!(g.call("pwrite", &[Val::I32(fd), p, l, Val::I64(0)]), 0);
    assert_eq!(g.u32_at(8), 2);
    assert_eq!(g.call("seek", &[Val::I32(fd), Val::I64(0), Val::I32(1)]), 0);
    assert_eq!(g.u64_at(16), 3);
    // After seeking to the start, a write still goes to the end.
    assert_eq!(g.call("seek", &[Val::I32(fd), Val::I64(0), Val::I32(0)]), 0);
    assert_eq!(g.write(fd, b"de"), 0);
    assert_eq!(g.call("seek", &[Val::I32(fd), Val::I64(0), Val::I32(1)]), 0);
    assert_eq!(g.u64_at(16), 5);
    assert_eq!(std::fs::read_to_string(dir.join("a.txt")).unwrap(), "XYcde");
    // pread does not move the offset either.
    assert_eq!(g.call("pread", &[Val::I32(fd), Val::I32(3), Val::I64(1)]), 0);
    assert_eq!(g.bytes(2000, 3), b"Ycd");
    assert_eq!(g.call("seek", &[Val::I32(fd), Val::I64(0), Val::I32(1)]), 0);
    assert_eq!(g.u64_at(16), 5);
    // Clearing append with fd_fdstat_set_flags: writes go to the offset again.
    assert_eq!(g.call("set_flags", &[Val::I32(fd), Val::I32(0)]), 0);
    assert_eq!(g.fdstat(fd).1, 0);
    assert_eq!(g.call("seek", &[Val::I32(fd), Val::I64(0), Val::I32(0)]), 0);
    assert_eq!(g.write(fd, b"Z"), 0);
    assert_eq!(std::fs::read_to_string(dir.join("a.txt")).unwrap(), "ZYcde");
    // And setting it again appends.
    assert_eq!(g.call("set_flags", &[Val::I32(fd), Val::I32(FDFLAGS_APPEND)]), 0);
    assert_eq!(g.write(fd, b"!"), 0);
    assert_eq!(std::fs::read_to_string(dir.join("a.txt")).unwrap(), "ZYcde!");
}

const APPEND_EXPECTED: &str = "\
open: ok
write: 5
seek 0: 0
write after seek: 6
offset: 11
pwrite at 0: 1
offset after pwrite: 11
fcntl append: 1
reopen: ok
write: 1
content: 12 'Jello world!'
";

#[test]
fn c_open_with_o_append() {
    let dir = TempDir::new("cappend");
    dir.file("out.txt", "old content that must be truncated");
    let guest = format!("{}::/w", dir.s());
    let out = regwasm(&["run", "--dir", &guest, &example("append.wasm"), "/w/out.txt"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(out.stdout, APPEND_EXPECTED);
    assert_eq!(std::fs::read_to_string(dir.join("out.txt")).unwrap(), "Jello world!");
}

#[test]
fn socket_calls_on_files_are_enotsock() {
    let mut g = Sys::new(WasiCtxBuilder::new().stdout(OutputPipe::new()));
    for name in ["shutdown", "recv", "send", "accept"] {
        assert_eq!(g.call(name, &[Val::I32(1)]), ERRNO_NOTSOCK, "{name}");
        assert_eq!(g.call(name, &[Val::I32(0)]), ERRNO_NOTSOCK, "{name}");
        assert_eq!(g.call(name, &[Val::I32(42)]), ERRNO_BADF, "{name}");
    }
}

#[test]
fn transfers_check_the_descriptor_before_the_iovecs() {
    let dir = TempDir::new("fdfirst");
    let mut g = Sys::new(WasiCtxBuilder::new().preopened_dir(dir.path(), "/d").unwrap().stdout(OutputPipe::new()));
    // A closed descriptor with a wild iovec pointer: EBADF, not EFAULT.
    let wild = [Val::I32(42), Val::I32(-8), Val::I32(1_000_000)];
    assert_eq!(g.call("iov_read", &wild), ERRNO_BADF);
    assert_eq!(g.call("iov_write", &wild), ERRNO_BADF);
    // Wrong kinds come before the iovecs too.
    assert_eq!(g.call("iov_write", &[Val::I32(3), Val::I32(-8), Val::I32(1)]), ERRNO_BADF);
    assert_eq!(g.call("iov_read", &[Val::I32(3), Val::I32(-8), Val::I32(1)]), ERRNO_ISDIR);
    assert_eq!(g.call("iov_read", &[Val::I32(1), Val::I32(-8), Val::I32(1)]), ERRNO_BADF);
    // A valid descriptor with a wild pointer: EFAULT.
    assert_eq!(g.call("iov_write", &[Val::I32(1), Val::I32(-8), Val::I32(1)]), ERRNO_FAULT);
}

/// The most bytes one fd_read/fd_write call moves (as Linux's readv/writev).
const MAX_TRANSFER: u32 = 0x7fff_f000;

#[test]
fn write_over_4_gib_is_a_short_write_not_a_truncated_count() {
    // 1024 iovecs of 4 MiB over the same memory, plus one of 16 bytes: 4 GiB + 16 asked for.
    let wat = SYSCALLS.replace("(memory (export \"memory\") 1)", "(memory (export \"memory\") 64)");
    let mut g = Sys::with_wat(&wat, WasiCtxBuilder::new().preopened_dir("/dev", "/dev").unwrap());
    let (r, null) = g.open(3, "null", 0, RIGHT_FD_WRITE, 0, 0);
    assert_eq!(r, 0);
    let mut iovs = Vec::new();
    for _ in 0..1024 {
        iovs.extend_from_slice(&0u32.to_le_bytes());
        iovs.extend_from_slice(&(4u32 << 20).to_le_bytes());
    }
    iovs.extend_from_slice(&0u32.to_le_bytes());
    iovs.extend_from_slice(&16u32.to_le_bytes());
    g.put(1 << 20, &iovs);
    assert_eq!(g.call("iov_write", &[Val::I32(null), Val::I32(1 << 20), Val::I32(1025)]), 0);
    assert_eq!(g.u32_at(8), MAX_TRANSFER, "what was written, the most one call writes");
    // A total within bounds is written whole.
    assert_eq!(g.call("iov_write", &[Val::I32(null), Val::I32(1 << 20), Val::I32(3)]), 0);
    assert_eq!(g.u32_at(8), 12 << 20);
}

#[test]
fn reads_with_millions_of_iovecs_stop_at_the_data() {
    // 2M iovecs, each the whole 16 MiB buffer: 32 TB asked for. A regular file of 1 MiB fills
    // the first buffer partly and the call ends there; a device returns one bounded read.
    let dir = TempDir::new("manyiov");
    let content: Vec<u8> = (0..1u32 << 20).map(|i| (i % 253) as u8).collect();
    dir.file("data", &content);
    let wat = SYSCALLS.replace("(memory (export \"memory\") 1)", "(memory (export \"memory\") 512)");
    let mut g = Sys::with_wat(
        &wat,
        WasiCtxBuilder::new().preopened_dir(dir.path(), "/d").unwrap().preopened_dir("/dev", "/dev").unwrap(),
    );
    let count = 2u32 << 20;
    let mut iovs = Vec::with_capacity(count as usize * 8);
    for _ in 0..count {
        iovs.extend_from_slice(&0u32.to_le_bytes());
        iovs.extend_from_slice(&(16u32 << 20).to_le_bytes());
    }
    g.put(16 << 20, &iovs);
    let (r, fd) = g.open(3, "data", 0, RIGHT_FD_READ, 0, 0);
    assert_eq!(r, 0);
    assert_eq!(g.call("iov_read", &[Val::I32(fd), Val::I32(16 << 20), Val::I32(count as i32)]), 0);
    assert_eq!(g.u32_at(8), 1 << 20);
    // (Bytes 8..12 now hold the count, written after the data.)
    let got = g.bytes(0, 1 << 20);
    assert!(got[..8] == content[..8] && got[12..] == content[12..], "the file's bytes, in order");
    // At the end of the file: 0.
    assert_eq!(g.call("iov_read", &[Val::I32(fd), Val::I32(16 << 20), Val::I32(count as i32)]), 0);
    assert_eq!(g.u32_at(8), 0);
    let (r, zero) = g.open(4, "zero", 0, RIGHT_FD_READ, 0, 0);
    assert_eq!(r, 0);
    assert_eq!(g.call("iov_read", &[Val::I32(zero), Val::I32(16 << 20), Val::I32(count as i32)]), 0);
    let n = g.u32_at(8) as usize;
    assert!(n > 0 && n <= MAX_TRANSFER as usize, "{n}");
    let got = g.bytes(0, n);
    assert!(got[..8].iter().chain(&got[12..]).all(|&b| b == 0), "zeros");
    assert!(g.bytes(n, 16) == content[n..n + 16], "nothing past the count was touched");
}

/// A command writing 10 GB to /dev/null through 640 overlapping 16 MiB iovecs per call (looping
/// on short writes as libc does), then reading /dev/zero with 2M iovecs; exits 0 when every
/// count was as expected, 1 otherwise.
const BIG_TRANSFERS: &str = r#"(module
  (import "wasi_snapshot_preview1" "path_open" (func $path_open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory 512)
  (data (i32.const 100) "null")
  (data (i32.const 110) "zero")
  (func $fill (param $at i32) (param $n i32)
    (local $i i32)
    (loop $l
      (i32.store (i32.add (local.get $at) (i32.shl (local.get $i) (i32.const 3))) (i32.const 0))
      (i32.store (i32.add (local.get $at) (i32.add (i32.shl (local.get $i) (i32.const 3)) (i32.const 4))) (i32.const 0x1000000))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n)))))
  (func $check (param i32) (if (local.get 0) (then (call $exit (i32.const 1)))))
  (func (export "_start")
    (local $fd i32) (local $total i64) (local $n i32)
    (call $check (call $path_open (i32.const 3) (i32.const 0) (i32.const 100) (i32.const 4) (i32.const 0)
      (i64.const 64) (i64.const 0) (i32.const 0) (i32.const 200)))
    (local.set $fd (i32.load (i32.const 200)))
    (call $fill (i32.const 0x1000000) (i32.const 640))
    (loop $w
      (call $check (call $fd_write (local.get $fd) (i32.const 0x1000000) (i32.const 640) (i32.const 204)))
      (local.set $n (i32.load (i32.const 204)))
      (call $check (i32.ne (local.get $n) (i32.const 0x7ffff000)))
      (local.set $total (i64.add (local.get $total) (i64.extend_i32_u (local.get $n))))
      (br_if $w (i64.lt_u (local.get $total) (i64.const 10000000000))))
    (call $check (call $path_open (i32.const 3) (i32.const 0) (i32.const 110) (i32.const 4) (i32.const 0)
      (i64.const 2) (i64.const 0) (i32.const 0) (i32.const 200)))
    (local.set $fd (i32.load (i32.const 200)))
    (call $fill (i32.const 0x1000000) (i32.const 0x200000))
    (call $check (call $fd_read (local.get $fd) (i32.const 0x1000000) (i32.const 0x200000) (i32.const 204)))
    (call $check (i32.eqz (i32.load (i32.const 204)))))
)"#;

#[test]
fn ten_gigabytes_through_overlapping_iovecs_in_bounded_memory() {
    let dir = TempDir::new("bigio");
    let wat = dir.file("big.wat", BIG_TRANSFERS);
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_regwasm"))
        .args(["run", "--dir", "/dev::/dev", &wat])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Peak resident memory, sampled from /proc while the child runs.
    let status_path = format!("/proc/{}/status", child.id());
    let mut peak_kb = 0u64;
    let status = loop {
        if let Ok(s) = std::fs::read_to_string(&status_path) {
            for line in s.lines() {
                if let Some(v) = line.strip_prefix("VmHWM:") {
                    let kb: u64 = v.trim().trim_end_matches("kB").trim().parse().unwrap_or(0);
                    peak_kb = peak_kb.max(kb);
                }
            }
        }
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    };
    let mut err = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err).unwrap();
    assert_eq!(status.code(), Some(0), "{err}");
    assert!(peak_kb > 0, "no sample of the child's memory");
    assert!(peak_kb < 100 * 1024, "peak RSS {peak_kb} kB");
    println!("peak RSS {peak_kb} kB");
}

#[test]
fn args_and_environ_pointers_never_wrap() {
    // A 4 GiB memory: "abcdef\0" fills the last 7 bytes, so the next string would start at
    // 2^32. Checked arithmetic makes that EFAULT instead of wrapping to address 0.
    let wat = r#"(module
      (import "wasi_snapshot_preview1" "args_get" (func $args_get (param i32 i32) (result i32)))
      (import "wasi_snapshot_preview1" "environ_get" (func $environ_get (param i32 i32) (result i32)))
      (memory (export "memory") 65536)
      (func (export "args") (param i32 i32) (result i32) (call $args_get (local.get 0) (local.get 1)))
      (func (export "env") (param i32 i32) (result i32) (call $environ_get (local.get 0) (local.get 1))))"#;
    let (mut store, inst) = instantiate(wat, WasiCtxBuilder::new().args(["abcdef", "x"]).env("K", "vvvv"));
    let at = |store: &Store<WasiCtx>, a: usize, n: usize| {
        inst.get_export(store, "memory").unwrap().into_memory().unwrap().data(store)[a..a + n].to_vec()
    };
    assert_eq!(call_i32(&mut store, inst, "args", &[Val::I32(100), Val::I32(0xFFFF_FFF9u32 as i32)]), ERRNO_FAULT);
    assert_eq!(at(&store, 100, 4), 0xFFFF_FFF9u32.to_le_bytes());
    assert_eq!(at(&store, 0xFFFF_FFF9, 7), b"abcdef\0");
    assert_eq!(at(&store, 104, 4), [0; 4], "no pointer to a wrapped address");
    assert_eq!(at(&store, 0, 2), [0; 2], "nothing written at address 0");
    // "K=vvvv\0" also ends at the last byte: one string fits exactly.
    assert_eq!(call_i32(&mut store, inst, "env", &[Val::I32(200), Val::I32(0xFFFF_FFF9u32 as i32)]), 0);
    assert_eq!(at(&store, 0xFFFF_FFF9, 7), b"K=vvvv\0");
    // A pointer table running off the end.
    assert_eq!(call_i32(&mut store, inst, "args", &[Val::I32(0xFFFF_FFFCu32 as i32), Val::I32(300)]), ERRNO_FAULT);
    assert_eq!(at(&store, 300, 7), b"abcdef\0", "the first string was placed");
    assert_eq!(at(&store, 307, 2), [0; 2], "the second was not");
}

#[test]
fn opening_a_fifo_nonblocking_does_not_wait_for_a_writer() {
    let dir = TempDir::new("fifo");
    rustix::fs::mknodat(rustix::fs::CWD, dir.join("p"), rustix::fs::FileType::Fifo, rustix::fs::Mode::from(0o600), 0)
        .unwrap();
    let path = dir.path().to_path_buf();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut g = Sys::new(WasiCtxBuilder::new().preopened_dir(&path, "/d").unwrap());
        let (r, fd) = g.open(3, "p", 0, RIGHT_FD_READ | RIGHT_POLL_FD_READWRITE, 0, FDFLAGS_NONBLOCK);
        let flags = g.fdstat(fd).1;
        // No writer: the read end reads end-of-file at once.
        let read = g.read(fd, 4);
        // poll_oneoff asks the host: nothing to read yet, so the 10 ms timeout fires.
        let poll_empty = (g.call("poll_read", &[Val::I32(fd), Val::I64(10_000_000)]), g.u32_at(12), g.u64_at(4400));
        let error = u16::from_le_bytes(g.bytes(4408, 2).try_into().unwrap());
        assert_eq!(error, 0);
        // Once a writer has written, the FIFO is readable.
        let mut writer = std::fs::OpenOptions::new().write(true).open(path.join("p")).unwrap();
        std::io::Write::write_all(&mut writer, b"hi").unwrap();
        let poll_data = (g.call("poll_read", &[Val::I32(fd), Val::I64(10_000_000_000)]), g.u32_at(12), g.u64_at(4400));
        let data = g.read(fd, 4);
        // When the writer is gone, the poll reports a hangup.
        drop(writer);
        let poll_hup = g.call("poll_read", &[Val::I32(fd), Val::I64(10_000_000_000)]);
        let hup_flags = u16::from_le_bytes(g.bytes(4400 + 24, 2).try_into().unwrap());
        // Without POLL_FD_READWRITE the subscription fails with ENOTCAPABLE.
        let (_, _, base, _) = g.fdstat(fd);
        assert_eq!(g.call("set_rights", &[Val::I32(fd), Val::I64(base & !RIGHT_POLL_FD_READWRITE), Val::I64(0)]), 0);
        assert_eq!(g.call("poll_read", &[Val::I32(fd), Val::I64(10_000_000_000)]), 0);
        assert_eq!(g.u64_at(4400), 1);
        assert_eq!(u16::from_le_bytes(g.bytes(4408, 2).try_into().unwrap()), ERRNO_NOTCAPABLE as u16);
        let _ =
            tx.send((r, flags, read, poll_empty, poll_data, data, (poll_hup, g.u32_at(12), g.u64_at(4400), hup_flags)));
    });
    let (r, flags, read, poll_empty, poll_data, data, poll_hup) = rx
        .recv_timeout(std::time::Duration::from_secs(20))
        .expect("the guest thread blocked (path_open or poll_oneoff) or failed an assertion");
    assert_eq!(r, 0);
    assert_eq!(flags, FDFLAGS_NONBLOCK as u16);
    assert_eq!(read, (0, Vec::new()));
    assert_eq!(poll_empty, (0, 1, 2), "nothing to read yet: only the clock fired");
    assert_eq!(poll_data, (0, 1, 1), "the FIFO is readable");
    assert_eq!(data, (0, b"hi".to_vec()));
    assert_eq!(poll_hup, (0, 1, 1, 1), "readable with EVENTRWFLAGS_HANGUP");
}

#[test]
fn flags_outside_the_witx_are_einval() {
    let dir = TempDir::new("flags");
    dir.file("f", "f");
    let mut g = Sys::new(WasiCtxBuilder::new().preopened_dir(dir.path(), "/d").unwrap());
    assert_eq!(g.open(3, "f", 16, RIGHT_FD_READ, 0, 0).0, ERRNO_INVAL, "oflags bit 4");
    assert_eq!(g.open(3, "f", 0, RIGHT_FD_READ, 0, 32).0, ERRNO_INVAL, "fdflags bit 5");
    assert_eq!(g.open(3, "f", 0, 1 << 30, 0, 0).0, ERRNO_INVAL, "rights bit 30");
    let (p, l) = g.put(512, b"f");
    assert_eq!(g.call("open_nofollow", &[Val::I32(3), Val::I32(2), p, l]), ERRNO_INVAL, "lookupflags bit 1");
    assert_eq!(g.call("stat", &[Val::I32(3), Val::I32(2), p, l]), ERRNO_INVAL);
    let (r, fd) = g.open(3, "f", 0, ALL_RIGHTS, 0, 0);
    assert_eq!(r, 0);
    assert_eq!(g.call("set_flags", &[Val::I32(fd), Val::I32(32)]), ERRNO_INVAL);
    let times = |g: &mut Sys, fst: i32| g.call("set_times", &[Val::I32(fd), Val::I64(0), Val::I64(0), Val::I32(fst)]);
    assert_eq!(times(&mut g, 1 | 2), ERRNO_INVAL, "atim and atim_now");
    assert_eq!(times(&mut g, 4 | 8), ERRNO_INVAL, "mtim and mtim_now");
    assert_eq!(times(&mut g, 16), ERRNO_INVAL, "fstflags bit 4");
    assert_eq!(times(&mut g, 4), 0);
    assert_eq!(std::fs::metadata(dir.join("f")).unwrap().modified().unwrap(), std::time::UNIX_EPOCH);
    assert_eq!(g.call("seek", &[Val::I32(fd), Val::I64(0), Val::I32(3)]), ERRNO_INVAL, "whence 3");
    assert_eq!(g.call("seek", &[Val::I32(fd), Val::I64(-1), Val::I32(0)]), ERRNO_INVAL, "before the start");
    assert_eq!(g.call("seek", &[Val::I32(fd), Val::I64(-2), Val::I32(2)]), ERRNO_INVAL, "before the start");
}

const ERRNO_EXIST: i32 = 20;
const ERRNO_NOENT: i32 = 44;
const ERRNO_NOTEMPTY: i32 = 55;

#[test]
fn trailing_slashes_follow_posix() {
    let dir = TempDir::new("slashes");
    dir.file("f", "f");
    std::fs::create_dir(dir.join("d")).unwrap();
    let mut g = Sys::new(WasiCtxBuilder::new().preopened_dir(dir.path(), "/d").unwrap());
    // A trailing slash names a directory: on a file it is ENOTDIR.
    assert_eq!(g.open(3, "f/", 0, RIGHT_FD_READ, 0, 0).0, ERRNO_NOTDIR);
    assert_eq!(g.path_call("unlink", 3, "f/"), ERRNO_NOTDIR);
    assert_eq!(g.path_call("rmdir", 3, "f/"), ERRNO_NOTDIR);
    assert_eq!(g.path_call("rmdir", 3, "f"), ERRNO_NOTDIR);
    let (p, l) = g.put(512, b"f/");
    assert_eq!(g.call("stat", &[Val::I32(3), Val::I32(1), p, l]), ERRNO_NOTDIR);
    assert!(dir.join("f").exists());
    // On a directory it is fine, except for unlink, which never removes a directory.
    assert_eq!(g.open(3, "d/", OFLAGS_DIRECTORY, RIGHT_FD_READDIR, 0, 0).0, 0);
    assert_eq!(g.path_call("unlink", 3, "d/"), ERRNO_ISDIR);
    assert_eq!(g.path_call("unlink", 3, "d"), ERRNO_ISDIR);
    assert_eq!(g.path_call("mkdir", 3, "e/"), 0);
    assert!(dir.join("e").is_dir());
    assert_eq!(g.path_call("mkdir", 3, "e"), ERRNO_EXIST);
    dir.file("e/x", "x");
    assert_eq!(g.path_call("rmdir", 3, "e/"), ERRNO_NOTEMPTY);
    std::fs::remove_file(dir.join("e/x")).unwrap();
    assert_eq!(g.path_call("rmdir", 3, "e/"), 0);
    assert!(!dir.join("e").exists());
    assert_eq!(g.path_call("rmdir", 3, "e"), ERRNO_NOENT);
    // Renames: a directory may carry slashes on both sides; a file may not.
    let (op, ol) = g.put(512, b"d/");
    let (np, nl) = g.put(600, b"d2/");
    assert_eq!(g.call("rename", &[Val::I32(3), op, ol, Val::I32(3), np, nl]), 0);
    assert!(dir.join("d2").is_dir());
    let (op, ol) = g.put(512, b"f");
    let (np, nl) = g.put(600, b"g/");
    assert_eq!(g.call("rename", &[Val::I32(3), op, ol, Val::I32(3), np, nl]), ERRNO_NOTDIR);
    let (op, ol) = g.put(512, b"f/");
    let (np, nl) = g.put(600, b"g");
    assert_eq!(g.call("rename", &[Val::I32(3), op, ol, Val::I32(3), np, nl]), ERRNO_NOTDIR);
    assert!(dir.join("f").exists() && !dir.join("g").exists());
}

#[test]
fn readdir_cookies_and_short_buffers() {
    let dir = TempDir::new("readdir");
    for name in ["a", "bb", "ccc"] {
        dir.file(name, "");
    }
    let mut g = Sys::new(WasiCtxBuilder::new().preopened_dir(dir.path(), "/d").unwrap());
    // Everything: ".", "..", and the three files, each a 24-byte dirent and its name.
    assert_eq!(g.call("readdir", &[Val::I32(3), Val::I32(4096), Val::I64(0)]), 0);
    let used = g.u32_at(8) as usize;
    assert_eq!(used, 5 * 24 + 1 + 2 + 1 + 2 + 3);
    let buf = g.bytes(2000, used);
    let mut names = Vec::new();
    let mut cookies = Vec::new();
    let mut at = 0;
    while at < used {
        let next = u64::from_le_bytes(buf[at..at + 8].try_into().unwrap());
        let len = u32::from_le_bytes(buf[at + 16..at + 20].try_into().unwrap()) as usize;
        names.push(String::from_utf8(buf[at + 24..at + 24 + len].to_vec()).unwrap());
        cookies.push(next);
        at += 24 + len;
    }
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(sorted, [".", "..", "a", "bb", "ccc"]);
    assert_eq!(cookies, [1, 2, 3, 4, 5]);
    // Resuming at the cookie of the third entry gives the rest.
    assert_eq!(g.call("readdir", &[Val::I32(3), Val::I32(4096), Val::I64(3)]), 0);
    let rest = g.u32_at(8) as usize;
    assert_eq!(g.bytes(2000, rest), buf[used - rest..]);
    // A buffer too small for the next entry comes back full, so the caller knows to grow it.
    assert_eq!(g.call("readdir", &[Val::I32(3), Val::I32(30), Val::I64(0)]), 0);
    assert_eq!(g.u32_at(8), 30);
    // Past the end: nothing.
    assert_eq!(g.call("readdir", &[Val::I32(3), Val::I32(4096), Val::I64(5)]), 0);
    assert_eq!(g.u32_at(8), 0);
    assert_eq!(g.call("readdir", &[Val::I32(3), Val::I32(4096), Val::I64(u64::MAX as i64)]), 0);
    assert_eq!(g.u32_at(8), 0);
    // A file is not a directory; without FD_READDIR nothing is listed.
    let (_, fd) = g.open(3, "a", 0, RIGHT_FD_READ, 0, 0);
    assert_eq!(g.call("readdir", &[Val::I32(fd), Val::I32(4096), Val::I64(0)]), ERRNO_NOTDIR);
    let (_, _, base, inh) = g.fdstat(3);
    assert_eq!(g.call("set_rights", &[Val::I32(3), Val::I64(base & !RIGHT_FD_READDIR), Val::I64(inh)]), 0);
    assert_eq!(g.call("readdir", &[Val::I32(3), Val::I32(4096), Val::I64(0)]), ERRNO_NOTCAPABLE);
}

#[test]
fn stdout_writes_keep_iovec_order_across_small_and_large_buffers() {
    let out = OutputPipe::new();
    let wat = SYSCALLS.replace("(memory (export \"memory\") 1)", "(memory (export \"memory\") 4)");
    let mut g = Sys::with_wat(&wat, WasiCtxBuilder::new().stdout(out.clone()));
    let big: Vec<u8> = (0..100_000u32).map(|i| b'a' + (i % 26) as u8).collect();
    g.put(10_000, b"head-");
    g.put(20_000, &big);
    g.put(10_100, b"-mid-");
    g.put(10_200, b"-tail");
    // Small, large, small, small, large, small: 5 + 100000 + 5 + 5 + 100000 + 5 bytes.
    let mut iovs = Vec::new();
    for (p, l) in [(10_000, 5), (20_000, 100_000), (10_100, 5), (10_200, 5), (20_000, 100_000), (10_200, 5)] {
        iovs.extend_from_slice(&(p as u32).to_le_bytes());
        iovs.extend_from_slice(&(l as u32).to_le_bytes());
    }
    g.put(5_000, &iovs);
    assert_eq!(g.call("iov_write", &[Val::I32(1), Val::I32(5_000), Val::I32(6)]), 0);
    assert_eq!(g.u32_at(8), 200_020);
    let mut expected = b"head-".to_vec();
    expected.extend_from_slice(&big);
    expected.extend_from_slice(b"-mid--tail");
    expected.extend_from_slice(&big);
    expected.extend_from_slice(b"-tail");
    assert!(out.contents() == expected, "bytes in iovec order");
}

#[test]
fn read_only_preopen_refuses_every_change() {
    let dir = TempDir::new("ro-api");
    dir.file("f.txt", "0123456789");
    std::fs::create_dir(dir.join("sub")).unwrap();
    dir.file("sub/g.txt", "g");
    let mut g = Sys::new(WasiCtxBuilder::new().preopened_dir_readonly(dir.path(), "/d").unwrap());
    let (r, _, base, inh) = g.fdstat(3);
    assert_eq!(r, 0);
    assert_eq!(base & (RIGHT_PATH_OPEN | RIGHT_FD_READDIR), RIGHT_PATH_OPEN | RIGHT_FD_READDIR);
    assert_eq!(base & (RIGHT_PATH_CREATE_FILE | RIGHT_PATH_FILESTAT_SET_SIZE), 0);
    assert_eq!(inh & (RIGHT_FD_READ | RIGHT_FD_WRITE), RIGHT_FD_READ, "files opened through it cannot write");
    // Reading works.
    let (r, fd) = g.open(3, "f.txt", 0, RIGHT_FD_READ | RIGHT_FD_SEEK, 0, 0);
    assert_eq!(r, 0);
    assert_eq!(g.read(fd, 4), (0, b"0123".to_vec()));
    assert_eq!(g.call("readdir", &[Val::I32(3), Val::I32(4096), Val::I64(0)]), 0);
    let (p, l) = g.put(512, b"f.txt");
    assert_eq!(g.call("stat", &[Val::I32(3), Val::I32(0), p, l]), 0);
    // Creating, truncating, appending: refused at open.
    assert_eq!(g.open(3, "new.txt", OFLAGS_CREAT, RIGHT_FD_WRITE, 0, 0).0, ERRNO_NOTCAPABLE);
    assert_eq!(g.open(3, "f.txt", OFLAGS_TRUNC, RIGHT_FD_WRITE, 0, 0).0, ERRNO_NOTCAPABLE);
    assert_eq!(g.open(3, "f.txt", 0, RIGHT_FD_WRITE, 0, FDFLAGS_APPEND).0, ERRNO_NOTCAPABLE);
    // Asking for write rights opens the file without them: writes are refused.
    let (r, wfd) = g.open(3, "f.txt", 0, RIGHT_FD_READ | RIGHT_FD_WRITE, ALL_RIGHTS, 0);
    assert_eq!(r, 0);
    assert_eq!(g.fdstat(wfd).2 & RIGHT_FD_WRITE, 0);
    assert_eq!(g.write(wfd, b"xx"), ERRNO_NOTCAPABLE);
    assert_eq!(g.call("pwrite", &[Val::I32(wfd), Val::I32(3000), Val::I32(2), Val::I64(0)]), ERRNO_NOTCAPABLE);
    assert_eq!(g.call("set_times", &[Val::I32(wfd), Val::I64(0), Val::I64(0), Val::I32(5)]), ERRNO_NOTCAPABLE);
    // The rights cannot be taken back.
    let grow = [Val::I32(wfd), Val::I64(RIGHT_FD_READ | RIGHT_FD_WRITE), Val::I64(0)];
    assert_eq!(g.call("set_rights", &grow), ERRNO_NOTCAPABLE);
    let grow = [Val::I32(3), Val::I64(base | RIGHT_PATH_CREATE_FILE), Val::I64(inh)];
    assert_eq!(g.call("set_rights", &grow), ERRNO_NOTCAPABLE);
    // Directory changes.
    assert_eq!(g.path_call("mkdir", 3, "d2"), ERRNO_NOTCAPABLE);
    assert_eq!(g.path_call("unlink", 3, "f.txt"), ERRNO_NOTCAPABLE);
    assert_eq!(g.path_call("rmdir", 3, "sub"), ERRNO_NOTCAPABLE);
    let (p, l) = g.put(512, b"f.txt");
    let (q, m) = g.put(600, b"h.txt");
    assert_eq!(g.call("rename", &[Val::I32(3), p, l, Val::I32(3), q, m]), ERRNO_NOTCAPABLE);
    assert_eq!(g.call("link", &[Val::I32(3), Val::I32(0), p, l, Val::I32(3), q, m]), ERRNO_NOTCAPABLE);
    // A subdirectory opened through it is read-only as well, whatever is asked for.
    let (r, sub) = g.open(3, "sub", OFLAGS_DIRECTORY, ALL_RIGHTS & !RIGHT_FD_WRITE, ALL_RIGHTS, 0);
    assert_eq!(r, 0);
    assert_eq!(g.path_call("mkdir", sub, "d3"), ERRNO_NOTCAPABLE);
    assert_eq!(g.open(sub, "n.txt", OFLAGS_CREAT, RIGHT_FD_WRITE, 0, 0).0, ERRNO_NOTCAPABLE);
    assert_eq!(g.open(sub, "g.txt", 0, RIGHT_FD_READ, 0, 0).0, 0);
    // Nothing changed on the host.
    assert_eq!(std::fs::read_to_string(dir.join("f.txt")).unwrap(), "0123456789");
    let mut names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    names.sort();
    assert_eq!(names, ["f.txt", "sub"]);
    assert!(!dir.join("sub/n.txt").exists() && !dir.join("sub/d3").exists());
}

const ERRNO_NOSPC: i32 = 51;
const ERRNO_PIPE: i32 = 64;

#[test]
fn capped_stdout_pipe_keeps_what_fits_then_reports_enospc() {
    let out = OutputPipe::with_limit(8);
    let mut g = Sys::new(WasiCtxBuilder::new().stdout(out.clone()));
    assert_eq!(g.write(1, b"12345"), 0);
    assert_eq!(g.u32_at(8), 5);
    assert!(!out.overflowed());
    // Crossing the cap: a short write of what fits.
    assert_eq!(g.write(1, b"abcdef"), 0);
    assert_eq!(g.u32_at(8), 3);
    assert_eq!(out.contents(), b"12345abc");
    assert!(out.overflowed());
    // Full: every later write fails, the buffer stays at the cap.
    assert_eq!(g.write(1, b"x"), ERRNO_NOSPC);
    assert_eq!(out.contents(), b"12345abc");
    // An empty write still succeeds.
    assert_eq!(g.write(1, b""), 0);
    assert_eq!(g.u32_at(8), 0);
}

#[test]
fn capped_pipe_stops_a_many_iovec_write_at_the_cap() {
    // Joined small iovecs and one large one: the count says exactly what was kept.
    let out = OutputPipe::with_limit(5000);
    let wat = SYSCALLS.replace("(memory (export \"memory\") 1)", "(memory (export \"memory\") 2)");
    let mut g = Sys::with_wat(&wat, WasiCtxBuilder::new().stderr(out.clone()));
    let big: Vec<u8> = (0..20_000u32).map(|i| b'a' + (i % 26) as u8).collect();
    g.put(10_000, b"head-");
    g.put(20_000, &big);
    let mut iovs = Vec::new();
    for (p, l) in [(10_000u32, 5u32), (20_000, 20_000), (10_000, 5)] {
        iovs.extend_from_slice(&p.to_le_bytes());
        iovs.extend_from_slice(&l.to_le_bytes());
    }
    g.put(5_000, &iovs);
    assert_eq!(g.call("iov_write", &[Val::I32(2), Val::I32(5_000), Val::I32(3)]), 0);
    assert_eq!(g.u32_at(8), 5000);
    let mut expected = b"head-".to_vec();
    expected.extend_from_slice(&big[..4995]);
    assert!(out.contents() == expected);
    assert_eq!(g.call("iov_write", &[Val::I32(2), Val::I32(5_000), Val::I32(3)]), ERRNO_NOSPC);
}

/// A writer that records what it got and how often it was flushed, or fails every write.
#[derive(Clone, Default)]
struct Recorder {
    seen: std::sync::Arc<std::sync::Mutex<(Vec<u8>, usize)>>,
    broken: bool,
}

impl std::io::Write for Recorder {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.broken {
            return Err(std::io::ErrorKind::BrokenPipe.into());
        }
        self.seen.lock().unwrap().0.extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.seen.lock().unwrap().1 += 1;
        Ok(())
    }
}

#[test]
fn stdout_and_stderr_stream_to_any_writer() {
    let out = Recorder::default();
    let err = Recorder::default();
    let mut g = Sys::new(WasiCtxBuilder::new().stdout_writer(out.clone()).stderr_writer(err.clone()));
    assert_eq!(g.write(1, b"to out "), 0);
    assert_eq!(g.write(2, b"to err"), 0);
    assert_eq!(g.write(1, b"again"), 0);
    assert_eq!(g.u32_at(8), 5);
    // Each write arrives when it is made, and is flushed.
    assert_eq!(*out.seen.lock().unwrap(), (b"to out again".to_vec(), 2));
    assert_eq!(*err.seen.lock().unwrap(), (b"to err".to_vec(), 1));
    // The writer's error reaches the guest as its errno.
    let mut g = Sys::new(WasiCtxBuilder::new().stdout_writer(Recorder { broken: true, ..Recorder::default() }));
    assert_eq!(g.write(1, b"lost"), ERRNO_PIPE);
    // A real C program streams through it too.
    let hello = Recorder::default();
    let engine = Engine::default();
    let module = Module::new(&engine, &std::fs::read(example("hello.wasm")).unwrap()).unwrap();
    let mut linker = Linker::new(&engine);
    wasi::add_to_linker(&mut linker, |ctx: &mut WasiCtx| ctx);
    let mut store = Store::new(&engine, WasiCtxBuilder::new().stdout_writer(hello.clone()).build());
    let inst = linker.instantiate(&mut store, &module).unwrap();
    let start = inst.get_typed_func::<(), ()>(&store, "_start").unwrap();
    assert_eq!(wasi::exit_code(start.call(&mut store, ())).unwrap(), 0);
    assert_eq!(hello.seen.lock().unwrap().0, b"Hello, world!\n");
}

/// WASI preview1 passes 32-bit pointers: a module whose memory is 64-bit gets a clear error at
/// its first WASI call (never a write through a misread pointer), through the API and the CLI.
#[test]
fn a_64_bit_memory_is_refused_at_the_first_wasi_call() {
    let wat = r#"(module
        (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
        (memory (export "memory") i64 1)
        (data (i64.const 16) "hello\n")
        (func (export "_start")
          (i64.store (i64.const 0) (i64.const 0x0000_0006_0000_0010))
          (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))))"#;
    let out = OutputPipe::new();
    let engine = Engine::default();
    let module = Module::from_wat(&engine, wat).unwrap();
    let mut store = Store::new(&engine, WasiCtxBuilder::new().stdout(out.clone()).build());
    let mut linker = Linker::new(&engine);
    wasi::add_to_linker(&mut linker, |ctx: &mut WasiCtx| ctx);
    let inst = linker.instantiate(&mut store, &module).unwrap();
    let start = inst.get_func(&store, "_start").unwrap();
    let err = start.call(&mut store, &[], &mut []).unwrap_err();
    assert!(err.to_string().contains(wasi::MEMORY64_UNSUPPORTED), "{err}");
    assert_eq!(out.contents(), b"", "nothing was written");
    assert_eq!(memory(&store, inst)[8..12], [0; 4], "no result was stored");

    let dir = TempDir::new("wasi-memory64");
    let f = dir.file("m64.wat", wat);
    let run = regwasm(&[&f]);
    assert_eq!(run.stdout, "");
    assert!(run.stderr.starts_with("error: ") && run.stderr.contains("64-bit"), "{}", run.stderr);
    assert_eq!(run.stderr.trim_end().lines().next().map(|l| l.contains(wasi::MEMORY64_UNSUPPORTED)), Some(true));
    assert!(run.code.is_some_and(|c| c != 0), "{:?}", run.code);
}
