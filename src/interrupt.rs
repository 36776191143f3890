//! Interruption: stopping running wasm code from another thread (`Config::interruptible`).
//! This module owns the `InterruptHandle`; the translator places the checks (`Op::CheckInterrupt`
//! at every function entry and loop header) and the executor reads the flag there.
//!
//! The flag is sticky: once `interrupt()` is called, every check traps with
//! `TrapCode::Interrupted` ("interrupted") — the running call and any later call into this
//! store — until the host calls `reset()`. So an interrupt that arrives just before a call
//! starts still stops it, and after the trap the store stays usable once the flag is reset.
//! A guest stops within one loop iteration or one call of the interrupt (a host function in
//! progress runs to its end first).

use crate::error::Error;
use crate::runtime::Store;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// A handle that stops the wasm code running in one store. `Send + Sync + Clone`: keep it in
/// a watchdog thread, a signal handler thread or a timer.
#[derive(Debug, Clone)]
pub struct InterruptHandle {
    flag: Arc<AtomicBool>,
}

impl InterruptHandle {
    /// Makes the store's running code (and every later call) trap with "interrupted" at its next
    /// function entry or loop header, until `reset`.
    pub fn interrupt(&self) {
        self.flag.store(true, Ordering::Relaxed);
    }

    /// Clears the interrupt, so calls into the store run again.
    pub fn reset(&self) {
        self.flag.store(false, Ordering::Relaxed);
    }

    /// Whether an interrupt is pending.
    pub fn is_interrupted(&self) -> bool {
        self.flag.load(Ordering::Relaxed)
    }
}

impl Store {
    /// The handle that interrupts this store's wasm code. An error if the engine was not
    /// configured with `Config::interruptible` (code is then translated without the checks).
    pub fn interrupt_handle(&self) -> Result<InterruptHandle, Error> {
        if !self.engine.config().interruptible {
            return Err(Error::Usage(
                "interruption is not enabled: set `Config::interruptible` in the engine's configuration".into(),
            ));
        }
        Ok(InterruptHandle { flag: self.interrupt.clone() })
    }
}
