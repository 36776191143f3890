//! Executor tests: the invariants the unsafe dispatch loop relies on (frames fit the stack,
//! memory accesses are bounds-checked at the exact edge), traps, calls and host re-entry.

use crate::{Config, Engine, Error, Func, FuncType, Linker, Module, Store, TrapCode, Val, ValType};

fn instance(engine: &Engine, wat: &str) -> (Store<()>, crate::Instance) {
    let module = Module::from_wat(engine, wat).expect("module loads");
    let mut store = Store::new(engine, ());
    let inst = Linker::new(module.engine()).instantiate(&mut store, &module).expect("instantiates");
    (store, inst)
}

fn call(store: &mut Store<()>, inst: crate::Instance, name: &str, args: &[Val], n: usize) -> Result<Vec<Val>, Error> {
    let f = inst.get_func(&*store, name).expect("export");
    let mut out = vec![Val::I32(0); n];
    f.call(store, args, &mut out)?;
    Ok(out)
}

fn trap_code(r: Result<Vec<Val>, Error>) -> TrapCode {
    match r {
        Err(Error::Trap(t)) => t.code,
        other => panic!("expected a trap, got {other:?}"),
    }
}

#[test]
fn runaway_recursion_traps_with_call_stack_exhausted() {
    let (mut store, inst) = instance(&Engine::default(), "(module (func $f (export \"f\") call $f))");
    assert_eq!(trap_code(call(&mut store, inst, "f", &[], 0)), TrapCode::StackOverflow);
}

#[test]
fn frames_that_do_not_fit_the_value_stack_trap_instead_of_overrunning_it() {
    // A tiny value stack: the call depth limit is far away, so only the frame-fits check can stop this.
    let engine = Engine::new(Config { max_stack_cells: 1000, ..Config::default() });
    let wat = "(module (func $f (export \"f\") (param i64) (local i64 i64 i64 i64 i64 i64 i64)
                 local.get 0 i64.const 1 i64.add call $f))";
    let (mut store, inst) = instance(&engine, wat);
    assert_eq!(trap_code(call(&mut store, inst, "f", &[Val::I64(0)], 0)), TrapCode::StackOverflow);
    // The store is still usable afterwards.
    let (mut store2, inst2) = instance(&engine, "(module (func (export \"g\") (result i32) i32.const 9))");
    assert_eq!(call(&mut store2, inst2, "g", &[], 1).unwrap(), vec![Val::I32(9)]);
}

#[test]
fn deep_but_bounded_recursion_does_not_touch_the_rust_stack() {
    let wat = "(module (func $d (export \"d\") (param i32) (result i32)
                 local.get 0 i32.eqz if (result i32) i32.const 0 else
                 local.get 0 i32.const 1 i32.sub call $d i32.const 1 i32.add end))";
    let (mut store, inst) = instance(&Engine::default(), wat);
    // Run on a small thread stack: 50k nested wasm calls must not recurse in Rust.
    let out = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || call(&mut store, inst, "d", &[Val::I32(50_000)], 1).unwrap())
        .unwrap()
        .join()
        .unwrap();
    assert_eq!(out, vec![Val::I32(50_000)]);
}

#[test]
fn memory_accesses_are_checked_at_the_exact_edge() {
    let wat = r#"(module (memory 1)
        (func (export "load") (param i32) (result i32) local.get 0 i32.load)
        (func (export "load_off") (param i32) (result i64) local.get 0 i64.load offset=4294967295)
        (func (export "store8") (param i32) local.get 0 i32.const 7 i32.store8))"#;
    let (mut store, inst) = instance(&Engine::default(), wat);
    assert_eq!(call(&mut store, inst, "load", &[Val::I32(65532)], 1).unwrap(), vec![Val::I32(0)]);
    assert_eq!(trap_code(call(&mut store, inst, "load", &[Val::I32(65533)], 1)), TrapCode::MemoryOutOfBounds);
    assert_eq!(trap_code(call(&mut store, inst, "load", &[Val::I32(-1)], 1)), TrapCode::MemoryOutOfBounds);
    // Address + offset overflows 32 bits: must trap, not wrap around.
    assert_eq!(trap_code(call(&mut store, inst, "load_off", &[Val::I32(1)], 1)), TrapCode::MemoryOutOfBounds);
    call(&mut store, inst, "store8", &[Val::I32(65535)], 0).unwrap();
    assert_eq!(trap_code(call(&mut store, inst, "store8", &[Val::I32(65536)], 0)), TrapCode::MemoryOutOfBounds);
}

