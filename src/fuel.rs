//! Fuel: opt-in metering of executed Wasm code (`Config::consume_fuel`). This module owns the
//! cost model and the store's fuel API; the translator places the charges (one `Op::Fuel` per
//! basic block) and the executor applies them.
//!
//! # Cost model
//!
//! Every Wasm instruction costs 1 unit, except `nop`, `drop`, `block`, `loop`, `end` and `else`,
//! which cost 0, as do the legacy `catch`, `catch_all` and `delegate` (the `else` or `end` of a
//! `try`). Instructions that regwasm turns into no bytecode at all (`local.get`, constants,
//! reinterpretations) still cost 1, as in wasmtime: the cost is a property of the Wasm code, not
//! of its translation, so fusions, accumulator forms and tail duplication never change it. (wasmtime
//! also makes `unreachable` and `return` free; here they cost 1, like every other instruction
//! not listed above.) A call costs 1 in the caller; the callee's instructions are charged when
//! they run, and a host function costs nothing beyond its `call`.
//!
//! # Where fuel is charged
//!
//! The cost of a basic block is charged, all at once, *before* the block runs. A block starts at
//! a function's first instruction, at a loop header, at the first instruction of an `if` arm or
//! `else` arm, after the `end` of a `block` or `if`, and after a `br_if`; it ends at the next
//! such point or at a `br`, `br_table`, `return` or `unreachable`. Calls do not end a block: the
//! instructions after a call are paid before the call (a host function that reads the fuel sees
//! them already charged).
//!
//! When the fuel left is less than the block's cost, the block does not run: the call traps with
//! `TrapCode::OutOfFuel` ("all fuel consumed") and the fuel is left unchanged. Everything before
//! that point has happened (memory and global writes stay). The store remains usable: the host
//! can `set_fuel` and call again. A run that completes has consumed exactly the cost of the
//! instructions it executed (a trap inside a block leaves that block's remainder paid for).
//!
//! A store of an engine with fuel enabled starts with 0 fuel, so nothing runs until the host
//! calls `set_fuel`, as in wasmtime and wasmi.

use crate::error::Error;
use crate::runtime::{Caller, Store, StoreInner};
use wasmparser::Operator;

/// The fuel cost of one Wasm instruction (see the module docs).
pub(crate) fn cost(op: &Operator<'_>) -> u32 {
    match op {
        Operator::Nop
        | Operator::Drop
        | Operator::Block { .. }
        | Operator::Loop { .. }
        | Operator::End
        | Operator::Else
        | Operator::Catch { .. }
        | Operator::CatchAll
        | Operator::Delegate { .. } => 0,
        _ => 1,
    }
}

fn not_enabled() -> Error {
    Error::Usage("fuel is not enabled: set `Config::consume_fuel` in the engine's configuration".into())
}

impl StoreInner {
    fn set_fuel(&mut self, fuel: u64) -> Result<(), Error> {
        if !self.engine.config().consume_fuel {
            return Err(not_enabled());
        }
        self.fuel = fuel;
        Ok(())
    }

    fn get_fuel(&self) -> Result<u64, Error> {
        if !self.engine.config().consume_fuel {
            return Err(not_enabled());
        }
        Ok(self.fuel)
    }
}

impl<T> Store<T> {
    /// Sets the fuel left for running wasm code in this store. An error if the engine was not
    /// configured with `Config::consume_fuel`.
    pub fn set_fuel(&mut self, fuel: u64) -> Result<(), Error> {
        self.inner.set_fuel(fuel)
    }

    /// The fuel left. An error if the engine was not configured with `Config::consume_fuel`.
    pub fn get_fuel(&self) -> Result<u64, Error> {
        self.inner.get_fuel()
    }
}

impl<T: 'static> Caller<'_, T> {
    /// Sets the fuel left in the caller's store (a host function may charge for its own work).
    /// An error if the engine was not configured with `Config::consume_fuel`.
    pub fn set_fuel(&mut self, fuel: u64) -> Result<(), Error> {
        self.inner.set_fuel(fuel)
    }

    /// The fuel left in the caller's store. An error if the engine was not configured with
    /// `Config::consume_fuel`.
    pub fn get_fuel(&self) -> Result<u64, Error> {
        self.inner.get_fuel()
    }
}
