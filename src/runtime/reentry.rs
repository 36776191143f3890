//! The guard on re-entry from the host into wasm: a host function that calls `Func::call`
//! while wasm code of the same store is running recurses on the native stack (host function ->
//! executor -> host function ...), which the wasm call-depth limit does not bound. Two limits
//! end such a chain with the trap "call stack exhausted" before the thread's stack overflows:
//! the number of nested re-entries (`Config::max_reentry_depth`, deterministic) and the
//! native stack used since the outermost wasm call began (`Config::max_reentry_stack_bytes`,
//! for builds and host functions with larger frames than the default depth was sized for).

use super::Store;
use crate::error::{Trap, TrapCode};

/// The calls from the host into wasm that are running right now, per store.
#[derive(Debug, Default)]
pub(crate) struct Reentry {
    /// Wasm calls from the host running now: more than one means host functions re-entered.
    active: u32,
    /// The native stack position where the outermost of them began.
    base: usize,
}

/// An address in the current native stack frame (its exact place within the frame does not
/// matter: the limits are far larger than a frame).
#[inline(always)]
fn stack_position() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

impl Store {
    /// Begins a call from the host into wasm code: traps when it would re-enter deeper than
    /// the limits allow (then nothing changed); otherwise `leave_wasm_call` must follow.
    pub(crate) fn enter_wasm_call(&mut self) -> Result<(), Trap> {
        let here = stack_position();
        let config = self.engine.config();
        let r = &mut self.reentry;
        if r.active == 0 {
            r.base = here;
        } else {
            // The native stack grows down on every target this runs on; were it to grow up,
            // the difference saturates to 0 and only the depth limit applies.
            let used = r.base.saturating_sub(here);
            if r.active > config.max_reentry_depth || used > config.max_reentry_stack_bytes {
                return Err(Trap::new(TrapCode::StackOverflow));
            }
        }
        r.active += 1;
        Ok(())
    }

    /// Ends a call begun by `enter_wasm_call`.
    pub(crate) fn leave_wasm_call(&mut self) {
        self.reentry.active -= 1;
    }
}