#[test]
fn memory_grow_moves_the_cached_memory_view() {
    let wat = r#"(module (memory 1 4)
        (func (export "f") (result i32)
          i32.const 1 memory.grow drop
          i32.const 131068 i32.const 42 i32.store
          i32.const 131068 i32.load))"#;
    let (mut store, inst) = instance(&Engine::default(), wat);
    assert_eq!(call(&mut store, inst, "f", &[], 1).unwrap(), vec![Val::I32(42)]);
}

#[test]
fn host_functions_get_arguments_return_results_and_can_reenter() {
    let engine = Engine::default();
    let module = Module::from_wat(
        &engine,
        r#"(module (import "host" "twice" (func $twice (param i32) (result i32)))
             (func (export "inc") (param i32) (result i32) local.get 0 i32.const 1 i32.add)
             (func (export "run") (param i32) (result i32) local.get 0 call $twice i32.const 3 i32.add))"#,
    )
    .unwrap();
    let mut store = Store::new(&engine, ());
    let ty = FuncType::new([ValType::I32], [ValType::I32]);
    let twice = Func::new(&mut store, ty, |mut caller, params, results| {
        // Re-enter wasm from the host: call the instance's `inc` export twice.
        let inc = caller.get_export("inc").and_then(|e| e.into_func()).expect("inc");
        let mut out = [Val::I32(0)];
        inc.call(&mut caller, params, &mut out)?;
        let first = out;
        inc.call(&mut caller, &first, &mut out)?;
        results[0] = out[0];
        Ok(())
    });
    let mut linker = Linker::new(&engine);
    linker.define("host", "twice", crate::Extern::Func(twice));
    let inst = linker.instantiate(&mut store, &module).unwrap();
    assert_eq!(call(&mut store, inst, "run", &[Val::I32(10)], 1).unwrap(), vec![Val::I32(15)]);
}

