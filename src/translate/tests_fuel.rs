//! Golden tests for the fuel and interrupt instructions: where the translator places them,
//! the cost each fuel block carries, and that they stay out of code translated without them.

use crate::{Config, Engine, Module};

fn disasm(config: Config, wat: &str) -> String {
    let module = Module::from_wat(&Engine::new(config), wat).expect("test module loads");
    let text = module.disassemble(0).expect("defined function");
    let mut lines: Vec<&str> = text.lines().map(|l| l.split_once(": ").map_or(l, |(_, op)| op)).collect();
    assert_eq!(lines.pop(), Some("Unreachable"), "every function ends with the guard");
    lines.join("\n")
}

const LOOP: &str = r#"(module (func (param i32) (result i32) (local i32)
    block
      loop
        local.get 1 local.get 0 i32.ge_u br_if 1
        local.get 1 i32.const 1 i32.add local.set 1
        local.get 1 i32.const 1 i32.and if nop else local.get 1 drop end
        br 0
      end
    end
    local.get 1))"#;

#[test]
fn one_fuel_instruction_per_basic_block_with_its_cost() {
    let fuel = Config { consume_fuel: true, ..Config::default() };
    // A (4): the exit test. B (8): the increment and the parity test. The then arm (`nop`)
    // costs nothing and has no `Fuel`: its jump to the end was replaced by a copy of the tail
    // there (`Fuel 1; Br` to the loop header). The else arm (`local.get 1 drop`: 1), the `br 0`
    // after the `if` (1) and the final `local.get` (1) each open a block.
    assert_eq!(
        disasm(fuel, LOOP),
        "ZeroLocals { from: 1, count: 1 }\n\
         Fuel { cost: 4 }\n\
         BrIfI32LeU { lhs: 0, rhs: 1, target: 10 }\n\
         Fuel { cost: 8 }\n\
         I32AddImm { dst: 1, lhs: 1, imm: 1 }\n\
         I32AndImm { dst: 2, lhs: 1, imm: 1 }\n\
         BrIfEqz { cond: 2, target: 3 }\n\
         Fuel { cost: 1 }\n\
         Br { target: -7 }\n\
         Fuel { cost: 1 }\n\
         Fuel { cost: 1 }\n\
         Br { target: -10 }\n\
         Fuel { cost: 1 }\n\
         ReturnReg { src: 1 }"
    );
}

#[test]
fn interrupt_checks_at_function_entry_and_loop_headers() {
    let config = Config { interruptible: true, ..Config::default() };
    let code = disasm(config, LOOP);
    let lines: Vec<&str> = code.lines().collect();
    assert_eq!(lines[0], "CheckInterrupt");
    assert_eq!(lines[1], "ZeroLocals { from: 1, count: 1 }");
    assert_eq!(lines[2], "CheckInterrupt", "{code}");
    assert_eq!(code.matches("CheckInterrupt").count(), 2, "{code}");
    // The back edge lands on the loop's check.
    let back = lines.iter().position(|l| l.starts_with("Br { target: -")).expect("a back edge");
    let offset: i64 = lines[back]["Br { target: ".len()..lines[back].len() - 2].parse().unwrap();
    assert_eq!(back as i64 + offset, 2, "{code}");
}

#[test]
fn code_without_fuel_or_interrupts_has_neither_instruction() {
    let code = disasm(Config::default(), LOOP);
    assert!(!code.contains("Fuel") && !code.contains("CheckInterrupt"), "{code}");
    let both = disasm(Config { consume_fuel: true, interruptible: true, ..Config::default() }, LOOP);
    // Removing the two instructions' lines leaves the same operations (branch targets aside).
    let ops = |c: &str| -> Vec<String> {
        c.lines()
            .filter(|l| !l.starts_with("Fuel") && *l != "CheckInterrupt")
            .map(|l| l.split(" { target").next().unwrap().split(", target").next().unwrap().to_string())
            .collect()
    };
    assert_eq!(ops(&code), ops(&both));
}
