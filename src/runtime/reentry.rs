//! The guard on re-entry from the host into wasm: a host function that calls `Func::call`
//! while wasm code is running on the same thread recurses on the native stack (host function ->
//! executor -> host function ...), which the wasm call-depth limit does not bound. Two limits
//! end such a chain with the trap "call stack exhausted" before the thread's stack overflows:
//! the number of nested re-entries (`Config::max_reentry_depth`, deterministic) and the
//! native stack used since the outermost wasm call began (`Config::max_reentry_stack_bytes`,
//! for builds and host functions with larger frames than the default depth was sized for),
//! counted per thread.

use super::StoreInner;
use crate::error::{Trap, TrapCode};
use std::cell::Cell;

thread_local! {
    /// Wasm calls from the host running now on this thread (more than one: host functions
    /// re-entered wasm), and the native stack position where the outermost began. Per thread,
    /// not per store: the native stack is the thread's, whichever stores the nested calls use
    /// (and a host function that swaps the store it was given cannot desynchronize it).
    static ACTIVE: Cell<(u32, usize)> = const { Cell::new((0, 0)) };
}

/// An address in the current native stack frame (its exact place within the frame does not
/// matter: the limits are far larger than a frame).
#[inline(always)]
fn stack_position() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

impl StoreInner {
    /// Begins a call from the host into wasm code: traps when it would re-enter deeper than
    /// this store's limits allow (then nothing changed); otherwise `leave_wasm_call` must follow.
    pub(crate) fn enter_wasm_call(&self) -> Result<(), Trap> {
        let here = stack_position();
        let config = self.engine.config();
        let (active, mut base) = ACTIVE.get();
        if active == 0 {
            base = here;
        } else {
            // The native stack grows down on every target this runs on; were it to grow up,
            // the difference saturates to 0 and only the depth limit applies.
            let used = base.saturating_sub(here);
            if active > config.max_reentry_depth || used > config.max_reentry_stack_bytes {
                return Err(Trap::new(TrapCode::StackOverflow));
            }
        }
        ACTIVE.set((active + 1, base));
        Ok(())
    }

    /// Ends a call begun by `enter_wasm_call`.
    pub(crate) fn leave_wasm_call(&self) {
        let (active, base) = ACTIVE.get();
        ACTIVE.set((active.saturating_sub(1), base));
    }
}