#[test]
fn host_traps_carry_their_message_and_exit_codes() {
    let engine = Engine::default();
    let module =
        Module::from_wat(&engine, r#"(module (import "h" "exit" (func $e)) (func (export "f") call $e))"#).unwrap();
    let mut store = Store::new(&engine, ());
    let exit = Func::new(&mut store, FuncType::default(), |_, _, _| Err(crate::Trap::exit(3).into()));
    let mut linker = Linker::new(&engine);
    linker.define("h", "exit", crate::Extern::Func(exit));
    let inst = linker.instantiate(&mut store, &module).unwrap();
    match call(&mut store, inst, "f", &[], 0) {
        Err(Error::Trap(t)) => assert_eq!(t.exit_code, Some(3)),
        other => panic!("expected exit, got {other:?}"),
    }
}

#[test]
fn traps_report_a_backtrace_with_names() {
    let wat = r#"(module (func $inner unreachable) (func $outer (export "f") call $inner))"#;
    let (mut store, inst) = instance(&Engine::default(), wat);
    match call(&mut store, inst, "f", &[], 0) {
        Err(Error::Trap(t)) => assert_eq!(t.backtrace, vec!["inner".to_string(), "outer".to_string()]),
        other => panic!("expected a trap, got {other:?}"),
    }
}

/// Every handler of the threaded backend must end in a jump, not a call: a million iterations
/// of a loop that touches most handler kinds run on a 128 KiB thread stack. One handler that
/// stopped tail-calling would overflow it within a few thousand iterations.
#[test]
fn threaded_handlers_do_not_grow_the_native_stack() {
    let wat = r#"(module (memory 1) (global $g (mut i64) (i64.const 0))
        (table 2 funcref) (elem (i32.const 0) $id $inc)
        (type $t (func (param i32) (result i32)))
        (func $id (param i32) (result i32) local.get 0)
        (func $inc (param i32) (result i32) local.get 0 i32.const 1 i32.add)
        (func (export "run") (param i32) (result i64) (local i32 i64 f64 f32)
          loop
            ;; integer, float and conversion ops
            local.get 1 i32.const 3 i32.mul i32.const 7 i32.xor i32.const 2 i32.shr_u
            local.get 1 i32.const 1 i32.or i32.rem_u drop
            local.get 2 local.get 1 i64.extend_i32_u i64.add i64.const 3 i64.rotl local.set 2
            local.get 3 f64.const 0.5 f64.add f64.sqrt local.set 3
            local.get 4 f32.const 1.5 f32.mul f32.floor local.set 4
            local.get 3 i64.trunc_sat_f64_s local.get 2 i64.xor global.set $g
            ;; memory
            local.get 1 i32.const 1020 i32.and local.get 1 i32.store
            local.get 1 i32.const 1020 i32.and i64.load8_s offset=3 global.get $g i64.add global.set $g
            ;; calls, indirect calls, select, br_table
            local.get 1 call $inc
            local.get 1 local.get 1 i32.const 1 i32.and call_indirect (type $t)
            i32.add local.get 1 local.get 1 i32.const 1 i32.and select drop
            block block local.get 1 i32.const 3 i32.and br_table 0 1 0 end end
            local.get 1 i32.const 1 i32.add local.tee 1
            local.get 0 i32.lt_u br_if 0
          end
          global.get $g local.get 2 i64.add))"#;
    let engine = Engine::new(Config { backend: crate::Backend::Threaded, ..Config::default() });
    let (mut store, inst) = instance(&engine, wat);
    let out = std::thread::Builder::new()
        .stack_size(128 * 1024)
        .spawn(move || call(&mut store, inst, "run", &[Val::I32(1_000_000)], 1).unwrap())
        .unwrap()
        .join()
        .unwrap();
    // The same result as the loop backend.
    let engine = Engine::new(Config { backend: crate::Backend::Loop, ..Config::default() });
    let (mut store, inst) = instance(&engine, wat);
    assert_eq!(out, call(&mut store, inst, "run", &[Val::I32(1_000_000)], 1).unwrap());
}

/// The threaded handlers of this very test binary whose names start with `prefix` (name,
/// start and end address), and the disassembly of the address range they span (binutils'
/// `nm` and `objdump` ship with the C toolchain that links Rust programs on Linux).
#[cfg(all(regwasm_threaded, target_arch = "x86_64", target_os = "linux"))]
fn handler_machine_code(prefix: &str) -> (Vec<(String, u64, u64)>, String) {
    use std::process::Command;
    let exe = std::env::current_exe().expect("test binary path");
    let nm = Command::new("nm").args(["-C", "-S", "--defined-only"]).arg(&exe).output().expect("run nm");
    let symbols = String::from_utf8_lossy(&nm.stdout);
    let mut handlers = Vec::new();
    for line in symbols.lines() {
        let parts: Vec<&str> = line.splitn(4, ' ').collect();
        if let [addr, size, _, name] = parts[..]
            && let Some(op) = name.strip_prefix("regwasm::exec::threaded::handlers::")
            && op.starts_with(prefix)
        {
            let addr = u64::from_str_radix(addr, 16).unwrap();
            let size = u64::from_str_radix(size, 16).unwrap();
            handlers.push((op.to_string(), addr, addr + size));
        }
    }
    let (Some(start), Some(stop)) = (handlers.iter().map(|h| h.1).min(), handlers.iter().map(|h| h.2).max()) else {
        return (handlers, String::new());
    };
    let dump = Command::new("objdump")
        .args([
            "-d",
            "--no-show-raw-insn",
            &format!("--start-address={start:#x}"),
            &format!("--stop-address={stop:#x}"),
        ])
        .arg(&exe)
        .output()
        .expect("run objdump");
    (handlers, String::from_utf8_lossy(&dump.stdout).into_owned())
}

/// DESIGN.md's silent trap: LLVM may compile a conditional branch handler into a `cmov` that
/// picks the next instruction plus one indirect jump, which serialises every following dispatch
/// on the branch condition (the asm markers in `threaded::br_if!` prevent it). A small-stack run
/// cannot see this, so inspect the machine code of this very binary: every compare-and-branch
/// handler must contain a conditional jump and no `cmov`.
#[test]
#[cfg(all(regwasm_threaded, target_arch = "x86_64", target_os = "linux"))]
fn branch_handlers_keep_a_conditional_jump() {
    let (handlers, text) = handler_machine_code("BrIf");
    assert!(handlers.len() > 100, "expected the compare-and-branch handlers, found {}", handlers.len());
    // Instruction lines look like "  15ab23:\tje     15ab3b <...>".
    let instructions: Vec<(u64, &str)> = text
        .lines()
        .filter_map(|l| {
            let (addr, rest) = l.trim_start().split_once(":\t")?;
            Some((u64::from_str_radix(addr, 16).ok()?, rest.split_whitespace().next()?))
        })
        .collect();
    let mut bad = Vec::new();
    for (name, from, to) in &handlers {
        let body: Vec<&str> = instructions.iter().filter(|(a, _)| a >= from && a < to).map(|(_, m)| *m).collect();
        let has_jcc = body.iter().any(|m| m.starts_with('j') && !m.starts_with("jmp"));
        let has_cmov = body.iter().any(|m| m.starts_with("cmov"));
        if !has_jcc || has_cmov {
            bad.push(format!("{name}: {}", body.join(" ")));
        }
    }
    assert!(bad.is_empty(), "branch handlers without a conditional jump:\n{}", bad.join("\n"));
}

/// Every threaded handler must pass control to the next one with a jump (a sibling call),
/// never a `call`: a handler that calls the next handler keeps its frame, and a long loop
/// overflows the native stack. The small-stack runs above cover the ops they execute; this
/// inspects the machine code of this very binary for all handlers. It found the SIMD handlers
/// calling the next handler in builds with optimization and debug assertions both on (the fuzz
/// profile): their inlined lane functions kept arrays on the stack whose addresses the
/// assertions' checks take, and LLVM cannot make a sibling call from a frame with such arrays.
#[test]
#[cfg(all(regwasm_threaded, target_arch = "x86_64", target_os = "linux"))]
fn threaded_handlers_dispatch_by_jump_not_call() {
    let (handlers, text) = handler_machine_code("");
    assert!(handlers.len() > 500, "expected the handlers, found {}", handlers.len());
    // Instruction lines look like "  15ab23:\tcall   *0x18(%rax)". The next handler's pointer is
    // read from the instruction stream, so a handler calling it has a call through memory
    // addressed by a register (`call *0x18(%rax)`); a handler may call a library function
    // through a register (`call *%r14`: libm's `floorf` for each lane), but then it must still
    // dispatch with an indirect jump.
    let mut calls_via_pc = Vec::new();
    let mut calls_via_reg = Vec::new();
    let mut jumps_via_reg = Vec::new();
    for line in text.lines() {
        let Some((addr, rest)) = line.trim_start().split_once(":\t") else { continue };
        let Ok(addr) = u64::from_str_radix(addr, 16) else { continue };
        let (mnemonic, operand) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
        let Some(target) = operand.trim_start().strip_prefix('*') else { continue };
        match mnemonic {
            "call" if target.contains("(%r") && !target.contains("%rip") => calls_via_pc.push(addr),
            "call" if target.starts_with("%r") => calls_via_reg.push(addr),
            "jmp" if !target.contains("%rip") => jumps_via_reg.push(addr),
            _ => {}
        }
    }
    let within = |addrs: &[u64], from: u64, to: u64| addrs.iter().any(|&a| a >= from && a < to);
    let bad: Vec<&str> = handlers
        .iter()
        .filter(|&&(_, from, to)| {
            within(&calls_via_pc, from, to) || (within(&calls_via_reg, from, to) && !within(&jumps_via_reg, from, to))
        })
        .map(|(name, _, _)| name.as_str())
        .collect();
    assert!(bad.is_empty(), "{} handlers call the next handler instead of jumping to it: {}", bad.len(), bad.join(" "));
}

/// The fuel and interrupt handlers must tail-call too: a million iterations of a loop full of
/// fuel blocks (branches, an if/else, a br_table, calls, each with its `Fuel`) and interrupt
/// checks (the loop header, every function entry) on a 128 KiB thread stack.
#[test]
fn fuel_and_interrupt_handlers_do_not_grow_the_native_stack() {
    let wat = r#"(module
        (func $inc (param i32) (result i32) local.get 0 i32.const 1 i32.add)
        (func (export "run") (param i32) (result i32) (local i32 i32)
          loop
            local.get 1 i32.const 1 i32.and
            if local.get 2 call $inc local.set 2 else local.get 2 i32.const 3 i32.add local.set 2 end
            block block local.get 1 i32.const 3 i32.and br_table 0 1 0 end end
            local.get 1 i32.const 1 i32.add local.tee 1
            local.get 0 i32.lt_u br_if 0
          end
          local.get 2))"#;
    let config =
        Config { backend: crate::Backend::Threaded, consume_fuel: true, interruptible: true, ..Config::default() };
    let engine = Engine::new(config);
    let (mut store, inst) = instance(&engine, wat);
    store.set_fuel(u64::MAX).unwrap();
    let (out, used) = std::thread::Builder::new()
        .stack_size(128 * 1024)
        .spawn(move || {
            let out = call(&mut store, inst, "run", &[Val::I32(1_000_000)], 1).unwrap();
            (out, u64::MAX - store.get_fuel().unwrap())
        })
        .unwrap()
        .join()
        .unwrap();
    // Half the iterations add 1 through the call, half add 3.
    assert_eq!(out, vec![Val::I32(2_000_000)]);
    assert!(used > 20_000_000, "fuel used: {used}");
}

#[test]
fn the_call_stack_grows_on_demand_keeping_every_suspended_caller() {
    // 50k nested calls from a 1024-entry start: the call stack is moved several times while
    // callers are suspended on it; each must resume where it left (the sum counts every return).
    let wat = "(module (func $d (export \"d\") (param i32) (result i32)
                 local.get 0 i32.eqz if (result i32) i32.const 0 else
                 local.get 0 i32.const 1 i32.sub call $d local.get 0 i32.add end))";
    for backend in [crate::Backend::Loop, crate::Backend::Auto] {
        let engine = Engine::new(Config { backend, ..Config::default() });
        let (mut store, inst) = instance(&engine, wat);
        let n = 50_000i64;
        assert_eq!(
            call(&mut store, inst, "d", &[Val::I32(n as i32)], 1).unwrap(),
            vec![Val::I32((n * (n + 1) / 2) as i32)]
        );
        // A reused stack (its storage already grown) gives the same result.
        assert_eq!(call(&mut store, inst, "d", &[Val::I32(3)], 1).unwrap(), vec![Val::I32(6)]);
    }
}

#[test]
fn the_depth_limit_holds_across_call_stack_growth() {
    let wat = "(module (func $d (export \"d\") (param i32) (result i32)
                 local.get 0 i32.eqz if (result i32) i32.const 0 else
                 local.get 0 i32.const 1 i32.sub call $d i32.const 1 i32.add end))";
    let engine = Engine::new(Config { max_call_depth: 5000, ..Config::default() });
    let (mut store, inst) = instance(&engine, wat);
    assert_eq!(call(&mut store, inst, "d", &[Val::I32(4000)], 1).unwrap(), vec![Val::I32(4000)]);
    assert_eq!(trap_code(call(&mut store, inst, "d", &[Val::I32(6000)], 1)), TrapCode::StackOverflow);
    // A huge limit reserves nothing up front; growth steps are bounded and stop at the limit.
    assert_eq!(crate::runtime::next_frame_capacity(0, 5), Some(5));
    assert_eq!(crate::runtime::next_frame_capacity(1024, 100_000), Some(2048));
    assert_eq!(crate::runtime::next_frame_capacity(8 << 20, usize::MAX), Some(9 << 20));
    assert_eq!(crate::runtime::next_frame_capacity(5000, 5000), None);
}

#[test]
fn tail_call_handlers_keep_tail_calling_on_a_small_stack() {
    // A million direct and indirect tail calls on the threaded backend from a 128 KiB thread:
    // a `ReturnCall`/`ReturnCallIndirect` handler that stopped dispatching in tail position
    // would grow the native stack on every one and overflow it.
    let wat = r#"(module
      (type $t (func (param i32 i32) (result i32)))
      (table funcref (elem $a $b))
      (func $a (export "run") (type $t)
        (if (result i32) (i32.eqz (local.get 0)) (then (local.get 1))
          (else (return_call $b (i32.sub (local.get 0) (i32.const 1)) (i32.add (local.get 1) (i32.const 3))))))
      (func $b (type $t)
        (return_call_indirect (type $t) (local.get 0) (i32.xor (local.get 1) (i32.const 1)) (i32.const 0))))"#;
    let engine = Engine::new(Config { backend: crate::Backend::Threaded, max_call_depth: 4, ..Config::default() });
    let (mut store, inst) = instance(&engine, wat);
    let args = [Val::I32(1_000_000), Val::I32(0)];
    // Twice: the first call resolves the targets (general path), the second runs on the fast path.
    let out = std::thread::Builder::new()
        .stack_size(128 * 1024)
        .spawn(move || {
            let first = call(&mut store, inst, "run", &args, 1).unwrap();
            (first, call(&mut store, inst, "run", &args, 1).unwrap())
        })
        .unwrap()
        .join()
        .unwrap();
    let engine = Engine::new(Config { backend: crate::Backend::Loop, max_call_depth: 4, ..Config::default() });
    let (mut store, inst) = instance(&engine, wat);
    let expected = call(&mut store, inst, "run", &[Val::I32(1_000_000), Val::I32(0)], 1).unwrap();
    assert_eq!(out, (expected.clone(), expected));
}

/// The narrowing of a 64-bit table's index (`TableIndex64`) is a fast handler: a million
/// indirect calls and tail calls through a 64-bit table on a 128 KiB thread.
#[test]
fn table64_index_handler_keeps_tail_calling_on_a_small_stack() {
    let wat = r#"(module
      (type $t (func (param i64 i32) (result i32)))
      (table $t64 i64 funcref (elem $a $b))
      (func $a (export "run") (type $t)
        (if (result i32) (i64.eqz (local.get 0)) (then (local.get 1))
          (else (return_call_indirect $t64 (type $t)
            (i64.sub (local.get 0) (i64.const 1)) (i32.add (local.get 1) (i32.const 3)) (i64.const 1)))))
      (func $b (type $t)
        (return_call_indirect $t64 (type $t) (local.get 0) (i32.xor (local.get 1) (i32.const 1))
          (i64.and (local.get 0) (i64.const 0x1_0000_0000)))))"#;
    let engine = Engine::new(Config { backend: crate::Backend::Threaded, max_call_depth: 4, ..Config::default() });
    let (mut store, inst) = instance(&engine, wat);
    let args = [Val::I64(1_000_000), Val::I32(0)];
    let out = std::thread::Builder::new()
        .stack_size(128 * 1024)
        .spawn(move || call(&mut store, inst, "run", &args, 1).unwrap())
        .unwrap()
        .join()
        .unwrap();
    let engine = Engine::new(Config { backend: crate::Backend::Loop, max_call_depth: 4, ..Config::default() });
    let (mut store, inst) = instance(&engine, wat);
    let expected = call(&mut store, inst, "run", &[Val::I64(1_000_000), Val::I32(0)], 1).unwrap();
    assert_eq!(out, expected);
    // From 2^32 + 1, `$b` calls index 2^32: out of bounds, not index 0.
    let err = call(&mut store, inst, "run", &[Val::I64((1 << 32) + 1), Val::I32(0)], 1).unwrap_err();
    assert_eq!(trap_code(Err(err)), TrapCode::UndefinedElement);
}

#[test]
fn globals_follow_the_running_instance_across_calls_and_returns() {
    // `global.get`/`global.set` read the current instance's global indices from the context
    // (`Ctx::globals`): after a call into another instance, and after returning from it, each
    // function must see its own instance's globals, which sit at the same indices here.
    let a = "(module
        (global $g (mut i32) (i32.const 100))
        (global $h (mut i64) (i64.const 7))
        (func (export \"bump\") (param i32) (result i32)
          (global.set $g (i32.add (global.get $g) (local.get 0)))
          (global.set $h (i64.add (global.get $h) (i64.const 1)))
          (global.get $g)))";
    let b = "(module
        (import \"a\" \"bump\" (func $bump (param i32) (result i32)))
        (global $g (mut i32) (i32.const 5))
        (global $h (mut i64) (i64.const -3))
        (func (export \"run\") (param i32) (result i32)
          (local $r i32)
          (global.set $g (i32.add (global.get $g) (local.get 0)))
          (local.set $r (call $bump (local.get 0)))
          (global.set $h (i64.sub (global.get $h) (i64.const 2)))
          (i32.add (i32.mul (global.get $g) (i32.const 1000)) (local.get $r)))
        (func (export \"h\") (result i64) (global.get $h)))";
    for backend in [crate::Backend::Loop, crate::Backend::Auto] {
        let engine = Engine::new(Config { backend, ..Config::default() });
        let mut store = Store::new(&engine, ());
        let mut linker = Linker::new(&engine);
        let ma = Module::from_wat(&engine, a).unwrap();
        let ia = linker.instantiate(&mut store, &ma).unwrap();
        linker.define_instance(&store, "a", ia);
        let ib = linker.instantiate(&mut store, &Module::from_wat(&engine, b).unwrap()).unwrap();
        // b.g: 5 + 10 = 15; a.g: 100 + 10 = 110; result 15 * 1000 + 110.
        assert_eq!(call(&mut store, ib, "run", &[Val::I32(10)], 1).unwrap(), vec![Val::I32(15_110)]);
        // b.g: 15 + 1 = 16; a.g: 110 + 1 = 111.
        assert_eq!(call(&mut store, ib, "run", &[Val::I32(1)], 1).unwrap(), vec![Val::I32(16_111)]);
        assert_eq!(call(&mut store, ib, "h", &[], 1).unwrap(), vec![Val::I64(-7)]);
        assert_eq!(call(&mut store, ia, "bump", &[Val::I32(0)], 1).unwrap(), vec![Val::I32(111)]);
    }
}

#[test]
fn encoding_resolves_each_table_entry_to_its_targets_distance_in_bytes() {
    use crate::isa::{Instr, Op};
    let size = std::mem::size_of::<Instr>() as i32;
    let code = [
        Op::Const32 { dst: 0, imm: 1 },
        Op::BrTable { index: 0, len: 2 },
        Op::Br { target: 3 },
        Op::Br { target: -3 },
        Op::Br { target: 1 },
        Op::Br { target: -4 },
        Op::BrTableLoadIdxA { shift: 2, imm: 64, len: 1 },
        Op::Br { target: -6 },
        // Past `i32` once in bytes: left a `Br`, which the table jump follows the long way.
        Op::Br { target: i32::MAX - 10 },
        Op::Return {},
    ];
    let ops: Vec<Op> = crate::exec::encode(&code).iter().map(|i| i.op).collect();
    let entry = |offset: i32| Op::BrTableEntry { offset };
    assert_eq!(ops[0], code[0]);
    assert_eq!(ops[1], code[1]);
    // Distances are from the table jump: the entry at 2 goes to 2 + 3, 4 instructions past it.
    assert_eq!(&ops[2..5], &[entry(4 * size), entry(-size), entry(4 * size)]);
    // The `Br` right after the last entry is code, not an entry.
    assert_eq!(ops[5], code[5]);
    assert_eq!(&ops[6..9], &[code[6], entry(-5 * size), code[8]]);
    assert_eq!(ops[9], code[9]);
}

#[test]
fn table_jumps_reach_every_entry_and_the_default_in_both_backends() {
    // One `br_table` per table-jump form (checked in `translate::tests`): an index in a
    // register or in the accumulator, with the bias of a `switch` whose first case is not 0,
    // and loaded from a table in memory (words 2, 0, 1, 7, 0, 1).
    let wat = r#"(module (memory 1) (data (i32.const 64) "\02\00\00\00\00\00\00\00\01\00\00\00\07\00\00\00\00\00\00\00\01\00\00\00")
        (func (export "reg") (param i32) (result i32)
          block block block block
            local.get 0 br_table 0 1 2 3
          end i32.const 10 return end i32.const 11 return end i32.const 12 return end i32.const 13)
        (func (export "acc") (param i32) (result i32)
          block block block
            local.get 0 i32.popcnt br_table 0 1 2
          end i32.const 20 return end i32.const 21 return end i32.const 22)
        (func (export "bias") (param i32) (result i32)
          block block block
            local.get 0 i32.const -3 i32.add br_table 0 1 2
          end i32.const 30 return end i32.const 31 return end i32.const 32)
        (func (export "bias_acc") (param i32) (result i32)
          block block block
            local.get 0 i32.popcnt i32.const -1 i32.add br_table 0 1 2
          end i32.const 50 return end i32.const 51 return end i32.const 52)
        (func (export "load") (param i32) (result i32)
          block block block
            local.get 0 i32.const 2 i32.shl i32.const 64 i32.add i32.load br_table 0 1 2
          end i32.const 40 return end i32.const 41 return end i32.const 42)
        (func (export "load_acc") (param i32) (result i32)
          block block block
            local.get 0 i32.popcnt i32.const 2 i32.shl i32.const 64 i32.add i32.load br_table 0 1 2
          end i32.const 60 return end i32.const 61 return end i32.const 62))"#;
    for backend in [crate::Backend::Loop, crate::Backend::Auto] {
        let (mut store, inst) = instance(&Engine::new(Config { backend, ..Config::default() }), wat);
        let mut run = |name: &str, arg: i32| match call(&mut store, inst, name, &[Val::I32(arg)], 1).unwrap()[..] {
            [Val::I32(v)] => v,
            ref other => panic!("{other:?}"),
        };
        let cases: [(&str, &[(i32, i32)]); 6] = [
            ("reg", &[(0, 10), (1, 11), (2, 12), (3, 13), (4, 13), (-1, 13)]),
            // The index is popcnt(arg).
            ("acc", &[(0, 20), (1, 21), (3, 22), (7, 22), (-1, 22)]),
            ("bias", &[(3, 30), (4, 31), (5, 32), (6, 32), (2, 32), (i32::MIN, 32)]),
            ("bias_acc", &[(1, 50), (3, 51), (7, 52), (15, 52), (0, 52)]),
            ("load", &[(0, 42), (1, 40), (2, 41), (3, 42), (4, 40)]),
            ("load_acc", &[(0, 62), (1, 60), (3, 61), (7, 62), (15, 60)]),
        ];
        for (name, expected) in cases {
            for &(arg, want) in expected {
                assert_eq!(run(name, arg), want, "{backend:?} {name}({arg})");
            }
        }
    }
}
